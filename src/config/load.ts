import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { repositoryRoot } from '../files/repository.js';
import { validateConfig } from './validate.js';

/** A configuration file's settings, as the schema (schema/config.schema.json) describes them. */
export interface Config {
  rules?: Record<string, unknown>;
  keyphrases?: string[];
  synonyms?: string[];
  aliases?: Record<string, string[]>;
  language?: string;
  site?: string;
  minScore?: number;
  maxWarnings?: number;
  ignores?: string[];
}

export interface LoadedConfig {
  /** The file it came from; null for the defaults. */
  path: string | null;
  config: Config;
}

/**
 * A configuration file that cannot be read or is not valid: every problem found, one line each;
 * the message has them all, each line naming the file.
 */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(problems.map((p) => `${file}: ${p}`).join('\n'));
  }

  /** The message's lines, `<file>: <problem>` each. */
  get lines(): string[] {
    return this.problems.map((p) => `${this.file}: ${p}`);
  }
}

/** File names looked for in each folder, first found wins. */
export const CONFIG_FILES = ['.seo-checkrc.json', '.seo-checkrc.yaml', '.seo-checkrc.yml', 'package.json'];

export const DEFAULTS: LoadedConfig = { path: null, config: {} };

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    throw new ConfigError(path, [`cannot be read (${code ?? (error as Error).message})`]);
  }
}

async function parseText(path: string, text: string): Promise<unknown> {
  try {
    // yaml loads only for a YAML configuration (~5–8 ms of start-up otherwise).
    return path.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text);
  } catch (error) {
    throw new ConfigError(path, [`not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`]);
  }
}

/** Reads and validates one configuration file (for `-c`), or returns null when it has no settings. */
export async function loadConfigFile(path: string, required = true): Promise<LoadedConfig | null> {
  const text = await readText(path);
  if (text === null) {
    if (required) throw new ConfigError(path, ['no such configuration file']);
    return null;
  }
  let value = await parseText(path, text);
  if (basename(path) === 'package.json') {
    value = (value as Record<string, unknown> | null)?.['seo-check'];
    if (value === undefined) {
      if (required) throw new ConfigError(path, ['has no "seo-check" key']);
      return null;
    }
  }
  const problems = validateConfig(value);
  if (problems.length > 0) throw new ConfigError(path, problems);
  return { path, config: value as Config };
}

/**
 * Finds the configuration for files in `dir`: the nearest configuration file from `dir` upwards,
 * stopping at the repository root (or the file system root outside a repository). Answers are
 * kept per folder, so a batch reads each configuration once.
 */
export class ConfigFinder {
  private readonly byDir = new Map<string, Promise<LoadedConfig>>();

  /** Forgets every folder's answer. */
  clear(): void {
    this.byDir.clear();
  }

  find(dir: string): Promise<LoadedConfig> {
    const key = resolve(dir);
    let found = this.byDir.get(key);
    if (found === undefined) {
      found = this.search(key);
      this.byDir.set(key, found);
    }
    return found;
  }

  private async search(dir: string): Promise<LoadedConfig> {
    for (const name of CONFIG_FILES) {
      const loaded = await loadConfigFile(join(dir, name), false);
      if (loaded !== null) return loaded;
    }
    const root = repositoryRoot(dir);
    const parent = dirname(dir);
    if (dir === root || parent === dir) return DEFAULTS;
    return this.find(parent);
  }
}
