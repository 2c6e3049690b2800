import { requireHere } from '../util/require.js';
import type * as Yaml from 'yaml';
import type { FrontMatterRead } from './frontmatter-types.js';
import { readSimpleYaml } from './simple-yaml.js';

// yaml loads on first need: most front matter takes the simple path (simple-yaml.ts), and loading
// yaml costs a run ~8 ms of start-up.
let yamlModule: typeof Yaml | undefined;
const yaml = () => (yamlModule ??= requireHere('yaml') as typeof Yaml);

/** yaml's Lexer, with the parts LenientLexer changes (they are private in its types). */
interface Lexer {
  lex(source: string, incomplete?: boolean): Generator<string, void>;
  continueScalar(offset: number): number;
  parseQuotedScalar(): Generator<string, string>;
  parseFlowCollection(): Generator<string, string>;
  buffer: string;
  indentNext: number;
}

let lenientLexer: (new () => Lexer) | undefined;

/**
 * yaml's lexer, with libyaml's two leniencies about indentation. libyaml, which Jekyll (Psych)
 * and PyYAML read front matter with, checks no indentation inside a quoted scalar (it looks for
 * the closing quote) nor inside a flow collection (it looks for the closing bracket); the spec
 * wants continuation lines indented past their key. So Jekyll sites are full of titles continued
 * at column 0 (`title: "From 1,500 pages to 10: Helping` then `Welfare System"`), and lists may
 * be (`tags: [a,` then `b]`). As in libyaml, a `---` or `...` line still ends either (an error).
 * Folding strips a continuation line's leading white space, so indentation never changes a value.
 * The tests of these (tests/frontmatter.test.ts) fail if a new yaml renames what is overridden.
 */
function LenientLexer(): new () => Lexer {
  if (lenientLexer !== undefined) return lenientLexer;
  const Base = yaml().Lexer as unknown as new () => Lexer;
  lenientLexer = class extends Base {
    private inQuote = false;
    override continueScalar(offset: number): number {
      if (!this.inQuote) return super.continueScalar(offset);
      const marker = this.buffer.substr(offset, 3);
      const after = this.buffer[offset + 3];
      if ((marker === '---' || marker === '...') && (after === undefined || /\s/.test(after))) return -1;
      return offset;
    }
    override *parseQuotedScalar(): Generator<string, string> {
      this.inQuote = true;
      try {
        return yield* super.parseQuotedScalar();
      } finally {
        this.inQuote = false;
      }
    }
    // Inside a flow collection the lexer compares each line's indentation with indentNext; with
    // none required, only a document marker ends the collection early. The block context's
    // requirement is back once the collection's part is lexed (the flow code never sets it).
    override *parseFlowCollection(): Generator<string, string> {
      const indentNext = this.indentNext;
      this.indentNext = 0;
      try {
        return yield* super.parseFlowCollection();
      } finally {
        this.indentNext = indentNext;
      }
    }
  };
  return lenientLexer;
}

/**
 * Reads YAML front matter (`raw`, the lines between the fences) as libyaml does: quoted scalars
 * continued at any indentation, and a repeated key taking its last value. Scalars are typed by YAML
 * 1.2's core schema, as Hugo and Eleventy (js-yaml) type them: `yes` and `no` are text, not the
 * booleans Psych makes of them, and a date stays the text written. `raw` starts after `shift`
 * lines of the file.
 */
