import type { ChalkInstance } from 'chalk';
import { printable } from './escape.js';
import type { ExplainedSentence, Explanation } from '../measure/explain.js';

/**
 * Draws explanations for people. Matched words are highlighted with colour when colour is on,
 * and between [brackets] when it is off, so the marks survive a pipe or a log file.
 */

function highlight(s: ExplainedSentence, paint: ChalkInstance): string {
  const mark = (text: string) => (paint.level > 0 ? paint.bold.yellow(text) : `[${text}]`);
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

function group(title: string, items: ExplainedSentence[], paint: ChalkInstance, note?: (s: ExplainedSentence) => string): string[] {
  if (items.length === 0) return [];
  const lines = [`  ${paint.bold(title)}`];
  for (const s of items) {
    const where = paint.dim(`${s.line}:${s.column}`.padEnd(8));
    const extra = note?.(s) ?? '';
    lines.push(`    ${where}${highlight(s, paint)}${extra === '' ? '' : paint.dim(` — ${extra}`)}`);
  }
  return lines;
}

/** One keyphrase's explanation: occurrences, near matches, then sentences with all or some of its words. */
export function renderExplanation(e: Explanation, paint: ChalkInstance): string {
  const head = `${paint.bold(`"${printable(e.keyphrase)}"`)}: ${plural(e.count, 'occurrence')}${
    e.countWithSynonyms !== e.count ? ` (${e.countWithSynonyms} with synonyms)` : ''
  }, ${plural(e.nearMatches.length, 'near match', 'near matches')}, ${plural(e.allWords.length, 'other sentence')} with all its words, ${plural(
    e.someWords.length,
    'sentence',
  )} with some`;
  const lines = [
    head,
    ...group('Occurrences', e.occurrences, paint, (s) => (s.synonym === undefined ? '' : `synonym "${printable(s.synonym)}"`)),
    ...group('Near matches: all its words, close together, not as the phrase', e.nearMatches, paint),
    ...group('All its words in one sentence, apart', e.allWords, paint),
    ...group('Some of its words', e.someWords, paint, (s) => `missing ${(s.missing ?? []).map((m) => `"${printable(m)}"`).join(', ')}`),
  ];
  if (e.occurrences.length + e.nearMatches.length + e.allWords.length + e.someWords.length === 0) {
    lines.push(`  ${paint.dim('No sentence holds any of its words.')}`);
  }
  return lines.join('\n');
}

/** Every keyphrase's explanation for one file. */
export function renderExplanations(explanations: readonly Explanation[], paint: ChalkInstance): string {
  return explanations.map((e) => renderExplanation(e, paint)).join('\n\n');
}
