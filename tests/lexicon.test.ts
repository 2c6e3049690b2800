import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { ENGLISH_FUNCTION_WORDS } from '../src/text/lexicon.js';

it("keeps the English function words identical to the stopword package's list, which other languages use", () => {
  const stopword = createRequire(import.meta.url)('stopword') as Record<string, string[]>;
  expect(ENGLISH_FUNCTION_WORDS).toEqual(stopword.eng);
});
