/**
 * Syllable counts against the CMU Pronouncing Dictionary (npm `cmu-pronouncing-dictionary`, a
 * devDependency): shared by scripts/cmu-agreement.mjs and tests/cmu-agreement.test.ts.
 *
 * CMU's syllables of a word are its phonemes that carry a stress digit (its vowels). A word
 * with several pronunciations ("every": EH1 V ER0 IY0 and EH1 V R IY0) agrees with any of them.
 */
import { dictionary } from 'cmu-pronouncing-dictionary';

function stressed(phonemes) {
  let n = 0;
  for (const p of phonemes.split(' ')) if (/[012]$/.test(p)) n++;
  return n;
}

/** Syllables of each of CMU's pronunciations of `word` (lower case), [] when CMU lacks it. */
export function cmuSyllables(word) {
  const first = dictionary[word];
  if (first === undefined) return [];
  const out = [stressed(first)];
  for (let k = 2; dictionary[`${word}(${k})`] !== undefined; k++) out.push(stressed(dictionary[`${word}(${k})`]));
  return out;
}

/** The spelling a vocabulary keeps: straight apostrophes, and a capitalised word as its lower case ("The" = "the"). */
function spelling(surface) {
  const s = surface.replace(/[’‘ʼ]/g, "'");
  return /^[A-Z][a-z']*$/.test(s) ? s.toLowerCase() : s;
}

/**
 * Every distinct spelling in the prose of `articles` ([name, text] pairs) as seo-check's
 * tokenizer reads it, with how often it occurs. `analyzer` is an Analyzer (built or source);
 * articles it cannot read are reported through `skip`.
 */
export function vocabulary(articles, analyzer, skip = () => {}) {
  const counts = new Map();
  for (const [name, text] of articles) {
    let facts;
    try {
      facts = analyzer.facts(text, name);
    } catch (error) {
      skip(name, error);
      continue;
    }
    const { words } = facts.doc;
    for (let i = 0; i < words.length; i++) {
      const form = words.form(i);
      const key = spelling(form.surface);
      const entry = counts.get(key);
      if (entry === undefined) counts.set(key, { spelling: key, form, count: 1 });
      else entry.count++;
    }
  }
  return [...counts.values()];
}

/**
 * How often `count(entry)` agrees with CMU over the spellings CMU has: the share of spellings
 * (`words`) and of occurrences (`weighted`), in percent, and the disagreements, most frequent first.
 */
export function agreement(vocab, count) {
  let known = 0;
  let agree = 0;
  let occurrences = 0;
  let agreeing = 0;
  const disagreements = [];
  for (const entry of vocab) {
    const cmu = cmuSyllables(entry.spelling.toLowerCase());
    if (cmu.length === 0) continue;
    known++;
    occurrences += entry.count;
    const ours = count(entry);
    if (cmu.includes(ours)) {
      agree++;
      agreeing += entry.count;
    } else disagreements.push({ spelling: entry.spelling, count: entry.count, ours, cmu });
  }
  disagreements.sort((a, b) => b.count - a.count || (a.spelling < b.spelling ? -1 : 1));
  return {
    spellings: vocab.length,
    known,
    occurrences,
    words: known === 0 ? 0 : (100 * agree) / known,
    weighted: occurrences === 0 ? 0 : (100 * agreeing) / occurrences,
    disagreements,
  };
}

/** WordFlag.WordStart (src/text/words.ts): white space before the token, so a new written word. */
const WORD_START = 2;

/**
 * Syllables of an article counted the way readability.ts counts them (per written word, the sum
 * over its tokens, at least one), with `tokenSyllables(form)` for each token; and how many tokens
 * `tokenSyllables` answered (it returns undefined to fall back on `fallback(form)`).
 */
export function articleSyllables(facts, tokenSyllables, fallback) {
  const { words } = facts.doc;
  let syllables = 0;
  let tokens = 0;
  let answered = 0;
  for (let i = 0; i < words.length; ) {
    let j = i + 1;
    while (j < words.length && !(words.flags[j] & WORD_START)) j++;
    let n = 0;
    for (let k = i; k < j; k++) {
      const form = words.form(k);
      const own = tokenSyllables(form);
      tokens++;
      if (own !== undefined) answered++;
      n += own ?? fallback(form);
    }
    syllables += Math.max(1, n);
    i = j;
  }
  return { syllables, tokens, answered };
}

/** CMU's syllables of a token in its first pronunciation, or undefined when CMU lacks it. */
export function cmuToken(form) {
  return cmuSyllables(form.surface.replace(/[’‘ʼ]/g, "'").toLowerCase())[0];
}

/** Flesch reading ease from its counts, unrounded. */
export function flesch(words, sentences, syllables) {
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}
