import { describe, expect, it } from 'vitest';
import { fixture, report } from './helpers.js';

const seed = fixture('trump-putin-meeting.md');
const phrases = ['Trump Putin meeting', 'Ukraine conflict diplomacy', 'US Russia relations'];

describe('the seed article', () => {
  const r = report(seed, { keyphrases: phrases }, 'fixtures/trump-putin-meeting.md');
  const kp = (p: string) => r.keyphrases.find((k) => k.phrase === p)!;

  it('counts each target phrase as written in real prose', () => {
    expect(kp('Trump Putin meeting')).toMatchObject({ count: 2, sentenceMatches: 4, density: 0.26 });
    expect(kp('US Russia relations').count).toBe(4);
    expect(kp('Ukraine conflict diplomacy').count).toBe(1);
  });

  it('places each occurrence at the form the writer used', () => {
    expect(kp('Trump Putin meeting').occurrences).toEqual([
      { line: 14, column: 25, endLine: 14, endColumn: 44, text: 'Trump-Putin meeting' },
      { line: 17, column: 90, endLine: 17, endColumn: 109, text: 'Trump Putin meeting' },
    ]);
    expect(kp('US Russia relations').occurrences.map((o) => o.text)).toEqual([
      'U.S.-Russia relations',
      'U.S.-Russia relations',
      'U.S.-Russia relations',
      'US Russia relations',
    ]);
  });

  it('measures its structure', () => {
    // 777 whitespace-separated runs, less the six "###" heading markers.
    expect(r.stats.words).toBe(771);
    expect(r.stats.sentences).toBe(37);
    // CommonMark joins lines without a blank line between them into one paragraph.
    expect(r.stats.paragraphs).toBe(7);
    expect(r.stats.headings).toHaveLength(6);
    expect(r.stats.headings.every((h) => h.level === 3)).toBe(true);
    expect(r.stats.headings[0]).toEqual({ level: 3, text: 'Background and Context', line: 2 });
  });

  it('fails keyphrase-in-title: the article has no title', () => {
    const failed = r.checks.filter((c) => c.id === 'keyphrase-in-title');
    expect(failed).toHaveLength(3);
    expect(failed.every((c) => !c.passed && c.severity === 'error')).toBe(true);
    expect(r.meta).toEqual({ title: null, description: null, slug: 'trump-putin-meeting' });
    expect(r.passed).toBe(false);
  });
});
