import type { SitePlace } from '../engine/report-types.js';

/**
 * The range a site finding's place stands for in its file, as a check's range: a place without a
 * line is the file's first line, one without ends ends where it starts.
 */
export function placeRange(place: SitePlace): { line: number; column: number; endLine: number; endColumn: number } {
  const line = place.line ?? 1;
  return { line, column: place.column ?? 1, endLine: place.endLine ?? line, endColumn: place.endColumn ?? place.column ?? 1 };
}
