import type { Document } from '../parse/document.js';

/**
 * The source text of `words[from, to)` on one line, cut to its first `max` words, so that a
 * message shows the writer which sentence it means in the words they wrote.
 */
export function excerpt(doc: Document, from: number, to: number, max = 8): string {
  const words = doc.words;
  let end = from;
  let n = 0;
  for (let k = from; k < to; k++) {
    if (words.wordStart(k) && ++n > max) break;
    end = k;
  }
  const text = doc.lines.text.slice(words.starts[from], Math.max(words.starts[from], words.ends[end])).replace(/\s+/g, ' ');
  return `“${text}${end + 1 < to ? '…' : ''}”`;
}

/**
 * A percentage for messages: a whole number, as a writer reads it, or one decimal where the
 * whole number would equal `limit` without the value doing so ("29.7 %: aim for 30 %").
 */
export function percent(part: number, whole: number, limit: number): string {
  const p = whole === 0 ? 0 : (100 * part) / whole;
  return Math.round(p) === limit && p !== limit ? p.toFixed(1) : String(Math.round(p));
}
