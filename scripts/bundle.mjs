// Bundles the CLI (run by `npm run build`, after tsc): dist/bundle/seo-check.cjs, one CommonJS
// file that bin/load-bundle.js loads with V8's code cache, written here after one run on a fixture.
// Loading one file instead of ~150 modules, and compiling none of it, takes a run on one article
// from ~400 to ~185 ms (README, Performance). The worker threads of many-file runs load
// dist/bundle/worker.js, an ES module bundle.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
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

/**
 * markdown-it imports `entities` whole for two decoding functions; its index also builds the
 * encoding tables (~2 ms of every run). The bundle takes the decoder only.
 */
const decodeOnlyEntities = {
  name: 'decode-only-entities',
  setup(b) {
    b.onResolve({ filter: /^entities$/ }, (args) => b.resolve('entities/lib/decode.js', { kind: args.kind, resolveDir: args.resolveDir }));
  },
};

/**
 * entities' decoding tables, made at build time: the package writes each as a string that every
 * run splits into characters and maps to codes (~8 ms for the HTML table before the JIT is
 * warm); the bundle holds the table's bytes in base64, which Buffer decodes natively. A
 * big-endian machine (none that Node ships for today but s390x) swaps the bytes.
 */
const decodeTablesAtBuildTime = {
  name: 'decode-tables-at-build-time',
  setup(b) {
    b.onLoad({ filter: /[\\/]entities[\\/]lib[\\/]esm[\\/]generated[\\/]decode-data-(?:html|xml)\.js$/ }, async (args) => {
      const { default: table } = await import(pathToFileURL(args.path).href);
      const bytes = Buffer.alloc(table.length * 2);
      table.forEach((code, i) => bytes.writeUInt16LE(code, i * 2));
      return {
        contents: `// ${args.path.split(/[\\/]node_modules[\\/]/).pop()}, its table of ${table.length} codes made at build time (scripts/bundle.mjs)
const bytes = new Uint8Array(Buffer.from(${JSON.stringify(bytes.toString('base64'))}, 'base64'));
if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) for (let i = 0; i < bytes.length; i += 2) bytes.set([bytes[i + 1], bytes[i]], i);
export default new Uint16Array(bytes.buffer, 0, bytes.length / 2);
`,
        loader: 'js',
      };
    });
  },
};

/**
 * commander requires node:child_process for executable subcommands, which seo-check has none
 * of; loading it loads net, dgram and their kin (~5 ms). The bundle gives commander a stand-in
 * that requires the module the first time commander reads one of its properties.
 */
const childProcessOnUse = {
  name: 'child-process-on-use',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'on-use' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'on-use' }, () => ({
      contents: "let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });\n",
      loader: 'js',
    }));
  },
};

/**
 * markdown-it makes a linkify-it in its constructor, which compiles linkify-it's patterns; most
 * articles never need them (markdown-it.ts skips text that cannot hold a link). The bundle
 * gives markdown-it a linkify-it made on first use.
 */
const linkifyOnUse = {
  name: 'linkify-on-use',
  setup(b) {
    b.onResolve({ filter: /^linkify-it$/ }, async (args) => {
      if (args.pluginData?.real === true || !/[\\/]node_modules[\\/]markdown-it[\\/]/.test(args.importer)) return undefined;
      const real = await b.resolve('linkify-it', { kind: args.kind, resolveDir: args.resolveDir, pluginData: { real: true } });
      return { path: real.path, namespace: 'linkify-on-use' };
    });
    b.onLoad({ filter: /.*/, namespace: 'linkify-on-use' }, (args) => ({
      contents: `import LinkifyIt from ${JSON.stringify(args.path)};
const METHODS = ['add', 'set', 'testSchemaAt', 'pretest', 'test', 'match', 'matchAtStart', 'tlds', 'normalize', 'onCompile'];
/** A linkify-it whose real one is made the first time one of its methods is called. */
export default function LinkifyOnUse(schemas, options) {
  if (!(this instanceof LinkifyOnUse)) return new LinkifyOnUse(schemas, options);
  let real;
  for (const name of METHODS) {
    this[name] = (...args) => {
      real ??= new LinkifyIt(schemas, options);
      const value = real[name](...args);
      return value === real ? this : value;
    };
  }
}
`,
      loader: 'js',
      resolveDir: absWorkingDir,
    }));
  },
};

/**
 * src/util/require.ts makes a require for dist/ from import.meta.url on first use; the bundle
 * has one already (bin/load-bundle.js gives it the bundle's own), which resolves from the same
 * place, so it makes no URL at all.
 */
const bundleRequire = {
  name: 'bundle-require',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]util[\\/]require\.ts$/ }, () => ({
      contents: '/** The bundle\'s own require (see src/util/require.ts). */\nexport function requireHere(id: string): unknown {\n  return require(id);\n}\n',
      loader: 'ts',
    }));
  },
};

/**
 * Every character outside ASCII (esbuild leaves them in comments and regular-expression
 * literals) written as a \\u escape, so that the loader reads the bundle as Latin-1: a one-byte
 * string, decoded in a third of the time UTF-8 takes.
 */
function asciiOnly(path) {
  const text = readFileSync(path, 'utf8');
  const ascii = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const escape = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    // `\’` (an identity escape, in a string or a regular expression) is the character itself.
    return slashes.length % 2 === 1 ? slashes.slice(1) + escape : slashes + escape;
  });
  writeFileSync(path, ascii);
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
  plugins: [inlineVersion, decodeOnlyEntities, decodeTablesAtBuildTime, linkifyOnUse],
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
  plugins: [
    inlineVersion,
    decodeOnlyEntities,
    decodeTablesAtBuildTime,
    childProcessOnUse,
    linkifyOnUse,
    bundleRequire,
    requireLater(['yaml', 'tinyglobby', 'ignore', 'vscode-languageserver/node', 'vscode-languageserver-textdocument']),
  ],
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Without indentation and esbuild's `// src/…` module markers the bundle is 0.8 MB, not 1.15:
  // reading it took ~2.6 ms of every run and now ~1.8. Names stay as written, so a stack
  // (SEO_CHECK_DEBUG=1) still names its functions, but its line:column points into long lines of
  // the bundle; for a profile by module, run scripts/run-dist.mjs (dist/'s modules) instead.
  minifyWhitespace: true,
  // Modules find their neighbours (the worker, the stemmer chunks) from import.meta.url, made
  // when first read: a run that needs none of them makes no URL (the first costs ~2 ms).
  define: { 'import.meta.url': '__seoCheckMeta.url' },
  banner: { js: "var __seoCheckMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
  logLevel: 'warning',
});
asciiOnly(new URL('dist/bundle/seo-check.cjs', root));

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
