import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding `.git` at or above `dir`, or null outside a repository. */
export function repositoryRoot(dir: string): string | null {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return null;
  }
}
