import type { Comment } from '../parse/markdown.js';

/** A stretch of lines in which some rules (or all, when `rules` is null) report nothing. */
interface Region {
  from: number;
  to: number;
  rules: Set<string> | null;
}

const DIRECTIVE = /^seo-check-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$/s;

function ruleList(text: string): Set<string> | null {
  const ids = text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '--');
  return ids.length === 0 ? null : new Set(ids);
}

/**
 * Reads `<!-- seo-check-disable rule -->`, `<!-- seo-check-enable rule -->`,
 * `<!-- seo-check-disable-line rule -->` and `<!-- seo-check-disable-next-line rule -->` from an
 * article's HTML comments; with no rule named, a directive covers every rule.
 */
export class Suppressions {
  private readonly regions: Region[] = [];

  constructor(comments: readonly Comment[]) {
    const open = new Map<string | null, number>();
    const sorted = [...comments].sort((a, b) => a.line - b.line);
    for (const c of sorted) {
      const m = DIRECTIVE.exec(c.text.trim());
      if (m === null) continue;
      const rules = ruleList(m[2]);
      switch (m[1]) {
        case 'disable-next-line':
          this.regions.push({ from: c.line + 1, to: c.line + 1, rules });
          break;
        case 'disable-line':
          this.regions.push({ from: c.line, to: c.line, rules });
          break;
        case 'disable':
          for (const id of rules ?? [null]) if (!open.has(id)) open.set(id, c.line);
          break;
        case 'enable':
          for (const [id, from] of [...open]) {
            if (rules === null || (id !== null && rules.has(id))) {
              this.regions.push({ from, to: c.line, rules: id === null ? null : new Set([id]) });
              open.delete(id);
            }
          }
          break;
      }
    }
    for (const [id, from] of open) this.regions.push({ from, to: Infinity, rules: id === null ? null : new Set([id]) });
  }

  get empty(): boolean {
    return this.regions.length === 0;
  }

  /** Whether a finding of `rule` on `line` is silenced. */
  covers(rule: string, line: number): boolean {
    return this.regions.some((r) => line >= r.from && line <= r.to && (r.rules === null || r.rules.has(rule)));
  }
}
