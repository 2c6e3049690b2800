import { isFailure } from '../engine/types.js';
import type { Check, FileResult, RunReport } from '../engine/report-types.js';
import { isProblem } from '../check/run.js';

// What changed between two runs (`--baseline previous.json`): files are matched by the name the
// report gives them, and checks by rule, keyphrase and message id, the identity a writer would
// recognise ("keyphrase-density for 'x' is now too low"). Lines are not part of it: an edit above
// a problem moves it without changing it.

/** A check as the comparison lists it. */
export interface ChangedCheck {
  ruleId: string;
  messageId: string;
  keyphrase?: string;
  severity: Check['severity'];
  message: string;
  line: number;
}

/** A score before and now; null where the file could not be read (or did not exist). */
export interface Change {
  previous: number | null;
  current: number | null;
  /** current − previous; null when either is null. */
  delta: number | null;
}

export interface KeyphraseChange extends Change {
  phrase: string;
}

/** One file in both reports. */
export interface FileChange {
  file: string;
  score: Change;
  /** Failed now, not before: each check beyond as many of its kind as failed before (none when either run could not read the file). */
  newlyFailed: ChangedCheck[];
  /** Failed before, not now (as the previous report gave them). */
  newlyFixed: ChangedCheck[];
  /** Each keyphrase of either report, in current order then those no longer checked; count null where it was not checked or the file not read. */
  keyphrases: KeyphraseChange[];
  /** The file could be read in one report and not in the other (or in neither). */
  unreadable: { previous: boolean; current: boolean };
}

export interface Baseline {
  /** The mean scores of the two runs. */
  score: Change;
  errors: Change;
  warnings: Change;
  /** Files of the current report the previous one did not have, and the reverse. */
  added: string[];
  removed: string[];
  /** Files in both, in current order. */
  files: FileChange[];
}

function change(previous: number | null, current: number | null): Change {
  return { previous, current, delta: previous === null || current === null ? null : current - previous };
}

/** The identity of a check: rule, keyphrase, message. */
function keyOf(c: Check): string {
  return JSON.stringify([c.ruleId ?? c.id, c.keyphrase ?? null, c.messageId]);
}

function listed(c: Check): ChangedCheck {
  return {
    ruleId: c.ruleId ?? c.id,
    messageId: c.messageId,
    ...(c.keyphrase === undefined ? {} : { keyphrase: c.keyphrase }),
    severity: c.severity,
    message: c.message,
    line: c.line,
  };
}

/** The failed checks of a result, grouped by identity, in report order. */
function problems(r: FileResult): Map<string, Check[]> {
  const out = new Map<string, Check[]>();
  if (isFailure(r)) return out;
  for (const c of r.checks) {
    if (!isProblem(c)) continue;
    const key = keyOf(c);
    const group = out.get(key);
    if (group === undefined) out.set(key, [c]);
    else group.push(c);
  }
  return out;
}

/**
 * The checks of `a` beyond the number of their kind in `b`: a rule that fails at three images now
 * and at two before has one newly failed (the last one; which of the three is new cannot be told).
 */
function beyond(a: Map<string, Check[]>, b: Map<string, Check[]>): ChangedCheck[] {
  const out: ChangedCheck[] = [];
  for (const [key, checks] of a) out.push(...checks.slice(b.get(key)?.length ?? 0).map(listed));
  return out;
}

function counts(r: FileResult): Map<string, number> {
  return new Map(isFailure(r) ? [] : r.keyphrases.map((k) => [k.phrase, k.count]));
}

function keyphraseChanges(previous: FileResult, current: FileResult): KeyphraseChange[] {
  const before = counts(previous);
  const now = counts(current);
  const phrases = [...now.keys(), ...[...before.keys()].filter((p) => !now.has(p))];
  return phrases.map((phrase) => ({ phrase, ...change(before.get(phrase) ?? null, now.get(phrase) ?? null) }));
}

function scoreOf(r: FileResult): number | null {
  return isFailure(r) ? null : r.score;
}

function compareFile(previous: FileResult, current: FileResult): FileChange {
  // A file read in only one of the runs was not checked in the other: none of its checks is new or fixed.
  const both = !isFailure(previous) && !isFailure(current);
  const before = problems(previous);
  const now = problems(current);
  return {
    file: current.file,
    score: change(scoreOf(previous), scoreOf(current)),
    newlyFailed: both ? beyond(now, before) : [],
    newlyFixed: both ? beyond(before, now) : [],
    keyphrases: keyphraseChanges(previous, current),
    unreadable: { previous: isFailure(previous), current: isFailure(current) },
  };
}

/** The results by file name; when a name is given twice, its first result. */
function byFile(report: RunReport): Map<string, FileResult> {
  const out = new Map<string, FileResult>();
  for (const r of report.results) if (!out.has(r.file)) out.set(r.file, r);
  return out;
}

/** What changed from `previous` to `current`: a pure function of the two reports. */
export function compareReports(previous: RunReport, current: RunReport): Baseline {
  const before = byFile(previous);
  const now = byFile(current);
  const files: FileChange[] = [];
  for (const [file, r] of now) {
    const p = before.get(file);
    if (p !== undefined) files.push(compareFile(p, r));
  }
  return {
    score: change(previous.summary.score, current.summary.score),
    errors: change(previous.summary.errors, current.summary.errors),
    warnings: change(previous.summary.warnings, current.summary.warnings),
    added: [...now.keys()].filter((f) => !before.has(f)),
    removed: [...before.keys()].filter((f) => !now.has(f)),
    files,
  };
}
