import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Formatter } from '../report/types.js';
import { usageError } from './exit.js';

/** Formatters load on demand: a run pays only for the formats it prints. */
const FORMATS: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('../report/stylish.js'),
  json: () => import('../report/json.js'),
  sarif: () => import('../report/sarif.js'),
  github: () => import('../report/github.js'),
  junit: () => import('../report/junit.js'),
  compact: () => import('../report/compact.js'),
  markdown: () => import('../report/markdown.js'),
  gitlab: () => import('../report/gitlab.js'),
  explain: () => import('../report/explain.js'),
  html: () => import('../report/html.js'),
};

/** Formats that show the articles' text: the CLI passes them `sources` (each analysed file's text, normalized). */
const SHOWS_TEXT = new Set(['html']);

/** Whether any output needs the articles' text in FormatOptions.sources. */
export function needsSources(outputs: readonly OutputSpec[]): boolean {
  return outputs.some((o) => SHOWS_TEXT.has(o.format));
}

export const FORMAT_NAMES = Object.keys(FORMATS);

/** One `-f` argument: a format, and the file to write it to (stdout when null). */
export interface OutputSpec {
  format: string;
  path: string | null;
}

export function parseOutputSpec(value: string): OutputSpec {
  const eq = value.indexOf('=');
  const format = (eq === -1 ? value : value.slice(0, eq)).trim();
  const path = eq === -1 ? null : value.slice(eq + 1);
  if (!(format in FORMATS)) throw usageError(`unknown format '${format}' (formats: ${FORMAT_NAMES.join(', ')})`);
  if (path !== null && path.trim() === '') throw usageError(`-f ${format}=: the file name is missing`);
  return { format, path };
}

export async function formatter(name: string): Promise<Formatter> {
  return (await FORMATS[name]()).default;
}

/** Writes a report to a file, creating its folder; returns the reason when it cannot. */
export async function writeReportFile(path: string, text: string): Promise<string | null> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}
