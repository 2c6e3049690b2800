import { describe, expect, it } from 'vitest';
import { applyEntry, defaultSettings, type RuleEntry } from './internal.js';
import { report } from './helpers.js';

/** The checks of rule `id` on `text`, with the rule configured by `entry` if given. */
function checks(text: string, id: string, entry?: RuleEntry) {
  const rules = defaultSettings();
  if (entry !== undefined) applyEntry(rules, id, entry);
  return report(text, { rules }).checks.filter((c) => c.id === id);
}

/** A sentence of `n` words. */
function sentence(n: number, word = 'word'): string {
  const words = Array.from({ length: n }, () => word);
  words[0] = 'Some';
  return `${words.join(' ')}.`;
}

describe('sentence-length', () => {
  it('passes when at most 25 % of sentences have more than 20 words', () => {
    const text = [sentence(21), sentence(5), sentence(5), sentence(20)].join(' ');
    expect(checks(text, 'sentence-length')).toEqual([
      expect.objectContaining({ passed: true, message: '1 of 4 sentences (25 %) have more than 20 words, at most 25 %' }),
    ]);
  });

  it('fails at the longest sentence when more have', () => {
    const text = `${sentence(21)}\n\n${sentence(5)} ${sentence(30, 'long')}`;
    const [c] = checks(text, 'sentence-length');
    expect(c).toMatchObject({ passed: false, severity: 'warning', line: 3, column: 27 });
    expect(c.message).toBe('2 of 3 sentences (67 %) have more than 20 words: keep it to 25 %. The longest, 30 words: “Some long long long long long long long…”');
  });

  it('takes its limits as options', () => {
    const text = `${sentence(21)} ${sentence(5)}`;
    expect(checks(text, 'sentence-length', ['warning', { share: 50 }])[0].passed).toBe(true);
    expect(checks(text, 'sentence-length', ['warning', { max: 21 }])[0].passed).toBe(true);
  });
});

describe('paragraph-length', () => {
  it('passes paragraphs of up to 150 words', () => {
    expect(checks(`${sentence(150)}\n\n${sentence(3)}`, 'paragraph-length')[0]).toMatchObject({ passed: true, line: 1 });
  });

  it('fails at the longest paragraph', () => {
    const text = `${sentence(3)}\n\n${sentence(151)}\n\n${sentence(200)}\n`;
    const [c] = checks(text, 'paragraph-length');
    expect(c).toMatchObject({ passed: false, line: 5 });
    expect(c.message).toBe('2 paragraphs have more than 150 words; split the longest, 200 words: “Some word word word word word word word…”');
    expect(checks(text, 'paragraph-length', ['warning', { max: 200 }])[0].passed).toBe(true);
  });
});

describe('subheading-distribution', () => {
  it('fails a long text without subheadings', () => {
    const [c] = checks(sentence(301), 'subheading-distribution');
    expect(c).toMatchObject({ passed: false, line: 1 });
    expect(c.message).toBe('The text, which has no subheadings, runs 301 words: add a subheading at least every 300 words');
  });

  it('counts the text under an H1 title as before the first subheading', () => {
    expect(checks(`# Title\n\n${sentence(301)}`, 'subheading-distribution')[0].message).toBe(
      'The text, which has no subheadings, runs 301 words: add a subheading at least every 300 words',
    );
    expect(checks(`# Title\n\n${sentence(301)}\n\n## Next\n\nMore.`, 'subheading-distribution')[0]).toMatchObject({
      line: 1,
      message: 'The text before the first subheading runs 301 words: add a subheading at least every 300 words',
    });
  });

  it('names the longest section by its heading', () => {
    const text = `${sentence(100)}\n\n## Short\n\n${sentence(300)}\n\n## Long one\n\n${sentence(200)}\n\n${sentence(120)}\n`;
    const [c] = checks(text, 'subheading-distribution');
    expect(c).toMatchObject({ passed: false, line: 7 });
    expect(c.message).toBe('The section under “Long one” runs 320 words: add a subheading at least every 300 words');
  });

  it('passes when every section is short enough', () => {
    const text = `${sentence(300)}\n\n## Next\n\n${sentence(300)}\n`;
    expect(checks(text, 'subheading-distribution')[0]).toMatchObject({ passed: true, message: 'No section is over 300 words (the longest has 300)' });
  });
});

describe('passive-voice', () => {
  it('fails above 10 %, quoting the longest passive sentence', () => {
    const text = 'The cake was eaten. We baked a cake.\nThe old recipe had been carefully written down by my grandmother.';
    const [c] = checks(text, 'passive-voice');
    expect(c).toMatchObject({ passed: false, line: 2, column: 1 });
    expect(c.message).toBe(
      '2 of 3 sentences (67 %) are in the passive voice: keep it to 10 %. The longest: “been carefully written” in “The old recipe had been carefully written down…”',
    );
  });

  it('passes an active text, and a passive one under a raised limit', () => {
    expect(checks('We baked a cake. They ate it.', 'passive-voice')[0].passed).toBe(true);
    expect(checks('The cake was eaten. We baked a cake.', 'passive-voice', ['warning', { max: 50 }])[0].passed).toBe(true);
  });
});

