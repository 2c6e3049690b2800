// A built checkout of an earlier commit, for figures measured "against the commit before this
// work" in the same run: BENCH_BASE_DIR when it is given (a built checkout), else a worktree of
// BENCH_BASE (default: the commit before the engine round) made once under .scratch/ with
// `npm ci` and `npm run build`. Returns null, and says why, when none can be made (no git history).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_BASE = '016ccfd';

export function baseBuild(root) {
  if (process.env.BENCH_BASE_DIR) return existsSync(join(process.env.BENCH_BASE_DIR, 'bin', 'seo-check.js')) ? process.env.BENCH_BASE_DIR : null;
  const commit = process.env.BENCH_BASE ?? DEFAULT_BASE;
  const dir = join(root, '.scratch', `base-${commit}`);
  if (existsSync(join(dir, 'dist', 'bundle', 'seo-check.cjs'))) return dir;
  try {
    if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: root, stdio: 'ignore' });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
    execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'ignore' });
    return dir;
  } catch (error) {
    console.log(`(no build of ${commit} to compare with: ${error.message.split('\n')[0]})`);
    return null;
  }
}
