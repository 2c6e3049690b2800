import type { CodeLens } from 'vscode-languageserver/node';
import type { FileReport } from '../engine/types.js';
import { Positions } from './positions.js';

/** The summary a code lens shows: score, words, and each keyphrase's count. */
export function lensTitle(report: FileReport): string {
  const parts = [`seo-check: score ${report.score}`, `${report.stats.words} ${report.stats.words === 1 ? 'word' : 'words'}`];
  for (const k of report.keyphrases) parts.push(`"${k.phrase}" ×${k.count}`);
  if (report.keyphrases.length === 0) parts.push('no keyphrase');
  return parts.join(' · ');
}

/**
 * One lens on the first line. Its command does nothing (an empty command id, which clients show
 * as a label): the lens only informs.
 */
export function codeLenses(report: FileReport, text: string): CodeLens[] {
  const start = new Positions(text).start;
  return [{ range: { start, end: start }, command: { title: lensTitle(report), command: '' } }];
}
