import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { resolve } from 'node:path';
import type { Formatter, FormatOptions, RunReport } from '../report/types.js';
import { quietReport } from './thresholds.js';
import { printable } from '../report/escape.js';
import { useColor, writeAll, type CliIO } from './io.js';
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
  summary: () => import('../report/summary.js'),
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

/** The width reports fit: `COLUMNS`, else the terminal's, else 80 (a pipe, a file, a CI log). */
export function columnsOf(io: CliIO): number {
  const given = Number(io.env.COLUMNS);
  if (Number.isInteger(given) && given > 0) return given;
  if (io.stdout.isTTY === true && io.stdout.columns !== undefined && io.stdout.columns > 0) return io.stdout.columns;
  return 80;
}

/** Writes each requested format; returns what went wrong writing report files. */
/** How the CLI asked for its reports: colour, `--quiet`, and what the formats may read besides the report. */
export interface OutputSettings {
  color?: boolean;
  quiet?: boolean;
  errorOnUnmatchedPattern?: boolean;
  /** The articles' texts, for formats that show them (html). */
  sources?: ReadonlyMap<string, string>;
  baseline?: FormatOptions['baseline'];
}

/** Formats that show counts with the problems they list: with --quiet they hide warnings themselves. */
const COUNTING = new Set(['stylish', 'summary']);

export async function writeOutputs(report: RunReport, outputs: OutputSpec[], settings: OutputSettings, io: CliIO, cwd: string): Promise<string[]> {
  const problems: string[] = [];
  for (const o of outputs) {
    const format = await formatter(o.format);
    const color = o.path === null && COUNTING.has(o.format) && useColor(settings.color, io.stdout, io.env);
    const quiet = settings.quiet === true;
    // The other formats list problems only: --quiet leaves the errors in them.
    const shown = quiet && !COUNTING.has(o.format) ? quietReport(report) : report;
    const text = format(shown, {
      color,
      columns: columnsOf(io),
      quiet,
      errorOnUnmatchedPattern: settings.errorOnUnmatchedPattern ?? true,
      ...(settings.sources === undefined ? {} : { sources: settings.sources }),
      ...(settings.baseline === undefined ? {} : { baseline: settings.baseline }),
    });
    if (o.path === null) {
      await writeAll(io.stdout, text);
      continue;
    }
    const why = await writeReportFile(resolve(cwd, o.path), text);
    if (why !== null) problems.push(`cannot write the ${o.format} report to ${printable(o.path)} (${why})`);
  }
  return problems;
}
