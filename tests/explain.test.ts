import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../src/report/explain-render.js';
import { fixture, report, runCli } from './helpers.js';

const fox = '# Fox facts\n\nThe red fox hunts at night. It eats mice.\n\n## Habitat\n\nFoxes live in dens. The fox, red and quick, runs. Trump and the red fox met.\n';

describe('explain', () => {
  const explain = report(fox, { keyphrases: ['red fox'], explain: true }).explain!;

  it('gives each occurrence, near match and partial match in its sentence, marked', () => {
    expect(explain).toEqual([
      {
        keyphrase: 'red fox',
        count: 2,
        countWithSynonyms: 2,
        occurrences: [
          { line: 3, column: 1, text: 'The red fox hunts at night.', marks: [[4, 11]] },
          { line: 7, column: 51, text: 'Trump and the red fox met.', marks: [[14, 21]] },
        ],
        nearMatches: [{ line: 7, column: 21, text: 'The fox, red and quick, runs.', marks: [[4, 7], [9, 12]] }],
        allWords: [],
        someWords: [
          { line: 1, column: 3, text: 'Fox facts', marks: [[0, 3]], missing: ['red'] },
          { line: 7, column: 1, text: 'Foxes live in dens.', marks: [[0, 5]], missing: ['red'] },
        ],
      },
    ]);
  });

  it('marks matched words with brackets when colour is off', () => {
    expect(renderExplanation(explain[0], new Chalk({ level: 0 }), 120)).toBe(
      [
        '"red fox": 2 occurrences, 1 near match, 0 other sentences with all its words, 2 sentences with some',
        '  Occurrences',
        '    3:1     The [red fox] hunts at night.',
        '    7:51    Trump and the [red fox] met.',
        '  Near matches: all its words, close together, not as the phrase',
        '    7:21    The [fox], [red] and quick, runs.',
        '  Some of its words',
        '    1:3     [Fox] facts — missing "red"',
        '    7:1     [Foxes] live in dens. — missing "red"',
      ].join('\n'),
    );
  });

  it('wraps to the width under the sentence, never past it', () => {
    expect(renderExplanation(explain[0], new Chalk({ level: 0 }), 40).split('\n')).toEqual([
      '"red fox": 2 occurrences, 1 near match,',
      '0 other sentences with all its words, 2',
      'sentences with some',
      '  Occurrences',
      '    3:1     The [red fox] hunts at',
      '            night.',
      '    7:51    Trump and the [red fox] met.',
      '  Near matches: all its words, close',
      '  together, not as the phrase',
      '    7:21    The [fox], [red] and quick,',
      '            runs.',
      '  Some of its words',
      '    1:3     [Fox] facts — missing "red"',
      '    7:1     [Foxes] live in dens.',
      '            — missing "red"',
    ]);
  });

  it('marks them with colour, word by word so that a wrapped mark never colours the indent, and no brackets', () => {
    const text = renderExplanation(explain[0], new Chalk({ level: 1 }));
    expect(text).toContain('The \u001b[1m\u001b[33mred\u001b[39m\u001b[22m \u001b[1m\u001b[33mfox\u001b[39m\u001b[22m hunts at night.');
    expect(text).not.toContain('[red fox]');
  });

  it('is a subcommand that prints only the explanation', async () => {
    const { code, stdout, stderr } = await runCli(['explain', 'fixtures/trump-putin-meeting.md', '-k', 'Trump Putin meeting', '--no-config']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    // Wrapped to 80 columns (no terminal, no COLUMNS), each sentence under its own start.
    expect(lines.slice(0, 7)).toEqual([
      'fixtures/trump-putin-meeting.md',
      '"Trump Putin meeting": 2 occurrences, 0 near matches, 2 other sentences with all',
      'its words, 8 sentences with some',
      '  Occurrences',
      '    14:1    The cancellation of the [Trump-Putin meeting] highlights the',
      '            intricate web of diplomacy and conflict that defines contemporary',
      '            U.S.-Russia relations.',
    ]);
    expect(stdout).toContain('    5:1     During a prior phone conversation between [Trump] and [Putin], which\n            occurred');
    expect(stdout).not.toContain('keyphrase-density');
  });

  it('--explain adds the explanation to the JSON report', async () => {
    const { stdout } = await runCli(['fixtures/trump-putin-meeting.md', '-k', 'US Russia relations', '--explain', '-f', 'json', '--no-config']);
    const r = JSON.parse(stdout).results[0];
    expect(r.explain[0].occurrences.map((o: { text: string; marks: number[][] }) => o.text.slice(o.marks[0][0], o.marks[0][1]))).toEqual([
      'U.S.-Russia relations',
      'U.S.-Russia relations',
      'U.S.-Russia relations',
      'US Russia relations',
    ]);
  });

  it('--explain appends it to the report for people', async () => {
    const { stdout } = await runCli(['fixtures/trump-putin-meeting.md', '-k', 'Ukraine conflict diplomacy', '--explain', '--no-config'], { env: { COLUMNS: '120' } });
    expect(stdout).toContain('"Ukraine conflict diplomacy": 1 occurrence, 0 near matches, 0 other sentences with all its words, 15 sentences with some');
    expect(stdout).toContain('keyphrase-distribution');
  });

  it('without --explain, reports carry no explanation', () => {
    expect(report(fixture('trump-putin-meeting.md'), { keyphrases: ['Trump Putin meeting'] }).explain).toBeUndefined();
  });
});
