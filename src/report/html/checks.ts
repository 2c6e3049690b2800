import type { FileReport } from '../../engine/types.js';
import { isProblem, type Check } from '../../check/run.js';
import { esc, escShown, plural } from './escape.js';

// The checks of a file: what failed first, most severe first, then what a comment silenced; what
// passed and what was skipped folded away after them, still on the page.

const ORDER = { error: 0, warning: 1 } as const;

function byImportance(a: Check, b: Check): number {
  return ORDER[a.severity] - ORDER[b.severity] || a.line - b.line;
}

function status(c: Check): string {
  if (c.skipped !== undefined) return '<span class="st skip">skipped</span>';
  if (c.suppressed !== undefined) return `<span class="st quiet" title="silenced by a comment on line ${c.suppressed.line}">silenced</span>`;
  if (c.passed) return '<span class="st pass">✔ pass</span>';
  return c.severity === 'error' ? '<span class="st error">✖ error</span>' : '<span class="st warning">⚠ warning</span>';
}

function row(c: Check, id: string, linked: boolean): string {
  const rule = `<code>${esc(c.ruleId ?? c.id)}</code>${c.keyphrase === undefined ? '' : `<br><span class="dim">${escShown(c.keyphrase)}</span>`}`;
  const line = linked ? `<a href="#${id}-L${c.line}">${c.line}</a>` : String(c.line);
  const basis = c.basis === 'google' ? '<span class="basis google" title="Google’s documentation says it matters">Google</span>' : '<span class="basis" title="an editorial convention">heuristic</span>';
  return `<tr data-rule="${esc(c.ruleId ?? c.id)}" data-status="${c.passed ? 'pass' : c.severity}"><td>${status(c)}</td><td>${rule}</td><td>${basis}</td><td>${escShown(c.message)}</td><td class="num">${line}</td></tr>`;
}

function table(checks: readonly Check[], id: string, linked: boolean, cls: string): string {
  const head = '<thead><tr><th scope="col">Status</th><th scope="col">Check</th><th scope="col">Basis</th><th scope="col">Message</th><th scope="col">Line</th></tr></thead>';
  return `<table class="checks ${cls}">${head}<tbody>${checks.map((c) => row(c, id, linked)).join('')}</tbody></table>`;
}

/** The checks panel; `linked` when the text is on the page, so that lines link to it. */
export function checksPanel(r: FileReport, id: string, linked: boolean): string {
  const failed = r.checks.filter(isProblem).sort(byImportance);
  const silenced = r.checks.filter((c) => !c.passed && c.suppressed !== undefined);
  const passed = r.checks.filter((c) => c.passed && c.skipped === undefined);
  const skipped = r.checks.filter((c) => c.skipped !== undefined);
  const parts = ['<section class="panel"><h3>Checks</h3>'];
  if (failed.length + silenced.length > 0) parts.push(table([...failed, ...silenced], id, linked, 'failed'));
  else parts.push('<p>Every check passed.</p>');
  if (passed.length + skipped.length > 0) {
    const what = `${plural(passed.length, 'check')} passed${skipped.length > 0 ? `, ${skipped.length} skipped` : ''}`;
    parts.push(`<details><summary>${esc(what)}</summary>${table([...passed, ...skipped], id, linked, 'passed')}</details>`);
  }
  parts.push('</section>');
  return parts.join('');
}
