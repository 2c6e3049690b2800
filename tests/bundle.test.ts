import { spawnSync } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tempFiles } from './helpers.js';
// The built modules, as the bin script and the worker threads run them (`npm test` builds first).
import { inWorkers, MIN_FILES_FOR_WORKERS, workerThreads } from '../dist/engine/workers.js';
import { processFile } from '../dist/engine/file-stage.js';
import { RunSettings } from '../dist/engine/settings.js';

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
// configuration) are loaded only by these runs: each must work from bin/.
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

// natural is a devDependency: what an installed seo-check stems with is the chunks in dist/stemmers/.
describe('the stemmer chunks (dist/stemmers)', () => {
  const require = createRequire(import.meta.url);
  const dir = `${FIXTURES}../dist/stemmers/`;
  const chunks = readdirSync(dir);
  const words = [
    ...readdirSync(`${FIXTURES}languages`).filter((f) => f.endsWith('.md')).flatMap((f) => readFileSync(`${FIXTURES}languages/${f}`, 'utf8').split(/[^\p{L}\p{M}'’-]+/u)),
    'コンピューター', 'カタカナ', 'کتاب‌ها', 'کتابهایشان', 'membaca', 'buku-buku', 'pembelajaran', 'läsningen', 'bøkene', 'книжками',
  ].filter((w) => w !== '');

  it('are there for every stemmed language, and nothing else', async () => {
    const languages = await import('../dist/languages/registry.js');
    const stemmers = (await Promise.all(readdirSync(`${FIXTURES}../dist/languages`).filter((f) => f.endsWith('.js')).map((f) => import(`../dist/languages/${f}`))))
      .map((m) => m.default?.stemmer)
      .filter((s): s is string => typeof s === 'string');
    expect(stemmers.length).toBe(languages.STEMMED_LANGUAGES.length - 1); // English has its own Porter port
    expect(chunks.sort()).toEqual(stemmers.map((s) => s.replace(/\//g, '_').replace(/\.js$/, '.cjs')).sort());
  });

  it.each(chunks)('%s stems as natural does, and carries its licences', (chunk) => {
    const file = chunk.replace(/^indonesian_/, 'indonesian/').replace(/\.cjs$/, '.js');
    const built = require(join(dir, chunk));
    const natural = require(`natural/lib/natural/stemmers/${file}`);
    expect(words.map((w) => built.stem(w))).toEqual(words.map((w) => natural.stem(w)));
    const text = readFileSync(join(dir, chunk), 'utf8');
    expect(text.startsWith(`/*\nnatural/lib/natural/stemmers/${file}, bundled`)).toBe(true);
    expect(text).toContain('Copyright (c) 2011, 2012 Chris Umbel, Rob Ellis, Russell Mull');
    expect(text).toContain('The above copyright notice and this permission notice shall be included');
  });
});

// What the installed package runs must come from `dependencies`: a user's install has no others.
it('dist/ and bin/ load only dependencies and built-in modules', () => {
  const { dependencies, name } = JSON.parse(readFileSync(`${FIXTURES}../package.json`, 'utf8'));
  const loaded = new Set<string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.c?js$/.test(e.name)) {
        // require('x'), import('x'), and import/export statements at the start of a line.
        const loads = /(?:\brequire\(\s*|\bimport\(\s*|^\s*(?:import|export)\b[^;'"]*?\bfrom\s*|^\s*import\s*)["']([^"'./][^"']*)["']/gm;
        for (const m of readFileSync(p, 'utf8').matchAll(loads)) {
          loaded.add(m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0]);
        }
      }
    }
  };
  walk(`${FIXTURES}../dist`);
  walk(`${FIXTURES}../bin`);
  expect(loaded.size).toBeGreaterThan(5);
  expect([...loaded].filter((n) => !n.startsWith('node:') && !builtinModules.includes(n) && n !== name && !(n in dependencies))).toEqual([]);
});

describe('many files in worker threads', () => {
  const many = Array.from({ length: MIN_FILES_FOR_WORKERS + 5 }, (_, i) => articles[i % articles.length]);

  it('uses workers only for many named files, and never for standard input', () => {
    // Two threads: this one and one worker.
    expect(workerThreads(many.length, { SEO_CHECK_THREADS: '2' })).toBe(1);
    expect(workerThreads(many.length, { SEO_CHECK_THREADS: '4' })).toBe(3);
    expect(workerThreads(MIN_FILES_FOR_WORKERS - 1, { SEO_CHECK_THREADS: '2' })).toBe(0);
    expect(workerThreads(many.length, { SEO_CHECK_THREADS: '1' })).toBe(0);
  });

  it('reads standard input in this thread, whatever the number of files', () => {
    const { dir, file } = tempFiles('bundle-stdin');
    many.forEach((a, i) => file(readFileSync(a), `post-${i}.md`));
    const args = ['.', '-', '-k', 'sourdough starter', '-f', 'json'];
    const run = (threads: string) => {
      const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...env, SEO_CHECK_THREADS: threads }, cwd: dir, input: readFileSync(articles[1]), maxBuffer: 64 << 20 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const oneThread = run('1');
    const results = JSON.parse(oneThread.stdout).results;
    expect(results.length).toBe(many.length + 1);
    expect(results.filter((r: { file: string }) => r.file === '<stdin>')).toHaveLength(1);
    expect(run('2')).toEqual(oneThread);
  });

  for (const withThisThread of [false, true]) {
    it(`returns every result in input order${withThisThread ? ', this thread working too' : ''}`, async () => {
      const setup = { options: { keyphrases: ['sourdough starter'], maxBytes: 1 << 24 }, cwd: FIXTURES };
      const settings = new RunSettings({ ...setup.options, cwd: FIXTURES });
      const local = withThisThread ? (file: string) => processFile(settings, file, FIXTURES) : undefined;
      const outcomes = await inWorkers(many, setup, 2, local);
      expect(outcomes).not.toBeNull();
      const reports = outcomes!.map((o) => ('report' in o.outcome ? o.outcome.report : null));
      expect(reports.map((r) => r?.file)).toEqual(many);
      const words = reports.map((r) => r?.stats.words ?? -1);
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
