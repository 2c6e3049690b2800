import { configurable as ruleById, orderProblems } from '../check/settings.js';
import { defaults } from '../rules/options.js';
import { SchemaValidator, type SchemaProblem } from './json-schema.js';
import { configSchema } from './schema.js';

let validator: SchemaValidator | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A path as the configuration file reads: `keyphrases[2]`, `aliases.US[0]`, `aliases["U.S."]`. */
function dotted(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : /^[\w$-]+$/.test(p) ? `${i === 0 ? '' : '.'}${p}` : `[${JSON.stringify(p)}]`)).join('');
}

/** What a problem is about, as the start of its line: `rules.title-length: option 'max'`, `minScore:`. */
function subject(path: ReadonlyArray<string | number>, definition: string | undefined): string {
  if (path.length === 0) return 'the configuration';
  if (path[0] !== 'rules' || path.length < 2) return `${dotted(path)}:`;
  const rule = `rules.${path[1]}:`;
  if (path.length === 2) return definition === 'severity' ? `${rule} severity` : rule;
  if (path[2] === 0) return `${rule} severity`;
  return path.length === 3 ? `${rule} options` : `${rule} option '${path[3]}${dotted(path.slice(4))}'`;
}

/** Edits (insertions, deletions, substitutions) from `a` to `b`. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The known key a typo most likely meant: a few edits away, case aside. */
function meant(key: string, known: readonly string[]): string | undefined {
  const scored = known.map((k) => [k, distance(key.toLowerCase(), k.toLowerCase())] as const).sort((x, y) => x[1] - y[1]);
  const best = scored[0];
  return best !== undefined && best[1] <= Math.max(1, Math.floor(key.length / 4)) ? best[0] : undefined;
}

function unknownKeyLine(path: ReadonlyArray<string | number>, key: string, known: readonly string[]): string {
  const guess = meant(key, known);
  if (path.length === 1 && path[0] === 'rules') {
    return `rules.${key}: unknown rule '${key}' (${guess === undefined ? '' : `did you mean '${guess}'? `}see \`seo-check rules\`)`;
  }
  if (path.length === 3 && path[0] === 'rules' && path[2] === 1) {
    return `rules.${path[1]}: no option '${key}' (${known.length === 0 ? 'it takes no options' : guess === undefined ? `options: ${known.join(', ')}` : `did you mean '${guess}'?`})`;
  }
  const where = path.length === 0 ? '' : `${dotted(path)}: `;
  return `${where}unknown key '${key}' (${guess === undefined ? `keys: ${known.join(', ')}` : `did you mean '${guess}'?`})`;
}

function line({ path, message, unknownKey, definition }: SchemaProblem): string {
  return unknownKey === undefined ? `${subject(path, definition)} ${message}` : unknownKeyLine(path, unknownKey.key, unknownKey.known);
}

/**
 * Every problem with a configuration, one line each, each naming where it is: the schema's
 * (schema/config.schema.json, checked by our own validator) in the order of the file, then
 * ranges that contradict themselves once a rule's options are merged with its defaults
 * (`min` above `max`), which a JSON Schema cannot say. None when the configuration is valid.
 */
export function validateConfig(value: unknown): string[] {
  validator ??= new SchemaValidator(configSchema());
  const problems = validator.problems(value);
  const lines = problems.map(line);
  const rules = isObject(value) ? value.rules : undefined;
  if (!isObject(rules)) return lines;
  const faulty = new Set(problems.filter((p) => p.path[0] === 'rules').map((p) => p.path[1] ?? p.unknownKey?.key));
  for (const [id, entry] of Object.entries(rules)) {
    const rule = ruleById(id);
    if (faulty.has(id) || rule === undefined || !Array.isArray(entry) || entry.length < 2) continue;
    const given = entry[1] as Record<string, unknown>;
    for (const problem of orderProblems(rule, { ...defaults(rule.options), ...given }, given)) lines.push(`rules.${id}: ${problem}`);
  }
  return lines;
}
