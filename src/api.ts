import { Engine } from './engine/engine.js';
import type { EngineOptions, RuleEntry } from './engine/options.js';
import type { FileResult, RunReport } from './engine/report-types.js';

export type { EngineOptions };

/** Options of `analyze`: what to check one text for. */
export interface AnalyzeOptions {
  /** The file the text is (or will be): names it in the report, gives its slug, finds its configuration. */
  path?: string;
  keyphrases?: string[];
  /** The article's language ("de"), over its front matter's `lang`. */
  lang?: string;
  /** Rule settings, in the configuration's shape: `{"keyphrase-density": ["warning", {"min": 1}]}`. */
  rules?: Record<string, RuleEntry>;
  /** A configuration file to use, or false for none; default: the nearest to `path`. */
  config?: string | false;
  /** The folder `path` and `config` are relative to (default: process.cwd()). */
  cwd?: string;
}

/** A long-lived engine: it keeps configuration and word tables between calls, within fixed bounds. */
export interface SeoCheckEngine {
  /** Analyses one file on disk, or `{path, text}` held in memory (an editor's unsaved buffer). */
  analyze(input: string | { path: string; text: string }): Promise<FileResult>;
  /** Analyses files, folders and glob patterns: the whole report, as `--format json` gives it. */
  analyzeFiles(patterns: ReadonlyArray<string | { path: string; text: string }>): Promise<RunReport>;
  /** Reads the configuration files again on the next call (after they changed). */
  reloadConfiguration(): void;
  /** Lets go of the engine's caches. */
  dispose(): void;
}

/** Analyses one article's text: the same object as one entry of JSON `results[]`. */
export async function analyze(text: string, options: AnalyzeOptions = {}): Promise<FileResult> {
  const { path = 'article.md', ...rest } = options;
  return new Engine(rest).analyze({ path, text });
}

/** Analyses files, folders and glob patterns: the whole JSON report. */
export async function analyzeFiles(patterns: readonly string[], options: EngineOptions = {}): Promise<RunReport> {
  return new Engine(options).analyzeFiles(patterns);
}

/** A long-lived engine for many calls (an editor, a watch, a server). */
export function createEngine(options: EngineOptions = {}): SeoCheckEngine {
  const engine = new Engine(options);
  return {
    analyze: (input) => engine.analyze(input),
    analyzeFiles: (patterns) => engine.analyzeFiles(patterns),
    reloadConfiguration: () => engine.reloadConfiguration(),
    dispose: () => engine.dispose(),
  };
}
