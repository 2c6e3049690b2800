import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../src/parse/frontmatter.js';
import { differences, oracleMissing, pythonOracle, tagged } from '../scripts/lib/frontmatter-oracle.mjs';
import { KEY_LINES, LENIENT, YAML_ERRORS } from './frontmatter-cases.js';

// The table tests (tests/frontmatter.test.ts) say what we read; this checks that libyaml (PyYAML,
// the C parser Jekyll's Psych also wraps) reads the same. PyYAML is not a dependency: without it
// this is skipped, and says so.
const missing: string | null = oracleMissing();
const named = (what: string) => (missing === null ? what : `skipped: ${missing}`);

describe('our YAML against libyaml (PyYAML)', () => {
  it.skipIf(missing !== null)(named('reads every leniency and key-line block as PyYAML does (a date as its text)'), () => {
    const blocks = [...LENIENT.map((c) => c[1]), ...KEY_LINES.map((c) => c[1])];
    const texts = blocks.map((block) => `---\n${block}---\nBody.\n`);
    const theirs: Array<{ value?: unknown; error?: string }> = pythonOracle(texts.map((text, id) => ({ id, text })));
    const disagreements = texts.flatMap((text, i) => {
      const ours = splitFrontMatter(text);
      if (ours.error !== null || theirs[i].error !== undefined) return [{ block: blocks[i], ours: ours.error, theirs: theirs[i].error }];
      return differences(tagged(ours.data), theirs[i].value)
        .filter((d: { kind: string }) => d.kind !== 'date')
        .map((d: unknown) => ({ block: blocks[i], ...(d as object) }));
    });
    expect(disagreements).toEqual([]);
  });

  it.skipIf(missing !== null)(named('refuses the YAML that PyYAML refuses'), () => {
    const syntax = YAML_ERRORS.filter(([, , error]) => error.message.startsWith('invalid YAML'));
    const theirs: Array<{ error?: string }> = pythonOracle(syntax.map(([, block], id) => ({ id, text: `---\n${block}---\n` })));
    expect(syntax.filter((_, i) => theirs[i].error === undefined).map(([name]) => name)).toEqual([]);
  });
});
