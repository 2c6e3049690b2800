import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.js';

// `seo-check --watch` as a user runs it: the bin script (built by `npm test`, as for the other
// tests of bin/) in a temporary folder, its files changed on disk the ways editors change them.
// Every wait is on what the watch prints, never on time alone; the one timeout is a generous
// bound that turns a watch that never answers into a failure with its output.

const BIN = FIXTURES + '../bin/seo-check.js';
/** Long enough that one write's events (a truncate, then the text) never fall in two runs. */
const DEBOUNCE_MS = 100;
const WAIT_MS = 15_000;
const TEST_MS = 40_000;

/** Three versions of one article, each scoring higher: a description, then links. */
const TITLE = '---\ntitle: Cast iron care for beginners and cooks\n';
const DESCRIPTION = 'description: How to wash, dry and oil a cast iron pan so that it lasts a lifetime, with the few tools every kitchen already has.\n';
const BODY = '---\n# Cast iron care\n\nCast iron care is easy. Wash the pan and dry it.';
const V1 = `${TITLE}${BODY}\n`;
const V2 = `${TITLE}${DESCRIPTION}${BODY}\n`;
const V3 = `${TITLE}${DESCRIPTION}${BODY} See [the guide](/guide) and [Lodge](https://www.lodgecastiron.com/).\n`;
const KEYPHRASE = ['-k', 'cast iron'];

interface Watch {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once `ready()` holds of what the watch printed; fails when it exits first or after WAIT_MS. */
  until(what: string, ready: () => boolean): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let running: ChildProcess[] = [];
let folders: string[] = [];
afterEach(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  running = [];
  folders = [];
});

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'seo-check-watch-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) write(dir, name, text);
  return dir;
}

function write(dir: string, name: string, text: string): void {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}

/** Saves as vim and most IDEs do: the text goes to a temporary file, renamed over the article. */
function saveByRename(dir: string, name: string, text: string): void {
  const temp = join(dir, `.${name}.tmp-${process.hrtime.bigint()}`);
  writeFileSync(temp, text);
  renameSync(temp, join(dir, name));
}

function watch(cwd: string, args: string[]): Watch {
  const env = { PATH: process.env.PATH ?? '', SEO_CHECK_WATCH_DEBOUNCE: String(DEBOUNCE_MS), COLUMNS: '100', NO_COLOR: '1' };
  const child = spawn(process.execPath, [BIN, '--watch', ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of [...listeners]) l();
  };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => ((out += d), notify()));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => ((err += d), notify()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => (notify(), resolve({ code, signal }))));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    until(what, ready) {
      return new Promise((resolve, reject) => {
        const done = (error?: Error) => {
          listeners.delete(check);
          clearTimeout(timer);
          if (error === undefined) resolve();
          else reject(error);
        };
        const failure = (why: string) => new Error(`${why} waiting for ${what}\n--- stdout ---\n${out}\n--- stderr ---\n${err}`);
        const check = () => {
          if (ready()) done();
          else if (child.exitCode !== null || child.signalCode !== null) done(failure(`the watch exited (${child.exitCode ?? child.signalCode})`));
        };
        const timer = setTimeout(() => done(failure(`no answer in ${WAIT_MS} ms`)), WAIT_MS);
        listeners.add(check);
        check();
      });
    },
  };
}

/** One run as the stylish screen shows it: its head, its score line, and the rest. */
interface Run {
  run: number;
  reason: string;
  score: string;
  body: string;
}

const HEAD = /^── run (\d+) · \d\d:\d\d:\d\d · (.*?) ─+\n/gm;
/** The stylish report's last line (its totals, or that no file was left): a run's screen ends with it. */
const END = /^(?:[✖✔] (?:failed|passed): \d+ files? · .*|– nothing checked: .*)\n/m;

function runs(stdout: string): Run[] {
  const heads = [...stdout.matchAll(HEAD)];
  return heads.map((h, i) => {
    const text = stdout.slice(h.index + h[0].length, i + 1 < heads.length ? heads[i + 1].index : undefined);
    const [score, ...rest] = text.split('\n');
    return { run: Number(h[1]), reason: h[2], score, body: rest.join('\n') };
  });
}

/** Waits until run `n`'s screen has been printed to its end. */
async function screen(w: Watch, n: number): Promise<Run> {
  await w.until(`run ${n}`, () => {
    const r = runs(w.stdout());
    return r.length >= n && (r[n - 1].score === '' || END.test(r[n - 1].body));
  });
  return runs(w.stdout())[n - 1];
}

