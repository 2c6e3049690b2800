import { applyEntry, defaultSettings, SettingError } from '../check/settings.js';
import { configSchema } from './schema.js';

type Validator = ((value: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; params: Record<string, unknown> }> | null };

let validator: Promise<Validator> | undefined;

/** Compiles the schema once, on first use: runs without a configuration file never load ajv. */
function compile(): Promise<Validator> {
  validator ??= import('ajv').then(({ default: Ajv }) => {
    const ajv = new (Ajv as unknown as new (o: object) => { compile(s: object): Validator })({ allErrors: false, strict: false });
    return ajv.compile(configSchema());
  });
  return validator;
}

/** Checks a configuration against the schema; returns null when valid, else one line saying what is wrong and where. */
export async function validateConfig(value: unknown): Promise<string | null> {
  // Rule entries first: the rule's own checks name the option or severity that is wrong, where
  // the schema could only say that no branch of a oneOf matched.
  const rules = (value as { rules?: unknown } | null)?.rules;
  if (typeof rules === 'object' && rules !== null && !Array.isArray(rules)) {
    const scratch = defaultSettings();
    for (const [id, entry] of Object.entries(rules)) {
      try {
        applyEntry(scratch, id, entry);
      } catch (error) {
        if (error instanceof SettingError) return `rules.${id}: ${error.message.replace(/^rule '[^']+': /, '')}`;
        throw error;
      }
    }
  }
  const validate = await compile();
  if (validate(value)) return null;
  const error = validate.errors?.[0];
  if (error === undefined) return 'invalid configuration';
  const where = error.instancePath === '' ? 'the configuration' : error.instancePath.slice(1).replace(/\//g, '.');
  const extra = error.params.additionalProperty ?? error.params.allowedValues;
  return `${where} ${error.message ?? 'is invalid'}${extra === undefined ? '' : ` (${JSON.stringify(extra)})`}`;
}
