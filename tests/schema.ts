import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

/** The JSON report schema the package ships, compiled once for every test that checks output. */
export const SCHEMA = JSON.parse(readFileSync(fileURLToPath(new URL('../schema/report.schema.json', import.meta.url)), 'utf8'));

const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(SCHEMA);

/** The schema's complaints about `doc`, one line each; empty when it matches. */
export function schemaErrors(doc: unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
