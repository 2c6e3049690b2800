import { describe, expect, it } from 'vitest';
import { applyRuleArgument, defaultSettings } from './internal.js';
import { fixture, report, runCli } from './helpers.js';

const seed = fixture('trump-putin-meeting.md');
const r = report(seed, { keyphrases: ['Trump Putin meeting', 'Ukraine conflict diplomacy'] }, 'fixtures/trump-putin-meeting.md');
const kp = (p: string) => r.keyphrases.find((k) => k.phrase === p)!;
const check = (p: string) => r.checks.find((c) => c.id === 'keyphrase-distribution' && c.keyphrase === p)!;

describe('keyphrase distribution in the seed article', () => {
  it('places the occurrences and sentences as shares of the way through the text', () => {
    const d = kp('Trump Putin meeting').distribution;
    expect(d.sentences).toBe(37);
    expect(d.sentencesWith).toBe(4);
    expect(d.positions).toEqual([0.736, 0.944]);
    expect(d.sentencePositions).toEqual([0, 0.222, 0.731, 0.927]);
    expect(d.longestGap).toEqual({ sentences: 17, share: 0.459, fromLine: 5, toLine: 13 });
  });

  it('counts them per section', () => {
    expect(kp('Trump Putin meeting').distribution.sections.map((s) => [s.heading, s.sentences, s.sentencesWith, s.occurrences])).toEqual([
      [null, 3, 1, 0],
      ['Background and Context', 4, 0, 0],
      ['Tensions and Miscommunications', 6, 1, 0],
      ['Russia’s Perspective', 6, 0, 0],
      ['Implications for Future Relations', 6, 0, 0],
      ['Conclusively Speaking', 7, 1, 1],
      ['SEO Considerations', 5, 1, 1],
    ]);
  });

  it('passes keyphrase-distribution when no gap is over half the sentences', () => {
    expect(check('Trump Putin meeting')).toMatchObject({
      passed: true,
      message: '"Trump Putin meeting" recurs through the text: at most 17 of 37 sentences in a row (46 %) go without it, within 50 %',
    });
  });

  it('warns when more than half of the text goes without it', () => {
    expect(check('Ukraine conflict diplomacy')).toMatchObject({
      passed: false,
      severity: 'warning',
      line: 1,
      message: '33 of 37 sentences in a row (89 %) go without "Ukraine conflict diplomacy" (lines 1–16): use it or a synonym there',
    });
  });

  it('counts a synonym as the keyphrase being there', () => {
    const withSynonym = report(seed, { keyphrases: ['Ukraine conflict diplomacy'], synonyms: ['Russia'] });
    const d = withSynonym.keyphrases[0].distribution;
    expect(d.longestGap.sentences).toBe(8);
    expect(withSynonym.checks.find((c) => c.id === 'keyphrase-distribution')!.passed).toBe(true);
  });

  it('warns when no sentence holds it, and takes its threshold as an option', () => {
    const none = report(seed, { keyphrases: ['sourdough bread'] });
    expect(none.checks.find((c) => c.id === 'keyphrase-distribution')!.message).toBe(
      'No sentence holds "sourdough bread" or a synonym: use it at the start, in the middle and towards the end',
    );
    const rules = defaultSettings();
    applyRuleArgument(rules, 'keyphrase-distribution.maxGap=90');
    const lenient = report(seed, { keyphrases: ['Ukraine conflict diplomacy'], rules });
    expect(lenient.checks.find((c) => c.id === 'keyphrase-distribution')!.passed).toBe(true);
  });

  it('draws a strip across the article in the report for people, section starts on a ruler above it', async () => {
    const { stdout } = await runCli(['fixtures/trump-putin-meeting.md', '-k', 'Trump Putin meeting', '--no-config'], { env: { COLUMNS: '100' } });
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Trump Putin meeting  ▕'));
    // 46 cells for a 100-column terminal: the 6 sections after the first each have their bar, and
    // the hits their marks; ◉ is an occurrence in a cell with a sentence holding all its words.
    expect(lines.slice(at - 1, at + 2)).toEqual([
      'sections             ▕    |     |       |       |      |        |   ▏',
      'Trump Putin meeting  ▕○·········○······················◉········○●··▏ longest gap 17 of 37 sentences',
      '● as written  ○ a sentence with all its words  ◉ ● and ○ in one cell  | a section starts',
    ]);
  });
});
