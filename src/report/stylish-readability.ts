import type { ChalkInstance } from 'chalk';
import type { FileReport } from '../engine/types.js';
import { band, flesch } from '../languages/reading-ease.js';
import { printable } from './escape.js';
import { flow } from './wrap.js';

const LABEL = 13;

/** Lays `items` out after a label, joined by " · " and wrapped to `columns` under the first item. */
function line(label: string, items: string[], paint: ChalkInstance, columns: number): string {
  const lines = flow(items, columns, { first: label.padEnd(LABEL), indent: ' '.repeat(LABEL), separator: ' · ' });
  return lines.map((l, i) => (i === 0 ? paint.bold(l.slice(0, LABEL)) + l.slice(LABEL) : l)).join('\n');
}

function fixed(n: number | null): string {
  return n === null ? '—' : n.toFixed(1);
}

/** A share as the checks word it: one decimal, so 29.7 % never reads as the 30 % it misses. */
function shareText(n: number | null): string {
  return n === null ? '—' : `${n.toFixed(1).replace(/\.0$/, '')} %`;
}

function longest<T extends { words: number }>(list: readonly T[]): T | undefined {
  return list.reduce<T | undefined>((a, b) => (a === undefined || b.words > a.words ? b : a), undefined);
}

/** A compact readability section for one file: scores, structure, links and images. */
export function readabilitySection(r: FileReport, paint: ChalkInstance, columns: number): string {
  const x = r.readability;
  const ease = x.fleschReadingEase;
  const scores =
    ease === null
      ? ['no text to score']
      : [
          `Flesch reading ease ${fixed(ease)} (${band(flesch, ease)})`,
          `Flesch–Kincaid grade ${fixed(x.fleschKincaidGrade)}`,
          `Gunning fog ${fixed(x.gunningFog)}`,
          `SMOG ${fixed(x.smog)}`,
          `Coleman–Liau ${fixed(x.colemanLiau)}`,
          `ARI ${fixed(x.ari)}`,
          `${x.readingTimeMinutes} min read`,
        ];
  const paragraph = longest(x.paragraphs);
  const section = longest(x.sections);
  const runs = x.repeatedBeginnings;
  const structure = [
    `sentences ${x.sentences.mean.toFixed(1)} words on average, ${shareText(x.sentences.over20Share)} over 20`,
    paragraph === undefined ? 'no paragraphs' : `longest paragraph ${paragraph.words} words (line ${paragraph.line})`,
    section === undefined ? 'no sections' : `longest section ${section.words} words (line ${section.line})`,
    `passive ${shareText(x.passiveShare)}`,
    `transitions ${shareText(x.transitionShare)}`,
    runs === null
      ? 'beginnings not judged'
      : runs.length === 0
      ? 'no repeated beginnings'
      : `repeated beginnings: ${runs.map((b) => `${b.sentences}× “${printable(b.beginning)}” (line ${b.line})`).join(', ')}`,
  ];
  const { images } = x;
  const links = [
    `${x.links.internal} internal`,
    `${x.links.external} external`,
    images.total === 0 ? 'no images' : `${images.total} image${images.total === 1 ? '' : 's'}, ${images.missingAlt} without alt text`,
  ];
  if (images.keyphraseInAlt.length > 0) links.push(`alt text holds ${images.keyphraseInAlt.map((p) => `“${printable(p)}”`).join(', ')}`);
  return [line('Readability', scores, paint, columns), line('Structure', structure, paint, columns), line('Links', links, paint, columns)].join('\n');
}
