import type { Document } from '../parse/document.js';
import type { Meta } from './meta.js';
import { compilePhrase, findPhrase, hasAllContentWords, type MatchContext, type Phrase } from './phrase.js';
import type { Units } from '../text/words.js';
import { scanPhrase, type Scan, type UnitIndex } from './scan.js';
import { measureDistribution, type Distribution } from './distribution.js';
import { shownText } from '../parse/shown.js';
import { tokenize } from '../text/tokenize.js';
import { round2 } from '../util/numbers.js';
import type { Occurrence, Placement } from '../engine/report-types.js';
export type { Occurrence, Placement };

/** How a synonym of a keyphrase is used. */
export interface SynonymFacts {
  phrase: string;
  count: number;
  occurrences: Occurrence[];
  /** Word index ranges of its occurrences in `Document.words`. */
  spans: Array<[number, number]>;
}

export interface KeyphraseFacts {
  phrase: string;
  /** Words the keyphrase was reduced to: what matching compares. */
  keys: string[];
  count: number;
  sentenceMatches: number;
  density: number;
  occurrences: Occurrence[];
  /** Word index ranges of the occurrences in `Document.words`. */
  spans: Array<[number, number]>;
  synonyms: SynonymFacts[];
  /** Occurrences of the keyphrase or any synonym, each place counted once. */
  countWithSynonyms: number;
  /** Every content word within a few words in one sentence, but not as the phrase. */
  nearMatches: Occurrence[];
  /** Word index ranges [first, last + 1) of the near matches. */
  nearSpans: Array<[number, number]>;
  /** Sentences holding every content word of the keyphrase or of a synonym. */
  sentencesWith: number[];
  /** Sentences holding every content word of the keyphrase itself (`sentenceMatches` of them). */
  matchSentences: number[];
  /** Sentences holding some but not all content words of the keyphrase. */
  partialSentences: number[];
  distribution: Distribution;
  title: Placement;
  description: Placement;
  slug: Placement;
  introduction: Placement;
  subheadings: { total: number; matching: number; lines: number[]; via: Array<{ line: number; synonym: string }> };
  /** The compiled keyphrase and synonyms, and the units they were matched in (for `explain`). */
  target: Target;
  units: Units;
}

/** A keyphrase and its synonyms, compiled once for an article's language. */
export interface Target {
  phrase: Phrase;
  synonyms: Phrase[];
}

const NOT_THERE: Placement = { found: false, exact: false };

export function compileTarget(text: string, synonyms: readonly string[], ctx: MatchContext): Target {
  const phrase = compilePhrase(text, ctx);
  const own = phrase.words.map((w) => w.key).join(' ');
  const compiled = synonyms.map((s) => compilePhrase(s, ctx)).filter((s) => s.words.length > 0 && s.words.map((w) => w.key).join(' ') !== own);
  return { phrase, synonyms: compiled };
}

/** Units read from a short text (title, description, slug) the way the article's words are read. */
export function unitsOf(text: string, ctx: MatchContext): Units {
  const tokens = tokenize(text, ctx.folder);
  return ctx.aliases === null ? tokens : ctx.aliases.apply(tokens);
}

/** Checks each form in turn (keyphrase first): the first found is the placement. */
function placement(text: string | null, target: Target, ctx: MatchContext): Placement {
  if (text === null) return NOT_THERE;
  const units = unitsOf(text, ctx);
  for (const form of [target.phrase, ...target.synonyms]) {
    if (!hasAllContentWords(units, form)) continue;
    const exact = findPhrase(units, form, 0, units.length) !== -1;
    return form === target.phrase ? { found: true, exact } : { found: true, exact, via: form.text };
  }
  return NOT_THERE;
}

/**
 * A stretch of words as the writer wrote it, placed in the source: the words and what joins
 * them, as a reader sees them ("Trump-Putin meeting", not "Trump](/x)-Putin meeting").
 */
function occurrence(doc: Document, from: number, to: number): Occurrence {
  const place = doc.lines.place(doc.words.starts[from]);
  const end = doc.lines.place(doc.words.ends[to - 1]);
  return { line: place.line, column: place.column, endLine: end.line, endColumn: end.column, text: shownText(doc, from, to) };
}

