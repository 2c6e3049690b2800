import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../analyze.js';
import type { CliOptions } from '../cli/program.js';
import type { RunSettings } from '../cli/settings.js';
import { readArticle, type Input } from '../read/files.js';

/** One file's result, and the score it had to reach (its configuration's). */
export interface FileOutcome {
  result: FileResult;
  minScore: number;
}

/** Analyses what was read of `file` (a named file, or `-` for stdin); what could not be read becomes a result with an error. */
export async function analyzeInput(input: Input, file: string, settings: RunSettings): Promise<FileOutcome> {
  const { minScore } = await settings.effective(file);
  if ('error' in input) return { result: { file: input.file, passed: false, error: input.error }, minScore };
  const analyzer = await settings.analyzerFor(file);
  try {
    return { result: analyzer.analyze(input.text, input.file), minScore };
  } catch (error) {
    // A bug met on one article must not hide the results of the others.
    return { result: { file: input.file, passed: false, error: `internal error: ${(error as Error)?.message ?? String(error)}` }, minScore };
  }
}

/** Reads and analyses one named file (not stdin). */
export async function analyzeFile(file: string, cwd: string, settings: RunSettings, maxBytes: number): Promise<FileOutcome> {
  return analyzeInput({ ...(await readArticle(resolve(cwd, file), { maxBytes })), file }, file, settings);
}

/** What a worker needs to rebuild the run's settings: plain data, structured-cloned. */
export interface WorkerSetup {
  options: CliOptions;
  cwd: string;
  maxBytes: number;
}

/**
 * Below this many files one thread is about as fast: a worker takes ~100 ms to load the bundle
 * and then compiles the analysis anew (its first files cost ~12 ms each, later ones ~4 ms), so
 * it must take over more work than that costs: break-even on two idle cores, estimated from those
 * figures, at 20–45 files.
 */
export const MIN_FILES_FOR_WORKERS = 48;

const WORKER = new URL('./analyze-worker.js', import.meta.url);

/**
 * How many worker threads to start for `files`, besides this thread: 0 for this thread alone.
 * Cores that other programs keep busy (the load average) do not count: on a busy machine two
 * threads were 30–50 % slower than one at every run size (16 to 128 files). One idle core is left
 * to V8, which compiles hot code and collects garbage on threads of its own while a short run is
 * still warming up: on two idle cores the 316-article corpus took 1.98 s in two threads and
 * 1.63 s in one. SEO_CHECK_THREADS sets the number of threads outright (1 turns workers off).
 * Standard input is read in this thread only.
 */
export function workerThreads(files: readonly string[], env: Record<string, string | undefined>): number {
  const wanted = env.SEO_CHECK_THREADS === undefined ? threadsForIdleCores() : Number(env.SEO_CHECK_THREADS);
  if (!Number.isInteger(wanted) || wanted < 2 || files.length < MIN_FILES_FOR_WORKERS || files.includes('-')) return 0;
  // Run from TypeScript sources (tests), the worker has no compiled module to load.
  if (WORKER.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER))) return 0;
  // This thread is one of the `wanted`.
  return wanted - 1;
}

/** Threads for the cores not kept busy by other programs over the last minute, one left to V8. */
function threadsForIdleCores(): number {
  const cores = availableParallelism();
  return Math.max(1, Math.min(cores, Math.round(cores - loadavg()[0] + 1)) - 1);
}

/**
 * Analyses `files` in `threads` worker threads, and in this thread too when given its `settings`;
 * results in input order. Resolves to null when something failed (a configuration error, say), so
 * that the caller runs the files in its own thread and reports the problem as it always does.
 */
export async function analyzeInWorkers(
  files: readonly string[],
  setup: WorkerSetup,
  threads: number,
  settings?: RunSettings,
): Promise<FileOutcome[] | null> {
  const local = settings === undefined ? undefined : (file: string) => analyzeFile(file, setup.cwd, settings, setup.maxBytes);
  try {
    // Loaded here, so that runs of a few files never load worker_threads (~3 ms of start-up).
    const { runPool } = await import('./pool.js');
    return await runPool<string, FileOutcome>({ worker: WORKER, workerData: setup, items: files, threads, local });
  } catch {
    return null;
  }
}
