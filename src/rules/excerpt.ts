import type { Document } from '../parse/document.js';
import { excerpt as shownExcerpt } from '../parse/shown.js';

/**
 * The words `[from, to)` as a reader sees them, cut to their first `max` written words, so that a
 * message shows the writer which sentence it means in the words they wrote (parse/shown.ts).
 */
export function excerpt(doc: Document, from: number, to: number, max = 8): string {
  return shownExcerpt(doc, from, to, max);
}

/**
 * A percentage for messages: a whole number, as a writer reads it, or one decimal where the
 * whole number would equal `limit` without the value doing so ("29.7 %: aim for 30 %").
 */
export function percent(part: number, whole: number, limit: number): string {
  const p = whole === 0 ? 0 : (100 * part) / whole;
  return Math.round(p) === limit && p !== limit ? p.toFixed(1) : String(Math.round(p));
}
