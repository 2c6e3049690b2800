import { ruleTester } from './rule-tester.js';

// Rules about the outline and the length of the text, its paragraphs and sections.

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');
const long = `${words(151)}.\n`;

ruleTester('single-h1', {
  valid: [
    { code: '# One\n\nText.\n' },
    { name: 'no H1 at all (title-length asks for a title)', code: 'Text.\n' },
    { name: 'a front-matter title and no H1', code: '---\ntitle: T\n---\nText.\n' },
  ],
  invalid: [
    { name: 'a second and a third H1', code: '# A\n\n# B\n\n# Third\n', errors: [
      { messageId: 'second', line: 3, column: 1, endLine: 3, endColumn: 4, data: { heading: 'B' } },
      { messageId: 'second', line: 5, column: 1, endLine: 5, endColumn: 8, data: { heading: 'Third' } },
    ] },
  ],
});

ruleTester('heading-increment', {
  valid: [{ code: '## A\n\n### B\n\n## C\n\n### D\n' }],
  invalid: [
    { name: 'two skips', code: '## A\n\n#### B\n\n## C\n\n##### E\n', errors: [
      { messageId: 'skipped', line: 3, column: 1, endLine: 3, endColumn: 7, data: { previous: 2, level: 4, expected: 3 } },
      { messageId: 'skipped', line: 7, column: 1, endLine: 7, endColumn: 8, data: { previous: 2, level: 5 } },
    ] },
  ],
});

ruleTester('content-length', {
  valid: [{ code: `${words(300)}.\n` }],
  invalid: [
    { name: 'far too short', code: 'Text.\n', errors: [{ messageId: 'farTooShort', line: 1, column: 1, endLine: 1, endColumn: 6, severity: 'error', data: { words: 1 } }] },
    { name: 'too short', code: `# T\n\n${words(150)}.\n`, errors: [{ messageId: 'tooShort', line: 1, column: 1, endLine: 1, endColumn: 4, severity: 'warning', data: { words: 151 } }] },
  ],
});

ruleTester('sentence-length', {
  valid: [{ name: 'no sentences', code: '```\ncode\n```\n' }, { code: 'A short one. Another short one.\n' }],
  invalid: [
    {
      name: 'the longest long sentence, whole',
      // Sentences start with a capital: "Long" and "Longer" begin the two long ones.
      code: `A short one. Long ${words(21, 'long')}. Longer ${words(24, 'longer')}!\n`,
      errors: [{ messageId: 'tooMany', line: 1, column: 125, endLine: 1, endColumn: 300, data: { long: 2, sentences: 3, words: 25 } }],
    },
  ],
});

ruleTester('paragraph-length', {
  valid: [{ name: 'no paragraphs', code: '# Only a heading\n' }, { code: `${words(150)}.\n` }],
  invalid: [
    { name: 'the longest paragraph, whole', code: `Short.\n\n${long}`, errors: [{ messageId: 'tooLong', line: 3, column: 1, endLine: 3, endColumn: long.length, data: { words: 151, long: 1 } }] },
  ],
});

ruleTester('subheading-distribution', {
  valid: [{ name: 'nothing to divide', code: '```\ncode\n```\n' }, { code: `## A\n\n${words(300)}.\n` }],
  invalid: [
    {
      name: 'no subheadings at all',
      code: `${words(301)}.\n`,
      errors: [{ messageId: 'tooLong', line: 1, column: 1, endLine: 1, endColumn: words(301).length + 2, data: { words: 301, where: 'The text, which has no subheadings,' } }],
    },
    {
      name: 'a long section: its heading',
      code: `## Short\n\nText.\n\n## Long\n\n${words(320)}.\n`,
      errors: [{ messageId: 'tooLong', line: 5, column: 1, endLine: 5, endColumn: 8, data: { words: 320, where: 'The section under “Long”' } }],
    },
  ],
});
