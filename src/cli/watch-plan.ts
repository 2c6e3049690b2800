import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { repositoryRoot } from '../files/repository.js';

// What `--watch` follows on disk. It watches folders, never files: an editor that saves by
// writing a temporary file and renaming it over the article (vim, most IDEs) replaces the file's
// inode, and a watch on the old inode hears nothing more. A folder's watch hears every way of
// saving: a write, a truncate and write, a rename over, a delete and recreate.

/** What expandPatterns takes for a glob rather than a name (its GLOB_CHARS). */
const GLOB_CHARS = /[*?[\]{}()!+@]/;
/** The files a folder contributes (expandPatterns' `**\/*.{md,mdx,markdown}`). */
export const MARKDOWN = /\.(?:md|mdx|markdown)$/;
/** Folders expandPatterns never looks into; dot folders it skips too. */
const SKIPPED = new Set(['node_modules', '.git']);

/** The command line's patterns as they stand on disk now. */
export interface Plan {
  /** The patterns to run, in their order: those whose name is gone are left out. */
  present: string[];
  /** Names (files or folders, not globs) that do not exist now. */
  missing: string[];
  /** Every name's absolute path, present or not. */
  named: Set<string>;
  /** The folders that new Markdown files can join the run in: named folders, and every folder a glob can reach. */
  trees: Set<string>;
  /** The folders at the top of each tree (a named folder, a glob's fixed start). */
  roots: string[];
}

function kind(path: string): 'file' | 'folder' | null {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

/** The folder a glob starts in (its segments before the first with a glob character), and whether it can reach below. */
export function globBase(pattern: string, cwd: string): { root: string; deep: boolean } {
  const segments = pattern.split('/');
  const fixed = segments.findIndex((s) => GLOB_CHARS.test(s));
  const rest = segments.slice(fixed);
  const start = segments.slice(0, fixed).join('/');
  return { root: resolve(cwd, start === '' && pattern.startsWith('/') ? '/' : start), deep: rest.length > 1 || rest.some((s) => s.includes('**')) };
}

/** `root` and, when `deep`, every folder below it that expandPatterns would search. */
function folders(root: string, deep: boolean, into: Set<string>): void {
  const seen = new Set<string>();
  const walk = (dir: string) => {
    const real = (() => {
      try {
        return realpathSync(dir);
      } catch {
        return null;
      }
    })();
    // A symbolic link back up the tree is followed once, as expandPatterns follows it.
    if (real === null || seen.has(real)) return;
    seen.add(real);
    into.add(dir);
    if (!deep) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIPPED.has(e.name)) continue;
      const path = join(dir, e.name);
      if (e.isDirectory() || (e.isSymbolicLink() && kind(path) === 'folder')) walk(path);
    }
  };
  walk(root);
}

/**
 * Where each pattern stands now. A name (file or folder) that is gone is left out of the run
 * and listed in `missing`, so that the run does not report it unreadable and its folder is still
 * watched for its return. Globs are always run: the engine says when one matches nothing.
 */
export function planTargets(patterns: readonly string[], cwd: string): Plan {
  const plan: Plan = { present: [], missing: [], named: new Set(), trees: new Set(), roots: [] };
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    const found = kind(path);
    if (found === null && GLOB_CHARS.test(pattern)) {
      const { root, deep } = globBase(pattern, cwd);
      plan.roots.push(root);
      folders(root, deep, plan.trees);
      plan.present.push(pattern);
      continue;
    }
    plan.named.add(path);
    if (found === null) {
      plan.missing.push(pattern);
      continue;
    }
    plan.present.push(pattern);
    if (found === 'folder') {
      plan.roots.push(path);
      folders(path, true, plan.trees);
    }
  }
  return plan;
}

/** `dir`, or the nearest folder above it that exists (a folder deleted with the file it held). */
export function nearestFolder(dir: string): string {
  let d = dir;
  while (kind(d) !== 'folder' && dirname(d) !== d) d = dirname(d);
  return d;
}

/**
 * The folders to watch: every tree, each watched file's folder and those above it up to the
 * repository root (or the file system's root outside one) where its configuration can be, the
 * folder a missing name would come back in, and the explicit configuration file's folder.
 */
export function watchedFolders(plan: Plan, files: Iterable<string>, cwd: string, configFile?: string): Set<string> {
  const dirs = new Set(plan.trees);
  const climbed = new Set<string>();
  const upward = (start: string) => {
    let d = nearestFolder(start);
    const root = repositoryRoot(d);
    // Folders above one already climbed from are in the set: stop there.
    while (!climbed.has(d)) {
      climbed.add(d);
      dirs.add(d);
      const parent = dirname(d);
      if (d === root || parent === d) return;
      d = parent;
    }
  };
  upward(cwd);
  for (const f of files) upward(dirname(f));
  // A named file's folder; a named folder's parent, which sees it deleted and made again.
  for (const n of plan.named) upward(dirname(n));
  for (const r of plan.roots) upward(r);
  if (configFile !== undefined) dirs.add(nearestFolder(dirname(configFile)));
  return dirs;
}

/** Whether `path` is a folder above `inner` (a folder of a missing name, made again). */
export function isAbove(path: string, inner: string): boolean {
  return inner.startsWith(path.endsWith(sep) ? path : path + sep);
}
