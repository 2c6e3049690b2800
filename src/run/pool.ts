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

export interface PoolOptions<I> {
  /** The worker's module; it calls `serve()`. */
  worker: URL;
  /** Handed to every worker as `workerData` (structured-cloned). */
  workerData: unknown;
  items: readonly I[];
  threads: number;
  /** Items per message: enough that messaging costs little, few enough that threads stay balanced. */
  batch?: number;
}

/**
 * Maps `items` through `threads` workers and returns the results in input order. Workers take the
 * next batch when they finish one, so a slow file does not hold the others up. Rejects on the
 * first worker error, after stopping every worker.
 */
export function runPool<I, O>({ worker, workerData, items, threads, batch }: PoolOptions<I>): Promise<O[]> {
  const size = batch ?? Math.max(1, Math.min(16, Math.ceil(items.length / (threads * 8))));
  const results = new Array<O>(items.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let failed = false;
    const stop = () => {
      for (const w of workers) void w.terminate();
    };
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stop();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const feed = (w: Worker) => {
      if (next >= items.length) return;
      const request: Request<I> = { id: next, items: items.slice(next, next + size) };
      next += request.items.length;
      w.postMessage(request);
    };
    const count = Math.max(1, Math.min(threads, Math.ceil(items.length / size)));
    for (let t = 0; t < count; t++) {
      const w = new Worker(worker, { workerData });
      workers.push(w);
      w.on('message', (answer: Answer<O>) => {
        if (answer.error !== undefined || answer.results === undefined) return fail(new Error(answer.error));
        for (let i = 0; i < answer.results.length; i++) results[answer.id + i] = answer.results[i];
        done += answer.results.length;
        if (done === items.length) {
          stop();
          resolve(results);
        } else feed(w);
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (done < items.length) fail(new Error(`worker stopped with exit code ${code}`));
      });
      feed(w);
    }
    if (items.length === 0) {
      stop();
      resolve(results);
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
