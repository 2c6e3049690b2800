import type { ChalkInstance } from 'chalk';
import type { FileReport } from '../engine/types.js';
import { renderExplanations } from './explain-render.js';
import { distributionStrips } from './strip.js';

/** What matching adds to the report for people: the distribution strips (unless left out), then any explanation. */
export function matchingSections(r: FileReport, paint: ChalkInstance, columns: number, options: { strips?: boolean } = {}): string[] {
  const parts = options.strips === false ? [] : distributionStrips(r, paint, columns);
  if (r.explain !== undefined && r.explain.length > 0) parts.push(renderExplanations(r.explain, paint, columns));
  return parts;
}
