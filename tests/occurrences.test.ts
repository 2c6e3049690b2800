import { describe, expect, it } from 'vitest';
import { report } from './helpers.js';

describe('positions after a code span that wraps', () => {
  it('places the occurrence where it is written', () => {
    const r = report('# T\n\nA `C\nunwind`, so red fox. While\nwe `C unwind` go.\n', { keyphrases: ['red fox'] });
    expect(r.keyphrases[0].occurrences).toEqual([{ line: 4, column: 13, endLine: 4, endColumn: 20, text: 'red fox' }]);
  });
});

describe('words that hold an escape or an entity', () => {
  it('end where their last character ends in the source, and read as the reader sees them', () => {
    const cases: Array<[string, string, Array<{ line: number; column: number; endLine: number; endColumn: number; text: string }>]> = [
      ["I don\\'t know. Don\\'t stop.", "don't", [{ line: 1, column: 3, endLine: 1, endColumn: 9, text: "don't" }, { line: 1, column: 16, endLine: 1, endColumn: 22, text: "Don't" }]],
      ['A caf&eacute; here, the caf&eacute; there.', 'café', [{ line: 1, column: 3, endLine: 1, endColumn: 14, text: 'café' }, { line: 1, column: 25, endLine: 1, endColumn: 36, text: 'café' }]],
      ['&Eacute;cole and &Eacute;cole.', 'école', [{ line: 1, column: 1, endLine: 1, endColumn: 13, text: 'École' }, { line: 1, column: 18, endLine: 1, endColumn: 30, text: 'École' }]],
    ];
    for (const [text, phrase, occurrences] of cases) expect(report(text, { keyphrases: [phrase] }).keyphrases[0].occurrences).toEqual(occurrences);
  });

  it('and between the words of an occurrence, entities read as the reader sees them', () => {
    expect(report('The fox &amp; meeting went well.', { keyphrases: ['fox, meeting'] }).keyphrases[0].occurrences).toEqual([
      { line: 1, column: 5, endLine: 1, endColumn: 22, text: 'fox & meeting' },
    ]);
  });

  it('are marked over their whole source text in explain', () => {
    const sentence = report('A caf&eacute; here.', { keyphrases: ['café'], explain: true }).explain![0].occurrences[0];
    expect(sentence.text.slice(...sentence.marks[0])).toBe('caf&eacute;');
  });
});
