// Builds natural's stemmers that the languages use, each on its own, into
// dist/stemmers/<file>.cjs (src/languages/stemmers.ts loads them there first). natural installs
// ~50 MB (a word database, database drivers) for a few hundred kB of stemmers: bundling them at
// build time lets an installed seo-check do without natural, which stays a devDependency.
//
// natural and what it bundles in (stopwords-iso) are MIT-licensed, and parts of natural carry
// their own notices (MIT, one BSD): their licences ask that the copyright and permission notices
// go with every copy, so each chunk starts with its packages' licences and the notice of every
// source file in it (esbuild keeps only /*! … */ comments, and natural's are plain /* … */).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

/** The stemmer files (under natural/lib/natural/stemmers/) that the built language modules name, with their language codes. */
async function stemmerFiles(root) {
  const dir = new URL('dist/languages/', root);
  const files = new Map();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const { default: language } = await import(new URL(name, dir).href);
    if (typeof language?.stemmer === 'string') files.set(language.stemmer, language.code);
  }
  return [...files].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * natural's German stemmer requires the whole of stopwords-iso (207 kB of lists, ~45 ms to load
 * on every German run) to read its `de` list: a chunk gets its own language's list only.
 */
function ownStopwordList(code) {
  return {
    name: 'own-stopword-list',
    setup(b) {
      b.onLoad({ filter: /[\\/]stopwords-iso[\\/]stopwords-iso\.json$/ }, (args) => ({
        contents: JSON.stringify({ [code]: JSON.parse(readFileSync(args.path, 'utf8'))[code] }),
        loader: 'json',
      }));
    },
  };
}

/** Where a stemmer's chunk goes: its path with `/` → `_` and `.js` → `.cjs`, as stemmers.ts looks. */
export function chunkName(file) {
  return file.replace(/\//g, '_').replace(/\.js$/, '.cjs');
}

/** The package folder (under node_modules/) that holds `file`. */
function packageDir(file) {
  let dir = dirname(file);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

/** The package's licence: its LICENSE file, else what its package.json says (name, author, licence). */
function packageLicence(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((n) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(n));
  const text = file === undefined ? `License: ${pkg.license}${pkg.author ? `, ${typeof pkg.author === 'string' ? pkg.author : pkg.author.name}` : ''}` : readFileSync(join(dir, file), 'utf8').trim();
  return `${pkg.name} ${pkg.version}${pkg.homepage ? ` (${pkg.homepage})` : ''}\n\n${text}`;
}

/** A source file's opening block comment when it is a copyright or licence notice. */
function fileNotice(path) {
  const match = /^\s*(\/\*[\s\S]*?\*\/)/.exec(readFileSync(path, 'utf8'));
  return match !== null && /copyright|licen[cs]e/i.test(match[1]) ? match[1] : null;
}

function comment(text) {
  return `/*\n${text.replace(/\*\//g, '* /')}\n*/`;
}

/** Builds every stemmer chunk into dist/stemmers/; returns their file names. */
export async function buildStemmerChunks(root) {
  const absWorkingDir = new URL('.', root).pathname;
  const outDir = new URL('dist/stemmers/', root);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [file, code] of await stemmerFiles(root)) {
    const result = await build({
      absWorkingDir,
      entryPoints: [`natural/lib/natural/stemmers/${file}`],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      write: false,
      metafile: true,
      outfile: 'out.cjs',
      plugins: [ownStopwordList(code)],
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs).map((p) => join(absWorkingDir, p));
    const packages = [...new Set(inputs.map(packageDir))];
    const notices = [...new Set(inputs.map(fileNotice).filter((n) => n !== null))];
    const header = [
      comment(
        `natural/lib/natural/stemmers/${file}, bundled by seo-check's build (scripts/stemmer-chunks.mjs) from:\n` +
          `${inputs.map((p) => `  ${relative(join(absWorkingDir, 'node_modules'), p)}`).join('\n')}\n\n` +
          packages.map(packageLicence).join('\n\n---\n\n'),
      ),
      '// The notices of the source files above:',
      ...notices,
    ].join('\n');
    writeFileSync(new URL(chunkName(file), outDir), `${header}\n${result.outputFiles[0].text}`);
    written.push(chunkName(file));
  }
  return written;
}
