/**
 * Reads the front matter most articles have — top-level `key: value` lines and lists of scalars —
 * without the general YAML parser: yaml parses a 300-byte block in ~0.1 ms and is a third of the
 * start-up's YAML cost to load. Anything outside that subset (nesting, flow collections, anchors,
 * tags, block scalars, numbers other than plain decimals, escapes) returns undefined, and the
 * caller hands the block to yaml, which also words every error. A repeated key takes the last
 * value, as Psych (Jekyll) and PyYAML do.
 */

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const ITEM = /^( *)- +(.*)$/;
const DOUBLE = /^"([^"\\]*)"(?: +#.*)?$/;
const SINGLE = /^'((?:[^']|'')*)'(?: +#.*)?$/;
// YAML 1.2 core schema: these plain scalars are not strings.
const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const BOOLS = new Map([['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false]]);
const DECIMAL = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
// A plain scalar may not start with an indicator; `: ` and ` #` inside it would end it.
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:(?!: | #).)*$/;
const NOT_PLAIN = undefined;

/** A one-line scalar as the core schema reads it, or undefined when only a full parser can say. */
function scalar(text: string): unknown {
  if (text.startsWith('"')) return DOUBLE.exec(text)?.[1] ?? NOT_PLAIN;
  if (text.startsWith("'")) {
    const m = SINGLE.exec(text);
    return m === null ? NOT_PLAIN : m[1].replace(/''/g, "'");
  }
  const hash = text.indexOf(' #');
  const value = (hash === -1 ? text : text.slice(0, hash)).trimEnd();
  if (!PLAIN.test(value) || value.endsWith(':')) return NOT_PLAIN;
  if (NULLS.has(value)) return null;
  const bool = BOOLS.get(value);
  if (bool !== undefined) return bool;
  if (DECIMAL.test(value)) {
    const n = Number(value);
    // Beyond 2^53 yaml and Number may round differently; leave it to yaml.
    return Number.isSafeInteger(n) ? n : NOT_PLAIN;
  }
  // Floats, octal, hex, .inf and .nan: leave them to yaml.
  if (FLOAT.test(value) || /^[-+]?\.|^0[ox]/i.test(value)) return NOT_PLAIN;
  return value;
}

/** What the fast path read: the mapping, and the 1-based line in `raw` of each key. */
export interface SimpleYaml {
  data: Record<string, unknown>;
  keyLines: Map<string, number>;
}

/** The mapping `raw` holds, or undefined when it is not in the simple subset. */
export function readSimpleYaml(raw: string): SimpleYaml | undefined {
  if (raw.includes('\t') || raw.includes('\r')) return undefined;
  const data: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  let list: unknown[] | null = null;
  let listIndent = -1;
  let openKey: string | null = null;
  let lineNumber = 0;
  for (const line of raw.split('\n')) {
    lineNumber++;
    const trimmed = line.trimEnd();
    if (trimmed === '' || /^ *#/.test(trimmed)) continue;
    const item = ITEM.exec(trimmed);
    if (item !== null) {
      // Items belong to the key just opened (`tags:`), all at one indentation.
      if (openKey === null && list === null) return undefined;
      if (list === null) {
        list = [];
        data[openKey!] = list;
        listIndent = item[1].length;
        openKey = null;
      } else if (item[1].length !== listIndent) return undefined;
      const value = scalar(item[2]);
      if (value === NOT_PLAIN) return undefined;
      list.push(value);
      continue;
    }
    const m = KEY.exec(trimmed);
    if (m === null || m[1] === '__proto__') return undefined;
    // The last of a repeated key wins; its line is the one that counts.
    keyLines.set(m[1], lineNumber);
    list = null;
    if (openKey !== null) data[openKey] = null;
    openKey = null;
    const rest = m[2]?.trim() ?? '';
    if (rest === '' || rest.startsWith('#')) {
      openKey = m[1];
      continue;
    }
    const value = scalar(rest);
    if (value === NOT_PLAIN) return undefined;
    data[m[1]] = value;
  }
  if (openKey !== null) data[openKey] = null;
  return { data, keyLines };
}
