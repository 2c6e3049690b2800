import { resized } from './typed-arrays.js';

/**
 * An integer (≥ 0) per spelling id of a folder's table (text/fold.ts), kept with the table
 * itself, so that a document reads and marks only the spellings it holds: a table as large as the
 * run's vocabulary, allocated and filled for every document, made each file of a long run cost
 * more than the one before (a 6-word article after 4 million spellings: 1.2 ms instead of 55 µs).
 */
export class IdMarks {
  private stamps = new Int32Array(0);
  private values = new Int32Array(0);
  /** Marks set before the last `clear()` have an older stamp, and read as unset. */
  private generation = 1;

  /** Forgets every mark at once. */
  clear(): this {
    this.generation++;
    return this;
  }

  /** The mark of `id`, or -1. */
  get(id: number): number {
    return id < this.stamps.length && this.stamps[id] === this.generation ? this.values[id] : -1;
  }

  set(id: number, value: number): void {
    if (id >= this.stamps.length) this.grow(id + 1);
    this.stamps[id] = this.generation;
    this.values[id] = value;
  }

  private grow(size: number): void {
    const length = Math.max(size, this.stamps.length * 2, 1024);
    this.stamps = resized(this.stamps, length);
    this.values = resized(this.values, length);
  }
}

const BY_TABLE = new WeakMap<object, Map<string, IdMarks>>();

/** The marks kept for `purpose` with the folder table `table` (a Words' `forms`). */
export function marksOf(table: object, purpose: string): IdMarks {
  let byPurpose = BY_TABLE.get(table);
  if (byPurpose === undefined) {
    byPurpose = new Map();
    BY_TABLE.set(table, byPurpose);
  }
  let marks = byPurpose.get(purpose);
  if (marks === undefined) {
    marks = new IdMarks();
    byPurpose.set(purpose, marks);
  }
  return marks;
}
