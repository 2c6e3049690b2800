import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { isProblem, type Check } from '../check/run.js';
import { isFailure, type FileResult } from '../engine/types.js';
import { docsUrl } from '../rules/registry.js';
import { Positions } from './positions.js';

export const SOURCE = 'seo-check';

/** What a diagnostic carries back to code actions: which check it is. */
export interface DiagnosticData {
  ruleId: string;
  messageId: string;
  keyphrase?: string;
}

/**
 * The checks that are diagnostics: failures, neither silenced nor skipped. A silenced failure is
 * what the writer asked not to hear about again, and a skipped check says nothing about the text;
 * showing either as a faded `Unnecessary` hint would grey out prose (a whole paragraph, line 1)
 * as if it could be deleted, which is not what they mean.
 */
export function problems(checks: readonly Check[]): Check[] {
  return checks.filter((c) => isProblem(c) && c.skipped === undefined);
}

export function checkDiagnostic(check: Check, positions: Positions): Diagnostic {
  const data: DiagnosticData = { ruleId: check.ruleId, messageId: check.messageId, ...(check.keyphrase === undefined ? {} : { keyphrase: check.keyphrase }) };
  return {
    range: positions.range(check),
    severity: check.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: check.ruleId,
    codeDescription: { href: docsUrl(check.ruleId) },
    source: SOURCE,
    message: check.message,
    data,
  };
}

/** A whole line of the client's text (0-based), as a diagnostic's range. */
function lineRange(text: string, line: number, positions: Positions) {
  const lines = text.split(/\r\n|\r|\n/, line + 1);
  const l = Math.min(line, lines.length - 1);
  const start = l === 0 ? positions.start.character : 0;
  return { start: { line: l, character: start }, end: { line: l, character: lines[l].length } };
}

/** One diagnostic for something that is not a check: a file the engine could not read, a bad configuration. */
export function lineDiagnostic(text: string, line: number, message: string, code?: string): Diagnostic {
  return {
    range: lineRange(text, Math.max(0, line - 1), new Positions(text)),
    severity: DiagnosticSeverity.Error,
    ...(code === undefined ? {} : { code }),
    source: SOURCE,
    message,
  };
}

/**
 * The diagnostics of one analysis, in the client's text (`text`, the version analysed): one per
 * failed check, or one at the problem's line for a file that could not be analysed.
 */
export function toDiagnostics(result: FileResult, text: string): Diagnostic[] {
  if (isFailure(result)) return [lineDiagnostic(text, result.line ?? 1, result.error)];
  const positions = new Positions(text);
  return problems(result.checks).map((c) => checkDiagnostic(c, positions));
}
