import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SchemaValidator } from '../src/config/json-schema.js';
import { configSchema } from '../src/config/schema.js';
import { validateConfig } from '../src/config/validate.js';
import { defaults, type OptionSpec } from '../src/rules/options.js';
import { RULES } from '../src/rules/registry.js';
import { applyEntry, applyRuleArguments, defaultSettings, SettingError } from '../src/check/settings.js';
import { FIXTURES, runCli, tempFiles } from './helpers.js';

const SEVERITY = 'severity must be error, warning, warn or off';

describe('validateConfig lists every problem, each with its path', () => {
  const cases: Array<[string, unknown, string[]]> = [
    ['a valid configuration', { rules: { 'keyphrase-density': ['warning', { min: 1, max: 2 }], 'title-length': 'off' }, keyphrases: ['a'], aliases: { US: ['U.S.'] }, minScore: 50, maxWarnings: -1 }, []],
    ['not an object', ['rules'], ['the configuration must be an object, not ["rules"]']],
    ['YAML with nothing in it', null, ['the configuration must be an object, not null']],
    ['a misspelt key', { keyphrase: ['x'] }, ["unknown key 'keyphrase' (did you mean 'keyphrases'?)"]],
    [
      'a key like none',
      { colour: true },
      ["unknown key 'colour' (keys: $schema, rules, keyphrases, synonyms, aliases, language, site, minScore, maxWarnings, ignores)"],
    ],
    ['a threshold out of range', { minScore: 120, maxWarnings: -2 }, ['minScore: must be 100 or less, not 120', 'maxWarnings: must be -1 or more, not -2']],
    ['a wrong type', { maxWarnings: 1.5, site: 3, keyphrases: 'x' }, ['maxWarnings: must be a whole number, not 1.5', 'site: must be a string, not 3', 'keyphrases: must be a list of strings, not "x"']],
    ['items of lists and mappings', { synonyms: ['', 3], aliases: { US: 'x', 'U.S.': [1] }, language: 'e' }, [
      'synonyms[0]: must not be empty',
      'synonyms[1]: must be a string, not 3',
      'aliases.US: must be a list of strings, not "x"',
      'aliases["U.S."][0]: must be a string, not 1',
      'language: must be at least 2 characters long, not "e"',
    ]],
    ['a bad severity, alone or in a list', { rules: { 'keyphrase-density': 'loud', 'title-length': ['Error'] } }, [
      `rules.keyphrase-density: ${SEVERITY}, not "loud"`,
      `rules.title-length: ${SEVERITY}, not "Error"`,
    ]],
    ['an entry of the wrong shape', { rules: { 'keyphrase-density': 5, 'title-length': [], 'description-length': ['error', {}, 3], 'content-length': ['error', 5] } }, [
      'rules.keyphrase-density: must be error, warning, warn, off or a list, not 5',
      'rules.title-length: must not be an empty list',
      'rules.description-length: must have at most 2 items, not 3',
      'rules.content-length: options must be an object, not 5',
    ]],
    ['unknown rules', { rules: { 'no-such-rule': 'off', 'keyphrase-densty': 'off', constructor: 'off' } }, [
      "rules.no-such-rule: unknown rule 'no-such-rule' (see `seo-check rules`)",
      "rules.keyphrase-densty: unknown rule 'keyphrase-densty' (did you mean 'keyphrase-density'? see `seo-check rules`)",
      "rules.constructor: unknown rule 'constructor' (see `seo-check rules`)",
    ]],
    ['bad and unknown options', { rules: { 'keyphrase-density': ['error', { min: 'low', maxx: 2, stuffing: -1 }], 'single-h1': ['error', { x: 1 }], 'keyphrase-in-subheadings': ['error', { toString: 1 }] } }, [
      "rules.keyphrase-density: option 'min' must be a number, not \"low\"",
      "rules.keyphrase-density: no option 'maxx' (did you mean 'max'?)",
      "rules.keyphrase-density: option 'stuffing' must be 0 or more, not -1",
      "rules.single-h1: no option 'x' (it takes no options)",
      "rules.keyphrase-in-subheadings: no option 'toString' (options: min, max)",
    ]],
    ['ranges that contradict themselves', { rules: { 'keyphrase-density': ['error', { min: 5, max: 1 }], 'keyphrase-in-subheadings': ['error', { min: 80 }] } }, [
      "rules.keyphrase-density: option 'min' (5) must not be more than option 'max' (1)",
      "rules.keyphrase-in-subheadings: option 'min' (80) must not be more than option 'max' (75, not set here)",
    ]],
    ['a range against a default further along', { rules: { 'keyphrase-density': ['error', { min: 2, stuffing: 1 }] } }, [
      "rules.keyphrase-density: option 'max' (3, not set here) must not be more than option 'stuffing' (1)",
    ]],
    // A rule with a problem of its own is not also checked for ranges: its options are not what was meant.
    ['a range in a rule with another problem', { rules: { 'keyphrase-density': ['error', { min: 5, max: 1, maxx: 1 }] } }, [
      "rules.keyphrase-density: no option 'maxx' (did you mean 'max'?)",
    ]],
  ];
  it.each(cases)('%s', (_, value, problems) => {
    expect(validateConfig(value)).toEqual(problems);
  });
});

