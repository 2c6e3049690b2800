import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { existsSync } from 'node:fs';
import ignore, { type Ignore } from 'ignore';

/** The folder holding `.git` above `dir`, or null outside a repository. */
export function repositoryRoot(dir: string): string | null {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return null;
  }
}

/**
 * Answers "does a .gitignore hide this file?" the way git does for the common cases: every
 * .gitignore from the repository root down to the file's folder applies, relative to its folder.
 */
export class GitIgnore {
  private readonly byDir = new Map<string, Promise<Ignore | null>>();

  private load(dir: string): Promise<Ignore | null> {
    let p = this.byDir.get(dir);
    if (p === undefined) {
      p = readFile(join(dir, '.gitignore'), 'utf8').then(
        (text) => ignore().add(text),
        () => null,
      );
      this.byDir.set(dir, p);
    }
    return p;
  }

  async ignores(file: string): Promise<boolean> {
    const root = repositoryRoot(dirname(file));
    if (root === null) return false;
    const dirs: string[] = [];
    for (let d = dirname(file); d.startsWith(root); d = dirname(d)) {
      dirs.unshift(d);
      if (d === root) break;
    }
    for (const dir of dirs) {
      const rules = await this.load(dir);
      if (rules === null) continue;
      const rel = relative(dir, file).split(sep).join('/');
      // A parent folder ignored ("drafts/") hides everything in it.
      const parts = rel.split('/');
      for (let i = 1; i <= parts.length; i++) {
        const path = parts.slice(0, i).join('/') + (i < parts.length ? '/' : '');
        if (rules.ignores(path)) return true;
      }
    }
    return false;
  }
}
