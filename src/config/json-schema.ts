/**
 * A validator for the part of JSON Schema (draft-07) that schema.ts writes, so that a
 * configuration file is checked against the very schema that is published, with every problem
 * listed and none of a schema library's weight at run time. A keyword it does not know is an
 * error, not ignored: a schema that grows a keyword must grow the validator too
 * (tests/config-validate.test.ts checks it against ajv on generated configurations).
 */

type Schema = Readonly<Record<string, unknown>>;
type Path = ReadonlyArray<string | number>;

/** One way a value breaks the schema: where (keys and indices from the top) and what. */
export interface SchemaProblem {
  path: Path;
  /** What is wrong, as the end of a sentence: "must be a number, not "low"". */
  message: string;
  /** For a key the schema does not allow: that key, and the keys it allows. */
  unknownKey?: { key: string; known: readonly string[] };
  /** The definition (`#/definitions/<name>`) the value was checked against, which names what it is ("severity"). */
  definition?: string;
}

/** Keywords that describe and constrain nothing. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'definitions']);
const KEYWORDS = new Set(['$ref', 'oneOf', 'type', 'enum', 'minimum', 'maximum', 'minLength', 'minItems', 'items', 'additionalItems', 'properties', 'additionalProperties']);

const A_TYPE: Record<string, string> = {
  string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object', null: 'null',
};
const OF_TYPE: Record<string, string> = { string: 'strings', number: 'numbers', integer: 'whole numbers', boolean: 'true or false values', array: 'lists', object: 'objects' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JSON type of a value, "integer" aside. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Whether `value` is of `type`. NaN and the infinities (YAML's .nan, .inf) are no numbers. */
function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return Number.isFinite(value);
  return jsonType(value) === type;
}

