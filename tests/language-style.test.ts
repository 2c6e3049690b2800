import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/text/tokenize.js';
import { WordFolder } from '../src/text/fold.js';
import { bandOf } from '../src/languages/style/shared.js';
import type { LanguageStyle } from '../src/languages/style/types.js';
import { style as de } from '../src/languages/style/de.js';
import { style as es } from '../src/languages/style/es.js';
import { style as fr } from '../src/languages/style/fr.js';
import { style as it_ } from '../src/languages/style/it.js';
import { style as nl } from '../src/languages/style/nl.js';
import { style as pt } from '../src/languages/style/pt.js';
import { style as ru } from '../src/languages/style/ru.js';

const STYLES: Record<string, LanguageStyle> = { de, es, fr, it: it_, nl, pt, ru };
const FIXTURES = new URL('../fixtures/languages/', import.meta.url);

function tokens(text: string): string[] {
  const words = tokenize(text, new WordFolder(null));
  return Array.from({ length: words.length }, (_, i) => words.surface(i).normalize('NFC').toLowerCase().replace(/[’‘ʼ]/g, "'"));
}

/** What structure.ts will do with the lists: a listed word, or a listed phrase's words in a row. */
function hasTransition(style: LanguageStyle, sentence: string): boolean {
  const words = tokens(sentence);
  const single = new Set(style.transitionWords);
  const phrases = style.transitionPhrases.map((p) => p.split(' '));
  return words.some((w, k) => single.has(w) || phrases.some((p) => p.every((x, i) => words[k + i] === x)));
}

describe.each(Object.entries(STYLES))('word lists (%s)', (code, style) => {
  it('are lower case, NFC, straight apostrophes, without repeats, in the size a writer expects', () => {
    for (const list of [style.transitionWords, style.transitionPhrases, style.beginningDeterminers]) {
      for (const entry of list) {
        expect(entry).toBe(entry.normalize('NFC').toLowerCase());
        expect(entry).not.toMatch(/[’‘]/);
      }
      expect(new Set(list).size).toBe(list.length);
    }
    expect(style.transitionWords.length).toBeGreaterThanOrEqual(45);
    expect(style.transitionPhrases.length).toBeGreaterThanOrEqual(40);
    expect(style.transitionWords.length + style.transitionPhrases.length).toBeLessThanOrEqual(200);
  });

  it('spell every entry as the tokenizer splits it: one token a word, one space between the words of a phrase', () => {
    for (const w of [...style.transitionWords, ...style.beginningDeterminers]) expect(tokens(w)).toEqual([w]);
    for (const p of style.transitionPhrases) expect(tokens(p).join(' ')).toBe(p);
  });
});

/** Sentences with a transition (a word, then a phrase split by hyphens or apostrophes) and one without. */
const TRANSITIONS: Record<string, [string, string, string]> = {
  de: ['Trotzdem gingen wir los.', 'Darüber hinaus fehlt das Geld.', 'Wir gingen nach Hause.'],
  es: ['Sin embargo, nadie vino.', 'Por lo tanto, esperamos.', 'Nadie vino a la fiesta.'],
  fr: ["D'abord, il pleut.", "C'est-à-dire qu'il pleut.", 'Il pleut sur la ville.'],
  it: ['Tuttavia nessuno è venuto.', "D'altra parte piove.", 'Nessuno è venuto alla festa.'],
  nl: ['Bovendien regent het.', 'Aan de andere kant is het warm.', 'Het regent in de stad.'],
  pt: ['Contudo, ninguém veio.', 'Além disso, chove.', 'Ninguém veio à festa.'],
  ru: ['Однако никто не пришёл.', 'Во-первых, идёт дождь.', 'Никто не пришёл на праздник.'],
};

describe.each(Object.entries(TRANSITIONS))('transitions (%s)', (code, [word, phrase, none]) => {
  const style = STYLES[code];
  it('finds a single word and a phrase of several tokens, and nothing in a plain sentence', () => {
    expect(hasTransition(style, word)).toBe(true);
    expect(hasTransition(style, phrase)).toBe(true);
    expect(hasTransition(style, none)).toBe(false);
  });
});

