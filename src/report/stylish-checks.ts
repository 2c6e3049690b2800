import type { ChalkInstance } from 'chalk';
import type { Check } from '../check/run.js';
import { printable } from './escape.js';
import { checkName, type FileFindings } from './stylish-findings.js';
import { renderTable, columnWidths, type CellInput, type Column } from './table.js';
import { plural } from './stylish-totals.js';
import { displayWidth, shorten } from './width.js';
import { flow } from './wrap.js';

/** A quote longer than this is shortened in a message: the start of a 300-character description says which. */
export const QUOTE_WIDTH = 60;
const QUOTES = [['"', '"'], ['“', '”'], ["'", "'"]] as const;
/** Narrower than this, a message column reads as a list of words: the check moves into the message cell. */
const MESSAGE_MIN = 28;
/** The mark of a check whose basis is an editorial convention, not Google's documentation. */
export const HEURISTIC_MARK = '*';

/**
 * A check's message as the report shows it: the rule's words and figures whole, with any long
 * quoted value (a description, a heading, a sentence) shortened at a word boundary.
 */
export function reportMessage(c: Check): string {
  let message = c.message;
  for (const value of Object.values(c.data)) {
    if (typeof value !== 'string' || displayWidth(value) <= QUOTE_WIDTH) continue;
    // Only a quote: other long values (a hint in parentheses) are the rule's words, kept whole.
    for (const [open, close] of QUOTES) message = message.split(`${open}${value}${close}`).join(`${open}${shorten(value, QUOTE_WIDTH)}${close}`);
  }
  return printable(message);
}

function statusCell(c: Check, paint: ChalkInstance): CellInput {
  return c.severity === 'error' ? { text: '✖ error', paint: (l) => paint.red(l) } : { text: '⚠ warn', paint: (l) => paint.yellow(l) };
}

/** The check's name, marked when its basis is editorial; `then` follows on the next lines. */
function checkCell(c: Check, f: FileFindings, paint: ChalkInstance, then = ''): CellInput {
  const mark = c.basis === 'heuristic' ? HEURISTIC_MARK : '';
  const id = c.id + mark;
  // The keyphrase on a line of its own: "(US Russia" and "relations)" on two would read as two things.
  const keyphrase = f.manyKeyphrases && c.keyphrase !== undefined ? [`(${printable(c.keyphrase)})`] : [];
  const text = [id, ...keyphrase, ...(then === '' ? [] : [then])].join('\n');
  return { text, paint: [(l) => (mark !== '' && l === id ? c.id + paint.dim(mark) : l)] };
}

/** The failed checks as a table: at narrow widths the message goes under the check's name. */
function problemTable(problems: readonly Check[], f: FileFindings, paint: ChalkInstance, columns: number): string {
  const status: Column = { head: 'Status', nowrap: true };
  const line: Column = { head: 'Line', nowrap: true, align: 'right' };
  const wide = problems.map((c) => [statusCell(c, paint), String(c.line), checkCell(c, f, paint), reportMessage(c)]);
  const wideColumns = [status, line, { head: 'Check' }, { head: 'Message' }];
  const { widths } = columnWidths(wideColumns, wide, columns);
  if (widths[3] >= MESSAGE_MIN) return renderTable(wideColumns, wide, columns, paint);
  const narrow = problems.map((c) => [statusCell(c, paint), String(c.line), checkCell(c, f, paint, reportMessage(c))]);
  return renderTable([status, line, { head: 'Check and message' }], narrow, columns, paint);
}

/** A list line: a label, then items wrapped under the first item, the whole line dim. */
function list(label: string, items: string[], paint: ChalkInstance, columns: number, mark: (s: string) => string): string {
  const lines = flow(items, columns, { first: label, indent: ' '.repeat(Math.min(displayWidth(label), 12)) });
  return lines.map((l, i) => (i === 0 ? mark(l.slice(0, 1)) + paint.dim(l.slice(1)) : paint.dim(l))).join('\n');
}

/**
 * What to change, then what was checked: failed checks most severe first; the rules that passed
 * (for every keyphrase, or named with those they passed for); those skipped, with why; and those
 * a comment silenced. With `quiet`, failed errors only, and how many warnings are not shown.
 */
export function checksSection(f: FileFindings, paint: ChalkInstance, columns: number, quiet = false): string[] {
  const parts: string[] = [];
  const shown = quiet ? f.problems.filter((c) => c.severity === 'error') : f.problems;
  if (shown.length > 0) parts.push(problemTable(shown, f, paint, columns));
  if (quiet) {
    if (f.warnings > 0) parts.push(paint.dim(flow([`${paint.yellow('⚠')} ${plural(f.warnings, 'warning')} not shown (--quiet)`], columns).join('\n')));
    return parts;
  }
  if (f.passed.length > 0) {
    const items = f.passed.map((p) => (p.only === undefined ? p.id : `${p.id} (${p.only.map(printable).join(', ')} only)`));
    parts.push(list('✔ passed: ', items, paint, columns, (s) => paint.green(s)));
  }
  if (f.skipped.length > 0) {
    const items = f.skipped.map((s) => `${s.ids.map(printable).join(', ')} (${printable(s.reason)})`);
    parts.push(list('– skipped: ', items, paint, columns, (x) => x));
  }
  if (f.silenced.length > 0) {
    const items = f.silenced.map((c) => `${printable(checkName(c, f))} (line ${c.line})`);
    parts.push(list('– silenced by comments: ', items, paint, columns, (x) => x));
  }
  return parts;
}
