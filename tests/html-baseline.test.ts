import { describe, expect, it } from 'vitest';
import { compareReports, type Baseline } from '../src/report/baseline.js';
import type { Check } from '../src/check/run.js';
import type { FileFailure, FileReport, FileResult, RunReport } from './internal.js';

// compareReports, table by table, on reports made by hand: only the fields it reads matter.

type CheckSpec = Partial<Check> & { ruleId: string };

function check(spec: CheckSpec): Check {
  const failed = spec.passed === false;
  return {
    id: spec.ruleId, messageId: failed ? 'bad' : 'fine', data: {}, severity: 'warning', passed: true,
    message: `${spec.ruleId} ${spec.keyphrase ?? ''}`.trim(), line: 1, column: 1, endLine: 1, endColumn: 2, basis: 'heuristic',
    ...spec,
  };
}

const fail = (ruleId: string, extra: Partial<Check> = {}) => check({ ruleId, passed: false, ...extra });

function file(name: string, score: number, checks: Check[], keyphrases: Record<string, number> = {}): FileReport {
  return {
    file: name, passed: score >= 50, score,
    keyphrases: Object.entries(keyphrases).map(([phrase, count]) => ({ phrase, count })),
    checks,
  } as unknown as FileReport;
}

const unreadable = (name: string): FileFailure => ({ file: name, passed: false, error: 'no such file' });

function report(results: FileResult[], score: number | null = null, errors = 0, warnings = 0): RunReport {
  return {
    schemaVersion: 1, tool: { name: 'seo-check', version: 'test' },
    summary: { files: results.length, passed: true, score, errors, warnings, failures: [], unreadable: 0, ignored: 0, unmatched: [] },
    results,
  };
}

/** What a comparison of one file found, in short: rule ids (with keyphrase) failed and fixed. */
function brief(b: Baseline) {
  return b.files.map((f) => ({
    file: f.file,
    score: f.score.delta,
    failed: f.newlyFailed.map((c) => [c.ruleId, c.keyphrase, c.messageId, c.line].filter((x) => x !== undefined).join(' ')),
    fixed: f.newlyFixed.map((c) => [c.ruleId, c.keyphrase, c.messageId, c.line].filter((x) => x !== undefined).join(' ')),
  }));
}

describe('compareReports: checks', () => {
  it.each<[string, Check[], Check[], string[], string[]]>([
    ['nothing changed', [fail('links'), check({ ruleId: 'title-length' })], [fail('links'), check({ ruleId: 'title-length' })], [], []],
    ['a check fails that passed', [check({ ruleId: 'links' })], [fail('links', { line: 7 })], ['links bad 7'], []],
    ['a check passes that failed', [fail('links', { line: 3 })], [check({ ruleId: 'links' })], [], ['links bad 3']],
    ['only its line moved', [fail('links', { line: 3 })], [fail('links', { line: 9 })], [], []],
    ['its message changed: one fixed, one failed', [fail('keyphrase-density', { keyphrase: 'k', messageId: 'tooFew' })], [fail('keyphrase-density', { keyphrase: 'k', messageId: 'tooMany' })], ['keyphrase-density k tooMany 1'], ['keyphrase-density k tooFew 1']],
    ['the same rule for another keyphrase', [fail('keyphrase-in-title', { keyphrase: 'a' })], [fail('keyphrase-in-title', { keyphrase: 'b' })], ['keyphrase-in-title b bad 1'], ['keyphrase-in-title a bad 1']],
    ['one more of a kind: the last is new', [fail('image-alt', { line: 2 }), fail('image-alt', { line: 5 })], [fail('image-alt', { line: 2 }), fail('image-alt', { line: 5 }), fail('image-alt', { line: 8 })], ['image-alt bad 8'], []],
    ['one fewer of a kind: the last is fixed', [fail('image-alt', { line: 2 }), fail('image-alt', { line: 5 })], [fail('image-alt', { line: 2 })], [], ['image-alt bad 5']],
    ['a failure silenced now is fixed', [fail('links')], [fail('links', { suppressed: { kind: 'inline', line: 1 } })], [], ['links bad 1']],
    ['a silenced failure heard again is new', [fail('links', { suppressed: { kind: 'inline', line: 1 } })], [fail('links')], ['links bad 1'], []],
    ['a skipped check is neither', [check({ ruleId: 'passive-voice', messageId: 'skipped', skipped: { reason: 'no rules' } })], [fail('passive-voice')], ['passive-voice bad 1'], []],
    ['a severity change alone is no change', [fail('links', { severity: 'warning' })], [fail('links', { severity: 'error' })], [], []],
  ])('%s', (_, before, now, failed, fixed) => {
    const b = compareReports(report([file('a.md', 50, before)]), report([file('a.md', 60, now)]));
    expect(brief(b)).toEqual([{ file: 'a.md', score: 10, failed, fixed }]);
  });

  it('reads a report whose checks have only `id` (schemaVersion 1 before ruleId)', () => {
    const old = { ...fail('links'), ruleId: undefined } as unknown as Check;
    const b = compareReports(report([file('a.md', 50, [old])]), report([file('a.md', 50, [])]));
    expect(brief(b)[0].fixed).toEqual(['links bad 1']);
  });

  it('keeps what it lists of a check: rule, message id and text, keyphrase, severity, line', () => {
    const b = compareReports(report([file('a.md', 50, [])]), report([file('a.md', 40, [fail('keyphrase-in-title', { keyphrase: 'k', severity: 'error', line: 4, message: 'Put "k" in the title' })])]));
    expect(b.files[0].newlyFailed).toEqual([{ ruleId: 'keyphrase-in-title', messageId: 'bad', keyphrase: 'k', severity: 'error', message: 'Put "k" in the title', line: 4 }]);
  });
});

