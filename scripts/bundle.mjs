// Bundles the CLI (run by `npm run build`, after tsc): dist/bundle/seo-check.cjs, one CommonJS
// file that bin/load-bundle.js loads with V8's code cache, written here after one run on a fixture.
// Loading one file instead of ~150 modules, and compiling none of it, takes a run on one article
// from ~400 to ~185 ms (README, Performance). The worker threads of many-file runs load
// dist/bundle/worker.js, an ES module bundle.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { buildStemmerChunks } from './stemmer-chunks.mjs';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The bundle lives one folder deeper than dist/version.js, so the version is written in. */
const inlineVersion = {
  name: 'inline-version',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
      contents: `export function version(): string { return ${JSON.stringify(version)}; }`,
      loader: 'ts',
    }));
  },
};

/**
 * `import('pkg')` of the packages in `names` becomes a require() of the installed package, run
 * when the import is: each import resolves to a one-line module that requires the package, and
 * the package itself stays out of the bundle.
 */
function requireLater(names) {
  const filter = new RegExp(`^(?:${names.join('|')})$`);
  return {
    name: 'require-later',
    setup(b) {
      b.onResolve({ filter }, (args) =>
        args.kind === 'dynamic-import' ? { path: args.path, namespace: 'require-later' } : { path: args.path, external: true },
      );
      b.onLoad({ filter: /.*/, namespace: 'require-later' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

// Chunk names carry hashes: clear the old ones so that only this build's are there.
rmSync(new URL('dist/bundle', root), { recursive: true, force: true });

const absWorkingDir = new URL('.', root).pathname;

// natural's stemmers, one chunk each in dist/stemmers/, loaded when an article needs one.
await buildStemmerChunks(root);

await build({
  absWorkingDir,
  entryPoints: { worker: 'src/engine/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (commander, natural) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __seoCheckRequire } from 'node:module'; const require = __seoCheckRequire(import.meta.url);" },
  plugins: [inlineVersion],
  logLevel: 'warning',
});

await build({
  absWorkingDir,
  entryPoints: { 'seo-check': 'src/cli/main.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  // Packages only some runs load (YAML configuration and front matter beyond plain key: value,
  // folders and globs) stay in node_modules: a smaller bundle is less code to read and a smaller
  // code cache to deserialise on every run. They are loaded with require(), not import(): the
  // bundle runs as a vm script (bin/load-bundle.js), which has no loader for import(), and
  // Node 20.20 drops one given with a code cache.
  plugins: [inlineVersion, requireLater(['yaml', 'tinyglobby', 'ignore', 'vscode-languageserver/node', 'vscode-languageserver-textdocument'])],
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Modules find their neighbours (the worker, the stemmer chunks) from import.meta.url.
  define: { 'import.meta.url': '__seoCheckUrl' },
  banner: { js: "var __seoCheckUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

// One run on the seed article in each of the two common formats compiles what a run uses; the
// cache made afterwards holds that code too, not only the top level.
const { loadBundle, CODE_CACHE } = await import(new URL('bin/load-bundle.js', root).href);
const { exports, script } = loadBundle();
const sink = { write: (_chunk, done) => (done?.(), true), isTTY: false, columns: 100 };
for (const format of ['json', 'stylish']) {
  await exports.main({
    argv: [new URL('fixtures/trump-putin-meeting.md', root).pathname, '-k', 'Trump Putin meeting', '-f', format],
    stdout: sink,
    stderr: sink,
    stdin: (async function* () {})(),
    env: {},
  });
}
writeFileSync(CODE_CACHE, script.createCachedData());
