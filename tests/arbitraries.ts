import fc from 'fast-check';

/**
 * Generators of Markdown articles and keyphrases for the property tests. The vocabulary is small
 * so that generated keyphrases do occur in generated text, and it carries the forms matching
 * folds (plurals, possessives, dotted abbreviations, accents, full-width letters, ligatures) and
 * the odd characters a parser trips on (right-to-left letters, emoji, combining marks).
 */
export const VOCABULARY = [
  'red', 'fox', 'foxes', 'Fox', 'FOX', 'meeting', 'meetings', 'Trump', 'Trump’s', "Putin's",
  'Putin', 'US', 'U.S.', 'us', 'Russia', 'relations', 'the', 'of', 'to', 'a', 'café', 'cafe',
  'naïve', 'Straße', 'ﬁnal', 'ｍｅｅｔｉｎｇ', 'e\u0301te\u0301', 'C++', 'C#', '2.0', '42',
  'Mr.', 'etc.', 'e.g.', 'שלום', 'مرحبا', '日本語', '👍🏽', '👩‍👩‍👧', 'x\u200by', 'ǅemal',
];

const word = fc.constantFrom(...VOCABULARY);

/** What may stand between two words: mostly a space, sometimes punctuation that joins or breaks. */
const gap = fc.constantFrom(' ', ' ', ' ', ' ', '-', '–', ' — ', '/', ', ', '. ', '! ', '? ', '; ', ' "', '" ', '\u00a0');

/** Inline Markdown wrapped around a run of words. */
const inline: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: word },
      { weight: 1, arbitrary: word.map((w) => `*${w}*`) },
      { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `**${a} ${b}**`) },
      { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
      { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `[${a} ${b}](https://example.com/${a.length})`) },
      { weight: 1, arbitrary: word.map((w) => `![${w}](img.png)`) },
      { weight: 1, arbitrary: fc.constant('https://example.com/red-fox') },
      { weight: 1, arbitrary: fc.constantFrom('<b>', '</b>', '<!-- red fox -->', '&amp;', '&copy;', '\\*', '<br>', '{{ site.title }}', '{% if x %}') },
      { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `[${a} ${b}][ref]`) },
      { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `***${a}** ${b}*`) },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .chain((words) =>
    fc.array(gap, { minLength: words.length, maxLength: words.length }).map((gaps) =>
      words.map((w, i) => (i === 0 ? w : gaps[i] + w)).join(''),
    ),
  );

const lineOf = inline.map((s) => s.replace(/\n/g, ' '));

