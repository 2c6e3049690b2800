/** A worker thread of a many-file run: analyses the files `runPool` sends it (see files.ts). */
import { workerData } from 'node:worker_threads';
import { RunSettings } from '../cli/settings.js';
import { analyzeFile, type WorkerSetup } from './files.js';
import { serve } from './pool.js';

const { options, cwd, maxBytes } = workerData as WorkerSetup;
const settings = new RunSettings(options, cwd);
serve((file: string) => analyzeFile(file, cwd, settings, maxBytes));
