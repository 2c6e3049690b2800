import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { report } from './helpers.js';

// Its own file, so that no other test has loaded a stemmer into this process's module cache.
it('loads the stemmer of the language used and no other', () => {
  const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((k) => /[\\/]stemmers[\\/]/.test(k)).map((k) => k.split(/stemmers[\\/]/)[1]).sort();
  // English is stemmed by seo-check's own port of natural's Porter stemmer (src/text/porter.ts).
  report('The meetings ended.', { keyphrases: ['meeting'] });
  expect(loaded()).toEqual([]);
  report('Die alten Häuser.', { keyphrases: ['Haus'], language: 'de' });
  expect(loaded()).toEqual(['porter_stemmer_de.js', 'stemmer_de.js']);
});
