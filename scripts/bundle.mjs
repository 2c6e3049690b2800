// Bundles the CLI into dist/bundle/ (run by `npm run build`, after tsc). One file to load instead
// of ~150 modules takes ~60 ms off every run (README, Performance). Report formats, the `rules`
// command and the worker stay separate chunks, loaded only by the runs that use them.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

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

// Chunk names carry hashes: clear the old ones so that only this build's are there.
rmSync(new URL('dist/bundle', root), { recursive: true, force: true });

await build({
  absWorkingDir: new URL('.', root).pathname,
  entryPoints: { 'seo-check': 'src/cli/main.ts', 'analyze-worker': 'src/run/analyze-worker.ts' },
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
