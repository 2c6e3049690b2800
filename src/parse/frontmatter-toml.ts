import { requireHere } from '../util/require.js';
import type * as Toml from 'smol-toml';
import type { FrontMatterRead } from './frontmatter-types.js';

// smol-toml loads on first need: most articles have YAML front matter or none.
let tomlModule: typeof Toml | undefined;
const toml = () => (tomlModule ??= requireHere('smol-toml') as typeof Toml);

/**
 * Reads TOML front matter (`raw`, the lines between the `+++` fences) as Hugo does: TOML 1.0, a
 * repeated key an error. Dates come back as smol-toml's TomlDate, a Date at the instant Hugo gives
 * (a local date or date-time is taken as UTC, Hugo's default time zone) that prints as written
 * (`2015-04-10`). `raw` starts after `shift` lines of the file.
 */
export function readToml(raw: string, shift: number): FrontMatterRead {
  let data: Record<string, unknown>;
  try {
    data = toml().parse(raw) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof toml().TomlError) {
      const reason = error.message.split('\n')[0];
      const line = error.line + shift;
      return { data: {}, keyLines: new Map(), error: { message: `invalid TOML front matter on line ${line}: ${reason}`, line, column: error.column } };
    }
    return { data: {}, keyLines: new Map(), error: { message: `invalid TOML front matter: ${firstLine(error)}`, line: 1 } };
  }
  return { data, keyLines: tomlKeyLines(raw, shift), error: null };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

const BARE_KEY = /[A-Za-z0-9_-]/;

/**
 * The line of each top-level key of `raw`, which smol-toml has just read without error (it gives
 * no positions): the keys before the first table header (`title = …`, the `a` of `a.b = …`) and
 * the first key of each header (`[params]`, `[[a.b]]`), in lines of the file that has `shift`
 * lines before `raw`. Multi-line strings and arrays are
 * skipped as TOML reads them, so text inside them that looks like a key is not one.
 */
export function tomlKeyLines(raw: string, shift = 0): Map<string, number> {
  const starts: Array<[string, number]> = [];
  const n = raw.length;
  let i = 0;
  let inTables = false;
  const spaces = () => {
    while (i < n && (raw[i] === ' ' || raw[i] === '\t')) i++;
  };
  const toLineEnd = () => {
    while (i < n && raw[i] !== '\n') i++;
  };
  // One key of a dotted key path: bare, "basic" (escapes decoded by smol-toml itself) or 'literal'.
  const segment = (): string => {
    spaces();
    const quote = raw[i];
    if (quote === '"' || quote === "'") {
      const from = i++;
      while (i < n && raw[i] !== quote) i += quote === '"' && raw[i] === '\\' ? 2 : 1;
      i++;
      const text = raw.slice(from, i);
      return quote === "'" ? text.slice(1, -1) : String(toml().parse(`k = ${text}`).k);
    }
    const from = i;
    while (i < n && BARE_KEY.test(raw[i])) i++;
    return raw.slice(from, i);
  };
  // The first key of a dotted path; the rest are read past.
  const path = (): string => {
    const first = segment();
    spaces();
    while (raw[i] === '.') {
      i++;
      segment();
      spaces();
    }
    return first;
  };
  while (i < n) {
    spaces();
    const c = raw[i];
    if (c === '\n' || c === '\r') {
      i++;
    } else if (c === '#') {
      toLineEnd();
    } else if (c === '[') {
      const at = i;
      i += raw[i + 1] === '[' ? 2 : 1;
      starts.push([path(), at]);
      inTables = true;
      toLineEnd(); // the closing bracket and any comment
    } else {
      const at = i;
      const key = path();
      if (!inTables) starts.push([key, at]);
      i++; // =
      i = skipValue(raw, i);
    }
  }
  const lines = new Map<string, number>();
  let line = 1 + shift;
  let offset = 0;
  for (const [key, at] of starts) {
    for (; offset < at; offset++) if (raw.charCodeAt(offset) === 10) line++;
    // A key is defined once in valid TOML; `a.b = 1` then `a.c = 2` are one key `a`, first seen.
    if (!lines.has(key)) lines.set(key, line);
  }
  return lines;
}

/** The offset just past the value that starts at or after `i` (and any comment after it). */
function skipValue(raw: string, i: number): number {
  const n = raw.length;
  let depth = 0;
  while (i < n) {
    const c = raw[i];
    if (c === '\n' && depth === 0) return i;
    if (c === '"' || c === "'") {
      const triple = raw.startsWith(c.repeat(3), i);
      i += triple ? 3 : 1;
      while (i < n) {
        if (c === '"' && raw[i] === '\\') {
          i += 2;
        } else if (triple ? raw.startsWith(c.repeat(3), i) : raw[i] === c) {
          i += triple ? 3 : 1;
          // A multi-line string may end in one or two of its quotes before the closing three.
          if (triple) while (raw[i] === c) i++;
          break;
        } else {
          i++;
        }
      }
    } else if (c === '#') {
      while (i < n && raw[i] !== '\n') i++;
    } else {
      if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') depth--;
      i++;
    }
  }
  return i;
}
