import { isFailure, type FileFailure, type FileReport, type FileResult, type KeyphraseReport } from '../engine/types.js';
import { isProblem } from '../check/run.js';
import type { Baseline } from './baseline.js';
import { fileBaselinePanel, indexCell, runBaselinePanel } from './html/baseline-panel.js';
import { distributionPanel } from './html/chart.js';
import { checksPanel } from './html/checks.js';
import { esc, escShown, plural } from './html/escape.js';
import { page } from './html/page.js';
import { readabilityPanel } from './html/readability.js';
import { snippetPanel } from './html/snippet.js';
import { sourceView } from './html/source.js';
import type { Formatter, RunReport } from './types.js';

// `--format html`: one self-contained page. Several files make one page too, an index table on
// top linking to a section per file (#f1, #f2…): a formatter returns one text, which `-f html=x`
// writes to one file, and one file is what a CI artifact or an e-mail carries whole.

interface Counts {
  errors: number;
  warnings: number;
}

function counts(r: FileResult): Counts {
  if (isFailure(r)) return { errors: 1, warnings: 0 };
  const problems = r.checks.filter(isProblem);
  const errors = problems.filter((c) => c.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

function scoreBadge(r: FileReport): string {
  const cls = r.passed ? (r.score >= 70 ? 'pass' : 'mid') : 'fail';
  return `<span class="score ${cls}" title="${r.passed ? 'passed' : 'failed'}">${r.score}</span>`;
}

function yes(value: boolean): string {
  return value ? '<span class="yes">yes</span>' : '<span class="no">no</span>';
}

function keyphraseTable(keyphrases: readonly KeyphraseReport[]): string {
  if (keyphrases.length === 0) return '<section class="panel"><h3>Keyphrases</h3><p>No keyphrase was given or named in the front matter.</p></section>';
  const rows = keyphrases.map(
    (k, i) =>
      `<tr><th scope="row"><span class="swatch k${i % 6}"></span>${escShown(k.phrase)}</th><td class="num">${k.count}</td><td class="num">${k.countWithSynonyms}</td><td class="num">${k.density} %</td><td class="num">${k.sentenceMatches}</td>` +
      `<td>${yes(k.inTitle)}</td><td>${yes(k.inDescription)}</td><td>${yes(k.inIntroduction)}</td><td>${yes(k.inSlug)}</td><td class="num">${k.subheadings.matching} of ${k.subheadings.total}</td></tr>`,
  );
  const head = ['Keyphrase', 'Count', 'With synonyms', 'Density', 'Sentences', 'Title', 'Description', 'Introduction', 'Slug', 'Subheadings'].map((h) => `<th scope="col">${h}</th>`).join('');
  return `<section class="panel"><h3>Keyphrases</h3><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function textPanel(r: FileReport, source: string | undefined, id: string): string {
  if (source === undefined) return '<section class="panel"><h3>The text</h3><p class="dim">The article’s text was not given to this report, so it is not shown.</p></section>';
  const view = sourceView(r, source, id);
  const toggles = r.keyphrases.map((k, i) => `<label><input type="checkbox" data-toggle="k${i % 6}" checked> <mark class="kp k${i % 6}">${escShown(k.phrase)}</mark> ${k.count}</label>`);
  if ((r.readability.longSentences ?? []).length > 0) toggles.push('<label><input type="checkbox" data-toggle="long" checked> <span class="long">long sentences</span></label>');
  const warning =
    view.misplaced === 0 ? '' : `<p class="warn">${plural(view.misplaced, 'place')} of the report are not in this text: it is not the text the report was made from, and some marks are missing.</p>`;
  return `<section class="panel"><h3>The text</h3><p class="dim">As written, not rendered; front matter dimmed.</p>${warning}<div class="legend">${toggles.join('')}</div><div class="src">${view.html}</div></section>`;
}

function failureSection(r: FileFailure, id: string, baseline: Baseline | undefined): string {
  const where = r.line === undefined ? '' : ` (line ${r.line})`;
  const before = baseline === undefined ? '' : fileBaselinePanel(baseline, r.file);
  return `<section class="file" id="${id}" data-file="${esc(r.file)}"><h2><a href="#${id}">${escShown(r.file)}</a></h2><p class="fail">✖ Could not be read${where}: ${escShown(r.error)}</p>${before}</section>`;
}

function fileSection(r: FileReport, id: string, source: string | undefined, baseline: Baseline | undefined): string {
  const { errors, warnings } = counts(r);
  const linked = source !== undefined;
  const stats =
    `<p class="stats">${scoreBadge(r)}<span class="verdict ${r.passed ? 'pass' : 'fail'}">${r.passed ? '✔ passed' : '✖ failed'}</span>` +
    `<span>${plural(r.stats.words, 'word')}</span><span>${plural(r.stats.sentences, 'sentence')}</span>` +
    `<span class="${errors > 0 ? 'fail' : ''}">${plural(errors, 'error')}</span><span>${plural(warnings, 'warning')}</span><span class="dim">language ${esc(r.language)}</span></p>`;
  return [
    `<section class="file" id="${id}" data-file="${esc(r.file)}"><h2><a href="#${id}">${escShown(r.file)}</a></h2>${stats}`,
    baseline === undefined ? '' : fileBaselinePanel(baseline, r.file),
    checksPanel(r, id, linked),
    snippetPanel(r),
    keyphraseTable(r.keyphrases),
    distributionPanel(r, id, linked),
    readabilityPanel(r, id, linked),
    textPanel(r, source, id),
    '</section>',
  ].join('\n');
}

function indexTable(report: RunReport, ids: readonly string[], baseline: Baseline | undefined): string {
  const sortable = (h: string, cls = '') => `<th scope="col"${cls === '' ? '' : ` class="${cls}"`}><button type="button" class="sort">${h}</button></th>`;
  const head = [sortable('File'), sortable('Score', 'num'), sortable('Errors', 'num'), sortable('Warnings', 'num'), sortable('Words', 'num'), sortable('Result')];
  if (baseline !== undefined) head.push(sortable('Since the baseline', 'num'));
  const rows = report.results.map((r, i) => {
    const { errors, warnings } = counts(r);
    const link = `<a href="#${ids[i]}">${escShown(r.file)}</a>`;
    const change = baseline === undefined ? '' : indexCell(baseline, r.file);
    if (isFailure(r)) return `<tr><td>${link}</td><td class="num" data-sort="-1">–</td><td class="num">${errors}</td><td class="num">${warnings}</td><td class="num" data-sort="-1">–</td><td class="fail">unreadable</td>${change}</tr>`;
    return `<tr><td>${link}</td><td class="num">${r.score}</td><td class="num">${errors}</td><td class="num">${warnings}</td><td class="num">${r.stats.words}</td><td class="${r.passed ? 'pass' : 'fail'}">${r.passed ? '✔ passed' : '✖ failed'}</td>${change}</tr>`;
  });
  return `<section class="panel"><h2>Files</h2><table class="index"><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function header(report: RunReport): string {
  const s = report.summary;
  const score = s.score === null ? '' : ` · mean score ${s.score}/100`;
  return (
    `<header><h1>seo-check report</h1><p><span class="verdict ${s.passed ? 'pass' : 'fail'}">${s.passed ? '✔ passed' : '✖ failed'}</span>: ` +
    `${plural(s.files, 'file')}${score} · ${plural(s.errors, 'error')} · ${plural(s.warnings, 'warning')}</p></header>`
  );
}

/** The HTML report: a pure function of the report, the articles' texts and the baseline. */
const html: Formatter = (report, options) => {
  const sources = options.sources ?? new Map<string, string>();
  const { baseline } = options;
  const ids = report.results.map((_, i) => `f${i + 1}`);
  const sections = report.results.map((r, i) => (isFailure(r) ? failureSection(r, ids[i], baseline) : fileSection(r, ids[i], sources.get(r.file), baseline)));
  const body = [
    header(report),
    baseline === undefined ? '' : runBaselinePanel(baseline),
    report.results.length > 1 ? indexTable(report, ids, baseline) : '',
    ...sections,
    `<footer>${esc(`${report.tool.name} ${report.tool.version}`)}</footer>`,
  ].join('\n');
  const title = report.results.length === 1 ? `seo-check: ${report.results[0].file}` : `seo-check: ${plural(report.results.length, 'file')}`;
  return page(title, body);
};

export default html;
