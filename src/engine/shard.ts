import type { RuleSetting } from '../check/settings.js';
import { SITE_RULES } from '../site/rules/index.js';
import type { ShardData } from './report-types.js';

/** FNV-1a over a file's name: the same shard for the same file on every machine. */
function hash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether `file` belongs to shard `index` (1-based) of `count`. */
export function inShard(file: string, shard: { index: number; count: number }): boolean {
  return hash(file.replace(/\\/g, '/')) % shard.count === shard.index - 1;
}

/** `--shard i/n` read: 1 ≤ i ≤ n; null when it is not of that form. */
export function parseShard(value: string): { index: number; count: number } | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (m === null) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/** The site rules' settings, as a shard carries them to the merge. */
export function siteRuleEntries(settings: ReadonlyMap<string, RuleSetting>): ShardData['siteRules'] {
  return Object.fromEntries(SITE_RULES.map((r) => {
    const s = settings.get(r.id)!;
    return [r.id, [s.severity, { ...s.options }]];
  }));
}
