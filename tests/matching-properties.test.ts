import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/document.js';
import { normalizeText } from '../src/parse/lines.js';
import { WordFolder } from '../src/text/fold.js';
import { fixture, report } from './helpers.js';

const seed = normalizeText(fixture('trump-putin-meeting.md'));
const folder = new WordFolder();
const doc = parseDocument(seed, folder);

/** Each seed keyphrase and ways a writer may write it, all of which normalise to it. */
const VARIANTS: Record<string, string[]> = {
  'Trump Putin meeting': [
    'Trump Putin meeting',
    'trump putin meetings',
    'Trump-Putin meeting',
    'Trump‐Putin meeting',
    'Trump–Putin meeting',
    'Trump—Putin meetings',
    'Trump−Putin meeting',
    'Trump/Putin meeting',
    'Trump’s Putin meeting',
    "Trump's Putin meetings",
    'TRUMP PUTIN MEETING',
    'Trümp Pútin Meeting',
    'ｔｒｕｍｐ putin meeting',
  ],
  'US Russia relations': [
    'US Russia relations',
    'U.S. Russia relations',
    'U.S.-Russia relations',
    'US–Russia relation',
    'US/Russia relations',
    'U.S.—Russia’s relations',
    'US RUSSIA RELATIONS',
  ],
  'Ukraine conflict diplomacy': ['Ukraine conflict diplomacy', 'Ukraine’s conflict diplomacy', 'ukraine-conflict diplomacy', 'Ukraine conflicts diplomacy', 'Ukraïne conflict diplomacy'],
};
const PHRASES = Object.keys(VARIANTS);
const PARAMS = { seed: 20261127, numRuns: 150 };

function counted(text: string, phrase: string) {
  return report(text, { keyphrases: [phrase] }).keyphrases[0];
}

const before = Object.fromEntries(PHRASES.map((p) => [p, counted(seed, p)]));

/**
 * Places where words may be inserted: before a word that follows white space and stands in the
 * source as written, and never inside an occurrence of `phrase` (which an insertion would split).
 */
function insertionPoints(phrase: string): number[] {
  const spans = report(seed, { keyphrases: [phrase] }).keyphrases[0].occurrences.map((o) => {
    const start = doc.lines.starts[o.line - 1] + o.column - 1;
    return [start, start + o.text.length];
  });
  return doc.words
    .list()
    .filter((w) => w.wordStart && seed.slice(w.start, w.end) === w.surface)
    .map((w) => w.start)
    .filter((at) => !spans.some(([from, to]) => at > from && at < to));
}

const POINTS = Object.fromEntries(PHRASES.map((p) => [p, insertionPoints(p)]));

const insertion = fc.constantFrom(...PHRASES).chain((phrase) =>
  fc.record({
    phrase: fc.constant(phrase),
    variant: fc.constantFrom(...VARIANTS[phrase]),
    at: fc.constantFrom(...POINTS[phrase]),
  }),
);

describe('count, as a property of the seed article', () => {
  it('rises by exactly one when the keyphrase, in any normalised form, is inserted into any sentence', () => {
    fc.assert(
      fc.property(insertion, ({ phrase, variant, at }) => {
        const text = `${seed.slice(0, at)}${variant} ${seed.slice(at)}`;
        const k = counted(text, phrase);
        expect(k.count).toBe(before[phrase].count + 1);
        // The new occurrence is the inserted text, as written.
        expect(k.occurrences.filter((o) => o.text === variant).length).toBeGreaterThanOrEqual(1);
      }),
      PARAMS,
    );
  });

  const keys = (phrase: string) => new Set(phrase.split(' ').map((w) => folder.form(w).key));
  const unrelated = fc
    .array(fc.stringMatching(/^[a-z]{1,10}$/), { minLength: 1, maxLength: 3 })
    .filter((ws) => ws.every((w) => PHRASES.every((p) => !keys(p).has(folder.form(w).key))));

  it('never changes when unrelated words are inserted anywhere outside an occurrence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PHRASES).chain((phrase) => fc.record({ phrase: fc.constant(phrase), at: fc.constantFrom(...POINTS[phrase]), words: unrelated })),
        ({ phrase, at, words }) => {
          const text = `${seed.slice(0, at)}${words.join(' ')} ${seed.slice(at)}`;
          expect(counted(text, phrase).count).toBe(before[phrase].count);
        },
      ),
      PARAMS,
    );
  });
});