/** One Markdown block, ending with its own line break. */
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), lineOf).map(([n, t]) => `${'#'.repeat(n)} ${t}\n`) },
  { weight: 4, arbitrary: fc.array(lineOf, { minLength: 1, maxLength: 3 }).map((ls) => `${ls.join('\n')}\n`) },
  { weight: 1, arbitrary: lineOf.map((t) => `${t}\n${'='.repeat(3)}\n`) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(fc.boolean(), lineOf), { minLength: 1, maxLength: 4 })
      .map((items) => items.map(([nested, t], i) => `${nested && i > 0 ? '  ' : ''}- ${t}`).join('\n') + '\n'),
  },
  { weight: 1, arbitrary: fc.array(lineOf, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l, i) => `${i + 1}. ${l}`).join('\n') + '\n') },
  { weight: 2, arbitrary: fc.array(lineOf, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `> ${l}`).join('\n') + '\n') },
  { weight: 1, arbitrary: lineOf.map((t) => `> > - ${t}\n`) },
  // Tabs partly used as indentation come out of markdown-it as spaces: positions must survive.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('- ', '-\t', '-  ', '1. ', '> ', '>\t', '> - '), lineOf, fc.constantFrom('\t', '\t ', ' \t', '\t\t', '  \t', '>\t '), lineOf)
      .map(([marker, a, indent, b]) => `${marker}${a}\n${indent}${b}\n`),
  },
  { weight: 1, arbitrary: lineOf.map((t) => `\`\`\`js\n${t}\n\`\`\`\n`) },
  { weight: 1, arbitrary: lineOf.map((t) => `    ${t}\n`) },
  { weight: 1, arbitrary: fc.tuple(word, lineOf, lineOf).map(([h, a, b]) => `| ${h} | x |\n| --- | --- |\n| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |\n`) },
  { weight: 1, arbitrary: lineOf.map((t) => `<div>\n${t}\n</div>\n`) },
  { weight: 1, arbitrary: fc.constant('***\n') },
  { weight: 1, arbitrary: lineOf.map((t) => `${t}\n---\n`) },
  { weight: 1, arbitrary: lineOf.map((t) => `<!-- ${t.replace(/-->/g, '')} -->\n`) },
  { weight: 1, arbitrary: fc.array(lineOf, { minLength: 2, maxLength: 3 }).map((ls) => `${ls.join('  \n')}\n`) },
  { weight: 1, arbitrary: fc.array(lineOf, { minLength: 2, maxLength: 3 }).map((ls) => `${ls.join('\\\n')}\n`) },
  { weight: 1, arbitrary: fc.constant('[ref]: https://example.com/ref "Red fox"\n') },
  // What site generators add: template tags, HTML with text, asides.
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `{% image "a.png" "${a} ${b}" %}\n`) },
  { weight: 1, arbitrary: lineOf.map((t) => `{{< note >}}\n${t}\n{{< /note >}}\n`) },
  { weight: 1, arbitrary: lineOf.map((t) => `{% comment %}\n${t}\n{% endcomment %}\n`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `<p>${a} <a href="/x">${b}</a> <code>${a}</code></p>\n`) },
  { weight: 1, arbitrary: fc.tuple(word, lineOf).map(([a, t]) => `:::note ${a}\n${t}\n:::\n`) },
  { weight: 1, arbitrary: lineOf.map((t) => `> [!NOTE]\n> ${t}\n`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `[${a} ${b}]({{ "/x/" | url }})\n`) },
);

/** Front matter in YAML or TOML, with metadata the checks read. */
export const frontMatter: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(word, { minLength: 0, maxLength: 12 })).map(
    ([title, description]) => `---\ntitle: ${JSON.stringify(title.join(' '))}\ndescription: ${JSON.stringify(description.join(' '))}\n---\n`,
  ),
  fc.array(word, { minLength: 1, maxLength: 6 }).map((title) => `+++\ntitle = ${JSON.stringify(title.join(' '))}\n+++\n`),
);

/** A Markdown body: blocks separated by blank lines (sometimes none). */
export const body: fc.Arbitrary<string> = fc
  .array(fc.tuple(block, fc.constantFrom('\n', '\n', '')), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([b, sep]) => b + sep).join(''));

/** A whole article, front matter first when there is one. */
export const article: fc.Arbitrary<string> = fc.tuple(frontMatter, body).map(([fm, b]) => fm + b);

/** A keyphrase of one to four vocabulary words, and now and then one built to be awkward. */
export const keyphrase: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom('C++ (v2.0) .*', '(a+)+$', '', '   ', '...', 'the', 'US', 'Trump-Putin', '\u0000', '\ud800') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

/**
 * An article with keyphrases: some drawn from the vocabulary, some cut from the article's own
 * runs of plain words, so that multi-word phrases do occur and their positions get checked.
 */
export const articleWithKeyphrases: fc.Arbitrary<{ text: string; phrases: string[] }> = article.chain((text) => {
  const words = text.split(/\s+/).filter((w) => VOCABULARY.includes(w));
  const cut =
    words.length === 0
      ? keyphrase
      : fc
          .tuple(fc.nat({ max: words.length - 1 }), fc.integer({ min: 1, max: 3 }))
          .map(([at, n]) => words.slice(at, at + n).join(' '));
  return fc.record({
    text: fc.constant(text),
    phrases: fc.array(fc.oneof(keyphrase, cut), { minLength: 1, maxLength: 3 }),
  });
});
