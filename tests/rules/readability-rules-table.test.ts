import { ruleTester } from './rule-tester.js';

// Readability rules, in English and in another language; a language without lists skips them.

ruleTester('passive-voice', {
  valid: [
    { name: 'no sentences', code: '```\ncode\n```\n' },
    { code: 'The fox ate the cake.\n' },
    { name: 'a language without passive-voice rules: skipped', code: 'Tort został zjedzony.\n', lang: 'pl' },
  ],
  invalid: [
    { name: 'English', code: 'The fox ran. The cake was eaten by the fox.\n', errors: [{ messageId: 'tooMany', line: 1, column: 14, endLine: 1, endColumn: 44, data: { passive: 1, sentences: 2 } }] },
    { name: 'German: werden + Partizip II', code: 'Das Haus wird von meinem Vater gebaut.\n', lang: 'de', errors: [{ messageId: 'tooMany', line: 1, column: 1, endLine: 1, endColumn: 39 }] },
  ],
});

ruleTester('transition-words', {
  valid: [
    { name: 'too short to judge', code: 'It rains. It pours.\n' },
    { code: 'It rains. However, it stops. Then it pours.\n', options: { minWords: 0 } },
    { name: 'Spanish connectives', code: 'Llueve. Sin embargo, salimos. Además, hace frío.\n', lang: 'es', options: { minWords: 0 } },
  ],
  invalid: [
    {
      name: 'the longest stretch without one',
      code: 'However, it rains. It pours. It stops. It starts.\n',
      options: { minWords: 0 },
      errors: [{ messageId: 'tooFew', line: 1, column: 20, endLine: 1, endColumn: 50, data: { transitions: 1, sentences: 4, stretch: 3 } }],
    },
  ],
});

ruleTester('sentence-beginnings', {
  valid: [{ code: 'It rains. It pours. Then it stops.\n' }, { name: 'after an article, the first two words', code: 'The fox ran. The hen slept. The cow ate.\n' }],
  invalid: [
    { name: 'three in a row', code: 'It rains. It pours. It stops.\n', errors: [{ messageId: 'repeated', line: 1, column: 1, endLine: 1, endColumn: 30, data: { sentences: 3, beginning: 'it' } }] },
    { name: 'German, after an article', code: 'Die Katze schläft. Die Katze frisst. Die Katze spielt.\n', lang: 'de', errors: [{ messageId: 'repeated', line: 1, column: 1, endLine: 1, endColumn: 55, data: { beginning: 'die katze' } }] },
  ],
});

ruleTester('flesch-reading-ease', {
  valid: [
    { name: 'no text', code: '```\ncode\n```\n' },
    { name: 'information only', code: 'The cat sat on the mat.\n' },
    { name: 'easy enough', code: 'The cat sat on the mat.\n', options: { min: 60 } },
    { name: 'German, by Amstad’s formula', code: 'Die Katze sitzt auf der Matte.\n', lang: 'de', options: { min: 60 } },
  ],
  invalid: [
    {
      name: 'the hardest sentence',
      code: 'The cat sat. Ontological considerations necessitate extraordinary deliberation.\n',
      options: { min: 100 },
      errors: [{ messageId: 'tooHardAt', line: 1, column: 14, endLine: 1, endColumn: 80 }],
    },
    { name: 'headings only: no sentence to point at', code: '# Ontological considerations necessitate deliberation\n', options: { min: 100 }, errors: [{ messageId: 'tooHard', line: 1, column: 1, endLine: 1, endColumn: 54 }] },
  ],
});
