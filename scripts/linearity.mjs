#!/usr/bin/env node
/**
 * Proves (or disproves) that seo-check analyses hostile input in linear time: each case is run at
 * a size n and at 4n, and the ratio of the times is printed. Linear work grows 4-fold (ratio ≈ 4);
 * quadratic work 16-fold. Four times the size keeps the verdict clear of timer and load noise. Times are not asserted in tests (they depend on the machine);
 * this script is the evidence, and the README's "Guarantees" section records its figures.
 *
 *     npm run build && node scripts/linearity.mjs [case-name-filter]
 *
 * SEO_CHECK_MODULE points it at another build of the package (default ../dist/engine/analyzer.js).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const moduleUrl = process.env.SEO_CHECK_MODULE
  ? pathToFileURL(process.env.SEO_CHECK_MODULE).href
  : new URL('../dist/engine/analyzer.js', import.meta.url).href;
const { Analyzer } = await import(moduleUrl);

const rep = (s, n) => s.repeat(Math.max(1, Math.round(n / s.length)));

/** Each case makes an article of about `n` characters (and its keyphrases). */
const CASES = {
  'plain prose': (n) => ({ text: rep('The red fox met the brown dog. They talked about US Russia relations for a while.\n\n', n) }),
  'one long line of words': (n) => ({ text: rep('red fox and dog ', n) + '\n' }),
  'dotted letters a.a.a…ab (WORD regex)': (n) => ({ text: rep('a.', n) + 'ab\n' }),
  'dotted letters a.a.a… then space': (n) => ({ text: rep('a.', n) + ' b\n' }),
  'decimals 1,1,1…x': (n) => ({ text: rep('1,', n) + 'x\n' }),
  "apostrophes a'a'a…": (n) => ({ text: rep("a'", n) + '\n' }),
  'dots only': (n) => ({ text: rep('.', n) + '\n' }),
  'Mr. Mr. Mr. (abbreviations)': (n) => ({ text: rep('Mr. ', n) + '\n' }),
  'one very long word': (n) => ({ text: rep('ab', n) + '\n' }),
  'one long consonant word': (n) => ({ text: rep('bcd', n) + '\n' }),
  'combining marks on one letter': (n) => ({ text: 'e' + rep('\u0301\u0323', n) + '\n' }),
  'emoji with skin tones': (n) => ({ text: rep('👍🏽 ', n) + '\n' }),
  'right-to-left words': (n) => ({ text: rep('שלום مرحبا ', n) + '\n' }),
  'keyphrase (a+)+$ over a a a': (n) => ({ text: rep('a ', n) + '\n', keyphrases: ['(a+)+$'] }),
  'keyphrase .*.*.*= over text': (n) => ({ text: rep('x=y ', n) + '\n', keyphrases: ['.*.*.*=.*'] }),
  'keyphrase a a … b (10 words) over a a a': (n) => ({ text: rep('a ', n) + '\n', keyphrases: [`${'a '.repeat(9)}b`] }),
  'nested block quotes': (n) => ({ text: rep('> ', Math.min(n, 196)) + '\n' + rep('text and more text\n\n', n) }),
  'emphasis openers *a': (n) => ({ text: rep('*a ', n) + '\n' }),
  'strong openers **a': (n) => ({ text: rep('**a', n) + '\n' }),
  'underscores _a_b': (n) => ({ text: rep('_a', n) + '\n' }),
  'link openers [': (n) => ({ text: rep('[', n) + '\n' }),
  'link openers [a](': (n) => ({ text: rep('[a](', n) + '\n' }),
  'image openers ![': (n) => ({ text: rep('![', n) + '\n' }),
  'backticks `a': (n) => ({ text: rep('`a', n) + '\n' }),
  'backtick runs ` `` ```': (n) => ({ text: Array.from({ length: Math.sqrt(n) | 0 }, (_, i) => '`'.repeat(i + 1) + 'a').join(' ') + '\n' }),
  'HTML openers <a ': (n) => ({ text: rep('<a ', n) + '\n' }),
  'comment openers <!--': (n) => ({ text: rep('<!-- ', n) + '\n' }),
  'entities &': (n) => ({ text: rep('&a', n) + '\n' }),
  'autolink openers <http:': (n) => ({ text: rep('<http://a', n) + '\n' }),
  'bare URLs www.a.': (n) => ({ text: rep('www.a.', n) + '\n' }),
  'link reference definitions': (n) => ({ text: rep('[a]: b\n', n) + '\n[a] text\n' }),
  'list items': (n) => ({ text: rep('- red fox\n', n) }),
  'table rows': (n) => ({ text: '| a | b |\n| - | - |\n' + rep('| red | fox |\n', n) }),
  'a wide table': (n) => ({ text: rep('|a', n / 2) + '\n' + rep('|-', n / 2) + '\n' + rep('|b', n / 2) + '\n' }),
  'headings': (n) => ({ text: rep('## red fox\n', n) }),
  'YAML front matter keys': (n) => ({ text: '---\n' + Array.from({ length: n / 10 }, (_, i) => `k${i}: v\n`).join('') + '---\nText.\n' }),
  'TOML front matter keys': (n) => ({ text: '+++\n' + Array.from({ length: n / 10 }, (_, i) => `k${i} = 1\n`).join('') + '+++\nText.\n' }),
  'YAML front matter long key line': (n) => ({ text: '---\n' + rep('k', n) + '\n---\nText.\n' }),
  'NUL bytes after the first 8 KB': (n) => ({ text: rep('red fox ', 9000) + rep('\0', n) + '\n' }),
};

function best(fn, runs) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

function timeAt(make, n) {
  const { text, keyphrases = ['red fox'] } = make(n);
  // A fresh analyzer each run: its word memo must not hide the cost of the first sight of a word.
  const ms = best(() => new Analyzer({ keyphrases, maxBytes: 1e9 }).analyze(text, 'case.md'), 3);
  return { chars: text.length, ms };
}

const filter = process.argv[2];
const rows = [];
for (const [name, make] of Object.entries(CASES)) {
  if (filter && !name.includes(filter)) continue;
  // Grow n until one run takes 25 ms, so that timer noise is small against the work.
  let n = 1000;
  let small = timeAt(make, n);
  while (small.ms < 25 && n < 2_000_000) {
    n *= 2;
    small = timeAt(make, n);
  }
  let large = timeAt(make, 4 * n);
  let ratio = large.ms / small.ms;
  if (ratio >= 6.5 && large.ms < 400) {
    // A shared machine or a garbage collection can inflate one run: measure once more, one size
    // up. Quadratic work stays near 16 there; noise does not.
    small = large;
    n *= 4;
    large = timeAt(make, 4 * n);
    ratio = large.ms / small.ms;
  }
  const verdict = ratio < 6.5 ? 'linear' : ratio < 10 ? 'SUSPECT' : 'SUPER-LINEAR';
  rows.push({ case: name, chars: `${small.chars} → ${large.chars}`, ms: `${small.ms.toFixed(0)} → ${large.ms.toFixed(0)}`, ratio: ratio.toFixed(2), verdict });
  process.stderr.write('.');
}
process.stderr.write('\n');
console.table(rows);
const bad = rows.filter((r) => r.verdict !== 'linear');
console.log(bad.length === 0 ? 'every case is linear (time ratio < 6.5 when the input grows 4-fold)' : `${bad.length} case(s) not clearly linear: ${bad.map((r) => r.case).join('; ')}`);
