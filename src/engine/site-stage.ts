import type { Check } from '../check/run.js';
import type { RuleSetting } from '../check/settings.js';
import { SITE_RULES } from '../site/rules/index.js';
import { placeRange } from '../site/place-range.js';
import { runSite } from '../site/run.js';
import type { SiteFinding, SiteSummary } from '../site/types.js';
import type { Checked } from './types.js';

const BASIS = new Map(SITE_RULES.map((r) => [r.id, r.basis.kind]));

/** A site finding about one article (keyphrase-not-topical) as a check of that article's report. */
function asCheck(f: SiteFinding): Check {
  const place = f.files[0] ?? { file: '' };
  return {
    id: f.ruleId,
    ruleId: f.ruleId,
    messageId: f.messageId,
    data: f.data,
    severity: f.severity,
    passed: false,
    message: f.message,
    ...placeRange(place),
    ...(f.keyphrase === undefined ? {} : { keyphrase: f.keyphrase }),
    basis: BASIS.get(f.ruleId) ?? 'heuristic',
  };
}

/**
 * The site stage of a run: the site rules over every article's summary, and each article's
 * suggestions. Findings about one article join its checks (they weigh nothing in its score,
 * which its own checks make; they count in the run's errors and warnings); findings about several
 * articles are the report's `site.findings`.
 */
export function siteStage(checked: readonly Checked[], settings: Map<string, RuleSetting>): SiteFinding[] {
  const summaries = checked.map((c) => c.summary).filter((s): s is SiteSummary => s !== undefined);
  const { findings, perFile } = runSite(summaries, { rules: settings });
  const byFile = new Map(summaries.map((s) => [s.file, s]));
  // A place given by its line alone is that whole line, as article findings about a field are.
  const whole = (f: SiteFinding) => {
    for (const place of f.files) {
      if (place.line === undefined || place.column !== undefined) continue;
      const end = byFile.get(place.file)?.lineEnds[place.line];
      if (end === undefined) continue;
      Object.assign(place, { column: 1, endLine: place.line, endColumn: end });
    }
  };
  findings.forEach(whole);
  for (const own of perFile.values()) own.checks.forEach(whole);
  for (const c of checked) {
    const own = c.summary === undefined ? undefined : perFile.get(c.summary.file);
    if (own === undefined) continue;
    c.report.checks.push(...own.checks.map(asCheck));
    c.report.suggestedKeyphrases = own.suggestedKeyphrases;
    c.report.linkSuggestions = own.linkSuggestions;
  }
  return findings;
}