const started = (w: Watch) => w.until('the watch to start', () => w.stderr().includes('press Ctrl-C to stop\n'));

/** Ctrl-C, and what the watch ended with. */
async function interrupt(w: Watch) {
  w.child.kill('SIGINT');
  return w.exited;
}

describe('seo-check --watch', () => {
  it('a file changed twice gives two reports, each with its reason, its score and what changed', { timeout: TEST_MS }, async () => {
    const dir = folder({ 'a.md': V1 });
    const w = watch(dir, ['a.md', ...KEYPHRASE]);
    await started(w);
    expect(w.stderr()).toBe('seo-check: watching a.md and its configuration; press Ctrl-C to stop\n');
    const first = await screen(w, 1);
    expect([first.reason, first.score]).toEqual(['first run', 'score 74/100 · 1 file · 2 errors · 4 warnings · failed']);
    expect(first.body).not.toContain('Since the last run');

    write(dir, 'a.md', V2);
    const second = await screen(w, 2);
    expect([second.reason, second.score]).toEqual(['changed: a.md', 'score 76/100 · 1 file · 2 errors · 3 warnings · failed']);
    expect(second.body).toContain('\nSince the last run\n  mean score 74 → 76 (+2) · warnings 4 → 3 (-1)\n  a.md\n    score 74 → 76 (+2) ·');

    write(dir, 'a.md', V3);
    const third = await screen(w, 3);
    expect([third.reason, third.score]).toEqual(['changed: a.md', 'score 79/100 · 1 file · 2 errors · 2 warnings · failed']);
    expect(third.body).toContain('\nSince the last run\n  mean score 76 → 79 (+3) · warnings 3 → 2 (-1)\n  a.md\n    score 76 → 79 (+3) · fixed links\n');

    expect(await interrupt(w)).toEqual({ code: 0, signal: null });
    // Two saves, two runs after the first: no save is run twice or missed.
    expect(runs(w.stdout()).map((r) => r.run)).toEqual([1, 2, 3]);
  });

  it('sees saves that rename a temporary file over the article, again and again', { timeout: TEST_MS }, async () => {
    const dir = folder({ 'a.md': V1 });
    const w = watch(dir, ['a.md', ...KEYPHRASE]);
    await started(w);
    saveByRename(dir, 'a.md', V2);
    const second = await screen(w, 2);
    expect([second.reason, second.score]).toEqual(['changed: a.md', 'score 76/100 · 1 file · 2 errors · 3 warnings · failed']);
    // The article is a new file now: a watch on the old one would hear nothing of this save.
    saveByRename(dir, 'a.md', V3);
    const third = await screen(w, 3);
    expect([third.reason, third.score]).toEqual(['changed: a.md', 'score 79/100 · 1 file · 2 errors · 2 warnings · failed']);
    expect(await interrupt(w)).toEqual({ code: 0, signal: null });
  });

  it('reports a deleted file on stderr, skips it, and analyses it again when it comes back', { timeout: TEST_MS }, async () => {
    const dir = folder({ 'a.md': V1, 'b.md': V3 });
    const w = watch(dir, ['a.md', 'b.md', ...KEYPHRASE]);
    await started(w);
    expect((await screen(w, 1)).score).toBe('mean score 77/100 · 2 files · 5 errors · 7 warnings · failed');

    unlinkSync(join(dir, 'b.md'));
    const deleted = 'seo-check: b.md: deleted, watching its folder for its return\n';
    await w.until('the deletion', () => w.stderr().includes(deleted));
    const second = await screen(w, 2);
    expect([second.reason, second.score]).toEqual(['changed: b.md', 'score 74/100 · 1 file · 2 errors · 4 warnings · failed']);
    expect(second.body).not.toMatch(/^b\.md$/m);
    expect(second.body).toMatch(/^a\.md$/m);

    write(dir, 'b.md', V2);
    const back = 'seo-check: b.md: back, watched again\n';
    await w.until('its return', () => w.stderr().includes(back));
    const third = await screen(w, 3);
    expect([third.reason, third.score]).toEqual(['changed: b.md', 'mean score 75/100 · 2 files · 5 errors · 9 warnings · failed']);
    expect(third.body).toMatch(/^b\.md$/m);
    expect(await interrupt(w)).toEqual({ code: 0, signal: null });
    expect(w.stderr()).toBe(`seo-check: watching a.md, b.md and their configuration; press Ctrl-C to stop\n${deleted}${back}`);
  });

  it('follows a file whose folder is deleted and made again', { timeout: TEST_MS }, async () => {
    const dir = folder({ 'posts/a.md': V1 });
    const w = watch(dir, ['posts/a.md', ...KEYPHRASE]);
    await started(w);
    rmSync(join(dir, 'posts'), { recursive: true });
    await w.until('the deletion', () => w.stderr().includes('seo-check: posts/a.md: deleted, watching its folder for its return\n'));
    await screen(w, 2);
    write(dir, 'posts/a.md', V2);
    await w.until('its return', () => w.stderr().includes('seo-check: posts/a.md: back, watched again\n'));
    expect((await screen(w, 3)).score).toBe('score 76/100 · 1 file · 2 errors · 3 warnings · failed');
    // The folder is a new one: saves in it are seen.
    write(dir, 'posts/a.md', V3);
    const fourth = await screen(w, 4);
    expect([fourth.reason, fourth.score]).toEqual(['changed: posts/a.md', 'score 79/100 · 1 file · 2 errors · 2 warnings · failed']);
    expect(await interrupt(w)).toEqual({ code: 0, signal: null });
  });

  it('follows a file whose folder is replaced at once, as a branch switch does', { timeout: TEST_MS }, async () => {
    const dir = folder({ 'posts/a.md': V1 });
    const w = watch(dir, ['posts/a.md', ...KEYPHRASE]);
    await started(w);
    // Gone and back within one debounce: the run finds the file where it was, in another folder.
    rmSync(join(dir, 'posts'), { recursive: true });
    write(dir, 'posts/a.md', V2);
    const second = await screen(w, 2);
    expect([second.reason, second.score]).toEqual(['changed: posts/a.md', 'score 76/100 · 1 file · 2 errors · 3 warnings · failed']);
    write(dir, 'posts/a.md', V3);
    const third = await screen(w, 3);
    expect([third.reason, third.score]).toEqual(['changed: posts/a.md', 'score 79/100 · 1 file · 2 errors · 2 warnings · failed']);
    expect(await interrupt(w)).toEqual({ code: 0, signal: null });
    expect(w.stderr()).toBe('seo-check: watching posts/a.md and its configuration; press Ctrl-C to stop\n');
  });

  it('a new Markdown file in a watched folder, or in a new folder in it, joins the run', { timeout: TEST_MS }, async () => {
    const dir = folder({ 'posts/a.md': V1 });
    const w = watch(dir, ['posts', ...KEYPHRASE]);
    await started(w);
    expect(w.stderr()).toBe('seo-check: watching 1 file (posts; new ones join) and their configuration; press Ctrl-C to stop\n');
    // An editor's lock file looks like an article but is hidden: it joins nothing and is not named.
    write(dir, 'posts/.#b.md', 'user@host.1234');
    write(dir, 'posts/b.md', V3);
    const second = await screen(w, 2);
    expect([second.reason, second.score]).toEqual(['changed: posts/b.md', 'mean score 77/100 · 2 files · 5 errors · 7 warnings · failed']);
    expect(second.body).toMatch(/^posts\/b\.md$/m);

    write(dir, 'posts/2024/c.md', V2);
    const third = await screen(w, 3);
    expect([third.reason, third.score]).toEqual(['changed: posts/2024/c.md', 'mean score 76/100 · 3 files · 7 errors · 12 warnings · failed']);
    expect(third.body).toMatch(/^posts\/2024\/c\.md$/m);
    expect(await interrupt(w)).toEqual({ code: 0, signal: null });
  });

  it('reloads a changed configuration, and reports an invalid one while the watch goes on', { timeout: TEST_MS }, async () => {
    const dir = folder({ 'a.md': V1 });
    const w = watch(dir, ['a.md', ...KEYPHRASE]);
    await started(w);
    const contentLength = /│ content-length\* +│/;
    expect((await screen(w, 1)).body).toMatch(contentLength);

    write(dir, '.seo-checkrc.json', '{"rules": {"content-length": "off"}}');
    const second = await screen(w, 2);
    expect(second.reason).toBe('configuration changed: .seo-checkrc.json');
    expect(second.score).toBe('score 78/100 · 1 file · 1 error · 4 warnings · failed');
    expect(second.body).not.toMatch(contentLength);
    expect(second.body).toContain('    score 74 → 78 (+4) · fixed content-length\n');

    write(dir, '.seo-checkrc.json', '{"rules": {"content-length": "sometimes"}}');
    const refused = [
      `seo-check: ${join(dir, '.seo-checkrc.json')}: rules.content-length: severity must be error, warning, warn or off, not "sometimes"\n`,
      'seo-check: no report until the configuration is fixed; still watching\n',
    ].join('');
    await w.until('the invalid configuration', () => w.stderr().includes(refused));
    const third = await screen(w, 3);
    // A head, and no report: there is none to give.
    expect([third.reason, third.score, third.body]).toEqual(['configuration changed: .seo-checkrc.json', '', '']);

    write(dir, '.seo-checkrc.json', '{"rules": {"content-length": "warn"}}');
    const fourth = await screen(w, 4);
    expect(fourth.reason).toBe('configuration changed: .seo-checkrc.json');
    expect(fourth.score).toBe('score 74/100 · 1 file · 1 error · 5 warnings · failed');
    expect(fourth.body).toMatch(/⚠ warn +│ +1 │ content-length\*/);
    // Compared with the last run that had a report.
    expect(fourth.body).toContain('\nSince the last run\n  mean score 78 → 74 (-4) · warnings 4 → 5 (+1)\n  a.md\n    score 78 → 74 (-4) · newly failed content-length\n');
    expect(await interrupt(w)).toEqual({ code: 0, signal: null });
  });

  it('reloads the configuration file named with -c', { timeout: TEST_MS }, async () => {
    const dir = folder({ 'a.md': V1, 'conf/seo.json': '{"rules": {"content-length": "off"}}' });
    const w = watch(dir, ['a.md', '-c', 'conf/seo.json', ...KEYPHRASE]);
    await started(w);
    expect((await screen(w, 1)).score).toBe('score 78/100 · 1 file · 1 error · 4 warnings · failed');
    write(dir, 'conf/seo.json', '{"rules": {"content-length": "error"}}');
    const second = await screen(w, 2);
    expect([second.reason, second.score]).toEqual(['configuration changed: conf/seo.json', 'score 74/100 · 1 file · 2 errors · 4 warnings · failed']);
    expect(await interrupt(w)).toEqual({ code: 0, signal: null });
  });

  it('-f json prints exactly one JSON document per line per run, and nothing else on stdout', { timeout: TEST_MS }, async () => {
    const dir = folder({ 'a.md': V1 });
    const w = watch(dir, ['a.md', ...KEYPHRASE, '-f', 'json']);
    const lines = (n: number) => w.until(`${n} JSON lines`, () => w.stdout().split('\n').length > n);
    await started(w);
    await lines(1);
    write(dir, 'a.md', V2);
    await lines(2);
    write(dir, 'a.md', V3);
    await lines(3);
    expect(await interrupt(w)).toEqual({ code: 0, signal: null });
    const out = w.stdout();
    expect(out.endsWith('\n')).toBe(true);
    const reports = out.slice(0, -1).split('\n').map((l) => JSON.parse(l));
    expect(reports.map((r) => [r.schemaVersion, r.results.length, r.results[0].file, r.results[0].score])).toEqual([
      [1, 1, 'a.md', 74],
      [1, 1, 'a.md', 76],
      [1, 1, 'a.md', 79],
    ]);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} ends the watch with exit code 0, and no stack trace`, { timeout: TEST_MS }, async () => {
      const dir = folder({ 'a.md': V1 });
      const w = watch(dir, ['a.md', ...KEYPHRASE]);
      await started(w);
      await screen(w, 1);
      w.child.kill(signal);
      expect(await w.exited).toEqual({ code: 0, signal: null });
      expect(w.stderr()).toBe('seo-check: watching a.md and its configuration; press Ctrl-C to stop\n');
      expect(runs(w.stdout()).map((r) => r.run)).toEqual([1]);
    });
  }

  it('refuses standard input (-) with the usage exit code', () => {
    const r = spawnSync(process.execPath, [BIN, '--watch', '-', ...KEYPHRASE], { encoding: 'utf8', input: V1, env: { PATH: process.env.PATH ?? '' } });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'seo-check: --watch watches files: standard input (-) cannot be watched\n']);
  });
});
