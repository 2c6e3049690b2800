import { ruleTester } from './rule-tester.js';

ruleTester('image-alt', {
  valid: [{ code: 'Text.\n' }, { code: '![A red fox](fox.png)\n' }, { code: '![A red fox](fox.png) and ![A hen](hen.png)\n' }],
  invalid: [
    { name: 'one of two without alt text', code: '![A red fox](fox.png)\n\n![](hen.png)\n', errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 13, data: { missing: 1, images: 2 } }] },
  ],
});

ruleTester('links', {
  valid: [{ code: 'See [our post](/posts/x/) and [the source](https://example.com/a).\n' }],
  invalid: [
    { name: 'none', code: 'Text.\n', errors: [{ messageId: 'tooFew', line: 1, column: 1, endLine: 1, endColumn: 6, data: { internalLinks: 0, externalLinks: 0 } }] },
    { name: 'no internal one', code: 'See [the source](https://example.com/a).\n', errors: [{ messageId: 'tooFew', line: 1, column: 1, endLine: 1, endColumn: 41, data: { internalLinks: 0, externalLinks: 1 } }] },
  ],
});
