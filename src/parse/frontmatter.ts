import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type * as Toml from 'smol-toml';
import { ParseError } from './errors.js';
import { readSimpleYaml } from './simple-yaml.js';

/** The front matter of an article, split from its body. */
export interface FrontMatter {
  format: 'yaml' | 'toml' | null;
  data: Record<string, unknown>;
  /** Offset at which the Markdown body starts. */
  bodyOffset: number;
  /** 0-based line on which the Markdown body starts. */
  bodyLine: number;
  /** 1-based line of each top-level key, so findings about `title` can point at it. */
  keyLines: Map<string, number>;
}

/** Front matter that cannot be read: the message names the problem and `line` the place. */
export class FrontMatterError extends ParseError {}

// The general parsers load on first need: most front matter takes the simple path (simple-yaml.ts),
// and loading yaml costs a run ~8 ms of start-up.
const require = createRequire(import.meta.url);
let yamlModule: typeof Yaml | undefined;
let tomlModule: typeof Toml | undefined;
const yaml = () => (yamlModule ??= require('yaml') as typeof Yaml);
const toml = () => (tomlModule ??= require('smol-toml') as typeof Toml);

const NONE: Omit<FrontMatter, 'keyLines'> = { format: null, data: {}, bodyOffset: 0, bodyLine: 0 };

/**
 * Splits YAML (`---`) or TOML (`+++`) front matter from the start of `text` (LF line endings, no
 * BOM) and parses it. An unclosed block, invalid syntax or a value that is not a mapping throws.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const fence = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : null;
  const firstEnd = text.indexOf('\n');
  if (fence === null || firstEnd === -1 || text.slice(3, firstEnd).trim() !== '') {
    return { ...NONE, keyLines: new Map() };
  }
  const format = fence === '---' ? 'yaml' : 'toml';
  // Find the closing fence: a line that is exactly the fence (YAML also allows `...`).
  let lineStart = firstEnd + 1;
  let line = 1;
  let close = -1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const content = text.slice(lineStart, lineEnd).trimEnd();
    if (content === fence || (format === 'yaml' && content === '...')) {
      close = lineStart;
      break;
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
    line++;
  }
  if (close === -1) {
    throw new FrontMatterError(`front matter opened with '${fence}' on line 1 is never closed`, 1);
  }
  const raw = text.slice(firstEnd + 1, close);
  const afterClose = text.indexOf('\n', close);
  const bodyOffset = afterClose === -1 ? text.length : afterClose + 1;
  const data = format === 'yaml' ? readYaml(raw) : readToml(raw);
  return { format, data, bodyOffset, bodyLine: line + 1, keyLines: keyLines(raw, format) };
}

function readYaml(raw: string): Record<string, unknown> {
  const simple = readSimpleYaml(raw);
  if (simple !== undefined) return simple;
  const { LineCounter, parseDocument: parseYamlDocument, YAMLParseError } = yaml();
  const lineCounter = new LineCounter();
  let value: unknown;
  try {
    // yaml's own check for repeated keys compares each key with every other (40 000 keys: 25 s),
    // so it is off and duplicateKey() does it in one pass. Warnings (an unknown `!tag`) would
    // reach stderr through process.emitWarning; the value is still usable, so they are dropped.
    const doc = parseYamlDocument(raw, { prettyErrors: false, logLevel: 'error', uniqueKeys: false, lineCounter });
    const error = doc.errors[0];
    if (error !== undefined) throw error;
    const duplicate = duplicateKey(doc.contents);
    if (duplicate !== undefined) {
      const line = lineCounter.linePos(duplicate.offset).line + 1;
      throw new FrontMatterError(`invalid YAML front matter on line ${line}: key '${duplicate.key}' appears twice`, line);
    }
    value = doc.toJS();
  } catch (error) {
    if (error instanceof FrontMatterError) throw error;
    if (error instanceof YAMLParseError) {
      // Without prettyErrors there is no linePos: the line comes from the error's offset. An
      // unclosed quote or bracket is noticed at the end of the input: name its last line instead.
      const end = raw.trimEnd().length;
      const at = error.pos?.[0] === undefined ? undefined : Math.min(error.pos[0], Math.max(0, end - 1));
      const line = (error.linePos?.[0]?.line ?? (at === undefined ? 1 : lineCounter.linePos(at).line)) + 1;
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      throw new FrontMatterError(`invalid YAML front matter on line ${line}: ${reason}`, line);
    }
    // yaml throws plain errors too: a ReferenceError for an unknown alias or an alias bomb, a
    // RangeError for nesting deeper than the stack.
    throw new FrontMatterError(`invalid YAML front matter: ${firstLine(error)}`, 1);
  }
  return asMapping(value, 'YAML');
}

/** The first key that repeats within one mapping, anywhere in the tree, found in one pass. */
function duplicateKey(root: unknown): { key: string; offset: number } | undefined {
  const { isMap, isScalar, isSeq } = yaml();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          return { key: String(key), offset: (pair.key as { range?: [number] } | null)?.range?.[0] ?? 0 };
        }
        seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return undefined;
}

function readToml(raw: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = toml().parse(raw);
  } catch (error) {
    if (error instanceof toml().TomlError) {
      const line = error.line + 1;
      const reason = error.message.split('\n')[0];
      throw new FrontMatterError(`invalid TOML front matter on line ${line}: ${reason}`, line);
    }
    throw new FrontMatterError(`invalid TOML front matter: ${firstLine(error)}`, 1);
  }
  return asMapping(value, 'TOML');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function asMapping(value: unknown, kind: string): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FrontMatterError(`${kind} front matter must be a mapping of keys to values`, 2);
  }
  return value as Record<string, unknown>;
}

function keyLines(raw: string, format: 'yaml' | 'toml'): Map<string, number> {
  const lines = new Map<string, number>();
  const key = format === 'yaml' ? /^["']?([\w-]+)["']?\s*:/ : /^["']?([\w-]+)["']?\s*=/;
  raw.split('\n').forEach((text, i) => {
    const m = key.exec(text);
    if (m && !lines.has(m[1])) lines.set(m[1], i + 2);
  });
  return lines;
}
