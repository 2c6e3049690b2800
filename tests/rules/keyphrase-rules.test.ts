import { ruleTester } from './rule-tester.js';

// Rules run once per keyphrase. A finding about the whole text stands on line 1.

const words = (n: number, word = 'Hens') => Array.from({ length: n }, () => word).join(' ');
const rare = `The red fox ran. ${words(200)}.\n`;
const often = `The red fox ran. The red fox ate. ${words(54)}.\n`;

ruleTester('keyphrase-density', {
  valid: [{ code: `The red fox ran. ${words(96)}.\n`, keyphrases: ['red fox'] }],
  invalid: [
    { name: 'absent', code: 'The hen.\n', keyphrases: ['red fox'], errors: [{ messageId: 'absent', line: 1, column: 1, endLine: 1, endColumn: 9, severity: 'error', data: { every: 200 } }] },
    { name: 'too rare', code: rare, keyphrases: ['red fox'], errors: [{ messageId: 'tooRare', line: 1, column: 1, endLine: 1, endColumn: rare.length, severity: 'warning', data: { count: 1, words: 204, density: 0.49, needed: 2 } }] },
    { name: 'too often', code: often, keyphrases: ['red fox'], errors: [{ messageId: 'tooOften', line: 1, column: 1, endLine: 1, endColumn: often.length, severity: 'warning', data: { count: 2, words: 62, density: 3.23 } }] },
    { name: 'stuffing', code: 'The red fox. The red fox. The red fox.\n', keyphrases: ['red fox'], errors: [{ messageId: 'stuffing', line: 1, column: 1, endLine: 1, endColumn: 39, severity: 'error', data: { density: 33.33 } }] },
  ],
});

ruleTester('keyphrase-in-introduction', {
  valid: [
    { code: 'The red fox ran.\n\nMore text.\n', keyphrases: ['red fox'] },
    { name: 'all its words in one sentence', code: 'The fox was red.\n', keyphrases: ['red fox'] },
  ],
  invalid: [
    { name: 'no paragraph', code: '# Red fox\n', keyphrases: ['red fox'], errors: [{ messageId: 'noParagraph', line: 1, column: 1, endLine: 1, endColumn: 10 }] },
    { name: 'not in the first paragraph', code: '# T\n\nThe hen sleeps.\n\nThe red fox ran.\n', keyphrases: ['red fox'], errors: [{ messageId: 'absent', line: 3, column: 1, endLine: 3, endColumn: 16 }] },
    {
      name: 'a paragraph over two lines, in a list',
      code: '- The hen sleeps\n  and the cow eats.\n',
      keyphrases: ['red fox'],
      errors: [{ messageId: 'absent', line: 1, column: 3, endLine: 2, endColumn: 20 }],
    },
  ],
});

ruleTester('keyphrase-in-subheadings', {
  valid: [
    { code: 'The red fox.\n', keyphrases: ['red fox'] },
    { name: 'one subheading, holding it', code: '## Red fox\n\nText.\n', keyphrases: ['red fox'] },
    { name: 'one of two', code: '## Red fox\n\nText.\n\n## Hens\n\nText.\n', keyphrases: ['red fox'] },
  ],
  invalid: [
    {
      name: 'none of three',
      code: '## Hens\n\nText.\n\n## Cows\n\nText.\n\n## Pigs\n\nText.\n',
      keyphrases: ['red fox'],
      errors: [{ messageId: 'tooFew', line: 1, column: 1, endLine: 1, endColumn: 8, data: { matching: 0, total: 3 } }],
    },
    {
      name: 'every one of two',
      code: '# Title\n\n## Red fox\n\nText.\n\n## The red fox again\n\nText.\n',
      keyphrases: ['red fox'],
      errors: [{ messageId: 'tooMany', line: 3, column: 1, endLine: 3, endColumn: 11, data: { matching: 2, total: 2 } }],
    },
  ],
});

ruleTester('keyphrase-distribution', {
  valid: [
    { name: 'no sentences', code: '![x](a.png)\n', keyphrases: ['red fox'] },
    { name: 'in every sentence', code: 'The red fox. The red fox.\n', keyphrases: ['red fox'] },
    { name: 'a gap of a third', code: 'The red fox ran. Hens sleep. The red fox ate.\n', keyphrases: ['red fox'] },
  ],
  invalid: [
    { name: 'absent', code: 'The hen sleeps. The cow eats.\n', keyphrases: ['red fox'], errors: [{ messageId: 'absent', line: 1, column: 1, endLine: 1, endColumn: 30 }] },
    {
      name: 'a gap of three in four sentences: the gap itself',
      code: 'The red fox ran. Hens sleep. Cows eat. Pigs dig.\n',
      keyphrases: ['red fox'],
      errors: [{ messageId: 'gap', line: 1, column: 18, endLine: 1, endColumn: 49, data: { gap: 3, sentences: 4, share: 75 } }],
    },
    {
      name: 'a gap over several lines',
      code: 'The red fox ran.\n\nHens sleep.\n\nCows eat.\n',
      keyphrases: ['red fox'],
      errors: [{ messageId: 'gap', line: 3, column: 1, endLine: 5, endColumn: 10, data: { where: 'lines 3–5' } }],
    },
  ],
});