/** Unit ranges as word ranges: a unit an alias formed may hold several words. */
function wordRange(units: Units, from: number, to: number): [number, number] {
  return [units.from(from), units.to(to - 1)];
}

/** Keeps each place once: of overlapping occurrences, the one that starts first (the longer on a tie). */
function distinctPlaces(spans: Array<[number, number]>): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let count = 0;
  let end = -1;
  for (const [from, to] of sorted) {
    if (from < end) continue;
    count++;
    end = to;
  }
  return count;
}

/**
 * Measures how the article targets one keyphrase and its synonyms. `index` holds the article's
 * words as matching reads them (`doc.words`, or the units aliases formed from them).
 */
export function measureKeyphrase(
  doc: Document,
  meta: Meta,
  index: UnitIndex,
  target: Target,
  totalWords: number,
  ctx: MatchContext,
  nearWindow: number,
): KeyphraseFacts {
  const { phrase } = target;
  const { blocks } = doc;
  const { units } = index;
  const main = scanPhrase(index, phrase, nearWindow);
  const scans: Scan[] = [main, ...target.synonyms.map((s) => scanPhrase(index, s, -1))];
  const toWords = (spans: Array<[number, number]>) => spans.map(([f, t]) => wordRange(units, f, t));
  const spans = toWords(main.spans);
  const synonyms: SynonymFacts[] = target.synonyms.map((s, i) => {
    const synSpans = toWords(scans[i + 1].spans);
    return { phrase: s.text, count: synSpans.length, occurrences: synSpans.map(([f, t]) => occurrence(doc, f, t)), spans: synSpans };
  });
  const nearSpans = main.near.map(([f, l]) => wordRange(units, f, l + 1));
  const sentencesWith = [...new Set(scans.flatMap((s) => s.sentences))].sort((a, b) => a - b);

  const firstParagraph = blocks.findIndex((b) => b.kind !== 'heading');
  let introduction = NOT_THERE;
  if (firstParagraph !== -1) {
    const inIntro = (sentence: number) => doc.sentences[sentence].block === firstParagraph;
    for (let f = 0; f < scans.length; f++) {
      if (!scans[f].sentences.some(inIntro)) continue;
      const exact = scans[f].spans.some(([from]) => units.block(from) === firstParagraph);
      introduction = f === 0 ? { found: true, exact } : { found: true, exact, via: target.synonyms[f - 1].text };
      break;
    }
  }

  const subheadings = index.subheadings(blocks);
  const lines: number[] = [];
  const via: Array<{ line: number; synonym: string }> = [];
  for (const i of subheadings) {
    const b = blocks[i];
    const [from, to] = index.blockRange(i);
    const form = [phrase, ...target.synonyms].find((p) => hasAllContentWords(units, p, from, to));
    if (form === undefined) continue;
    lines.push(b.line);
    if (form !== phrase) via.push({ line: b.line, synonym: form.text });
  }

  return {
    phrase: phrase.text,
    keys: phrase.words.map((w) => w.key),
    count: spans.length,
    sentenceMatches: main.sentences.length,
    density: totalWords === 0 ? 0 : round2((100 * spans.length) / totalWords),
    occurrences: spans.map(([f, t]) => occurrence(doc, f, t)),
    spans,
    synonyms,
    countWithSynonyms: distinctPlaces([...spans, ...synonyms.flatMap((s) => s.spans)]),
    nearMatches: nearSpans.map(([f, t]) => occurrence(doc, f, t)),
    nearSpans,
    sentencesWith,
    matchSentences: main.sentences,
    partialSentences: main.partial,
    distribution: measureDistribution(doc, spans, [...synonyms.flatMap((s) => s.spans)], sentencesWith),
    title: placement(meta.title, target, ctx),
    description: placement(meta.description, target, ctx),
    slug: placement(meta.slug, target, ctx),
    introduction,
    subheadings: { total: subheadings.length, matching: lines.length, lines, via },
    target,
    units,
  };
}
