import { resolve } from 'node:path';
import { readArticle, readStream, type Input } from '../read/files.js';
import { checkedText, InputError } from '../read/decode.js';
import type { Outcome } from './analyzer.js';
import type { RunSettings } from './settings.js';

/**
 * One file to analyse: a path on disk (read here), text the caller holds (an editor's unsaved
 * buffer), or a stream (standard input). `path` names it in the report and finds its
 * configuration; relative paths start from the run's folder.
 */
export type FileInput = string | { path: string; text: string } | { path: string; stream: AsyncIterable<Uint8Array | string> };

/** What the per-file stage hands on: the outcome, and the minimum score of its configuration. */
export interface FileOutcome {
  outcome: Outcome;
  minScore: number;
  /** The text analysed (LF, no BOM: what the report's positions count in), when the run keeps it. */
  text?: string;
}

/** The name under which an input is reported. */
export function inputName(input: FileInput): string {
  return typeof input === 'string' ? input : input.path;
}

async function read(input: FileInput, cwd: string, maxBytes: number): Promise<Input> {
  if (typeof input === 'string') return { ...(await readArticle(resolve(cwd, input), { maxBytes })), file: input };
  if ('stream' in input) return readStream(input.stream, input.path, { maxBytes });
  try {
    return { file: input.path, text: checkedText(input.text) };
  } catch (error) {
    return { file: input.path, error: error instanceof InputError ? error.message : String(error) };
  }
}

/**
 * The per-file stage: reads one input and measures and checks it, and with `summaries` makes what
 * the site stage reads of it. A bug met on one file never hides the others.
 */
export async function processFile(settings: RunSettings, input: FileInput, cwd: string, summaries = false, keepText = false): Promise<FileOutcome> {
  const name = inputName(input);
  // Standard input and unsaved buffers take the configuration of the folder they would be in.
  const configKey = typeof input === 'string' || !('stream' in input) ? name : '-';
  const { minScore, maxBytes } = await settings.effective(configKey);
  const text = await read(input, cwd, maxBytes);
  if ('error' in text) return { outcome: { failure: { file: name, passed: false, error: text.error } }, minScore };
  const analyzer = await settings.analyzerFor(configKey);
  try {
    const path = typeof input === 'string' ? resolve(cwd, input) : 'stream' in input ? null : resolve(cwd, input.path);
    return { outcome: analyzer.check(text.text, name, summaries ? { path } : undefined), minScore, ...(keepText ? { text: text.text } : {}) };
  } catch (error) {
    return { outcome: { failure: { file: name, passed: false, error: `internal error: ${(error as Error)?.message ?? String(error)}` } }, minScore };
  }
}
