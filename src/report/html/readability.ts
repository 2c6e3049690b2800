import type { FileReport } from '../../engine/types.js';
import { band, flesch } from '../../languages/reading-ease.js';
import { esc, escShown } from './escape.js';

// The readability figures of a file, and the long sentences, which the text below underlines.

function fixed(n: number | null): string {
  return n === null ? '—' : n.toFixed(1);
}

/** One decimal, so that 29.7 % never reads as the 30 % it misses (as stylish words it). */
function share(n: number | null): string {
  return n === null ? '—' : `${n.toFixed(1).replace(/\.0$/, '')} %`;
}

/** The sentence-length rule's `max` as the report's check gives it (20 when it did not run). */
function longMax(r: FileReport): number {
  const max = r.checks.find((c) => (c.ruleId ?? c.id) === 'sentence-length')?.data.max;
  return typeof max === 'number' ? max : 20;
}

function figure(label: string, value: string, hint = ''): string {
  return `<div class="fig"><dt>${esc(label)}</dt><dd>${esc(value)}${hint === '' ? '' : ` <span class="dim">${esc(hint)}</span>`}</dd></div>`;
}

export function readabilityPanel(r: FileReport, id: string, linked: boolean): string {
  const x = r.readability;
  const ease = x.fleschReadingEase;
  const long = x.longSentences ?? [];
  const max = longMax(r);
  const figures = [
    figure('Flesch reading ease', fixed(ease), ease === null ? '' : band(flesch, ease)),
    figure('Flesch–Kincaid grade', fixed(x.fleschKincaidGrade)),
    figure('Gunning fog', fixed(x.gunningFog)),
    figure('SMOG', fixed(x.smog)),
    figure('Coleman–Liau', fixed(x.colemanLiau)),
    figure('ARI', fixed(x.ari)),
    figure('Reading time', `${x.readingTimeMinutes} min`),
    figure('Sentences', String(x.sentences.count), `${x.sentences.mean.toFixed(1)} words on average`),
    figure(`Over ${max} words`, String(long.length), x.sentences.count === 0 ? '' : `${share((100 * long.length) / x.sentences.count)} of sentences`),
    figure('Passive voice', share(x.passiveShare)),
    figure('Transition words', share(x.transitionShare)),
    figure('Paragraphs', String(x.paragraphs.length)),
    figure('Links', `${x.links.internal} internal, ${x.links.external} external`),
    figure('Images', x.images.total === 0 ? 'none' : `${x.images.total}, ${x.images.missingAlt} without alt text`),
  ];
  const runs = x.repeatedBeginnings ?? [];
  const beginnings = runs.length === 0 ? '' : `<p>Sentences in a row that begin alike: ${runs.map((b) => `${b.sentences}× “${escShown(b.beginning)}” (line ${b.line})`).join(', ')}.</p>`;
  const list = long.map((s) => {
    const where = linked ? `<a href="#${id}-L${s.line}">line ${s.line}</a>` : `line ${s.line}`;
    return `<li>${where}: ${s.words} words</li>`;
  });
  const longText =
    long.length === 0
      ? `<p>No sentence has more than ${max} words.</p>`
      : `<details><summary>${long.length} sentence${long.length === 1 ? '' : 's'} over ${max} words${linked ? ', underlined in the text' : ''}</summary><ul class="cols">${list.join('')}</ul></details>`;
  return `<section class="panel"><h3>Readability</h3><dl class="figs">${figures.join('')}</dl>${beginnings}${longText}</section>`;
}
