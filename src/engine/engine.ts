import { resolve } from 'node:path';
import { expandPatterns } from '../files/expand.js';
import type { Checked } from './analyzer.js';
import { processFile, type FileInput, type FileOutcome } from './file-stage.js';
import { runReport, scored, summarize } from './score.js';
import { RunSettings, settingsJson, type Effective } from './settings.js';
import type { EngineOptions, RunOptions } from './options.js';

export type { EngineOptions };
import type { FileResult, RunReport } from './types.js';
import { inWorkers, workerThreads } from './workers.js';

/** What a run over files found besides the report: patterns that matched no file. */
export interface RunResult {
  report: RunReport;
  unmatched: string[];
}

/**
 * The one engine under every front end (the CLI, the API, the language server, the HTML report).
 * It resolves each file's configuration (nearest file, then the article's own front matter),
 * runs the per-file stage (in worker threads for large runs), then the site stage over what the
 * files have in common, then scores. It keeps its configuration and word tables between calls,
 * within fixed bounds, so that a long-lived engine (an editor's) stays fast and small.
 */
export class Engine {
  private settings: RunSettings;
  private readonly cwd: string;

  constructor(private readonly options: EngineOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.settings = new RunSettings({ ...options, cwd: this.cwd });
  }

  /** Analyses one file: a path to read, or `{path, text}` for text the caller holds (unsaved). */
  async analyze(input: FileInput): Promise<FileResult> {
    const [result] = (await this.run([input])).results;
    return result;
  }

  /** Analyses files, folders and glob patterns (and `{path, text}` buffers): the whole report. */
  async analyzeFiles(patterns: readonly FileInput[]): Promise<RunReport> {
    return (await this.runFiles(patterns)).report;
  }

  /**
   * `analyzeFiles`, and the patterns that matched no file. The files the patterns name come in
   * their order, then the buffers; `-` is standard input (the `stdin` option).
   */
  async runFiles(patterns: readonly FileInput[]): Promise<RunResult> {
    const here = await this.settings.effective(resolve(this.cwd, 'here.md'));
    const named = patterns.filter((p): p is string => typeof p === 'string');
    const { files, unmatched, ignored } = await expandPatterns(named, { cwd: this.cwd, ignores: here.ignores });
    const stdin = this.options.stdin;
    const inputs: FileInput[] = files.map((f) => (f === '-' && stdin !== undefined ? { path: '<stdin>', stream: stdin } : f));
    for (const p of patterns) if (typeof p !== 'string') inputs.push(p);
    return { report: await this.run(inputs, here.maxWarnings, { ignored, unmatched }), unmatched };
  }

  /** The settings that apply to `file`, as `--print-config` shows them. */
  async settingsFor(file: string): Promise<Effective> {
    return this.settings.effective(resolve(this.cwd, file));
  }

  /** The settings of `file` as plain JSON. */
  async settingsJsonFor(file: string): Promise<Record<string, unknown>> {
    return settingsJson(await this.settingsFor(file));
  }

  /** Forgets the configuration files read, so that the next analysis reads them again. */
  reloadConfiguration(): void {
    this.settings.forget();
  }

  /** Lets go of every cache; the engine can still be used, and starts afresh. */
  dispose(): void {
    this.settings = new RunSettings({ ...this.options, cwd: this.cwd });
  }

  private async run(inputs: readonly FileInput[], maxWarnings = -1, found?: { ignored: number; unmatched: string[] }): Promise<RunReport> {
    const outcomes = await this.perFile(inputs);
    // The site stage goes here: it reads every file's summary and may add findings.
    const results: FileResult[] = outcomes.map(({ outcome, minScore }) => ('failure' in outcome ? outcome.failure : scored(outcome as Checked, minScore)));
    return runReport(results, summarize(results, outcomes.map((o) => o.minScore), maxWarnings, found));
  }

  private async perFile(inputs: readonly FileInput[]): Promise<FileOutcome[]> {
    const local = (input: FileInput) => processFile(this.settings, input, this.cwd);
    const paths = inputs.every((i): i is string => typeof i === 'string') ? inputs : null;
    const threads = paths === null ? 0 : workerThreads(paths.length, this.options.env ?? process.env);
    if (paths !== null && threads > 0) {
      const pooled = await inWorkers(paths, { options: this.workerOptions(), cwd: this.cwd }, threads, local);
      if (pooled !== null) return pooled;
    }
    const out: FileOutcome[] = [];
    for (const input of inputs) out.push(await local(input));
    return out;
  }

  /** The options a worker can be given: plain data, without the environment. */
  private workerOptions(): RunOptions {
    const { env: _env, stdin: _stdin, ...rest } = this.options;
    return rest;
  }
}
