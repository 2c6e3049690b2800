import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';

/** What the command line named: files to read, in order, and patterns that matched nothing. */
export interface Expansion {
  files: string[];
  unmatched: string[];
  /** Files a folder or a pattern found that a .gitignore or the `ignores` setting hides. */
  ignored: number;
}

export interface ExpandOptions {
  cwd: string;
  /** Patterns (gitignore syntax, relative to cwd) whose files are never checked unless named. */
  ignores: string[];
}

const MARKDOWN = '**/*.{md,mdx,markdown}';
// What makes a name a pattern (tinyglobby's isDynamicPattern, without loading it for plain names).
const GLOB_CHARS = /[*?[\]{}()!+@]/;
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

function display(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}

/**
 * Expands files, folders (their Markdown files, recursively) and glob patterns into a sorted
 * list without duplicates. A file named outright is always checked; a file found through a folder
 * or a pattern is skipped when a .gitignore or the `ignores` setting hides it. A name that is
 * neither a file, a folder nor a pattern stays in the list so that reading it reports why.
 */
export async function expandPatterns(patterns: string[], options: ExpandOptions): Promise<Expansion> {
  const { cwd } = options;
  // Globbing and ignore rules load only when a folder or a pattern needs them: a run on named
  // files (the editor's case) skips ~16 ms of module loading.
  let tools: { glob: typeof import('tinyglobby').glob; configured: Ignore; gitignore: import('./gitignore.js').GitIgnore } | undefined;
  const load = async () => {
    if (tools === undefined) {
      const [{ glob }, { default: ignore }, { GitIgnore }] = await Promise.all([import('tinyglobby'), import('ignore'), import('./gitignore.js')]);
      tools = { glob, configured: ignore().add(options.ignores), gitignore: new GitIgnore() };
    }
    return tools;
  };
  const files: string[] = [];
  const unmatched: string[] = [];
  let ignored = 0;
  // A file reached by two paths is checked once. A symbolic link to a file of the project is
  // reported under that file's real path (its slug and links are the file's own); a link to a
  // file outside it stays where it was found, since that is where the site builds it, and the
  // project's configuration is the one that applies.
  const realSeen = new Set<string>();
  const add = (file: string, real: string) => {
    if (realSeen.has(real)) return;
    realSeen.add(real);
    files.push(file);
  };
  const realCwd = await realpath(cwd).catch(() => cwd);
  /** The name to report a file under (`file`: as written, or absolute from a glob), and its real path. */
  const named = async (file: string): Promise<[string, string]> => {
    const found = resolve(cwd, file);
    const path = await realpath(found).catch(() => null);
    if (path === null) return [file, found];
    const inside = relative(realCwd, path);
    if (inside.startsWith('..') || isAbsolute(inside)) return [isAbsolute(file) ? display(cwd, found) : file, path];
    return [display(realCwd, path), path];
  };
  const hidden = async (absolute: string) => {
    const { configured, gitignore } = await load();
    const rel = relative(cwd, absolute).split(sep).join('/');
    if (rel !== '' && !rel.startsWith('..') && configured.ignores(rel)) return true;
    return gitignore.ignores(absolute);
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      add(pattern, pattern);
      continue;
    }
    // A name that is not there stays as written, so that reading it says so.
    const info = await stat(resolve(cwd, pattern)).catch(() => null);
    let found: string[];
    if (info?.isDirectory()) {
      const { glob } = await load();
      found = await glob(MARKDOWN, { cwd: resolve(cwd, pattern), absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: true, dot: false });
    } else if (info === null && GLOB_CHARS.test(pattern)) {
      const { glob } = await load();
      found = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: true });
      if (found.length === 0) unmatched.push(pattern);
    } else {
      add(...(info === null ? ([pattern, resolve(cwd, pattern)] as [string, string]) : await named(pattern)));
      continue;
    }
    const kept: Array<[string, string]> = [];
    // Symbolic links are followed (fdir stops at a loop); what one hides is judged by the path
    // it was found under, as git judges it.
    for (const file of found.sort()) {
      if (await hidden(file)) {
        ignored++;
        continue;
      }
      kept.push(await named(file));
    }
    if (info?.isDirectory() && kept.length === 0 && found.length === 0) unmatched.push(pattern);
    for (const [file, real] of kept.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) add(file, real);
  }
  return { files, unmatched, ignored };
}
