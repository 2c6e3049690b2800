import type { ChalkInstance } from 'chalk';
import type { Baseline, Change } from './baseline.js';
import type { RunReport, SiteFinding } from '../engine/report-types.js';
import { printable } from './escape.js';
import { flow, wrap } from './wrap.js';

function mark(f: SiteFinding, paint: ChalkInstance): string {
  return f.severity === 'error' ? paint.red('✖') : paint.yellow('⚠');
}

/**
 * Findings across the site, after the files: each with its rule, its message, and every file it
 * names at its line. Shown only when there are some; quiet runs show the errors only.
 */
export function siteSection(report: RunReport, paint: ChalkInstance, columns: number, quiet: boolean): string | null {
  const findings = (report.site?.findings ?? []).filter((f) => !quiet || f.severity === 'error');
  if (findings.length === 0) return null;
  const lines = [paint.bold.underline('Across the site')];
  for (const f of findings) {
    lines.push(...wrap(`${mark(f, paint)} ${paint.dim(f.ruleId)} ${printable(f.message)}`, columns - 2).map((l) => `  ${l}`));
    const places = f.files.map((p) => `${printable(p.file)}${p.line === undefined ? '' : `:${p.line}`}`);
    lines.push(...flow(places, columns, { first: '      ', indent: '      ', separator: ', ' }).map((l) => paint.dim(l)));
  }
  return lines.join('\n');
}

function changed(label: string, c: Change): string | null {
  if (c.delta === null || c.delta === 0) return null;
  return `${label} ${c.previous} → ${c.current} (${c.delta > 0 ? '+' : ''}${c.delta})`;
}

/**
 * What changed since the baseline report (`--baseline`): the run's score and counts, files added
 * and removed, and per file the checks newly failed or fixed and the keyphrase counts that moved.
 */
export function baselineSection(baseline: Baseline, paint: ChalkInstance, columns: number): string {
  const lines = [paint.bold.underline('Since the baseline')];
  const run = [changed('mean score', baseline.score), changed('errors', baseline.errors), changed('warnings', baseline.warnings)].filter((x): x is string => x !== null);
  lines.push(...flow(run.length === 0 ? ['no change in score or counts'] : run, columns, { first: '  ', indent: '  ', separator: ' · ' }));
  if (baseline.added.length > 0) lines.push(...wrap(`new: ${baseline.added.map(printable).join(', ')}`, columns - 2).map((l) => `  ${l}`));
  if (baseline.removed.length > 0) lines.push(...wrap(`gone: ${baseline.removed.map(printable).join(', ')}`, columns - 2).map((l) => `  ${l}`));
  for (const f of baseline.files) {
    const items = [
      changed('score', f.score),
      ...f.newlyFailed.map((c) => paint.red(`newly failed ${c.ruleId}${c.keyphrase === undefined ? '' : ` (${printable(c.keyphrase)})`}`)),
      ...f.newlyFixed.map((c) => paint.green(`fixed ${c.ruleId}${c.keyphrase === undefined ? '' : ` (${printable(c.keyphrase)})`}`)),
      ...f.keyphrases.map((k) => changed(`“${printable(k.phrase)}”`, k)),
    ].filter((x): x is string => x !== null);
    if (items.length === 0) continue;
    lines.push(...wrap(printable(f.file), columns - 2).map((l) => `  ${paint.bold(l)}`));
    lines.push(...flow(items, columns, { first: '    ', indent: '    ', separator: ' · ' }));
  }
  return lines.join('\n');
}
