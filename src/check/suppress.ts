import type { Comment } from '../parse/markdown.js';

/**
 * A stretch of lines in which some rules (or all, when `rules` is null, but those in `except`)
 * report nothing.
 */
interface Region {
  from: number;
  to: number;
  /** Line of the comment that opened it. */
  directive: number;
  rules: Set<string> | null;
  except?: Set<string>;
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
    // Open regions: one per rule disabled by name, and the blanket one (key null) with the rules
    // enabled again inside it.
    const open = new Map<string | null, { from: number; except: Set<string>; directive: number }>();
    const sorted = [...comments].sort((a, b) => a.line - b.line);
    const close = (id: string | null, to: number) => {
      const region = open.get(id)!;
      this.regions.push({ from: region.from, to, directive: region.directive, rules: id === null ? null : new Set([id]), except: region.except });
      open.delete(id);
    };
    for (const c of sorted) {
      const m = DIRECTIVE.exec(c.text.trim());
      if (m === null) continue;
      const rules = ruleList(m[2]);
      switch (m[1]) {
        case 'disable-next-line':
          this.regions.push({ from: c.line + 1, to: c.line + 1, directive: c.line, rules });
          break;
        case 'disable-line':
          this.regions.push({ from: c.line, to: c.line, directive: c.line, rules });
          break;
        case 'disable':
          for (const id of rules ?? [null]) {
            if (!open.has(id)) open.set(id, { from: c.line, except: new Set(), directive: c.line });
            else if (id === null) open.get(null)!.except.clear();
          }
          if (rules !== null && open.has(null)) for (const id of rules) open.get(null)!.except.delete(id);
          break;
        case 'enable':
          for (const id of [...open.keys()]) if (rules === null || (id !== null && rules.has(id))) close(id, c.line);
          // "enable x" inside a blanket "disable": x reports again from here, the others stay silent.
          if (rules !== null && open.has(null)) {
            const { except: before, directive } = open.get(null)!;
            const except = new Set([...before, ...rules]);
            close(null, c.line);
            open.set(null, { from: c.line, except, directive });
          }
          break;
      }
    }
    for (const id of [...open.keys()]) close(id, Infinity);
  }

  /** The line of the comment that silences a finding of `rule` on `line`, or null when none does. */
  silencer(rule: string, line: number): number | null {
    const r = this.regions.find(
      (r) => line >= r.from && line <= r.to && (r.rules === null ? r.except?.has(rule) !== true : r.rules.has(rule)),
    );
    return r === undefined ? null : r.directive;
  }
}
