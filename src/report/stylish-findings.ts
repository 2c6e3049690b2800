import { isProblem, type Check } from '../check/run.js';
import type { FileReport } from '../engine/types.js';

/**
 * What one file's checks say, worked out once: the table, the counts in the file's head line,
 * the passed, skipped and silenced lists and the run's totals all read this, so they cannot
 * disagree. A rule that runs per keyphrase has one verdict per keyphrase; it is "passed" only when
 * it passed for every one, and otherwise named with the keyphrases it passed for.
 */

export interface PassedRule {
  id: string;
  /** The keyphrases it passed for, when it failed, was silenced or skipped for the others. */
  only?: string[];
}

export interface FileFindings {
  /** Failed checks that count (not silenced), errors first, then by line. */
  problems: Check[];
  errors: number;
  warnings: number;
  passed: PassedRule[];
  /** Rules that could not judge the article, by reason, with the keyphrase when per keyphrase. */
  skipped: Array<{ reason: string; ids: string[] }>;
  /** Failures a comment in the article silenced: they weigh nothing and fail nothing. */
  silenced: Check[];
  /** Whether the checks ran for more than one keyphrase: rows then name theirs. */
  manyKeyphrases: boolean;
}

type State = 'passed' | 'failed' | 'silenced' | 'skipped';

const ORDER = { error: 0, warning: 1 } as const;

export function byImportance(a: Check, b: Check): number {
  return ORDER[a.severity] - ORDER[b.severity] || a.line - b.line;
}

function stateOf(checks: readonly Check[]): State {
  if (checks.some(isProblem)) return 'failed';
  if (checks.some((c) => !c.passed)) return 'silenced';
  if (checks.some((c) => c.skipped !== undefined)) return 'skipped';
  return 'passed';
}

// The file's section, the overview and the totals each ask; a report is read, never changed.
const memo = new WeakMap<FileReport, FileFindings>();

/** The findings of one analysed file. */
export function fileFindings(r: FileReport): FileFindings {
  let f = memo.get(r);
  if (f === undefined) {
    f = findingsOf(r);
    memo.set(r, f);
  }
  return f;
}

function findingsOf(r: FileReport): FileFindings {
  const problems = r.checks.filter(isProblem).sort(byImportance);
  const errors = problems.filter((c) => c.severity === 'error').length;
  // Verdicts per rule, then per keyphrase ('' for a rule that judges the whole document).
  const verdicts = new Map<string, Map<string, Check[]>>();
  for (const c of r.checks) {
    const rule = verdicts.get(c.id) ?? new Map<string, Check[]>();
    verdicts.set(c.id, rule);
    const key = c.keyphrase ?? '';
    const list = rule.get(key);
    if (list === undefined) rule.set(key, [c]);
    else list.push(c);
  }
  const passed: PassedRule[] = [];
  const skipped = new Map<string, string[]>();
  for (const [id, byPhrase] of verdicts) {
    const states = [...byPhrase].map(([phrase, checks]) => ({ phrase, state: stateOf(checks), checks }));
    const ok = states.filter((s) => s.state === 'passed');
    if (ok.length === states.length) passed.push({ id });
    else if (ok.length > 0) passed.push({ id, only: ok.map((s) => s.phrase) });
    for (const s of states) {
      if (s.state !== 'skipped') continue;
      const reason = s.checks.find((c) => c.skipped !== undefined)!.skipped!.reason;
      const name = s.phrase === '' || states.every((t) => t.state === 'skipped') ? id : `${id} (${s.phrase})`;
      const list = skipped.get(reason) ?? [];
      if (!list.includes(name)) list.push(name);
      skipped.set(reason, list);
    }
  }
  return {
    problems,
    errors,
    warnings: problems.length - errors,
    passed,
    skipped: [...skipped].map(([reason, ids]) => ({ reason, ids })),
    silenced: r.checks.filter((c) => !c.passed && !isProblem(c)),
    manyKeyphrases: new Set(r.checks.map((c) => c.keyphrase).filter((k) => k !== undefined)).size > 1,
  };
}

/** A check as a table row names it: its rule, and its keyphrase when the file has several. */
export function checkName(c: Check, f: FileFindings): string {
  return f.manyKeyphrases && c.keyphrase !== undefined ? `${c.id} (${c.keyphrase})` : c.id;
}