describe('transition-words', () => {
  const plain = 'We went out. It rained. We came back. We read.';
  it('does not judge texts under 200 words', () => {
    expect(checks(plain, 'transition-words')[0]).toMatchObject({
      passed: true,
      message: 'The text has 10 words, too few to judge transitions (from 200)',
    });
  });

  it('fails under 30 %, pointing at the longest stretch without one', () => {
    const [c] = checks(`However, we went out. ${plain}`, 'transition-words', ['warning', { minWords: 0 }]);
    expect(c).toMatchObject({ passed: false, line: 1, column: 23 });
    expect(c.message).toBe('1 of 5 sentences (20 %) use a transition word: aim for 30 %. The longest stretch without one, 4 sentences, starts “We went out”');
  });

  it('passes at 30 % or more', () => {
    const text = 'However, we went out. It rained. As a result, we came back. We read.';
    expect(checks(text, 'transition-words', ['warning', { minWords: 0 }])[0].passed).toBe(true);
  });
});

describe('sentence-beginnings', () => {
  it('fails three sentences in a row that begin alike', () => {
    const [c] = checks('It was late.\nWe went home. We ate. We slept.', 'sentence-beginnings');
    expect(c).toMatchObject({ passed: false, line: 2, column: 1 });
    expect(c.message).toBe('3 sentences in a row begin with “we”, from “We went home”: vary them');
  });

  it('passes two in a row, or three under a raised limit', () => {
    expect(checks('We went home. We ate. They slept.', 'sentence-beginnings')[0].passed).toBe(true);
    expect(checks('We went home. We ate. We slept.', 'sentence-beginnings', ['warning', { max: 3 }])[0].passed).toBe(true);
  });
});

describe('flesch-reading-ease', () => {
  const hard = 'The cat sat. Beautiful elephants celebrated yesterday. Marie visited Washington.';

  it('is information only by default: it passes and reports the score', () => {
    expect(checks(hard, 'flesch-reading-ease')[0]).toMatchObject({
      passed: true,
      // 10 words, 3 sentences, 3 + 13 + 8 = 24 syllables: 206.835 − 1.015 × 10/3 − 84.6 × 24/10 = 0.41
      message: 'Flesch reading ease is 0.4 (very difficult); information only, as no minimum is set',
    });
  });

  it('fails under a configured minimum, at the hardest sentence', () => {
    const [c] = checks(hard, 'flesch-reading-ease', ['warning', { min: 60 }]);
    expect(c).toMatchObject({ passed: false, line: 1, column: 14 });
    expect(c.message).toBe('Flesch reading ease is 0.4 (very difficult): aim for 60 or more. The hardest sentence: “Beautiful elephants celebrated yesterday”');
  });

  it('passes an easy text under the same minimum', () => {
    expect(checks('The cat sat on the mat. It was a sunny day.', 'flesch-reading-ease', ['warning', { min: 60 }])[0]).toMatchObject({
      passed: true,
      message: 'Flesch reading ease is 109.0 (very easy), at least 60',
    });
  });
});

describe('image-alt', () => {
  it('passes without images, and when every image has alt text', () => {
    expect(checks('Text.', 'image-alt')[0]).toMatchObject({ passed: true, message: 'There are no images' });
    expect(checks('![A cat](cat.png)', 'image-alt')[0]).toMatchObject({ passed: true, message: 'The image has alt text' });
  });

  it('fails at the first image without alt text', () => {
    const [c] = checks('![A cat](cat.png)\n\nText.\n\n![](dog.png) ![](bird.png)', 'image-alt');
    expect(c).toMatchObject({ passed: false, line: 5 });
    expect(c.message).toBe('2 images have no alt text (of 3); describe "dog.png" in ![…](…)');
  });
});

describe('links', () => {
  it('fails, as a warning, without an internal and an external link', () => {
    const [c] = checks('See [this](https://example.org).', 'links');
    expect(c).toMatchObject({ passed: false, severity: 'warning', line: 1 });
    expect(c.message).toBe(
      'The text has 0 internal links and 1 external link: link at least 1 to your own site (set `site` to count absolute links to your own site as internal)',
    );
  });

  it('passes with one of each', () => {
    expect(checks('See [this](https://example.org) and [that](/about).', 'links')[0]).toMatchObject({
      passed: true,
      message: 'The text has 1 internal link and 1 external link, at least 1 and 1',
    });
  });
});
