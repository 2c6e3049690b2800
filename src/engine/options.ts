/**
 * What callers of the engine set: plain types that import nothing, since the public API's
 * declarations reach them (src/index.ts) and must not reach the engine's internals.
 */

/** How one rule is configured: ESLint's shape, `"off"`, `"warning"` or `["error", {min: 1}]`. */
export type RuleEntry =
  | 'error'
  | 'warning'
  | 'warn'
  | 'off'
  | ['error' | 'warning' | 'warn' | 'off']
  | ['error' | 'warning' | 'warn' | 'off', Record<string, unknown>];

/**
 * What a caller sets for every article of a run, over the configuration files: the command
 * line's options, or an API caller's. Plain data, so that worker threads can be given it.
 */
export interface RunOptions {
  /** The folder relative paths start from (default: process.cwd()). */
  cwd?: string;
  /** A configuration file for every article, or false for none; default: the nearest to each file. */
  config?: string | false;
  /** Keyphrases for every article (`-k`); they win over front matter and configuration. */
  keyphrases?: string[];
  /** Synonyms of every keyphrase (`-s`), besides the configuration's. */
  synonyms?: string[];
  /** The articles' language (`--lang`), over front matter `lang` and the configuration's. */
  lang?: string;
  /** Rule settings over the configuration's, in the configuration's shape. */
  rules?: Record<string, RuleEntry>;
  /** Rule settings in `--rule` syntax (`id=severity`, `id.option=value`, `id:JSON`), applied last. */
  ruleArguments?: string[];
  /** The score a file must reach, over the configuration's `minScore`. */
  minScore?: number;
  /** The most warnings a run may have (-1: no limit), over the configuration's `maxWarnings`. */
  maxWarnings?: number;
  /** Refuse articles over this many bytes (default 20 MB). */
  maxBytes?: number;
  /** Explain each keyphrase's matches in every report. */
  explain?: boolean;
}

export interface EngineOptions extends RunOptions {
  /** The environment (SEO_CHECK_THREADS sets the number of threads); default: process.env. */
  env?: Record<string, string | undefined>;
  /**
   * Analyse only shard `index` (1-based) of `count` of the files the patterns name: a
   * deterministic share, by a hash of each file's name, for CI job matrices. The report holds the
   * shard's per-file results and the site summaries that `merge` needs; the site stage runs at merge.
   */
  shard?: { index: number; count: number };
  /** Keep each analysed file's text, for reports that show it (html): `runFiles` gives them as `sources`. */
  keepSources?: boolean;
  /** Called as files are done (`done` of `total`), for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** What `-` reads (standard input). */
  stdin?: AsyncIterable<Uint8Array | string>;
}
