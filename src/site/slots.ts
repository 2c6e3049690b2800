import { resized } from '../util/typed-arrays.js';

/**
 * An integer per spelling id, forgotten all at once by a new generation: an article reads and
 * writes only the spellings it holds, as util/id-marks.ts does for small values, where a Map per
 * article cost a lookup per word.
 */
export class FormSlots {
  private stamps = new Int32Array(0);
  private values = new Int32Array(0);
  private generation = 0;

  /** Forgets every slot. */
  clear(): this {
    this.generation++;
    return this;
  }

  /** The value of `id`, or -1 when unset since the last `clear()`. */
  get(id: number): number {
    return id < this.stamps.length && this.stamps[id] === this.generation ? this.values[id] : -1;
  }

  set(id: number, value: number): void {
    if (id >= this.stamps.length) {
      const size = Math.max(id + 1, this.stamps.length * 2, 1024);
      this.stamps = resized(this.stamps, size);
      this.values = resized(this.values, size);
    }
    this.stamps[id] = this.generation;
    this.values[id] = value;
  }
}