describe('configuration files on the command line', () => {
  const dir = `${FIXTURES}cli/invalid-config/`;
  it('prints every problem of a file on its own line, naming the file, exit 2', async () => {
    const r = await runCli(['article.md', '-c', 'many-problems.json'], { cwd: dir });
    const file = `${dir}many-problems.json`;
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr.split('\n')).toEqual([
      `seo-check: ${file}: unknown key 'keyphrase' (did you mean 'keyphrases'?)`,
      `seo-check: ${file}: minScore: must be 100 or less, not 120`,
      `seo-check: ${file}: synonyms[0]: must not be empty`,
      `seo-check: ${file}: synonyms[1]: must be a string, not 3`,
      `seo-check: ${file}: rules.keyphrase-density: ${SEVERITY}, not "loud"`,
      `seo-check: ${file}: rules.keyphrase-density: option 'min' must be a number, not "low"`,
      `seo-check: ${file}: rules.keyphrase-density: no option 'maxx' (did you mean 'max'?)`,
      `seo-check: ${file}: rules.no-such-rule: unknown rule 'no-such-rule' (see \`seo-check rules\`)`,
      `seo-check: ${file}: rules.single-h1: must be error, warning, warn, off or a list, not 5`,
      `seo-check: ${file}: rules.keyphrase-in-subheadings: option 'min' (70) must not be more than option 'max' (60)`,
      '',
    ]);
  });

  it('refuses min above max in a file', async () => {
    const r = await runCli(['article.md', '-c', 'contradicting.yaml'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `seo-check: ${dir}contradicting.yaml: rules.keyphrase-density: option 'min' (5) must not be more than option 'max' (1)\n`,
    });
  });

  it('refuses min above max in front matter, for that article only', async () => {
    const { dir: cwd, file } = tempFiles('order-fm');
    file('---\nseo-check:\n  rules:\n    keyphrase-density: [error, {min: 4}]\n---\nText.\n', 'bad.md');
    file('Text.\n', 'good.md');
    const r = await runCli(['bad.md', 'good.md', '-f', 'json', '--no-config'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("seo-check: bad.md:2: front matter seo-check: rule 'keyphrase-density': option 'min' (4) must not be more than option 'max' (3, not set here)\n");
    expect(JSON.parse(r.stdout).results.map((x: { file: string; score?: number }) => [x.file, x.score === undefined])).toEqual([['bad.md', true], ['good.md', false]]);
  });

  it('checks front matter against the configuration it overrides', async () => {
    const { dir: cwd, file } = tempFiles('order-fm-config');
    file('{"rules": {"keyphrase-density": ["error", {"max": 2}]}}', '.seo-checkrc.json');
    file('---\nseo-check:\n  rules:\n    keyphrase-density: [error, {min: 2.5}]\n---\nText.\n', 'bad.md');
    const r = await runCli(['bad.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("seo-check: bad.md:2: front matter seo-check: rule 'keyphrase-density': option 'min' (2.5) must not be more than option 'max' (2, not set here)\n");
  });

  const ruleCases: Array<[string, string[], string | null]> = [
    ['option by option', ['keyphrase-density.min=5'], "rule 'keyphrase-density': option 'min' (5) must not be more than option 'max' (3, not set here)"],
    ['as JSON', ['keyphrase-density:["error",{"min":5,"max":1}]'], "rule 'keyphrase-density': option 'min' (5) must not be more than option 'max' (1)"],
    ['over the configuration', ['-c', `${FIXTURES}cli/discovery/nested/.seo-checkrc.yaml`, 'keyphrase-density.stuffing=2.5'], "rule 'keyphrase-density': option 'max' (3, not set here) must not be more than option 'stuffing' (2.5)"],
    // Checked once every --rule is applied: raising both bounds needs no particular order.
    ['raising both bounds, min first', ['keyphrase-density.min=5', 'keyphrase-density.max=8', 'keyphrase-density.stuffing=9'], null],
  ];
  it.each(ruleCases)('refuses min above max in --rule: %s', async (_, args, problem) => {
    const argv = ['--print-config', 'article.md', ...args.flatMap((a) => (a.startsWith('-') || a.includes('/') ? [a] : ['--rule', a]))];
    const r = await runCli(argv, { cwd: dir });
    if (problem === null) {
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).rules['keyphrase-density']).toEqual(['error', { min: 5, max: 8, stuffing: 9 }]);
    } else {
      expect(r).toEqual({ code: 2, stdout: '', stderr: `seo-check: ${problem}\n` });
    }
  });
});

describe('rules declare their order', () => {
  it.each(RULES.filter((r) => r.order !== undefined).map((r) => [r.id, r] as const))('%s: names number options, and its defaults keep the order', (_, rule) => {
    for (const chain of rule.order!) {
      expect(chain.length).toBeGreaterThan(1);
      for (const name of chain) expect((rule.options as Record<string, OptionSpec>)[name]?.type).toBe('number');
    }
    expect(validateConfig({ rules: { [rule.id]: ['error', defaults(rule.options)] } })).toEqual([]);
  });

  it('applyEntry and applyRuleArguments refuse a contradiction and leave the settings as they were', () => {
    const settings = defaultSettings();
    const before = structuredClone([...settings]);
    expect(() => applyEntry(settings, 'keyphrase-in-subheadings', ['warning', { max: 20 }])).toThrow(
      new SettingError("rule 'keyphrase-in-subheadings': option 'min' (30, not set here) must not be more than option 'max' (20)"),
    );
    expect(() => applyRuleArguments(settings, ['keyphrase-in-subheadings=off', 'keyphrase-in-subheadings.max=80', 'keyphrase-in-subheadings.min=90'])).toThrow(
      new SettingError("rule 'keyphrase-in-subheadings': option 'min' (90) must not be more than option 'max' (80)"),
    );
    expect([...settings]).toEqual(before);
    applyRuleArguments(settings, ['keyphrase-in-subheadings.max=80', 'keyphrase-in-subheadings.min=70']);
    expect(settings.get('keyphrase-in-subheadings')!.options).toEqual({ min: 70, max: 80 });
  });
});

describe('our validator and ajv agree on the published schema', () => {
  const schema = configSchema();
  const ours = new SchemaValidator(schema);
  const ajv = new Ajv({ strict: false }).compile(schema);
  const published = JSON.parse(readFileSync(new URL('../schema/config.schema.json', import.meta.url), 'utf8'));

  it('validates against the schema that is published', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('refuses a schema keyword it does not implement, rather than ignore it', () => {
    expect(() => new SchemaValidator({ type: 'string', pattern: '^a' }).problems('b')).toThrow("unsupported JSON Schema keyword 'pattern'");
    expect(() => new SchemaValidator({ $ref: '#/definitions/none' }).problems(1)).toThrow('missing $ref');
    expect(() => new SchemaValidator({ type: ['string', 'null'] }).problems(null)).toThrow('a list of types is not supported');
  });

  // Configurations near the valid ones: a few known keys and rules with values mostly right and
  // sometimes of any type, and now and then a key or a rule that does not exist.
  const mostly = <T,>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown> = any) => fc.oneof({ weight: 6, arbitrary: right as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: wrong });
  /** An object with a few of `fields`' keys. */
  const some = (fields: Record<string, fc.Arbitrary<unknown>>, max = 3) =>
    fc.uniqueArray(fc.constantFrom(...Object.keys(fields)), { maxLength: max }).chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, fields[k]]))));
  const any = fc.jsonValue({ maxDepth: 2 });
  const text = fc.string({ unit: 'binary', maxLength: 3 });
  const phrases = mostly(fc.array(mostly(text), { maxLength: 3 }));
  /** Numbers at and just past the bounds, where an off-by-one shows. */
  const bounds = (...limits: Array<number | undefined>) => fc.constantFrom(...limits.flatMap((l) => (l === undefined ? [] : [l, l - 1, l + 1, l - 0.5, l + 0.5])));
  const severity = mostly(fc.constantFrom('error', 'warning', 'warn', 'off'), fc.constantFrom('loud', 'Error', ''));
  const optionValue = (spec: OptionSpec) =>
    mostly(
      spec.type === 'number'
        ? fc.oneof(fc.integer({ min: -2, max: 120 }), fc.double({ min: -2, max: 120, noNaN: true }), bounds(spec.minimum, spec.maximum))
        : spec.type === 'boolean'
          ? fc.boolean()
          : spec.type === 'string'
            ? fc.constantFrom(...(spec.enum ?? ['x']), 'nope')
            : fc.array(text, { maxLength: 2 }),
    );
  const options = (specs: Record<string, OptionSpec>) =>
    mostly(some({ ...Object.fromEntries(Object.entries(specs).map(([n, s]) => [n, optionValue(s)])), nope: any, constructor: any }, 2));
  const entry = (specs: Record<string, OptionSpec>) =>
    mostly(fc.oneof(severity, fc.tuple(severity), fc.tuple(severity, options(specs))), fc.oneof(fc.tuple(severity, options(specs), any), fc.constant([]), any));
  const rules = mostly(some({ ...Object.fromEntries(RULES.map((r) => [r.id, entry(r.options as Record<string, OptionSpec>)])), 'no-such-rule': any, __proto__: any }));
  const config = mostly(
    some(
      {
        $schema: mostly(text),
        rules,
        keyphrases: phrases,
        synonyms: phrases,
        aliases: mostly(fc.dictionary(text, phrases, { maxKeys: 2 })),
        language: mostly(text),
        site: mostly(text),
        minScore: mostly(fc.oneof(fc.double({ min: -1, max: 101, noNaN: true }), bounds(0, 100))),
        maxWarnings: mostly(fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double({ min: -2, max: 5, noNaN: true }), bounds(-1))),
        ignores: mostly(fc.array(mostly(text), { maxLength: 2 })),
        keyphrase: any,
      },
      4,
    ),
  );

  it('accepts exactly what ajv accepts, and says why when it does not', () => {
    let valid = 0;
    fc.assert(
      fc.property(config, (value) => {
        const problems = ours.problems(value);
        expect(problems.length === 0, JSON.stringify(problems)).toBe(ajv(value));
        if (problems.length === 0) valid++;
        // The configuration's lines are the schema's problems, plus contradicting ranges.
        expect(validateConfig(value).length).toBeGreaterThanOrEqual(problems.length);
      }),
      { seed: 20261201, numRuns: Number(process.env.FUZZ_RUNS ?? 1000) },
    );
    // The generator must reach both sides of the line for the agreement to mean anything.
    expect(valid).toBeGreaterThan(100);
    // Deep runs (FUZZ_RUNS in the tens of thousands) take longer than vitest's default 20 s.
  }, 600_000);
});
