import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FileOutcome } from './file-stage.js';
import type { RunOptions } from './settings.js';
import { MIN_FILES_FOR_WORKERS } from './worker-threshold.js';

/** What a worker needs to rebuild the run's settings: plain data, structured-cloned. */
export interface WorkerSetup {
  options: RunOptions;
  cwd: string;
  /** Make each file's site summary too. */
  summaries?: boolean;
  /** Give each file's text back. */
  keepText?: boolean;
}

export { MIN_FILES_FOR_WORKERS };

/** The worker's module, beside this one (made when first needed: a URL costs a run's start ~1 ms). */
const workerUrl = () => new URL('./worker.js', import.meta.url);

/**
 * How many worker threads to start for `files`, besides this thread: 0 for this thread alone.
 * Cores that other programs keep busy (the load average) do not count: on a busy machine two
 * threads were 30–50 % slower than one at every run size (16 to 128 files). One idle core is left
 * to V8, which compiles hot code and collects garbage on threads of its own while a short run is
 * still warming up: on two idle cores the 316-article corpus took 1.98 s in two threads and
 * 1.63 s in one. SEO_CHECK_THREADS sets the number of threads outright (1 turns workers off).
 */
export function workerThreads(files: number, env: Record<string, string | undefined>): number {
  const wanted = env.SEO_CHECK_THREADS === undefined ? threadsForIdleCores() : Number(env.SEO_CHECK_THREADS);
  if (!Number.isInteger(wanted) || wanted < 2 || files < MIN_FILES_FOR_WORKERS) return 0;
  // Run from TypeScript sources (tests), the worker has no compiled module to load.
  const worker = workerUrl();
  if (worker.protocol !== 'file:' || !existsSync(fileURLToPath(worker))) return 0;
  // This thread is one of the `wanted`.
  return wanted - 1;
}

/** Threads for the cores not kept busy by other programs over the last minute, one left to V8. */
function threadsForIdleCores(): number {
  const cores = availableParallelism();
  return Math.max(1, Math.min(cores, Math.round(cores - loadavg()[0] + 1)) - 1);
}

/**
 * Runs the per-file stage for `files` in `threads` worker threads, and in this thread too when
 * given `local`;
 * results in input order. Resolves to null when something failed (a configuration error, say),
 * so that the caller runs the files in its own thread and reports the problem as it always does.
 */
export async function inWorkers(
  files: readonly string[],
  setup: WorkerSetup,
  threads: number,
  local?: (file: string) => Promise<FileOutcome>,
  onProgress?: (done: number) => void,
): Promise<FileOutcome[] | null> {
  try {
    // Loaded here, so that runs of a few files never load worker_threads (~3 ms of start-up).
    const { runPool } = await import('./pool.js');
    return await runPool<string, FileOutcome>({ worker: workerUrl(), workerData: setup, items: files, threads, local, onProgress });
  } catch {
    return null;
  }
}