export function readYaml(raw: string, shift: number): FrontMatterRead {
  const simple = readSimpleYaml(raw);
  if (simple !== undefined) {
    const keyLines = new Map<string, number>();
    for (const [key, line] of simple.keyLines) keyLines.set(key, line + shift);
    return { data: simple.data, keyLines, error: null };
  }
  const y = yaml();
  const lineCounter = new y.LineCounter();
  const place = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + shift, column: col };
  };
  const fail = (message: string, at: { line: number; column?: number }): FrontMatterRead => ({
    data: {},
    keyLines: new Map(),
    error: { message, ...at },
  });
  const parser = new y.Parser(lineCounter.addNewLine);
  const lexer = new (LenientLexer())();
  // yaml's own check for repeated keys compares each key with every other (40 000 keys: 25 s),
  // and libyaml lets the last one win anyway, so it is off. Warnings (an unknown `!tag`) would
  // reach stderr through process.emitWarning; the value is still usable, so they are dropped.
  // Merge keys (`<<: *defaults`) are YAML 1.1, but Psych, PyYAML, js-yaml and Go's YAML all read them.
  const composer = new y.Composer({ logLevel: 'error', uniqueKeys: false, merge: true });
  let doc: Yaml.Document.Parsed | undefined;
  // A `--- x` line (not a fence: it has more) starts a second document, as it would for libyaml.
  let second: number | undefined;
  try {
    const tokens = function* () {
      // Parser.parse() would mark the first line's start; fed lexemes one by one, it does not.
      lineCounter.addNewLine(0);
      for (const lexeme of lexer.lex(raw)) yield* parser.next(lexeme);
      yield* parser.end();
    };
    for (const next of composer.compose(tokens(), true, raw.length)) {
      if (doc === undefined) doc = next;
      else second ??= next.range[0];
    }
  } catch (error) {
    // A RangeError for nesting deeper than the stack.
    return fail(`invalid YAML front matter: ${firstLine(error)}`, { line: 1 });
  }
  if (doc === undefined) return { data: {}, keyLines: new Map(), error: null };
  const error = doc.errors[0];
  if (error !== undefined) {
    const at = place(errorOffset(doc, error, raw));
    return fail(`invalid YAML front matter on line ${at.line}: ${error.message.split('\n')[0]}`, at);
  }
  if (second !== undefined) {
    const at = place(second);
    return fail(`invalid YAML front matter on line ${at.line}: a second document starts here`, at);
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // yaml throws plain errors here: a ReferenceError for an unknown alias or an alias bomb, a
    // RangeError for nesting deeper than the stack. They carry no place: the fence's line.
    return fail(`invalid YAML front matter: ${firstLine(error)}`, { line: 1 });
  }
  if (value === null || value === undefined) return { data: {}, keyLines: new Map(), error: null };
  if (typeof value !== 'object' || Array.isArray(value)) {
    const at = place((doc.contents as { range?: [number] } | null)?.range?.[0] ?? 0);
    return fail(`YAML front matter must be a mapping of keys to values, not ${Array.isArray(value) ? 'a list' : 'a single value'}`, at);
  }
  return { data: value as Record<string, unknown>, keyLines: keyLines(doc, (offset) => place(offset).line), error: null };
}

/**
 * Where an error is. yaml places an unclosed quote or bracket at the end of the input, where it
 * noticed: the quote's own line is where to look (the scalar that ends at the error), and for the
 * others the last line with text.
 */
function errorOffset(doc: Yaml.Document.Parsed, error: Yaml.YAMLError, raw: string): number {
  const at = error.pos[0];
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const opened = scalarEndingAt(doc.contents, at);
    if (opened !== undefined) return opened;
  }
  return Math.min(at, Math.max(0, raw.trimEnd().length - 1));
}

/** The start of the quoted scalar whose text ends at `end`, anywhere in the tree. */
function scalarEndingAt(root: unknown, end: number): number | undefined {
  const { isMap, isScalar, isSeq, isPair } = yaml();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar(node)) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === end) return node.range[0];
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
  return undefined;
}

/**
 * The line of each top-level key, from the parser's own positions; a repeated key's last one. A
 * key that a merge (`<<: *defaults`) brings in has the merge's line, unless the mapping sets it.
 */
function keyLines(doc: Yaml.Document.Parsed, lineOf: (offset: number) => number): Map<string, number> {
  const { isAlias, isMap, isScalar, isSeq } = yaml();
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  // toJS names a null key '' and any other scalar by its text.
  const name = (key: unknown) => (isScalar(key) ? (key.value === null ? '' : String(key.value)) : undefined);
  const merged = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const key = pair.key;
    if (!isScalar(key) || key.range === undefined || key.range === null) continue;
    const line = lineOf(key.range[0]);
    if (typeof key.value !== 'symbol') {
      lines.set(name(key)!, line);
      continue;
    }
    // The merge key: its value is an alias of a mapping, or a list of them.
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const map = isAlias(source) ? source.resolve(doc) : source;
      if (!isMap(map)) continue;
      for (const item of map.items) {
        const merge = name(item.key);
        if (merge !== undefined && !merged.has(merge)) merged.set(merge, line);
      }
    }
  }
  for (const [key, line] of merged) if (!lines.has(key)) lines.set(key, line);
  return lines;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
