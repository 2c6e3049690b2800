import type { ChalkInstance } from 'chalk';
import type { FileReport } from '../engine/types.js';
import { printable } from './escape.js';

/**
 * The distribution of each keyphrase as a one-line strip across the article, start to end:
 * `●` an occurrence as written (or of a synonym), `○` a sentence with all its words, `·` neither,
 * `|` where a section starts.
 */
export function distributionStrips(r: FileReport, paint: ChalkInstance, columns: number): string[] {
  const keyphrases = r.keyphrases.filter((k) => k.distribution !== undefined && k.distribution.sentences > 0);
  if (keyphrases.length === 0) return [];
  const label = Math.min(30, Math.max(...keyphrases.map((k) => k.phrase.length + 2)));
  const width = Math.max(20, Math.min(80, columns - label - 34));
  const cell = (share: number) => Math.min(width - 1, Math.floor(share * width));
  const lines = [paint.bold('Where each keyphrase stands, start to end of the text') + paint.dim('  (● as written, ○ all its words, | section)')];
  for (const k of keyphrases) {
    const d = k.distribution;
    const cells: string[] = new Array<string>(width).fill(paint.dim('·'));
    for (const s of d.sections.slice(1)) cells[cell(s.position)] = paint.dim('|');
    for (const p of d.sentencePositions) cells[cell(p)] = paint.yellow('○');
    for (const p of [...d.positions, ...d.synonymPositions]) cells[cell(p)] = paint.green('●');
    const name = printable(k.phrase.length + 2 > label ? `${k.phrase.slice(0, label - 3)}…` : k.phrase).padEnd(label);
    const gap = d.longestGap.sentences === 0 ? 'in every sentence' : `longest gap ${d.longestGap.sentences} of ${d.sentences} sentences`;
    lines.push(`${name}▕${cells.join('')}▏ ${paint.dim(gap)}`);
  }
  return [lines.join('\n')];
}
