import { parentPort, Worker } from 'node:worker_threads';

/** A batch of items sent to a worker, and the worker's answer to it. */
interface Request<I> {
  id: number;
  items: I[];
}
interface Answer<O> {
  id: number;
  results?: O[];
  error?: string;
}

export interface PoolOptions<I, O> {
  /** The worker's module; it calls `serve()`. */
  worker: URL;
  /** Handed to every worker as `workerData` (structured-cloned). */
  workerData: unknown;
  items: readonly I[];
  /** Worker threads to start. */
  threads: number;
  /**
   * The same work done in this thread, which then takes batches too: its modules are loaded and
   * its code already compiled, so on two cores one worker plus this thread beats two workers.
   */
  local?: (item: I) => O | Promise<O>;
  /** Items per message: enough that messaging costs little, few enough that threads stay balanced. */
  batch?: number;
  /** Called with the number of items done, as batches come back. */
  onProgress?: (done: number) => void;
}

/**
 * Maps `items` through worker threads (and this thread, given `local`) and returns the results in
 * input order. Each thread takes the next batch when it finishes one, so a slow file does not
 * hold the others up; a worker holds two batches, so it never waits while this thread works.
 * Rejects on the first error, after stopping every worker.
 */
export function runPool<I, O>({ worker, workerData, items, threads, local, batch, onProgress }: PoolOptions<I, O>): Promise<O[]> {
  const lanes = threads + (local === undefined ? 0 : 1);
  const size = batch ?? Math.max(1, Math.min(16, Math.ceil(items.length / (lanes * 8))));
  const results = new Array<O>(items.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = false;
    const stop = () => {
      finished = true;
      for (const w of workers) void w.terminate();
    };
    const fail = (error: unknown) => {
      if (finished) return;
      stop();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const take = (): Request<I> | undefined => {
      if (next >= items.length) return undefined;
      const request: Request<I> = { id: next, items: items.slice(next, next + size) };
      next += request.items.length;
      return request;
    };
    const store = (id: number, answers: O[]) => {
      for (let i = 0; i < answers.length; i++) results[id + i] = answers[i];
      done += answers.length;
      onProgress?.(done);
      if (done === items.length && !finished) {
        stop();
        resolve(results);
      }
    };
    const feed = (w: Worker) => {
      const request = take();
      if (request !== undefined) w.postMessage(request);
    };
    const count = Math.max(0, Math.min(threads, Math.ceil(items.length / size) - (local === undefined ? 0 : 1)));
    for (let t = 0; t < count; t++) {
      const w = new Worker(worker, { workerData });
      workers.push(w);
      w.on('message', (answer: Answer<O>) => {
        if (answer.error !== undefined || answer.results === undefined) return fail(new Error(answer.error));
        store(answer.id, answer.results);
        feed(w);
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (done < items.length) fail(new Error(`worker stopped with exit code ${code}`));
      });
      feed(w);
      feed(w);
    }
    if (items.length === 0) {
      stop();
      resolve(results);
    }
    if (local !== undefined) {
      void (async () => {
        for (let request = take(); request !== undefined && !finished; request = take()) {
          const answers: O[] = [];
          for (const item of request.items) answers.push(await local(item));
          store(request.id, answers);
          // Let the workers' answers in, so that they get their next batches.
          await new Promise((r) => setImmediate(r));
        }
      })().catch(fail);
    }
  });
}

/** The worker's side of `runPool`: answers each batch with `handle` applied to its items in order. */
export function serve<I, O>(handle: (item: I) => O | Promise<O>): void {
  const port = parentPort;
  if (port === null) throw new Error('serve() runs in a worker thread');
  port.on('message', async ({ id, items }: Request<I>) => {
    try {
      const results: O[] = [];
      for (const item of items) results.push(await handle(item));
      port.postMessage({ id, results } satisfies Answer<O>);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Answer<O>);
    }
  });
}
