import { applyEntry, defaultSettings } from '../check/settings.js';
import type { SiteSummary } from '../site/types.js';
import type { FileReport, RunReport } from './report-types.js';
import { runReport, summarize } from './score.js';
import { siteStage } from './site-stage.js';
import { isFailure, type Checked } from './types.js';

/** Shards that cannot be merged: the message says which and why. */
export class MergeError extends Error {}

/**
 * The report of a whole run from the reports of its shards (`--shard i/n`, in any order): every
 * shard's per-file results, in file order as one run over a folder gives them, and the site
 * stage run over every shard's summaries, so that its findings are those of one run.
 */
export function mergeShards(reports: readonly RunReport[], names: readonly string[] = reports.map((_, i) => `report ${i + 1}`)): RunReport {
  if (reports.length === 0) throw new MergeError('nothing to merge: name the shards’ JSON reports');
  const shards = reports.map((r, i) => {
    if (r.shard === undefined) throw new MergeError(`${names[i]}: not the report of a shard (run it with --shard i/n -f json)`);
    return r.shard;
  });
  const count = shards[0].count;
  const seen = new Set<number>();
  shards.forEach((s, i) => {
    if (s.count !== count) throw new MergeError(`${names[i]}: shard ${s.index}/${s.count} of another split than ${shards[0].index}/${count}`);
    if (seen.has(s.index)) throw new MergeError(`${names[i]}: shard ${s.index}/${count} given twice`);
    seen.add(s.index);
  });
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new MergeError(`shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${count} missing`);

  const results = reports.flatMap((r) => r.results).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const summaries = new Map(shards.flatMap((s) => s.summaries as SiteSummary[]).map((s) => [s.file, s]));
  const settings = defaultSettings();
  for (const [id, entry] of Object.entries(shards[0].siteRules)) applyEntry(settings, id, entry);
  // Each result takes the site stage's additions in place, as the engine's checked articles do.
  const checked: Checked[] = results.filter((r): r is FileReport => !isFailure(r)).map((report) => ({ report, runs: [], summary: summaries.get(report.file) }));
  const findings = siteStage(checked, settings);
  const first = reports[0].summary;
  const summary = summarize(results, [], shards[0].maxWarnings, { ignored: first.ignored, unmatched: first.unmatched }, findings);
  const minScores = reports.flatMap((r) => r.summary.failures.filter((f) => f.threshold === 'min-score'));
  summary.failures.unshift(...minScores);
  summary.passed &&= minScores.length === 0;
  return { ...runReport(results, summary), site: { findings } };
}
