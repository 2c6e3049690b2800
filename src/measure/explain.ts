import type { Document } from '../parse/document.js';
import type { KeyphraseFacts } from './keyphrase.js';
import { wordMatches, type Phrase } from './phrase.js';
import { sentenceEnd } from '../parse/sentence-end.js';
import type { Units } from '../text/words.js';
import type { ArticleFacts } from './facts.js';
import type { ExplainedSentence, Explanation } from '../engine/report-types.js';
export type { ExplainedSentence, Explanation };

/** A sentence as written (with its closing punctuation), where it starts, and its source offset `base`. */
function sentenceOf(doc: Document, sentence: number): { line: number; column: number; text: string; base: number } {
  const s = doc.sentences[sentence];
  const source = doc.lines.text;
  const { starts, ends } = doc.words;
  const base = starts[s.from];
  const end = sentenceEnd(source, ends[s.to - 1]);
  const place = doc.lines.place(base);
  // Same length as the source, so marks keep their offsets.
  const text = source.slice(base, end).replace(/[\n\r\t]/g, ' ');
  return { line: place.line, column: place.column, text, base };
}

function marked(doc: Document, sentence: number, ranges: Array<[number, number]>, extra: Partial<ExplainedSentence> = {}): ExplainedSentence {
  const { line, column, text, base } = sentenceOf(doc, sentence);
  const marks = ranges
    .map(([from, to]): [number, number] => [doc.words.starts[from] - base, doc.words.ends[to - 1] - base])
    .filter(([a, b]) => a >= 0 && b <= text.length && a < b)
    .sort((a, b) => a[0] - b[0]);
  return { line, column, text, marks, ...extra };
}

/** First and one-past-last unit of each sentence. */
function unitsBySentence(units: Units, sentences: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = Array.from({ length: sentences }, () => [0, 0]);
  let i = 0;
  while (i < units.length) {
    const s = units.sentence(i);
    const from = i;
    while (i < units.length && units.sentence(i) === s) i++;
    ranges[s] = [from, i];
  }
  return ranges;
}

/** Word ranges of the units in `[from, to)` that are content words of `phrase`, and the content words missing. */
function contentWords(units: Units, from: number, to: number, phrase: Phrase): { ranges: Array<[number, number]>; missing: string[] } {
  const ranges: Array<[number, number]> = [];
  const content = phrase.words.filter((w) => w.content);
  const found = new Set<number>();
  for (let i = from; i < to; i++) {
    let hit = false;
    content.forEach((p, j) => {
      if (!wordMatches(units, i, p)) return;
      found.add(j);
      hit = true;
    });
    if (hit) ranges.push([units.from(i), units.to(i)]);
  }
  const missing = content.filter((_, j) => !found.has(j)).map((p) => p.surface);
  return { ranges, missing: [...new Set(missing)] };
}

function explainKeyphrase(doc: Document, k: KeyphraseFacts): Explanation {
  const { units, target } = k;
  const bySentence = unitsBySentence(units, doc.sentences.length);
  const sentenceOfWord = (w: number) => doc.words.sentences[w];
  const occurrences = [
    ...k.spans.map((span) => marked(doc, sentenceOfWord(span[0]), [span])),
    ...k.synonyms.flatMap((s) => s.spans.map((span) => marked(doc, sentenceOfWord(span[0]), [span], { synonym: s.phrase }))),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  const nearMatches = k.nearSpans.map(([from, to]) => {
    const sentence = sentenceOfWord(from);
    const [uFrom, uTo] = bySentence[sentence];
    // Only the units within the near match's stretch are marked.
    const inside: Array<[number, number]> = contentWords(units, uFrom, uTo, target.phrase).ranges.filter(([a, b]) => a >= from && b <= to);
    return marked(doc, sentence, inside);
  });
  const explained = new Set<number>([...k.spans.map(([f]) => sentenceOfWord(f)), ...k.nearSpans.map(([f]) => sentenceOfWord(f))]);
  const ownSentences = new Set(k.matchSentences);
  const allWords: ExplainedSentence[] = [];
  for (const s of ownSentences) {
    if (explained.has(s)) continue;
    const [from, to] = bySentence[s];
    allWords.push(marked(doc, s, contentWords(units, from, to, target.phrase).ranges));
  }
  const someWords = k.partialSentences
    .filter((s) => !ownSentences.has(s))
    .map((s) => {
      const [from, to] = bySentence[s];
      const { ranges, missing } = contentWords(units, from, to, target.phrase);
      return marked(doc, s, ranges, { missing });
    });
  return { keyphrase: k.phrase, count: k.count, countWithSynonyms: k.countWithSynonyms, occurrences, nearMatches, allWords, someWords };
}

/** Explains every keyphrase of an analysed article. */
export function explainArticle(facts: ArticleFacts): Explanation[] {
  return facts.keyphrases.filter((k) => k.keys.length > 0).map((k) => explainKeyphrase(facts.doc, k));
}
