/** Rounds to two decimals, as reports show shares, densities and scores. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** `part` as a percentage of `whole`, to two decimals; 0 of nothing is 0. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : round2((100 * part) / whole);
}
