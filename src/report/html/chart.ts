import type { FileReport, KeyphraseReport } from '../../engine/types.js';
import { escPlain, escShown, num } from './escape.js';

// Where each keyphrase falls through the article, drawn as inline SVG with attributes only (the
// page's policy allows no style attributes): a track per keyphrase, 0 at the first word and 1 at
// the last, with the sections as bands; then each section's count and density.

const W = 1000;
const H = 28;

/** x of a share of the way through (0–1). */
function x(share: number): string {
  return num(Math.min(1, Math.max(0, share)) * W);
}

function ticks(positions: readonly number[], cls: string, y1: number, y2: number): string {
  return positions.map((p) => `<line class="${cls}" x1="${x(p)}" x2="${x(p)}" y1="${y1}" y2="${y2}" vector-effect="non-scaling-stroke"/>`).join('');
}

function bands(k: KeyphraseReport): string {
  const sections = k.distribution.sections;
  return sections
    .map((s, i) => {
      const from = s.position;
      const to = i + 1 < sections.length ? sections[i + 1].position : 1;
      const name = s.heading ?? '(before the first heading)';
      return `<rect class="band b${i % 2}" x="${x(from)}" y="0" width="${num(Math.max(0, to - from) * W)}" height="${H}"><title>${escPlain(name)}</title></rect>`;
    })
    .join('');
}

function track(k: KeyphraseReport, i: number): string {
  const d = k.distribution;
  const label = `${k.phrase}: ${k.count} occurrences, ${d.sentencesWith} of ${d.sentences} sentences`;
  const svg =
    `<svg class="track" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-label="${escPlain(label)}">` +
    bands(k) +
    ticks(d.sentencePositions, 'sent', H - 7, H) +
    ticks(d.synonymPositions, `synt k${i % 6}`, 6, H - 6) +
    ticks(d.positions, `occ k${i % 6}`, 0, H) +
    '</svg>';
  const gap = d.longestGap;
  const gapText = d.sentencesWith === 0 ? 'in no sentence' : gap.fromLine === null ? '' : `longest gap ${gap.sentences} sentences, lines ${gap.fromLine}–${gap.toLine}`;
  return `<tr><th scope="row"><span class="swatch k${i % 6}"></span>${escShown(k.phrase)}</th><td>${svg}</td><td class="num">${k.count}</td><td class="dim">${escShown(gapText)}</td></tr>`;
}

/** A bar for a density, full at 4 % (stuffing, as keyphrase-density counts it). */
function bar(density: number, i: number): string {
  const w = Math.min(density, 4) / 4 * 60;
  return `<svg class="bar" viewBox="0 0 60 10" width="60" height="10" aria-hidden="true"><rect class="bar-bg" x="0" y="0" width="60" height="10"/><rect class="k${i % 6}" x="0" y="0" width="${num(w)}" height="10"/></svg>`;
}

/** Each section's occurrences and density (100 × occurrences ÷ its words) per keyphrase. */
function sectionTable(r: FileReport, id: string, linked: boolean): string {
  const first = r.keyphrases[0];
  const words = new Map(r.readability.sections.map((s) => [s.line, s.words]));
  const head = r.keyphrases.map((k, i) => `<th scope="col"><span class="swatch k${i % 6}"></span>${escShown(k.phrase)}</th>`).join('');
  const rows = first.distribution.sections.map((s, row) => {
    const n = words.get(s.line) ?? 0;
    const heading = escShown(s.heading ?? '(before the first heading)');
    const line = linked ? `<a href="#${id}-L${s.line}">${s.line}</a>` : String(s.line);
    const cells = r.keyphrases.map((k, i) => {
      const occurrences = k.distribution.sections[row]?.occurrences ?? 0;
      if (occurrences === 0) return '<td class="num dim">–</td>';
      if (n === 0) return `<td class="num">${occurrences}</td>`;
      const density = (100 * occurrences) / n;
      return `<td class="num" title="${occurrences} in ${n} words">${occurrences} (${num(density)} %) ${bar(density, i)}</td>`;
    });
    return `<tr><th scope="row">${heading}</th><td class="num">${line}</td><td class="num">${n}</td>${cells.join('')}</tr>`;
  });
  return `<table class="sections"><thead><tr><th scope="col">Section</th><th scope="col">Line</th><th scope="col">Words</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The distribution panel of a file; empty when it has no keyphrase. */
export function distributionPanel(r: FileReport, id: string, linked: boolean): string {
  if (r.keyphrases.length === 0) return '';
  const tracks = r.keyphrases.map(track).join('');
  const axis = '<tr class="axis"><th></th><td><div class="axis-labels"><span>start</span><span>middle</span><span>end</span></div></td><td></td><td></td></tr>';
  return (
    `<section class="panel"><h3>Where the keyphrases fall</h3>` +
    `<p class="dim">Tall ticks: the keyphrase as written; short ticks: synonyms; ticks at the foot: sentences holding all its content words. Bands are sections.</p>` +
    `<table class="tracks"><thead><tr><th scope="col">Keyphrase</th><th scope="col">Through the article</th><th scope="col">Count</th><th scope="col"></th></tr></thead><tbody>${tracks}${axis}</tbody></table>` +
    `<h4>Density per section</h4><p class="dim">Occurrences in the section (100 × occurrences ÷ its words); the bar is full at 4 %.</p>${sectionTable(r, id, linked)}</section>`
  );
}
