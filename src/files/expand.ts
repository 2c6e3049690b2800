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
  const seen = new Set<string>();
  const unmatched: string[] = [];
  let ignored = 0;
  // A file is reported under its real path, wherever a symbolic link to it was found: a linked
  // post is that post (its slug, its links), and a file reached by two paths is checked once.
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  const real = async (file: string) => {
    const path = await realpath(resolve(cwd, file)).catch(() => null);
    return path === null ? file : display(cwd, path);
  };
  const hidden = async (absolute: string) => {
    const { configured, gitignore } = await load();
    const rel = relative(cwd, absolute).split(sep).join('/');
    if (rel !== '' && !rel.startsWith('..') && configured.ignores(rel)) return true;
    return gitignore.ignores(absolute);
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      add(pattern);
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
      add(info === null ? pattern : await real(pattern));
      continue;
    }
    const kept: string[] = [];
    // Symbolic links are followed (fdir stops at a loop); what one hides is judged by the path
    // it was found under, as git judges it.
    for (const file of found.sort()) {
      if (await hidden(file)) {
        ignored++;
        continue;
      }
      kept.push(await real(file));
    }
    if (info?.isDirectory() && kept.length === 0 && found.length === 0) unmatched.push(pattern);
    for (const file of kept.sort()) add(file);
  }
  return { files, unmatched, ignored };
}
