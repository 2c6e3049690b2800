import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FIXTURES, runCli, tempFiles } from './helpers.js';
// The built modules, as the bin script and the worker threads run them (`npm test` builds first).
import { analyzeInWorkers, MIN_FILES_FOR_WORKERS, workerThreads } from '../dist/run/files.js';
import { RunSettings } from '../dist/cli/settings.js';

const bin = FIXTURES + '../bin/seo-check.js';
const articles = ['trump-putin-meeting.md', 'sourdough-starter.md', 'corpus/11years.md', 'corpus/2015-04-10-Fearless-Concurrency.md'].map(
  (name) => FIXTURES + name,
);
// The bundle must not depend on the caller's colour settings or worker count.
const env = { PATH: process.env.PATH ?? '' };

function runBin(args: string[], extra: Record<string, string> = {}, cwd?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...env, ...extra }, cwd, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled command (dist/bundle, what bin/ runs)', () => {
  for (const format of ['json', 'stylish', 'sarif']) {
    it(`prints the same ${format} report and exit code as the sources`, async () => {
      const args = [...articles, '-k', 'Trump Putin meeting', '-k', 'sourdough starter', '-f', format];
      const fromSources = await runCli(args);
      expect(runBin(args)).toEqual(fromSources);
    });
  }
});

// The packages left out of the bundle (tinyglobby and ignore for folders and globs, yaml for YAML
// configuration, ajv for validating it) are loaded only by these runs: each must work from bin/.
describe('the bundled command with what only some runs load', () => {
  const { dir, file } = tempFiles('bundle-lazy');
  file(readFileSync(articles[0]), 'posts/trump.md');
  file(readFileSync(articles[1]), 'posts/drafts/sourdough.md');
  file('posts/drafts/\n', '.gitignore');
  file('{"rules": {"content-length": "off"}}', 'config.json');
  file('rules:\n  content-length: off\nkeyphrases: [Trump Putin meeting]\n', 'config.yaml');
  file('{"rules": {"content-length": "sometimes"}}', 'bad.json');
  const cases: Array<[string, string[]]> = [
    ['a folder, .gitignore applied', ['posts']],
    ['a glob', ['posts/**/*.md']],
    ['a JSON configuration', ['posts/trump.md', '-c', 'config.json']],
    ['a YAML configuration', ['posts/trump.md', '-c', 'config.yaml']],
    ['an invalid configuration', ['posts/trump.md', '-c', 'bad.json']],
  ];
  for (const [what, args] of cases) {
    it(`reads ${what} as the sources do`, async () => {
      const argv = [...args, '-k', 'Trump Putin meeting', '-f', 'compact'];
      const fromBin = runBin(argv, {}, dir);
      expect(fromBin.stderr).not.toMatch(/internal error/);
      expect(fromBin).toEqual(await runCli(argv, { cwd: dir }));
    });
  }
});

describe('many files in worker threads', () => {
  const many = Array.from({ length: MIN_FILES_FOR_WORKERS + 5 }, (_, i) => articles[i % articles.length]);

  it('uses workers only for many named files, and never for standard input', () => {
    // Two threads: this one and one worker.
    expect(workerThreads(many, { SEO_CHECK_THREADS: '2' })).toBe(1);
    expect(workerThreads(many, { SEO_CHECK_THREADS: '4' })).toBe(3);
    expect(workerThreads(many.slice(0, MIN_FILES_FOR_WORKERS - 1), { SEO_CHECK_THREADS: '2' })).toBe(0);
    expect(workerThreads([...many, '-'], { SEO_CHECK_THREADS: '2' })).toBe(0);
    expect(workerThreads(many, { SEO_CHECK_THREADS: '1' })).toBe(0);
  });

  for (const withThisThread of [false, true]) {
    it(`returns every result in input order${withThisThread ? ', this thread working too' : ''}`, async () => {
      const setup = {
        options: { keyphrase: ['sourdough starter'], format: [], maxSize: 1 << 24, rule: [], errorOnUnmatchedPattern: true },
        cwd: FIXTURES,
        maxBytes: 1 << 24,
      };
      const outcomes = await analyzeInWorkers(many, setup, 2, withThisThread ? new RunSettings(setup.options, FIXTURES) : undefined);
      expect(outcomes).not.toBeNull();
      expect(outcomes!.map((o) => o.result.file)).toEqual(many);
      const words = outcomes!.map((o) => ('stats' in o.result ? o.result.stats.words : -1));
      expect(words.slice(4, 8)).toEqual(words.slice(0, 4));
      expect(words.every((w) => w > 0)).toBe(true);
    });
  }

  it('prints the same report with workers as in one thread', () => {
    const args = [...many, 'missing.md', '-k', 'sourdough starter', '-f', 'json'];
    const oneThread = runBin(args, { SEO_CHECK_THREADS: '1' });
    expect(oneThread.stderr).toContain('missing.md: no such file');
    expect(runBin(args, { SEO_CHECK_THREADS: '2' })).toEqual(oneThread);
  });
});
