import { RULES } from '../rules/registry.js';
import { optionSchema, type OptionsSpec } from '../rules/options.js';

/** The JSON Schema of a configuration file, built from the rule registry so the two never drift. */
export function configSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    const options = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(rule.options as OptionsSpec).map(([n, spec]) => [n, optionSchema(spec)])),
    };
    rules[rule.id] = {
      description: `${rule.description} Default: ${rule.defaultSeverity}.`,
      oneOf: [
        { $ref: '#/definitions/severity' },
        { type: 'array', minItems: 1, items: [{ $ref: '#/definitions/severity' }, options], additionalItems: false },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/seo-check/seo-check/blob/main/schema/config.schema.json',
    title: 'seo-check configuration',
    description: 'A .seo-checkrc.json, .seo-checkrc.yaml or the "seo-check" key of package.json.',
    type: 'object',
    additionalProperties: false,
    definitions: {
      severity: { enum: ['error', 'warning', 'warn', 'off'] },
      phrases: { type: 'array', items: { type: 'string', minLength: 1 } },
    },
    properties: {
      $schema: { type: 'string' },
      rules: { type: 'object', additionalProperties: false, properties: rules },
      keyphrases: { $ref: '#/definitions/phrases', description: 'Keyphrases for articles that name none (-k and front matter come first).' },
      synonyms: { $ref: '#/definitions/phrases', description: 'Synonyms of the keyphrases.' },
      aliases: {
        type: 'object',
        description: 'Word forms that mean the same, e.g. {"US": ["U.S.", "United States", "USA"]}.',
        additionalProperties: { $ref: '#/definitions/phrases' },
      },
      language: { type: 'string', minLength: 2, description: 'Language of the articles (ISO 639-1, e.g. "en", "fr").' },
      site: { type: 'string', minLength: 1, description: "The site's host: links to it count as internal." },
      minScore: { type: 'number', minimum: 0, maximum: 100 },
      maxWarnings: { type: 'integer', minimum: -1, description: '-1: no limit.' },
      ignores: { type: 'array', items: { type: 'string' }, description: 'gitignore-style patterns of files never checked unless named.' },
    },
  };
}
