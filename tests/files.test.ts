import { chmodSync, mkdirSync, mkdtempSync, realpathSync, openSync, closeSync, ftruncateSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer, isFailure } from './internal.js';
import { main } from '../src/cli/main.js';
import { FIXTURES, runCli, tempFiles } from './helpers.js';

const good = `${FIXTURES}sourdough-starter.md`;
const { dir, file } = tempFiles('files');
let serial = 0;

/** A file of `bytes` zero bytes that takes no disk space: the limit must refuse it before reading. */
function sparse(bytes: number): string {
  const path = join(dir, `sparse${serial++}.md`);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('the input size limit (default 20 MB, --max-size <MB>)', () => {
  it('refuses a 50 MB file with one line, analyses the others, exits 2', async () => {
    const big = sparse(50 * 1024 * 1024);
    const r = await runCli([big, good, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`seo-check: ${big}: file is 50 MB, over the 20 MB limit; raise it with --max-size <MB>`]);
    const results = JSON.parse(r.stdout).results;
    expect(results.map((x: { error?: string }) => x.error ?? 'analysed')).toEqual([expect.stringContaining('over the 20 MB limit'), 'analysed']);
  });
  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    const limit = Math.floor(0.001 * 1024 * 1024);
    const fits = file('red fox '.repeat(limit / 8).padEnd(limit, '\n'));
    const over = file('red fox '.repeat(limit / 8).padEnd(limit + 1, '\n'));
    expect(readFileSync(fits).length).toBe(1048);
    const r = await runCli([fits, over, '--max-size', '0.001', '-k', 'red fox', '-f', 'json']);
    expect(lines(r.stderr)).toEqual([`seo-check: ${over}: file is 1049 bytes, over the 1048 bytes limit; raise it with --max-size <MB>`]);
    expect(JSON.parse(r.stdout).results[0].keyphrases[0].count).toBe(131);
    expect(r.code).toBe(2);
  });
  it('refuses standard input over the limit without reading all of it', async () => {
    let chunks = 0;
    const stdin = (async function* () {
      for (; chunks < 1000; chunks++) yield Buffer.alloc(64 * 1024, 'a');
    })();
    const sink = () => ({ text: '', write(s: string, cb?: () => void) { this.text += s; cb?.(); return true; } });
    const stdout = sink();
    const stderr = sink();
    const code = await main({ argv: ['-', '--max-size', '1'], stdout, stderr, stdin, env: {} });
    expect(code).toBe(2);
    expect(stderr.text).toBe('seo-check: <stdin>: input is larger than the 1 MB limit; raise it with --max-size <MB>\n');
    expect(chunks).toBe(16);
  });
  it('reads an endless device (/dev/zero) only up to the limit', async () => {
    const r = await runCli(['/dev/zero', '--max-size', '1']);
    expect(lines(r.stderr)).toEqual(['seo-check: /dev/zero: input is larger than the 1 MB limit; raise it with --max-size <MB>']);
    expect(r.code).toBe(2);
  });
  it.each([['0'], ['-1'], ['x'], ['']])('--max-size %j is a usage error', async (value) => {
    const r = await runCli([good, '--max-size', value]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('--max-size');
  });
  it('the Analyzer refuses text over its maxBytes (UTF-8 bytes, not characters)', () => {
    const r = new Analyzer({ maxBytes: 10 }).analyze('ééééé!', 'x.md');
    expect(isFailure(r) && r.error).toBe('file is 11 bytes, over the 10 bytes limit; raise it with --max-size <MB>');
    expect(isFailure(new Analyzer({ maxBytes: 10 }).analyze('éééé!', 'x.md'))).toBe(false);
  });
  it('the Analyzer refuses 21 MB of text by default', () => {
    const r = new Analyzer().analyze('red fox\n'.repeat(21 * 131_072), 'x.md');
    expect(isFailure(r) && r.error).toBe('file is 21 MB, over the 20 MB limit; raise it with --max-size <MB>');
  });
});

describe('files that cannot be read', () => {
  const root = process.getuid?.() === 0;
  // As root, chmod 000 does not stop a read; tests/files-denied.test.ts simulates EACCES instead.
  it.skipIf(root)('a file without read permission: one line, the others analysed, exit 2 (skipped as root: root reads it anyway)', async () => {
    const locked = file('red fox\n');
    chmodSync(locked, 0o000);
    const r = await runCli([locked, good, '-f', 'json']);
    expect(lines(r.stderr)).toEqual([`seo-check: ${locked}: permission denied`]);
    expect(JSON.parse(r.stdout).results).toHaveLength(2);
    expect(r.code).toBe(2);
  });

  it('a file deleted while the batch runs: reported once, the batch goes on, exit 2', async () => {
    const [a, b, c] = [file('# A\n\nred fox\n'), file('# B\n\nred fox\n'), file('# C\n\nred fox\n')];
    // Standard input comes first; reading it deletes b, after the command line was expanded.
    const stdin = (async function* () {
      unlinkSync(b);
      yield Buffer.from('red fox\n');
    })();
    const sink = () => ({ text: '', write(s: string, cb?: () => void) { this.text += s; cb?.(); return true; } });
    const stdout = sink();
    const stderr = sink();
    const code = await main({ argv: ['-', a, b, c, '-k', 'red fox', '-f', 'json'], stdout, stderr, stdin, env: {} });
    expect(code).toBe(2);
    expect(lines(stderr.text)).toEqual([`seo-check: ${b}: no such file`]);
    const results = JSON.parse(stdout.text).results as Array<{ file: string; error?: string }>;
    expect(results.map((r) => r.error ?? 'analysed')).toEqual(['analysed', 'analysed', 'no such file', 'analysed']);
    expect(JSON.parse(stdout.text).summary).toMatchObject({ files: 4, errors: expect.any(Number) });
  });

  it('a missing file and an empty device among good files: each reported once', async () => {
    const r = await runCli([join(dir, 'missing.md'), '/dev/null', good, '-f', 'json']);
    expect(lines(r.stderr)).toEqual([`seo-check: ${join(dir, 'missing.md')}: no such file`, 'seo-check: /dev/null: file is empty']);
    expect(r.code).toBe(2);
  });
});

