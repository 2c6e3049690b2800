import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { repositoryRoot } from './repository.js';
import ignore, { type Ignore } from 'ignore';

/**
 * Answers "does a .gitignore hide this file?" the way git does for the common cases: every
 * .gitignore from the repository root down to the file's folder applies, relative to its folder.
 */
export class GitIgnore {
  private readonly byDir = new Map<string, Promise<Ignore | null>>();
  private readonly roots = new Map<string, string | null>();

  private root(dir: string): string | null {
    let root = this.roots.get(dir);
    if (root === undefined) {
      root = repositoryRoot(dir);
      this.roots.set(dir, root);
    }
    return root;
  }

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
    const root = this.root(dirname(file));
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
