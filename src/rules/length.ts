import type { Outcome } from './types.js';

/** The outcome of a rule that wants a text's length within [min, max] characters. */
export function lengthOutcome(name: string, value: string | null, line: number, min: number, max: number, missing: Outcome['level']): Outcome {
  if (value === null) return { passed: false, level: missing, message: `There is no ${name}: write one of ${min}–${max} characters`, line };
  const n = [...value].length;
  const what = `The ${name} has ${n} characters`;
  if (n < min) return { passed: false, level: 'warning', message: `${what}: make it at least ${min}`, line };
  if (n > max) return { passed: false, level: 'warning', message: `${what}: search results cut it beyond ${max}`, line };
  return { passed: true, message: `${what}, within ${min}–${max}`, line };
}
