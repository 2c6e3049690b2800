import { existsSync } from 'node:fs';
import { requireHere } from '../util/require.js';
import { fileURLToPath } from 'node:url';
import type { StemFn } from '../text/stem.js';


/**
 * Loads one of natural's stemmers by its file under natural/lib/natural/stemmers/. The build
 * bundles each stemmer on its own into dist/stemmers/<file>.cjs (scripts/bundle.mjs), so that an
 * installed seo-check needs no natural at all (natural 8 installs 58 MB with a word database and
 * database drivers); from the TypeScript sources (tests) the stemmer comes from natural itself.
 * Both the tsc output (dist/languages/) and the bundle (dist/bundle/) sit one folder under dist/.
 */
export function loadStemmer(file: string): StemFn {
  const built = fileURLToPath(new URL(`../stemmers/${file.replace(/\//g, '_').replace(/\.js$/, '.cjs')}`, import.meta.url));
  const path = existsSync(built) ? built : `natural/lib/natural/stemmers/${file}`;
  const mod = requireHere(path) as { stem?: (w: string) => string; default?: { stem(w: string): string } };
  const stemmer = mod.stem !== undefined ? mod : mod.default!;
  return (word) => stemmer.stem!(word);
}
