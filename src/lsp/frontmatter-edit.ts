import type { Range, TextEdit } from 'vscode-languageserver/node';
import { splitFrontMatter } from '../parse/frontmatter.js';
import { findKey } from '../parse/frontmatter-keys.js';
import { normalizeText } from '../parse/lines.js';

/** An article's front matter as edits need it, in the client's lines (the engine's, see positions.ts). */
export interface FrontMatterShape {
  format: 'yaml' | 'toml' | 'json' | null;
  data: Record<string, unknown>;
  /** 1-based line of each top-level key. */
  keyLines: Map<string, number>;
  /** 0-based line the Markdown body starts on: 0 without front matter. */
  bodyLine: number;
  /** Whether there is a front matter block that edits can go into (opened and closed). */
  closed: boolean;
  /** The line ending the document uses, for inserted lines. */
  eol: string;
  /** Units before the engine's text on line 0 (a byte-order mark). */
  shift: number;
}

export function frontMatterOf(text: string): FrontMatterShape {
  const fm = splitFrontMatter(normalizeText(text));
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  return {
    format: fm.format,
    data: fm.data,
    keyLines: fm.keyLines,
    bodyLine: fm.bodyLine,
    closed: fm.format !== null && fm.bodyLine > 0,
    eol,
    shift: text.charCodeAt(0) === 0xfeff ? 1 : 0,
  };
}

/** An edit that adds a line, and where the value it holds starts in the edited text (for a selection). */
export interface Insertion {
  edit: TextEdit;
  /** The value's range in the text once the edit is applied. */
  value: Range;
}

function at(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}

/**
 * An edit that adds the top-level key `key` with `value` (already written as a YAML/TOML/JSON
 * string): first in the front matter, where it cannot fall into a TOML table or a YAML block, or
 * in a new YAML block when the article has none. Null when the front matter cannot take it (never
 * closed, or JSON written on one line).
 */
export function addKey(text: string, fm: FrontMatterShape, key: string, value: string): Insertion | null {
  const { eol } = fm;
  const valueAt = (prefix: string): Range => {
    const start = prefix.length + (value.startsWith('"') ? 1 : 0);
    const end = prefix.length + value.length - (value.endsWith('"') && value.length > 1 ? 1 : 0);
    return { start: { line: 1, character: start }, end: { line: 1, character: end } };
  };
  if (fm.format === null) {
    const prefix = `${key}: `;
    return { edit: { range: at(0, fm.shift), newText: `---${eol}${prefix}${value}${eol}---${eol}` }, value: valueAt(prefix) };
  }
  if (!fm.closed) return null;
  if (fm.format === 'yaml') return { edit: { range: at(1, 0), newText: `${key}: ${value}${eol}` }, value: valueAt(`${key}: `) };
  if (fm.format === 'toml') return { edit: { range: at(1, 0), newText: `${key} = ${value}${eol}` }, value: valueAt(`${key} = `) };
  // JSON: after a `{` alone on the first line, followed by other keys (the comma needs one).
  const first = text.split(/\r\n|\r|\n/, 1)[0].replace(/^\uFEFF/, '').trim();
  if (first !== '{' || Object.keys(fm.data).length === 0) return null;
  const prefix = `  ${JSON.stringify(key)}: `;
  return { edit: { range: at(1, 0), newText: `${prefix}${value},${eol}` }, value: valueAt(prefix) };
}

/**
 * An edit that turns `rule` off for this article in its front matter (`seo-check: {rules: …}`),
 * the one way to silence a finding that stands in the front matter or on line 1 of an article
 * that has front matter (an HTML comment cannot go there). Null when the front matter already
 * has a `seo-check` key (merging into it is left to the writer) or is JSON.
 */
export function ruleOffEdit(fm: FrontMatterShape, rule: string): TextEdit | null {
  if (!fm.closed || findKey(fm.data, 'seo-check') !== undefined) return null;
  const { eol } = fm;
  if (fm.format === 'yaml') return { range: at(1, 0), newText: `seo-check:${eol}  rules:${eol}    ${rule}: "off"${eol}` };
  // A TOML table runs to the next header: it goes last, before the closing fence.
  if (fm.format === 'toml') return { range: at(fm.bodyLine - 1, 0), newText: `[seo-check.rules]${eol}${rule} = "off"${eol}` };
  return null;
}

/** The range of a key's value on its line (after `key:` or `key =`), or null when the key is not there. */
export function valueRange(text: string, fm: FrontMatterShape, key: string): Range | null {
  const line = fm.keyLines.get(key);
  if (line === undefined) return null;
  const source = text.split(/\r\n|\r|\n/, line)[line - 1] ?? '';
  const shift = line === 1 ? fm.shift : 0;
  const name = source.indexOf(key);
  const separator = name === -1 ? -1 : source.slice(name + key.length).search(/[:=]/);
  if (separator === -1) return { start: { line: line - 1, character: shift }, end: { line: line - 1, character: source.length } };
  let start = name + key.length + separator + 1;
  while (source[start] === ' ' || source[start] === '\t') start++;
  let end = source.trimEnd().replace(/,$/, '').length;
  if (end < start) end = start;
  // Inside quotes, the text itself.
  if (end - start >= 2 && /["']/.test(source[start]) && source[end - 1] === source[start]) {
    start++;
    end--;
  }
  return { start: { line: line - 1, character: start }, end: { line: line - 1, character: end } };
}