function handCounts(code: string): Array<[string, number]> {
  return readFileSync(new URL(`${code}.syllables.tsv`, FIXTURES), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [word, n] = l.split('\t');
      return [word, Number(n)];
    });
}

/** Share of the hand-counted words the counter gets right, as measured (see the report); a floor just under it. */
const AGREEMENT_FLOORS: Record<string, number> = { de: 0.9, es: 0.99, fr: 0.98, it: 0.95, nl: 0.97, pt: 0.98, ru: 0.99 };

describe.each(Object.entries(STYLES))('syllables (%s)', (code, style) => {
  const rows = handCounts(code);

  it(`agrees with the hand count on at least ${AGREEMENT_FLOORS[code] * 100} % of ${rows.length} words`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    const right = rows.filter(([w, n]) => style.syllables(w) === n).length;
    expect(right / rows.length).toBeGreaterThanOrEqual(AGREEMENT_FLOORS[code]);
  });

  it('counts at least one syllable in a word with a letter, none in a number', () => {
    const letters = [...new Set(rows.map(([w]) => w).join('').replace(/'/g, ''))].join('');
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 20 }), (w) => style.syllables(w) >= 1));
    expect(style.syllables('2024')).toBe(0);
  });

  it('returns a passive span inside the sentence, or null', () => {
    const vocabulary = rows.map(([w]) => w).concat(style.beginningDeterminers);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 15 }), (words) => {
        const span = style.passive(words);
        return span === null || (span[0] >= 0 && span[0] < span[1] && span[1] <= words.length);
      }),
    );
  });
});

/** Counts with ASL = 20 and ASW = 1.5, and each published formula worked out by hand for them. */
const COUNTS = { words: 100, sentences: 5, syllables: 150, letters: 500 };
const FORMULAS: Array<[string, string, number]> = [
  ['de', 'amstad', 72.25], // 180 − 20 − 58.5 × 1.5
  ['es', 'fernandez-huerta', 96.44], // 206.84 − 60 × 1.5 − 1.02 × 20
  ['fr', 'kandel-moles', 76.3], // 207 − 1.015 × 20 − 73.6 × 1.5
  ['it', 'franchina-vacca', 88.5], // 206 − 65 × 1.5 − 20
  ['nl', 'flesch-douma', 72.735], // 206.835 − 0.93 × 20 − 77 × 1.5
  ['pt', 'martins', 101.635], // 248.835 − 1.015 × 20 − 84.6 × 1.5
  ['ru', 'oborneva', 90.685], // 206.835 − 1.3 × 20 − 60.1 × 1.5
];

describe('reading ease', () => {
  it.each(FORMULAS)('%s uses %s: %d at ASL 20, ASW 1.5', (code, formula, value) => {
    const ease = STYLES[code].readingEase;
    expect(ease.formula).toBe(formula);
    expect(ease.score(COUNTS)).toBeCloseTo(value, 1);
  });

  it('lowers the score with longer sentences and longer words, in every language', () => {
    for (const style of Object.values(STYLES)) {
      const base = style.readingEase.score(COUNTS);
      expect(style.readingEase.score({ ...COUNTS, sentences: 4 })).toBeLessThan(base);
      expect(style.readingEase.score({ ...COUNTS, syllables: 160 })).toBeLessThan(base);
    }
  });

  it('has no score without words or sentences', () => {
    for (const style of Object.values(STYLES)) {
      expect(style.readingEase.score({ ...COUNTS, words: 0 })).toBeNaN();
      expect(style.readingEase.score({ ...COUNTS, sentences: 0 })).toBeNaN();
    }
  });

  it('bands scores highest first, the last band taking everything below', () => {
    for (const style of Object.values(STYLES)) {
      const mins = style.readingEase.bands.map(([min]) => min);
      expect([...mins].sort((a, b) => b - a)).toEqual(mins);
      expect(mins[mins.length - 1]).toBe(-Infinity);
    }
    expect(bandOf(de.readingEase.bands, 72.25)).toBe('fairly easy');
    expect(bandOf(nl.readingEase.bands, 50)).toBe('fairly difficult');
    expect(bandOf(pt.readingEase.bands, 101.64)).toBe('very easy');
    expect(bandOf(pt.readingEase.bands, -12)).toBe('very difficult');
  });
});
