import type { MessageData } from '../engine/report-types.js';
export type { MessageData };

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:\|([^|}]*)\|([^}]*))?\}\}/g;

/** A template cut at its placeholders: text, then [name, one, many] (one undefined: the value itself), text, … */
type Compiled = Array<string | [string, string | undefined, string | undefined]>;

/**
 * Templates compiled so far. They are the rules' own messages, a few hundred at most; the cache
 * starts afresh past MAX_TEMPLATES all the same, so that no caller can grow it without end.
 */
const compiled = new Map<string, Compiled>();
const MAX_TEMPLATES = 2000;

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (parts !== undefined) return parts;
  parts = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(at, m.index), [m[1], m[2], m[3]]);
    at = m.index + m[0].length;
  }
  parts.push(template.slice(at));
  if (compiled.size >= MAX_TEMPLATES) compiled.clear();
  compiled.set(template, parts);
  return parts;
}

/**
 * Fills a message template: `{{name}}` is the value of `name`; `{{n|word|words}}` is "word" when
 * n is 1 and "words" otherwise, so that "1 word" and "2 words" come from one template. A missing
 * value is a bug in the rule, not something to show the user as "undefined": it throws. Each
 * template is cut at its placeholders once (a corpus run fills ~10 000 messages from ~100 templates).
 */
export function formatMessage(template: string, data: MessageData = {}): string {
  const parts = compile(template);
  let out = parts[0] as string;
  for (let k = 1; k < parts.length; k += 2) {
    const [name, one, many] = parts[k] as [string, string | undefined, string | undefined];
    const value = data[name];
    if (value === undefined) throw new Error(`message template needs '${name}': ${template}`);
    out += (one === undefined ? String(value) : Number(value) === 1 ? one : (many ?? '')) + (parts[k + 1] as string);
  }
  return out;
}

/** The placeholder names a template reads (for the rule harness and the docs). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}
