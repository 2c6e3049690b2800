import type { Baseline, Change, ChangedCheck, FileChange } from '../baseline.js';
import { esc, escShown, num, signed } from './escape.js';

// "Changes since the baseline": per file, and for the run in the index.

/** "72 → 81 (+9)", "72 → none" (not read now), "81 (none before)". */
export function changeText(c: Change): string {
  if (c.previous === null && c.current === null) return '—';
  if (c.previous === null) return `${num(c.current!)} (none before)`;
  if (c.current === null) return `${num(c.previous)} → none`;
  return `${num(c.previous)} → ${num(c.current)} (${signed(c.delta!)})`;
}

function deltaClass(delta: number | null, better: 1 | -1): string {
  if (delta === null || delta === 0) return 'same';
  return delta * better > 0 ? 'better' : 'worse';
}

/** A check that changed; a fixed one's line is where the baseline had it. */
function checkItem(c: ChangedCheck, fixed: boolean): string {
  const keyphrase = c.keyphrase === undefined ? '' : ` <span class="dim">(${escShown(c.keyphrase)})</span>`;
  return `<li><code>${esc(c.ruleId)}</code>${keyphrase}: ${escShown(c.message)} <span class="dim">line ${c.line}${fixed ? ' in the baseline' : ''}</span></li>`;
}

/** The panel of one file; a file the baseline did not have says so. */
export function fileBaselinePanel(baseline: Baseline, file: string): string {
  if (baseline.added.includes(file)) return '<section class="panel baseline"><h3>Changes since the baseline</h3><p>A new file: the baseline does not have it.</p></section>';
  const f = baseline.files.find((x) => x.file === file);
  if (f === undefined) return '';
  const parts = [`<section class="panel baseline"><h3>Changes since the baseline</h3>`];
  parts.push(`<p>Score <span class="${deltaClass(f.score.delta, 1)}">${esc(changeText(f.score))}</span>${f.unreadable.previous ? ' — unreadable in the baseline' : ''}${f.unreadable.current ? ' — unreadable now' : ''}</p>`);
  if (f.newlyFailed.length > 0) parts.push(`<h4 class="worse">Newly failed (${f.newlyFailed.length})</h4><ul>${f.newlyFailed.map((c) => checkItem(c, false)).join('')}</ul>`);
  if (f.newlyFixed.length > 0) parts.push(`<h4 class="better">Newly fixed (${f.newlyFixed.length})</h4><ul>${f.newlyFixed.map((c) => checkItem(c, true)).join('')}</ul>`);
  if (f.newlyFailed.length + f.newlyFixed.length === 0) parts.push('<p class="dim">No check newly failed or fixed.</p>');
  const moved = f.keyphrases.filter((k) => k.delta !== 0);
  if (f.keyphrases.length > 0) {
    const rows = f.keyphrases.map((k) => `<tr><th scope="row">${escShown(k.phrase)}</th><td class="num">${esc(changeText(k))}</td></tr>`);
    parts.push(`<table class="kdelta"><caption>Keyphrase counts${moved.length === 0 ? ': unchanged' : ''}</caption><tbody>${rows.join('')}</tbody></table>`);
  }
  parts.push('</section>');
  return parts.join('');
}

/** The index's cell for a file: score change, newly failed and fixed. */
export function indexCell(baseline: Baseline, file: string): string {
  if (baseline.added.includes(file)) return '<td class="new">new</td>';
  const f: FileChange | undefined = baseline.files.find((x) => x.file === file);
  if (f === undefined) return '<td></td>';
  const score = f.score.delta === null ? '—' : signed(f.score.delta);
  const counts = [f.newlyFailed.length > 0 ? `<span class="worse">${f.newlyFailed.length} failed</span>` : '', f.newlyFixed.length > 0 ? `<span class="better">${f.newlyFixed.length} fixed</span>` : ''].filter((s) => s !== '');
  return `<td class="num" data-sort="${f.score.delta ?? ''}"><span class="${deltaClass(f.score.delta, 1)}">${score}</span>${counts.length > 0 ? ` · ${counts.join(' · ')}` : ''}</td>`;
}

/** The run's changes, above the index. */
export function runBaselinePanel(baseline: Baseline): string {
  const parts = ['<section class="panel baseline"><h2>Changes since the baseline</h2><ul>'];
  parts.push(`<li>Mean score <span class="${deltaClass(baseline.score.delta, 1)}">${esc(changeText(baseline.score))}</span></li>`);
  parts.push(`<li>Errors <span class="${deltaClass(baseline.errors.delta, -1)}">${esc(changeText(baseline.errors))}</span></li>`);
  parts.push(`<li>Warnings <span class="${deltaClass(baseline.warnings.delta, -1)}">${esc(changeText(baseline.warnings))}</span></li>`);
  if (baseline.added.length > 0) parts.push(`<li>Added: ${baseline.added.map((f) => `<code>${escShown(f)}</code>`).join(', ')}</li>`);
  if (baseline.removed.length > 0) parts.push(`<li>Removed: ${baseline.removed.map((f) => `<code>${escShown(f)}</code>`).join(', ')}</li>`);
  parts.push('</ul></section>');
  return parts.join('');
}