describe('directories', () => {
  it('a symlink loop inside a folder ends: each file once, no hang, no noise', async () => {
    const top = join(dir, `loop${serial++}`);
    mkdirSync(join(top, 'posts'), { recursive: true });
    writeFileSync(join(top, 'posts', 'a.md'), '# A\n\nred fox\n');
    symlinkSync(top, join(top, 'posts', 'back')); // a folder that contains itself
    symlinkSync(join(top, 'self.md'), join(top, 'self.md')); // a link that points at itself
    const r = await runCli([top, '-k', 'red fox', '-f', 'json']);
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual([join(top, 'posts', 'a.md')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  it('a symlink loop named on the command line: one line, the others analysed, exit 2', async () => {
    const loop = join(dir, `self${serial++}.md`);
    symlinkSync(loop, loop);
    const r = await runCli([loop, good, '-f', 'json']);
    expect(lines(r.stderr)).toEqual([`seo-check: ${loop}: too many symbolic links`]);
    expect(JSON.parse(r.stdout).results).toHaveLength(2);
    expect(r.code).toBe(2);
  });

  // Symbolic links in a folder are followed; a dangling one is not listed by the folder walk.
  it('a symlinked Markdown file inside a folder is checked', async () => {
    const top = join(dir, `links${serial++}`);
    mkdirSync(join(top, 'posts'), { recursive: true });
    writeFileSync(join(top, 'real.md'), '# A\n\nred fox\n');
    symlinkSync(join(top, 'real.md'), join(top, 'posts', 'link.md'));
    const r = await runCli([join(top, 'posts'), '-k', 'red fox', '-f', 'json']);
    // The real file is outside the project (the current folder): reported where it was found.
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual([join(top, 'posts', 'link.md')]);
  });

  it('a file reached through symbolic links is reported once, under its real path, however it was named', async () => {
    const top = realpathSync(mkdtempSync(join(dir, 'alias')));
    mkdirSync(join(top, 'a'));
    writeFileSync(join(top, 'es.md'), '# A\n\nred fox\n');
    symlinkSync('../es.md', join(top, 'a', 'alias.md'));
    const files = async (...argv: string[]) => JSON.parse((await runCli([...argv, '-k', 'red fox', '-f', 'json'], { cwd: top })).stdout).results.map((x: { file: string }) => x.file);
    expect(await files('a/alias.md')).toEqual(['es.md']);
    expect(await files('a')).toEqual(['es.md']);
    expect(await files('.', 'a/alias.md', 'es.md')).toEqual(['es.md']);
    // A link to a file outside the project stays where it was found, under the project's configuration.
    const outside = realpathSync(mkdtempSync(join(dir, 'outside')));
    writeFileSync(join(outside, 'shared.md'), '# Shared\n\nred fox\n');
    symlinkSync(join(outside, 'shared.md'), join(top, 'a', 'shared.md'));
    writeFileSync(join(top, '.seo-checkrc.json'), '{"rules": {"content-length": "off"}}');
    const both = JSON.parse((await runCli(['a', '-k', 'red fox', '-f', 'json'], { cwd: top })).stdout).results;
    expect(both.map((x: { file: string }) => x.file)).toEqual(['a/shared.md', 'es.md']);
    expect(both[0].checks.some((c: { id: string }) => c.id === 'content-length')).toBe(false);
    // A name that is not there is reported as written.
    symlinkSync('gone.md', join(top, 'dangling.md'));
    expect(await files('dangling.md')).toEqual(['dangling.md']);
  });

  it('a folder of 10 000 files, one unreadable: all analysed, the bad one reported once, exit 2', async () => {
    const top = join(dir, `many${serial++}`);
    mkdirSync(top);
    for (let i = 0; i < 10_000; i++) writeFileSync(join(top, `${String(i).padStart(5, '0')}.md`), `# Post ${i}\n\nThe red fox ran ${i} times.\n`);
    writeFileSync(join(top, '04242.md'), Buffer.from([0x72, 0x65, 0x64, 0xff, 0x0a]));
    const r = await runCli([top, '-k', 'red fox', '-f', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary.files).toBe(10_000);
    expect(doc.results.filter((x: { error?: string }) => x.error !== undefined)).toEqual([
      { file: expect.stringMatching(/04242\.md$/), passed: false, error: 'invalid UTF-8 at byte 3' },
    ]);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^seo-check: .*04242\.md: invalid UTF-8 at byte 3$/)]);
    expect(doc.results.filter((x: { keyphrases?: Array<{ count: number }> }) => x.keyphrases?.[0].count === 1)).toHaveLength(9_999);
    expect(r.code).toBe(2);
  }, 120_000);
});
