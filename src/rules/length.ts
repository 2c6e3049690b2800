import { count } from './options.js';
import type { Level, Outcome } from './types.js';

/** The options of a rule that wants a text's length within [min, max] characters. */
export function lengthOptions(min: number, max: number) {
  return {
    min: count(min, 'Fewer characters than this is a warning.', { integer: true }),
    max: count(max, 'More characters than this is a warning: result pages cut the text.', { integer: true }),
  };
}

/** The messages of a length rule for `name` ("title", "description"). */
export function lengthMessages(name: string): Record<string, string> {
  return {
    missing: `There is no ${name}: write one of {{min}}–{{max}} characters`,
    tooShort: `The ${name} has {{length}} {{length|character|characters}}: make it at least {{min}}`,
    tooLong: `The ${name} has {{length}} {{length|character|characters}}: search results cut it beyond {{max}}`,
    fits: `The ${name} has {{length}} {{length|character|characters}}, within {{min}}–{{max}}`,
  };
}

/** The outcome of a rule that wants a text's length within [min, max] characters. */
export function lengthOutcome(value: string | null, line: number, min: number, max: number, missing: Level): Outcome {
  const at = { line };
  if (value === null) return { passed: false, level: missing, messageId: 'missing', data: { min, max }, at };
  const length = [...value].length;
  const data = { length, min, max };
  if (length < min) return { passed: false, level: 'warning', messageId: 'tooShort', data, at };
  if (length > max) return { passed: false, level: 'warning', messageId: 'tooLong', data, at };
  return { passed: true, messageId: 'fits', data, at };
}
