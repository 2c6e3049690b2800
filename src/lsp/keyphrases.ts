import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver/node';
import type { FileReport, KeyphraseReport } from '../engine/types.js';
import type { Occurrence, Placement } from '../measure/keyphrase.js';
import { contains, type Positions } from './positions.js';

/** The keyphrase whose occurrence (or whose synonym's) is under the cursor. */
export interface Hit {
  keyphrase: KeyphraseReport;
  /** The synonym's phrase when the cursor is on a synonym, not on the keyphrase itself. */
  synonym?: string;
}

function on(occurrences: readonly Occurrence[], positions: Positions, at: Position): boolean {
  return occurrences.some((o) => contains(positions.range(o), at));
}

export function keyphraseAt(report: FileReport, positions: Positions, at: Position): Hit | null {
  for (const k of report.keyphrases) if (on(k.occurrences, positions, at)) return { keyphrase: k };
  for (const k of report.keyphrases) {
    for (const s of k.synonyms) if (on(s.occurrences, positions, at)) return { keyphrase: k, synonym: s.phrase };
  }
  return null;
}

function placed(p: Placement): string {
  if (!p.found) return 'no';
  const how = p.exact ? 'yes' : 'yes (its words, not in order)';
  return p.via === undefined ? how : `${how}, as "${p.via}"`;
}

/** The hover of a keyphrase: its counts and where it is placed. */
export function keyphraseMarkdown(hit: Hit, words: number): string {
  const k = hit.keyphrase;
  const { subheadings } = k.placements;
  const lines = [
    hit.synonym === undefined ? `**"${k.phrase}"**` : `**"${hit.synonym}"**, a synonym of **"${k.phrase}"**`,
    '',
    `- count: ${k.count} in ${words} words (density ${k.density} %)`,
    `- sentences with it: ${k.sentenceMatches}`,
  ];
  if (k.synonyms.length > 0) {
    lines.push(`- with synonyms: ${k.countWithSynonyms} (${k.synonyms.map((s) => `"${s.phrase}" ${s.count}`).join(', ')})`);
  }
  if (k.nearMatches.length > 0) lines.push(`- near matches (its words close together): ${k.nearMatches.length}`);
  lines.push(
    `- in the title: ${placed(k.placements.title)}`,
    `- in the description: ${placed(k.placements.description)}`,
    `- in the introduction: ${placed(k.placements.introduction)}`,
    `- in the slug: ${placed(k.placements.slug)}`,
    `- subheadings: ${subheadings.matching} of ${subheadings.total}${subheadings.lines.length > 0 ? ` (lines ${subheadings.lines.join(', ')})` : ''}`,
  );
  return lines.join('\n');
}

/**
 * Every occurrence of the keyphrase under the cursor: the keyphrase itself as text, its synonyms
 * as reads (clients draw the two kinds apart), so the writer sees how the article spreads it.
 */
export function highlights(report: FileReport, positions: Positions, at: Position): DocumentHighlight[] {
  const hit = keyphraseAt(report, positions, at);
  if (hit === null) return [];
  const k = hit.keyphrase;
  const out: DocumentHighlight[] = k.occurrences.map((o) => ({ range: positions.range(o), kind: DocumentHighlightKind.Text }));
  for (const s of k.synonyms) for (const o of s.occurrences) out.push({ range: positions.range(o), kind: DocumentHighlightKind.Read });
  return out;
}