describe('compareReports: files, scores and keyphrases', () => {
  it.each<[string, FileResult[], FileResult[], string[], string[], string[]]>([
    ['the same files', [file('a.md', 1, []), file('b.md', 1, [])], [file('a.md', 1, []), file('b.md', 1, [])], [], [], ['a.md', 'b.md']],
    ['one added, one removed', [file('a.md', 1, []), file('gone.md', 1, [])], [file('new.md', 1, []), file('a.md', 1, [])], ['new.md'], ['gone.md'], ['a.md']],
    ['matched by name, in current order', [file('a.md', 1, []), file('b.md', 1, [])], [file('b.md', 1, []), file('a.md', 1, [])], [], [], ['b.md', 'a.md']],
    ['a name given twice: its first result', [file('a.md', 1, []), file('a.md', 9, [])], [file('a.md', 1, [])], [], [], ['a.md']],
    ['no files before', [], [file('a.md', 1, [])], ['a.md'], [], []],
  ])('%s', (_, before, now, added, removed, both) => {
    const b = compareReports(report(before), report(now));
    expect({ added: b.added, removed: b.removed, both: b.files.map((f) => f.file) }).toEqual({ added, removed, both });
  });

  it('gives the first result when a name is given twice', () => {
    const b = compareReports(report([file('a.md', 10, []), file('a.md', 90, [])]), report([file('a.md', 30, [])]));
    expect(b.files[0].score).toEqual({ previous: 10, current: 30, delta: 20 });
  });

  it.each<[string, FileResult, FileResult, { previous: number | null; current: number | null; delta: number | null }, { previous: boolean; current: boolean }]>([
    ['read in both', file('a.md', 70, []), file('a.md', 64, []), { previous: 70, current: 64, delta: -6 }, { previous: false, current: false }],
    ['unreadable now', file('a.md', 70, []), unreadable('a.md'), { previous: 70, current: null, delta: null }, { previous: false, current: true }],
    ['unreadable before', unreadable('a.md'), file('a.md', 64, []), { previous: null, current: 64, delta: null }, { previous: true, current: false }],
  ])('the score of a file %s', (_, before, now, score, flags) => {
    const b = compareReports(report([before]), report([now]));
    expect(b.files[0].score).toEqual(score);
    expect(b.files[0].unreadable).toEqual(flags);
  });

  it('lists no check as failed or fixed for a file read in only one of the runs', () => {
    const b = compareReports(report([file('a.md', 40, [fail('links'), fail('title-length')])]), report([unreadable('a.md')]));
    expect(brief(b)).toEqual([{ file: 'a.md', score: null, failed: [], fixed: [] }]);
    const back = compareReports(report([unreadable('a.md')]), report([file('a.md', 40, [fail('links')])]));
    expect(brief(back)[0].failed).toEqual([]);
  });

  it('gives each keyphrase\'s count change: current ones in order, then those no longer checked', () => {
    const b = compareReports(report([file('a.md', 1, [], { old: 3, kept: 2 })]), report([file('a.md', 1, [], { kept: 5, added: 1 })]));
    expect(b.files[0].keyphrases).toEqual([
      { phrase: 'kept', previous: 2, current: 5, delta: 3 },
      { phrase: 'added', previous: null, current: 1, delta: null },
      { phrase: 'old', previous: 3, current: null, delta: null },
    ]);
  });

  it('gives the run\'s mean score, errors and warnings before and now', () => {
    const b = compareReports(report([], 62, 4, 10), report([], 70, 1, 12));
    expect([b.score, b.errors, b.warnings]).toEqual([
      { previous: 62, current: 70, delta: 8 },
      { previous: 4, current: 1, delta: -3 },
      { previous: 10, current: 12, delta: 2 },
    ]);
    expect(compareReports(report([], null), report([], 70)).score).toEqual({ previous: null, current: 70, delta: null });
  });
});
