import { dirname, resolve } from 'node:path';
import { applyEntry, applyRuleArguments, defaultSettings, type RuleSetting } from '../check/settings.js';
import { ConfigFinder, DEFAULTS, loadConfigFile, type LoadedConfig } from '../config/load.js';
import { DEFAULT_MAX_BYTES } from '../read/files.js';
import { Analyzer } from './analyzer.js';
import type { RunOptions } from './options.js';

export type { RunOptions };

/** The settings that apply to one article: its configuration, then the command line over it. */
export interface Effective {
  config: string | null;
  rules: Map<string, RuleSetting>;
  keyphrases: string[];
  defaultKeyphrases: string[];
  synonyms: string[];
  aliases: Record<string, string[]>;
  language: string | undefined;
  site: string | undefined;
  minScore: number;
  maxWarnings: number;
  ignores: string[];
  maxBytes: number;
}

/**
 * Resolves configuration for the files of a run: one file for all of them, none, or the nearest
 * configuration file to each. One Analyzer is made per configuration, so files that share a
 * configuration share its word tables.
 */
export class RunSettings {
  private readonly finder = new ConfigFinder();
  private readonly resolved = new Map<string | null, Effective>();
  private readonly analyzers = new Map<string | null, Analyzer>();
  private fixed: Promise<LoadedConfig> | undefined;

  private readonly cwd: string;

  constructor(private readonly options: RunOptions) {
    this.cwd = options.cwd ?? process.cwd();
    if (options.config === false) this.fixed = Promise.resolve(DEFAULTS);
  }

  /** The configuration for a file (`-` and stdin: the current folder's). */
  configFor(file: string): Promise<LoadedConfig> {
    const named = this.options.config;
    // `-c` is read when first needed, not in the constructor: a file that cannot be read is
    // then a rejection someone awaits, and forget() can read it again.
    if (typeof named === 'string') this.fixed ??= loadConfigFile(resolve(this.cwd, named)).then((c) => c ?? { path: named, config: {} });
    if (this.fixed !== undefined) return this.fixed;
    return this.finder.find(file === '-' ? this.cwd : dirname(resolve(this.cwd, file)));
  }

  /** Forgets every configuration read, `-c`'s file too, so that the next article reads them again (files changed). */
  forget(): void {
    if (typeof this.options.config === 'string') this.fixed = undefined;
    this.finder.clear();
    this.resolved.clear();
    this.analyzers.clear();
  }

  async effective(file: string): Promise<Effective> {
    const loaded = await this.configFor(file);
    let e = this.resolved.get(loaded.path);
    if (e === undefined) {
      e = this.resolve(loaded);
      this.resolved.set(loaded.path, e);
    }
    return e;
  }

  private resolve(loaded: LoadedConfig): Effective {
    const { config } = loaded;
    const rules = defaultSettings();
    for (const [id, entry] of Object.entries(config.rules ?? {})) applyEntry(rules, id, entry);
    for (const [id, entry] of Object.entries(this.options.rules ?? {})) applyEntry(rules, id, entry);
    applyRuleArguments(rules, this.options.ruleArguments ?? []);
    return {
      config: loaded.path,
      rules,
      keyphrases: this.options.keyphrases ?? [],
      defaultKeyphrases: config.keyphrases ?? [],
      synonyms: config.synonyms ?? [],
      aliases: config.aliases ?? {},
      language: config.language,
      site: config.site,
      minScore: this.options.minScore ?? config.minScore ?? 0,
      maxWarnings: this.options.maxWarnings ?? config.maxWarnings ?? -1,
      ignores: config.ignores ?? [],
      maxBytes: this.options.maxBytes ?? DEFAULT_MAX_BYTES,
    };
  }

  async analyzerFor(file: string): Promise<Analyzer> {
    const e = await this.effective(file);
    let analyzer = this.analyzers.get(e.config);
    if (analyzer === undefined) {
      analyzer = new Analyzer({
        keyphrases: e.keyphrases,
        defaultKeyphrases: e.defaultKeyphrases,
        rules: e.rules,
        site: e.site,
        maxBytes: e.maxBytes,
        synonyms: [...e.synonyms, ...(this.options.synonyms ?? [])],
        aliases: e.aliases,
        language: this.options.lang ?? e.language,
        explain: this.options.explain === true,
      });
      this.analyzers.set(e.config, analyzer);
    }
    return analyzer;
  }
}

/** The effective settings as `--print-config` shows them: plain JSON, rules in ESLint's shape. */
export function settingsJson(e: Effective): Record<string, unknown> {
  return {
    config: e.config,
    rules: Object.fromEntries([...e.rules].map(([id, s]) => [id, Object.keys(s.options).length === 0 ? s.severity : [s.severity, s.options]])),
    keyphrases: e.keyphrases.length > 0 ? e.keyphrases : e.defaultKeyphrases,
    synonyms: e.synonyms,
    aliases: e.aliases,
    language: e.language ?? 'en',
    site: e.site ?? null,
    minScore: e.minScore,
    maxWarnings: e.maxWarnings,
    ignores: e.ignores,
    maxSize: e.maxBytes,
  };
}
