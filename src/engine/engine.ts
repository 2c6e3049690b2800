import { resolve } from 'node:path';
import { expandPatterns } from '../files/expand.js';
import type { Checked } from './types.js';
import type { SiteSummary } from '../site/types.js';
import { inShard, siteRuleEntries } from './shard.js';
import { processFile, type FileInput, type FileOutcome } from './file-stage.js';
import { runReport, scored, summarize } from './score.js';
import { RunSettings, settingsJson, type Effective } from './settings.js';
import type { EngineOptions, RunOptions } from './options.js';

export type { EngineOptions };
import type { FileResult, RunReport } from './types.js';
import { MIN_FILES_FOR_WORKERS } from './worker-threshold.js';

/** What a run over files found besides the report: patterns that matched no file, and the texts kept. */
export interface RunResult {
  report: RunReport;
  unmatched: string[];
  /** Each file's text by its name in the report (with `keepSources`). */
  sources: Map<string, string>;
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
    const shard = this.options.shard;
    const mine = shard === undefined ? files : files.filter((f) => inShard(f, shard));
    const inputs: FileInput[] = mine.map((f) => (f === '-' && stdin !== undefined ? { path: '<stdin>', stream: stdin } : f));
    for (const p of patterns) if (typeof p !== 'string') inputs.push(p);
    const sources = new Map<string, string>();
    return { report: await this.run(inputs, here.maxWarnings, { ignored, unmatched }, sources), unmatched, sources };
  }

  /**
   * What the site stage reads of each file the patterns name (its summary), for suggestions
   * against a folder (`seo-check suggest`); files that cannot be read are left out.
   */
  async summaries(patterns: readonly string[]): Promise<SiteSummary[]> {
    const here = await this.settings.effective(resolve(this.cwd, 'here.md'));
    const { files } = await expandPatterns([...patterns], { cwd: this.cwd, ignores: here.ignores });
    const outcomes = await this.perFile(files, true);
    return outcomes.flatMap(({ outcome }) => ('summary' in outcome && outcome.summary !== undefined ? [outcome.summary] : []));
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

  /**
   * The stages of a run: each file on its own (in worker threads for many), then, for a run of
   * several files, the site stage over what they have in common, then the scores and the summary.
   */
  private async run(inputs: readonly FileInput[], maxWarnings = -1, found?: { ignored: number; unmatched: string[] }, sources?: Map<string, string>): Promise<RunReport> {
    const { shard } = this.options;
    // A shard makes the summaries and leaves the site stage to the merge, which sees every file.
    const site = shard !== undefined || inputs.length > 1;
    const outcomes = await this.perFile(inputs, site);
    if (sources !== undefined) for (const o of outcomes) if (o.text !== undefined) sources.set('failure' in o.outcome ? o.outcome.failure.file : o.outcome.report.file, o.text);
    const checked = outcomes.map((o) => o.outcome).filter((o): o is Checked => !('failure' in o));
    const rules = (await this.settings.effective(resolve(this.cwd, 'here.md'))).rules;
    // Only a run of several files has a site stage: a run of one never loads it.
    const findings = site && shard === undefined ? (await import('./site-stage.js')).siteStage(checked, rules) : null;
    const results: FileResult[] = outcomes.map(({ outcome, minScore }) => ('failure' in outcome ? outcome.failure : scored(outcome, minScore)));
    const summary = summarize(results, outcomes.map((o) => o.minScore), maxWarnings, found, findings ?? []);
    const report: RunReport = { ...runReport(results, summary), ...(findings === null ? {} : { site: { findings } }) };
    if (shard !== undefined) {
      report.shard = { ...shard, maxWarnings, siteRules: siteRuleEntries(rules), summaries: checked.flatMap((c) => (c.summary === undefined ? [] : [c.summary])) };
    }
    return report;
  }

  private async perFile(inputs: readonly FileInput[], summaries: boolean): Promise<FileOutcome[]> {
    const keepText = this.options.keepSources === true;
    const local = (input: FileInput) => processFile(this.settings, input, this.cwd, summaries, keepText);
    const paths = inputs.every((i): i is string => typeof i === 'string') ? inputs : null;
    // A run of fewer files never has workers: it loads neither the pool nor node:os.
    const workers = paths !== null && paths.length >= MIN_FILES_FOR_WORKERS ? await import('./workers.js') : null;
    const threads = paths === null || workers === null ? 0 : workers.workerThreads(paths.length, this.options.env ?? process.env);
    if (paths !== null && workers !== null && threads > 0) {
      const { inWorkers } = workers;
      const progress = this.options.onProgress;
      const pooled = await inWorkers(paths, { options: this.workerOptions(), cwd: this.cwd, summaries, keepText }, threads, local, progress && ((done) => progress(done, paths.length)));
      if (pooled !== null) return pooled;
    }
    const out: FileOutcome[] = [];
    for (const input of inputs) {
      out.push(await local(input));
      this.options.onProgress?.(out.length, inputs.length);
    }
    return out;
  }

  /** The options a worker can be given: plain data, without the environment. */
  private workerOptions(): RunOptions {
    const { env: _env, stdin: _stdin, onProgress: _progress, ...rest } = this.options;
    return rest;
  }
}
