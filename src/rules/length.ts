import { snippetFit } from '../measure/snippet-width.js';
import { count } from './options.js';
import type { Level, Outcome } from './types.js';

/** A result page's font size for a part of the snippet. */
export interface SnippetPart {
  name: 'title' | 'description';
  sizePx: number;
}

/** The options of a rule that wants a snippet part at least `min` characters and at most `maxPixels` wide. */
export function lengthOptions(min: number, maxPixels: number, part: SnippetPart) {
  return {
    min: count(min, `Fewer characters than this is a warning: too little ${part.name} to inform.`, { integer: true }),
    maxPixels: count(maxPixels, `Wider than this many pixels at ${part.sizePx} px Arial is a warning: a desktop result page cuts the ${part.name} there.`, { integer: true, minimum: 1 }),
  };
}

/** The messages of a length rule for a part of the snippet. */
export function lengthMessages(part: SnippetPart): Record<string, string> {
  const { name } = part;
  return {
    missing: `There is no ${name}: write one of at least {{min}} characters that fits {{maxPixels}} px`,
    tooShort: `The ${name} has {{chars}} {{chars|character|characters}} ({{px}} px): make it at least {{min}}`,
    tooWide: `The ${name} is {{px}} px wide ({{chars}} {{chars|character|characters}}): a result page shows {{maxPixels}} px and cuts it after “{{cutAfter}}”`,
    fits: `The ${name} is {{px}} px wide ({{chars}} {{chars|character|characters}}), within {{maxPixels}} px and at least {{min}} characters`,
  };
}

/**
 * The outcome of a rule that wants a snippet part long enough to inform and narrow enough that
 * a desktop result page shows it whole, measured in pixels as the page sets it
 * (measure/snippet-width.ts).
 */
export function lengthOutcome(value: string | null, line: number, min: number, maxPixels: number, part: SnippetPart, missing: Level): Outcome {
  const at = { line };
  if (value === null) return { passed: false, level: missing, messageId: 'missing', data: { min, maxPixels }, at };
  const fit = snippetFit(value, part.sizePx, maxPixels);
  const data = { chars: fit.chars, px: fit.px, min, maxPixels };
  if (!fit.fits) return { passed: false, level: 'warning', messageId: 'tooWide', data: { ...data, cutAfter: fit.cutAfter ?? '' }, at };
  if (fit.chars < min) return { passed: false, level: 'warning', messageId: 'tooShort', data, at };
  return { passed: true, messageId: 'fits', data, at };
}
