import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

// Tests run as root in CI, where chmod 000 does not stop a read: the operating system's refusal is
// simulated instead, by an `open` that fails with EACCES for one file (tests/files.test.ts has the
// real chmod test, run when not root).
const dir = mkdtempSync(join(tmpdir(), 'seo-check-denied-'));
const locked = join(dir, 'locked.md');
writeFileSync(locked, 'red fox\n');

// Both ways of opening are refused, so the test holds whichever src/read/files.ts uses.
function denied(path: unknown): Error | null {
  return String(path).endsWith('locked.md') ? Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' }) : null;
}

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const openSync = ((path: Parameters<typeof fs.openSync>[0], ...rest: unknown[]) => {
    const error = denied(path);
    if (error) throw error;
    return (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync;
  return { ...fs, openSync, default: { ...fs, openSync } };
});

vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const open = ((path: Parameters<typeof fs.open>[0], ...rest: unknown[]) => {
    const error = denied(path);
    return error ? Promise.reject(error) : (fs.open as (...a: unknown[]) => ReturnType<typeof fs.open>)(path, ...rest);
  }) as typeof fs.open;
  return { ...fs, open, default: { ...fs, open } };
});

describe('a file the user may not read', () => {
  it('is reported once as "permission denied"; the other files are analysed; exit 2', async () => {
    const good = `${FIXTURES}sourdough-starter.md`;
    const r = await runCli([locked, good, '-f', 'json']);
    expect(r.stderr).toBe(`seo-check: ${locked}: permission denied\n`);
    const results = JSON.parse(r.stdout).results;
    expect(results.map((x: { error?: string }) => x.error ?? 'analysed')).toEqual(['permission denied', 'analysed']);
    expect(r.code).toBe(2);
  });
});
