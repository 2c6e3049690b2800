import { ruleTester } from './rule-tester.js';

// Rules about the front matter and what it holds. Positions: a field's whole line; no place is line 1.

ruleTester('front-matter', {
  valid: [{ code: 'Text.\n' }, { code: '---\ntitle: T\n---\nText.\n' }],
  invalid: [
    { name: 'an unclosed flow list', code: '---\ntitle: [a\n---\nText.\n', errors: [{ messageId: 'unreadable', line: 2, column: 1, endLine: 2, endColumn: 10 }] },
    { name: 'a fence never closed', code: '---\ntitle: x\n\nText.\n', errors: [{ messageId: 'unreadable', line: 1, column: 1, endLine: 1, endColumn: 4 }] },
    { name: 'TOML without a value', code: '+++\ntitle =\n+++\nText.\n', errors: [{ messageId: 'unreadable', line: 2, column: 1, endLine: 2, endColumn: 8 }] },
  ],
});

ruleTester('keyphrase-defined', {
  valid: [
    { code: 'The red fox.\n', keyphrases: ['red fox'] },
    { code: '---\nkeyphrase: red fox\n---\nThe red fox.\n' },
  ],
  invalid: [
    { name: 'none given', code: 'The red fox.\n', errors: [{ messageId: 'none', line: 1, column: 1, endLine: 1, endColumn: 13 }] },
    { name: 'only punctuation', code: 'The red fox.\n', keyphrases: ['!!'], errors: [{ messageId: 'empty', line: 1, column: 1, endLine: 1, endColumn: 13, data: { phrase: '!!' } }] },
    { name: 'an empty one in front matter, at its line', code: '---\nkeyphrase: "!!"\n---\nText.\n', errors: [{ messageId: 'empty', line: 2, column: 1, endLine: 2, endColumn: 16 }] },
  ],
});

ruleTester('title-length', {
  valid: [
    { code: '---\ntitle: A title that is long enough to show whole\n---\nText.\n' },
    { name: 'narrow letters: 70 characters that fit 600 px', code: `---\ntitle: ${'i'.repeat(70)}\n---\nText.\n` },
  ],
  invalid: [
    { name: 'no title', code: 'Text.\n', errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 6, severity: 'error' }] },
    { name: 'short, in front matter', code: '---\ntitle: Short\n---\nText.\n', errors: [{ messageId: 'tooShort', line: 2, column: 1, endLine: 2, endColumn: 13, severity: 'warning', data: { chars: 5, px: 48 } }] },
    { name: 'short, the H1', code: '# Short\n\nText.\n', errors: [{ messageId: 'tooShort', line: 1, column: 1, endLine: 1, endColumn: 8 }] },
    {
      name: 'wider than a result page shows: where the page cuts it',
      code: '---\ntitle: An unusually long title that goes on and on, well past the sixty character limit\n---\nText.\n',
      errors: [{ messageId: 'tooWide', line: 2, column: 1, endLine: 2, endColumn: 88, data: { px: 675, chars: 80, maxPixels: 600, cutAfter: 'the sixty' } }],
    },
  ],
});

ruleTester('description-length', {
  valid: [{ code: '---\ndescription: A description long enough to say what the article is about, and short enough for a result page to show it whole, in full.\n---\nText.\n' }],
  invalid: [
    { name: 'none', code: 'Text.\n', errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 6 }] },
    { name: 'short', code: '---\ndescription: Short.\n---\nText.\n', errors: [{ messageId: 'tooShort', line: 2, column: 1, endLine: 2, endColumn: 20, data: { chars: 6 } }] },
    { name: 'a summary (Hugo) that is short', code: '---\nsummary: Short.\n---\nText.\n', errors: [{ messageId: 'tooShort', line: 2, column: 1, endLine: 2, endColumn: 16 }] },
    { name: 'wider than a result page shows', code: `---\ndescription: ${'word '.repeat(40).trim()}\n---\nText.\n`, errors: [{ messageId: 'tooWide', line: 2, column: 1, endLine: 2, endColumn: 213, data: { px: 1365, chars: 199, cutAfter: 'word word' } }] },
  ],
});

ruleTester('keyphrase-in-title', {
  valid: [
    { code: '---\ntitle: The red fox\n---\nText.\n', keyphrases: ['red fox'] },
    { name: 'words in another order', code: '---\ntitle: The fox, red\n---\nText.\n', keyphrases: ['red fox'] },
    { name: 'through a synonym', code: '---\ntitle: The crimson fox\nsynonyms: [crimson fox]\n---\nText.\n', keyphrases: ['red fox'] },
  ],
  invalid: [
    { name: 'no title', code: 'The red fox.\n', keyphrases: ['red fox'], errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 13, keyphrase: 'red fox' }] },
    { name: 'not in the title', code: '---\ntitle: Something else\n---\nThe red fox.\n', keyphrases: ['red fox'], errors: [{ messageId: 'absent', line: 2, column: 1, endLine: 2, endColumn: 22 }] },
    {
      name: 'two keyphrases, one missing',
      code: '---\ntitle: The red fox\n---\nThe red fox and the blue hen.\n',
      keyphrases: ['red fox', 'blue hen'],
      errors: [{ messageId: 'absent', line: 2, column: 1, endLine: 2, endColumn: 19, keyphrase: 'blue hen' }],
    },
  ],
});

ruleTester('keyphrase-in-description', {
  valid: [{ code: '---\ndescription: All about the red fox.\n---\nText.\n', keyphrases: ['red fox'] }],
  invalid: [
    { name: 'no description', code: 'Text.\n', keyphrases: ['red fox'], errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 6 }] },
    { name: 'not in it', code: '---\ndescription: All about hens.\n---\nText.\n', keyphrases: ['red fox'], errors: [{ messageId: 'absent', line: 2, column: 1, endLine: 2, endColumn: 29 }] },
  ],
});

ruleTester('keyphrase-in-slug', {
  valid: [
    { code: 'Text.\n', keyphrases: ['red fox'], path: 'posts/2020-01-02-red-fox.md' },
    { code: '---\npermalink: /animals/red-fox/\n---\nText.\n', keyphrases: ['red fox'], path: 'other.md' },
  ],
  invalid: [
    { name: 'the file name', code: 'Text.\n', keyphrases: ['red fox'], path: 'hens.md', errors: [{ messageId: 'absent', line: 1, column: 1, endLine: 1, endColumn: 6 }] },
    { name: 'a slug in front matter', code: '---\nslug: hens\n---\nText.\n', keyphrases: ['red fox'], errors: [{ messageId: 'absent', line: 2, column: 1, endLine: 2, endColumn: 11 }] },
    { name: 'standard input has none', code: 'Text.\n', keyphrases: ['red fox'], path: '<stdin>', errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 6 }] },
  ],
});
