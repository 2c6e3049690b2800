/**
 * A rule's options, declared with their types: the settings code validates against them, the
 * configuration's JSON Schema and the docs pages' option tables are generated from them.
 */
export type OptionSpec =
  | { type: 'number'; default: number; minimum?: number; maximum?: number; integer?: boolean; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; enum?: readonly string[]; description: string }
  | { type: 'string[]'; default: readonly string[]; description: string };

export type OptionsSpec = Record<string, OptionSpec>;

export type NumberSpec = Extract<OptionSpec, { type: 'number' }>;

type ValueOf<S extends OptionSpec> = S extends { type: 'number' }
  ? number
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { type: 'string' }
      ? string
      : readonly string[];

/** The values a rule's `check` receives for its options. */
export type OptionValues<S extends OptionsSpec> = { [K in keyof S]: ValueOf<S[K]> };

export type OptionValue = number | boolean | string | readonly string[];

/** A whole-number or decimal option with a lower bound of 0 (counts, shares and thresholds). */
export function count(value: number, description: string, extra: { maximum?: number; integer?: boolean; minimum?: number } = {}): NumberSpec {
  return { type: 'number', default: value, minimum: extra.minimum ?? 0, ...(extra.maximum === undefined ? {} : { maximum: extra.maximum }), ...(extra.integer ? { integer: true } : {}), description };
}

/** A percentage option (0–100). */
export function share(value: number, description: string): NumberSpec {
  return count(value, description, { maximum: 100 });
}

export function defaults<S extends OptionsSpec>(spec: S): OptionValues<S> {
  return Object.fromEntries(Object.entries(spec).map(([k, s]) => [k, s.default])) as OptionValues<S>;
}

/**
 * Why `value` is not a valid value of option `spec`, or null. A string is read as a number for a
 * number option, since `--rule id.option=value` gives strings.
 */
export function optionProblem(spec: OptionSpec, value: unknown): string | null {
  switch (spec.type) {
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) return `must be a number, not ${JSON.stringify(value)}`;
      if (spec.integer === true && !Number.isInteger(n)) return `must be a whole number, not ${n}`;
      if (spec.minimum !== undefined && n < spec.minimum) return `must be ${spec.minimum} or more, not ${n}`;
      if (spec.maximum !== undefined && n > spec.maximum) return `must be ${spec.maximum} or less, not ${n}`;
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false' ? null : `must be true or false, not ${JSON.stringify(value)}`;
    case 'string':
      if (typeof value !== 'string') return `must be a string, not ${JSON.stringify(value)}`;
      return spec.enum === undefined || spec.enum.includes(value) ? null : `must be one of ${spec.enum.join(', ')}, not ${JSON.stringify(value)}`;
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : `must be a list of strings, not ${JSON.stringify(value)}`;
  }
}

/** `value` as the option's type (after optionProblem said it is valid). */
export function optionValue(spec: OptionSpec, value: unknown): OptionValue {
  if (spec.type === 'number') return typeof value === 'string' ? Number(value) : (value as number);
  if (spec.type === 'boolean') return value === true || value === 'true';
  return value as OptionValue;
}

/** The JSON Schema of one option. */
export function optionSchema(spec: OptionSpec): Record<string, unknown> {
  const { description } = spec;
  switch (spec.type) {
    case 'number': {
      const { minimum, maximum } = spec;
      return { type: spec.integer === true ? 'integer' : 'number', ...(minimum === undefined ? {} : { minimum }), ...(maximum === undefined ? {} : { maximum }), default: spec.default, description };
    }
    case 'boolean':
      return { type: 'boolean', default: spec.default, description };
    case 'string':
      return { type: 'string', ...(spec.enum === undefined ? {} : { enum: spec.enum }), default: spec.default, description };
    case 'string[]':
      return { type: 'array', items: { type: 'string' }, default: spec.default, description };
  }
}
