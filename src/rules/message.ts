import type { MessageData } from '../engine/report-types.js';
export type { MessageData };

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:\|([^|}]*)\|([^}]*))?\}\}/g;

/**
 * Fills a message template: `{{name}}` is the value of `name`; `{{n|word|words}}` is "word" when
 * n is 1 and "words" otherwise, so that "1 word" and "2 words" come from one template. A missing
 * value is a bug in the rule, not something to show the user as "undefined": it throws.
 */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_m, name: string, one?: string, many?: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message template needs '${name}': ${template}`);
    if (one === undefined) return String(value);
    return Number(value) === 1 ? one : (many ?? '');
  });
}

/** The placeholder names a template reads (for the rule harness and the docs). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}
