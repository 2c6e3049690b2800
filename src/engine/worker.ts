/** A worker thread of a many-file run: the per-file stage for the files `runPool` sends it. */
import { workerData } from 'node:worker_threads';
import { processFile } from './file-stage.js';
import { serve } from './pool.js';
import { RunSettings } from './settings.js';
import type { WorkerSetup } from './workers.js';

const { options, cwd, summaries, keepText } = workerData as WorkerSetup;
const settings = new RunSettings({ ...options, cwd });
serve((file: string) => processFile(settings, file, cwd, summaries === true, keepText === true));
