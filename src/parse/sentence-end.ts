/** Punctuation that closes a sentence and belongs to it ("…relations.”"). */
const CLOSING = new Set(['.', '!', '?', '…', '"', '”', '’', "'", ')', '»', ':', ';', '。', '！', '？']);

/**
 * Where a sentence whose last word ends at offset `end` of `source` ends: past its closing
 * punctuation, at most three characters of it.
 */
export function sentenceEnd(source: string, end: number): number {
  let e = end;
  while (e < source.length && e - end < 3 && CLOSING.has(source[e])) e++;
  return e;
}
