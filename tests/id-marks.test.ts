import { describe, expect, it } from 'vitest';
import { IdMarks, marksOf } from '../src/util/id-marks.js';
import { Analyzer, type FileReport } from './internal.js';

describe('marks per spelling id, kept with the folder table', () => {
  it('reads -1 for an id never marked, or marked before the last clear', () => {
    const marks = new IdMarks();
    expect(marks.get(0)).toBe(-1);
    marks.set(5, 3);
    marks.set(5000, 1);
    expect([marks.get(5), marks.get(5000), marks.get(6)]).toEqual([3, 1, -1]);
    marks.clear();
    expect([marks.get(5), marks.get(5000)]).toEqual([-1, -1]);
    marks.set(5, 0);
    expect(marks.get(5)).toBe(0);
  });

  it('keeps one set of marks per table and purpose', () => {
    const table = {};
    expect(marksOf(table, 'a')).toBe(marksOf(table, 'a'));
    expect(marksOf(table, 'a')).not.toBe(marksOf(table, 'b'));
    expect(marksOf({}, 'a')).not.toBe(marksOf(table, 'a'));
  });

  it('reads each article of a run as if it came alone', () => {
    // The first article marks "whale" as not wanted; the second wants it.
    const first = '---\nkeyphrase: red fox\n---\nThe red fox saw a whale. The report was written by the team.\n';
    const second = '---\nkeyphrase: blue whale\n---\nA blue whale swam. However, it was seen by nobody.\n';
    const run = new Analyzer({});
    const results = [run.analyze(first, 'a.md'), run.analyze(second, 'b.md')];
    expect(results).toEqual([new Analyzer({}).analyze(first, 'a.md'), new Analyzer({}).analyze(second, 'b.md')]);
    const b = results[1] as FileReport;
    expect(b.keyphrases[0].count).toBe(1);
    expect(b.readability.passiveShare).toBeGreaterThan(0);
  });
});

describe('IdMarks values', () => {
  it('holds any integer ≥ 0 (site summaries keep local ids there), and clear() gives the table back', () => {
    const marks = new IdMarks();
    marks.set(7, 1_000_000);
    marks.set(8, 128);
    expect([marks.get(7), marks.get(8)]).toEqual([1_000_000, 128]);
    expect(marks.clear()).toBe(marks);
    expect(marks.get(7)).toBe(-1);
  });
});
