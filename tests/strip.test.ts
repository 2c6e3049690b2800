import fc from 'fast-check';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { distributionStrips, kindsOf, SYNONYM, WORDS, WRITTEN } from '../src/report/strip.js';
import { displayWidth } from '../src/report/width.js';
import type { FileReport } from './internal.js';
import { runReport, SEED } from './stylish-helpers.js';

const plain = new Chalk({ level: 0 });

/** A file report with one keyphrase found at these shares of the way through the text. */
function article(found: { positions: number[]; synonymPositions: number[]; sentencePositions: number[]; sections: number[] }, phrase = 'sourdough starter'): FileReport {
  const sections = [0, ...found.sections].map((position, i) => ({ heading: i === 0 ? null : `H${i}`, line: i + 1, position, sentences: 1, sentencesWith: 0, occurrences: 0 }));
  const distribution = { sentences: 40, sentencesWith: found.sentencePositions.length, ...found, sections, longestGap: { sentences: 3, share: 0.075, fromLine: 1, toLine: 2 } };
  return { keyphrases: [{ phrase, distribution }] } as unknown as FileReport;
}

/** The cells between ▕ and ▏ of the strip of `label`: on its line, or on the next in a narrow layout. */
function cells(text: string, label: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(label));
  const line = lines.slice(at).find((l) => l.includes('▕'))!;
  return [...line.slice(line.indexOf('▕') + 1, line.indexOf('▏'))];
}

const share = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

describe('the distribution strip', () => {
  it('draws every section start of the seed, at 60, 80 and 120 columns', async () => {
    const { report } = await runReport(SEED);
    const r = report.results[0] as FileReport;
    expect(r.keyphrases[0].distribution.sections).toHaveLength(7);
    for (const columns of [60, 80, 120]) {
      const [strip] = distributionStrips(r, plain, columns);
      const ruler = cells(strip, 'sections');
      // Two sections that start in one cell are drawn ‖.
      expect(ruler.filter((c) => c === '|').length + 2 * ruler.filter((c) => c === '‖').length, `${columns} columns`).toBe(6);
      for (const l of strip.split('\n')) expect(displayWidth(l), l).toBeLessThanOrEqual(columns);
    }
  });

  it('draws a synonym as ◆, not as the ● of "as written", and the legend says so', () => {
    const [strip] = distributionStrips(article({ positions: [], synonymPositions: [0.5], sentencePositions: [], sections: [] }), plain, 100);
    expect(cells(strip, 'sourdough starter').filter((c) => c !== '·')).toEqual(['◆']);
    expect(strip).toContain('◆ a synonym');
    expect(strip).not.toContain('●');
  });

  it('uses a combined mark when two finds share a cell, and explains only the marks drawn', () => {
    const [strip] = distributionStrips(article({ positions: [0.5], synonymPositions: [0.5], sentencePositions: [0.9], sections: [0.2] }), plain, 100);
    expect(cells(strip, 'sourdough starter').filter((c) => c !== '·')).toEqual(['◐', '○']);
    expect(strip.split('\n').slice(-2).join('  ')).toBe('● as written  ◆ a synonym  ○ a sentence with all its words  ◐ ● and ◆ in one cell  | a section starts');
  });

  it('never lets one find hide another, at any width', () => {
    fc.assert(
      fc.property(
        fc.record({ positions: fc.array(share, { maxLength: 6 }), synonymPositions: fc.array(share, { maxLength: 6 }), sentencePositions: fc.array(share, { maxLength: 6 }), sections: fc.array(share, { maxLength: 6 }) }),
        fc.integer({ min: 40, max: 200 }),
        (found, columns) => {
          const [strip] = distributionStrips(article(found), plain, columns);
          for (const l of strip.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(columns);
          const row = cells(strip, 'sourdough starter');
          const at = (p: number) => Math.min(row.length - 1, Math.floor(p * row.length));
          for (const p of found.positions) expect(kindsOf(row[at(p)]) & WRITTEN).toBe(WRITTEN);
          for (const p of found.synonymPositions) expect(kindsOf(row[at(p)]) & SYNONYM).toBe(SYNONYM);
          for (const p of found.sentencePositions) expect(kindsOf(row[at(p)]) & WORDS).toBe(WORDS);
          // And nothing is drawn where nothing was found.
          const filled = new Set([...found.positions, ...found.synonymPositions, ...found.sentencePositions].map(at));
          row.forEach((c, i) => expect(c === '·').toBe(!filled.has(i)));
          if (found.sections.length > 0) {
            const ruler = cells(strip, 'sections');
            expect(ruler).toHaveLength(row.length);
            const starts = new Map<number, number>();
            for (const p of found.sections) starts.set(at(p), (starts.get(at(p)) ?? 0) + 1);
            ruler.forEach((c, i) => expect(c).toBe(starts.get(i) === undefined ? ' ' : starts.get(i) === 1 ? '|' : '‖'));
          } else expect(strip).not.toContain('sections');
        },
      ),
      { numRuns: 300 },
    );
  });
});