/** `value` as a message shows it: JSON, cut short. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** "a, b or c". */
export function alternatives(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export class SchemaValidator {
  constructor(private readonly root: Schema) {}

  /** Every problem of `value`, in the order of its keys. */
  problems(value: unknown): SchemaProblem[] {
    const out: SchemaProblem[] = [];
    this.check(this.root, value, [], out);
    return out;
  }

  /** The name of the definition a `$ref` points to. */
  private static refName(ref: unknown): string | undefined {
    return typeof ref === 'string' ? /^#\/definitions\/([^/]+)$/.exec(ref)?.[1] : undefined;
  }

  private resolve(schema: Schema): Schema {
    const ref = schema.$ref;
    if (ref === undefined) return schema;
    const name = SchemaValidator.refName(ref);
    const target = name ? (this.root.definitions as Record<string, Schema> | undefined)?.[name] : undefined;
    if (target === undefined) throw new Error(`unsupported or missing $ref ${JSON.stringify(ref)}`);
    if (Object.keys(schema).some((k) => k !== '$ref' && !ANNOTATIONS.has(k))) throw new Error(`keywords next to $ref ${ref} are not supported`);
    return this.resolve(target);
  }

  /** What a schema asks for, as words: "a list of strings", "error, warning or off". */
  private describe(schema: Schema): string[] {
    const s = this.resolve(schema);
    if (Array.isArray(s.enum)) return s.enum.map((v) => (typeof v === 'string' ? v : shown(v)));
    if (Array.isArray(s.oneOf)) return (s.oneOf as Schema[]).flatMap((b) => this.describe(b));
    if (typeof s.type !== 'string') return ['something else'];
    const items = isObject(s.items) ? this.resolve(s.items) : undefined;
    if (s.type === 'array' && typeof items?.type === 'string') return [`a list of ${OF_TYPE[items.type]}`];
    return [A_TYPE[s.type]];
  }

  /** Whether a branch of a oneOf is for values of this JSON type at all. */
  private admitsType(schema: Schema, value: unknown): boolean {
    const s = this.resolve(schema);
    if (typeof s.type === 'string') return hasType(value, s.type) || (s.type === 'integer' && typeof value === 'number');
    if (Array.isArray(s.enum)) return s.enum.some((v) => jsonType(v) === jsonType(value));
    if (Array.isArray(s.oneOf)) return (s.oneOf as Schema[]).some((b) => this.admitsType(b, value));
    return true;
  }

  private check(schema: Schema, value: unknown, path: Path, out: SchemaProblem[], definition?: string): void {
    for (const key of Object.keys(schema)) {
      if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`unsupported JSON Schema keyword '${key}'`);
    }
    // One type per schema, and enum compared with ===: lists of types and enums of objects are not supported.
    if (schema.type !== undefined && typeof schema.type !== 'string') throw new Error('a list of types is not supported');
    if (Array.isArray(schema.enum) && schema.enum.some((v) => typeof v === 'object' && v !== null)) throw new Error('enum of objects or lists is not supported');
    const s = this.resolve(schema);
    if (s !== schema) return this.check(s, value, path, out, SchemaValidator.refName(schema.$ref));
    const problem = (message: string) => out.push({ path, message, ...(definition === undefined ? {} : { definition }) });
    if (Array.isArray(s.oneOf)) this.oneOf(s.oneOf as Schema[], value, path, out);
    if (typeof s.type === 'string' && !hasType(value, s.type)) {
      problem(`must be ${alternatives(this.describe(s))}, not ${shown(value)}`);
      return;
    }
    if (Array.isArray(s.enum) && !s.enum.includes(value)) problem(`must be ${alternatives(this.describe(s))}, not ${shown(value)}`);
    if (typeof value === 'number') {
      if (typeof s.minimum === 'number' && value < s.minimum) problem(`must be ${s.minimum} or more, not ${value}`);
      if (typeof s.maximum === 'number' && value > s.maximum) problem(`must be ${s.maximum} or less, not ${value}`);
    }
    // Lengths count code points, as JSON Schema does (an emoji is one character).
    if (typeof value === 'string' && typeof s.minLength === 'number' && [...value].length < s.minLength) {
      problem(s.minLength === 1 ? 'must not be empty' : `must be at least ${s.minLength} characters long, not ${shown(value)}`);
    }
    if (Array.isArray(value)) this.array(s, value, path, out);
    if (isObject(value)) this.object(s, value, path, out);
  }

  /** Exactly one branch must fit. Branches are told apart by the JSON type they take, so a value's problems are those of the branch for its type. */
  private oneOf(branches: Schema[], value: unknown, path: Path, out: SchemaProblem[]): void {
    const fitting = branches.filter((b) => this.admitsType(b, value));
    if (fitting.length === 0) {
      out.push({ path, message: `must be ${alternatives(branches.flatMap((b) => this.describe(b)))}, not ${shown(value)}` });
      return;
    }
    const results = fitting.map((b) => {
      const found: SchemaProblem[] = [];
      this.check(b, value, path, found);
      return found;
    });
    const passing = results.filter((r) => r.length === 0).length;
    if (passing === 0) out.push(...results[0]);
    else if (passing > 1) out.push({ path, message: 'fits more than one of the forms it may take' });
  }

  private array(s: Schema, value: unknown[], path: Path, out: SchemaProblem[]): void {
    if (typeof s.minItems === 'number' && value.length < s.minItems) {
      out.push({ path, message: s.minItems === 1 ? 'must not be an empty list' : `must have at least ${s.minItems} items, not ${value.length}` });
    }
    if (Array.isArray(s.items)) {
      const tuple = s.items as Schema[];
      value.forEach((item, i) => {
        if (i < tuple.length) this.check(tuple[i], item, [...path, i], out);
        else if (isObject(s.additionalItems)) this.check(s.additionalItems, item, [...path, i], out);
      });
      if (s.additionalItems === false && value.length > tuple.length) out.push({ path, message: `must have at most ${tuple.length} items, not ${value.length}` });
    } else if (isObject(s.items)) {
      value.forEach((item, i) => this.check(s.items as Schema, item, [...path, i], out));
    }
  }

  private object(s: Schema, value: Record<string, unknown>, path: Path, out: SchemaProblem[]): void {
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    const extra = s.additionalProperties;
    for (const [key, item] of Object.entries(value)) {
      // Own keys only: a key named "constructor" or "__proto__" is no property of every schema.
      if (Object.hasOwn(properties, key)) this.check(properties[key], item, [...path, key], out);
      else if (extra === false) out.push({ path, message: `unknown key '${key}'`, unknownKey: { key, known: Object.keys(properties) } });
      else if (isObject(extra)) this.check(extra, item, [...path, key], out);
    }
  }
}
