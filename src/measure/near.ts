/**
 * Near matches: places where every content word of a keyphrase stands in one sentence, close
 * together, but not as the phrase ("Trump and Putin's meeting" for "Trump Putin meeting").
 */

/** A unit of a sentence that is one of the keyphrase's content words (`slot`), or a barrier. */
export interface Hit {
  /** Unit index. */
  at: number;
  /** Index of the distinct content word it is; -1 for an exact occurrence, which no window crosses. */
  slot: number;
}

/** Default window: how many other words may stand among the keyphrase's content words. */
export const DEFAULT_NEAR_WINDOW = 4;

/**
 * Finds, left to right and without overlap, the smallest stretches of `hits` (one sentence, in
 * order) that hold every slot `need[slot]` times and span at most `total + window` units, where
 * `total` is the number of content words. Linear in the number of hits.
 */
export function nearWindows(hits: readonly Hit[], need: readonly number[], window: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const slots = need.length;
  let total = 0;
  for (const n of need) total += n;
  const counts = new Array<number>(slots).fill(0);
  let have = 0;
  let l = 0;
  const reset = (at: number) => {
    counts.fill(0);
    have = 0;
    l = at;
  };
  for (let r = 0; r < hits.length; r++) {
    const h = hits[r];
    if (h.slot < 0) {
      reset(r + 1);
      continue;
    }
    if (++counts[h.slot] === need[h.slot]) have++;
    while (have === slots && l <= r) {
      const left = hits[l];
      if (counts[left.slot] > need[left.slot]) {
        counts[left.slot]--;
        l++;
        continue;
      }
      if (h.at - left.at + 1 - total <= window) {
        found.push([left.at, h.at]);
        reset(r + 1);
        break;
      }
      counts[left.slot]--;
      have--;
      l++;
    }
  }
  return found;
}
