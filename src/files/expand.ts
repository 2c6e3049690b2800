import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import ignore from 'ignore';
import { GitIgnore } from './gitignore.js';

/** What the command line named: files to read, in order, and patterns that matched nothing. */
export interface Expansion {
  files: string[];
  unmatched: string[];
}

export interface ExpandOptions {
  cwd: string;
  /** Patterns (gitignore syntax, relative to cwd) whose files are never checked unless named. */
  ignores: string[];
}

const MARKDOWN = '**/*.{md,mdx,markdown}';
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
  const configured = ignore().add(options.ignores);
  const gitignore = new GitIgnore();
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: string[] = [];
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  const hidden = async (absolute: string) => {
    const rel = relative(cwd, absolute).split(sep).join('/');
    if (rel !== '' && !rel.startsWith('..') && configured.ignores(rel)) return true;
    return gitignore.ignores(absolute);
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      add(pattern);
      continue;
    }
    const info = await stat(resolve(cwd, pattern)).catch(() => null);
    let found: string[];
    if (info?.isDirectory()) {
      found = await glob(MARKDOWN, { cwd: resolve(cwd, pattern), absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false, dot: false });
    } else if (info === null && isDynamicPattern(pattern)) {
      found = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false });
      if (found.length === 0) unmatched.push(pattern);
    } else {
      add(pattern);
      continue;
    }
    const kept: string[] = [];
    for (const file of found.sort()) if (!(await hidden(file))) kept.push(display(cwd, file));
    if (info?.isDirectory() && kept.length === 0 && found.length === 0) unmatched.push(pattern);
    for (const file of kept) add(file);
  }
  return { files, unmatched };
}
