import { describe, expect, it } from 'vitest';
import { Suppressions } from '../src/check/suppress.js';

/** [directives (text, line)], then [rule, line, the directive's line that silences it or null]. */
const CASES: Array<[string, Array<[string, number]>, Array<[string, number, number | null]>]> = [
  [
    '"enable x" inside a blanket disable lets x report again, the others stay silent',
    [['seo-check-disable', 3], ['seo-check-enable single-h1', 5]],
    [['single-h1', 4, 3], ['single-h1', 6, null], ['links', 6, 3], ['links', 2, null]],
  ],
  [
    '"disable x" then "enable" (all) ends every region',
    [['seo-check-disable links, single-h1', 2], ['seo-check-enable', 4]],
    [['links', 3, 2], ['single-h1', 3, 2], ['links', 5, null], ['links', 1, null]],
  ],
  [
    'disable-line and disable-next-line cover one line each',
    [['seo-check-disable-line links', 2], ['seo-check-disable-next-line', 7]],
    [['links', 2, 2], ['links', 3, null], ['single-h1', 2, null], ['single-h1', 8, 7], ['links', 8, 7], ['links', 7, null], ['links', 9, null]],
  ],
  [
    'an unclosed disable runs to the end of the article',
    [['seo-check-disable passive-voice', 10]],
    [['passive-voice', 9, null], ['passive-voice', 10, 10], ['passive-voice', 100000, 10], ['links', 11, null]],
  ],
  ['other comments are not directives', [['seo-check is great', 1], ['TODO', 2]], [['links', 1, null], ['links', 2, null]]],
];

describe('inline directives', () => {
  it.each(CASES)('%s', (_name, directives, expected) => {
    const s = new Suppressions(directives.map(([text, line]) => ({ text, line })));
    for (const [rule, line, by] of expected) expect(s.silencer(rule, line), `${rule} on line ${line}`).toBe(by);
  });
});
