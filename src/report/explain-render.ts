import type { ChalkInstance } from 'chalk';
import { printable } from './escape.js';
import type { ExplainedSentence, Explanation } from '../measure/explain.js';
import { wrap } from './wrap.js';

/**
 * Draws explanations for people, wrapped to the width. Matched words are highlighted with colour
 * when colour is on, and between [brackets] when it is off, so the marks survive a pipe or a log
 * file. Colour is put on word by word, so a highlight that wraps never colours the indent.
 */

const WHERE = 8;
const INDENT = 4;

function highlight(s: ExplainedSentence, paint: ChalkInstance): string {
  const mark = (text: string) => (paint.level > 0 ? text.split(' ').map((w) => (w === '' ? w : paint.bold.yellow(w))).join(' ') : `[${text}]`);
  let out = '';
  let at = 0;
  for (const [from, to] of s.marks) {
    if (from < at) continue;
    out += printable(s.text.slice(at, from)) + mark(printable(s.text.slice(from, to)));
    at = to;
  }
  return out + printable(s.text.slice(at));
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function group(title: string, items: ExplainedSentence[], paint: ChalkInstance, columns: number, note?: (s: ExplainedSentence) => string): string[] {
  if (items.length === 0) return [];
  const lines = wrap(title, columns - 2).map((l) => `  ${paint.bold(l)}`);
  const hang = ' '.repeat(INDENT + WHERE);
  for (const s of items) {
    const extra = note?.(s) ?? '';
    const text = `${highlight(s, paint)}${extra === '' ? '' : ` ${paint.dim(`— ${extra}`)}`}`;
    const body = wrap(text, Math.max(20, columns - INDENT - WHERE));
    const where = paint.dim(`${s.line}:${s.column}`.padEnd(WHERE));
    lines.push(`${' '.repeat(INDENT)}${where}${body[0]}`, ...body.slice(1).map((l) => hang + l));
  }
  return lines;
}

/** One keyphrase's explanation: occurrences, near matches, then sentences with all or some of its words. */
export function renderExplanation(e: Explanation, paint: ChalkInstance, columns = 80): string {
  const head = `${paint.bold(`"${printable(e.keyphrase)}"`)}: ${plural(e.count, 'occurrence')}${
    e.countWithSynonyms !== e.count ? ` (${e.countWithSynonyms} with synonyms)` : ''
  }, ${plural(e.nearMatches.length, 'near match', 'near matches')}, ${plural(e.allWords.length, 'other sentence')} with all its words, ${plural(
    e.someWords.length,
    'sentence',
  )} with some`;
  const lines = [
    ...wrap(head, columns),
    ...group('Occurrences', e.occurrences, paint, columns, (s) => (s.synonym === undefined ? '' : `synonym "${printable(s.synonym)}"`)),
    ...group('Near matches: all its words, close together, not as the phrase', e.nearMatches, paint, columns),
    ...group('All its words in one sentence, apart', e.allWords, paint, columns),
    ...group('Some of its words', e.someWords, paint, columns, (s) => `missing ${(s.missing ?? []).map((m) => `"${printable(m)}"`).join(', ')}`),
  ];
  if (e.occurrences.length + e.nearMatches.length + e.allWords.length + e.someWords.length === 0) {
    lines.push(...wrap(paint.dim('No sentence holds any of its words.'), columns - 2).map((l) => `  ${l}`));
  }
  return lines.join('\n');
}

/** Every keyphrase's explanation for one file. */
export function renderExplanations(explanations: readonly Explanation[], paint: ChalkInstance, columns = 80): string {
  return explanations.map((e) => renderExplanation(e, paint, columns)).join('\n\n');
}
