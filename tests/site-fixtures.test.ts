import { describe, expect, it } from 'vitest';
import { brief, runFixture } from './site-load.js';

/** Findings of a fixture site, as `brief` gives them, with every rule on (orphan-page too). */
function everything(name: string) {
  const r = runFixture(name, { rules: { 'orphan-page': 'warning' } });
  return { findings: r.findings.map(brief), checks: [...r.perFile].flatMap(([, p]) => p.checks.map(brief)), r };
}

describe('fixtures/site', () => {
  it('clean: a site of six interlinked articles holds no site finding, with every rule on', () => {
    const { findings, checks, r } = everything('clean');
    expect(r.summaries).toHaveLength(6);
    expect(findings).toEqual([]);
    expect(checks).toEqual([]);
  });

  it('cannibalization: two articles share a keyphrase; one declares the topic of another', () => {
    const r = runFixture('cannibalization');
    expect(r.findings.map(brief)).toEqual([
      { ruleId: 'keyphrase-cannibalization', messageId: 'shared', files: ['baguette.md:4', 'sourdough-starter.md:4'] },
      { ruleId: 'keyphrase-cannibalization', messageId: 'topic', files: ['focaccia.md:4', 'rye-bread.md:2'] },
    ]);
    expect(r.findings[0].message).toBe(
      '2 articles target the keyphrase "Sourdough starters": they compete for the same searches; give each its own keyphrase, or merge them',
    );
    expect(r.findings[1].message).toBe('"rye bread", the keyphrase of focaccia.md, is also what rye-bread.md is most about: the two compete for the same searches');
    // Neither borrowed keyphrase is what its own article is about.
    const checks = [...r.perFile].flatMap(([, p]) => p.checks.map(brief));
    expect(checks).toEqual([
      { ruleId: 'keyphrase-not-topical', messageId: 'notTopical', files: ['baguette.md:4'] },
      { ruleId: 'keyphrase-not-topical', messageId: 'notTopical', files: ['focaccia.md:4'] },
    ]);
  });

  it('not-topical: a keyphrase the text is not about is a per-file check, not a site finding', () => {
    const r = runFixture('not-topical');
    expect(r.findings).toEqual([]);
    const checks = r.perFile.get('pizza-dough.md')!.checks;
    expect(checks.map(brief)).toEqual([{ ruleId: 'keyphrase-not-topical', messageId: 'notTopical', files: ['pizza-dough.md:4'] }]);
    expect(checks[0].message).toBe(
      '"croissant butter" is not among what the text is about (its top phrases: "pizza dough", "slow", "balls"); write more about it, or choose a keyphrase the text is about',
    );
    expect([...r.perFile.values()].flatMap((p) => p.checks)).toHaveLength(1);
  });

  it('duplicate-title: identical once normalised, and near-identical; titles that differ by a number are not', () => {
    const r = runFixture('duplicate-title');
    expect(r.findings.map(brief)).toEqual([
      { ruleId: 'duplicate-title', messageId: 'exact', files: ['rye-at-home-again.md:2', 'rye-at-home.md:2'], similarity: 1 },
      { ruleId: 'duplicate-title', messageId: 'near', files: ['starter-alive-2.md:2', 'starter-alive.md:2'], similarity: 0.92 },
    ]);
    expect(r.findings[1].message).toBe(
      '2 articles have nearly the same title (92 % alike), such as "How to keep the sourdough starter alive": make them tell the articles apart',
    );
  });

  it('duplicate-description: identical once normalised, and near-identical', () => {
    const r = runFixture('duplicate-description');
    expect(r.findings.map(brief)).toEqual([
      { ruleId: 'duplicate-description', messageId: 'exact', files: ['focaccia-olives.md:3', 'focaccia.md:3'], similarity: 1 },
      { ruleId: 'duplicate-description', messageId: 'near', files: ['pizza-thin.md:3', 'pizza.md:3'], similarity: 0.95 },
    ]);
  });

  it('duplicate-content: an exact copy and a near copy (one word changed in 400), reported apart', () => {
    const r = runFixture('duplicate-content');
    expect(r.findings.map(brief)).toEqual([
      { ruleId: 'duplicate-content', messageId: 'exact', files: ['digital-economy-copy.md:5', 'digital-economy.md:5'], similarity: 1 },
      { ruleId: 'duplicate-content', messageId: 'near', files: ['discovery-revised.md:5', 'discovery.md:5'], similarity: 0.98 },
    ]);
    expect(r.findings[1].message).toBe('2 articles are near duplicates (at least 97 % alike): merge them, or make each say something of its own');
  });

  it('broken-links: each way of writing a link, resolved as the generators do; what cannot be told is not reported', () => {
    const r = runFixture('broken-links');
    const post = '_posts/2016-07-01-user-research.md';
    expect(r.findings.map(brief)).toEqual([
      { ruleId: 'broken-link', messageId: 'article', files: [`${post}:9`] },
      { ruleId: 'broken-link', messageId: 'article', files: [`${post}:11`] },
      { ruleId: 'broken-link', messageId: 'anchor', files: [`${post}:13`] },
      { ruleId: 'broken-link', messageId: 'article', files: [`${post}:15`] },
      { ruleId: 'broken-link', messageId: 'article', files: [`${post}:17`] },
      { ruleId: 'broken-link', messageId: 'ownAnchor', files: [`${post}:19`] },
      { ruleId: 'broken-link', messageId: 'anchor', files: ['content/blog/leaf.md:8'] },
      { ruleId: 'broken-link', messageId: 'article', files: ['content/blog/leaf.md:10'] },
      { ruleId: 'broken-link', messageId: 'article', files: ['content/blog/notes.md:6'] },
    ]);
    expect(r.findings.map((f) => f.data.href)).toEqual([
      '/2016/06/20/build-sympathy/',
      '{% post_url 2016-06-22-stakeholder-maps %}',
      // Resolved as the site resolves it: the tags that name a post or a file are quoted as written.
      '/2016/06/20/build-empathy/#budget',
      '{% link _posts/2016-06-20-empathy.md %}',
      '/guides/deploy/',
      '#next-steps',
      'bundle/index.md#day-two',
      'drafts.md',
      '/blog/roadmap/',
    ]);
    expect(r.findings[2].message).toBe(
      'The link "/2016/06/20/build-empathy/#budget" points to "#budget", which is no heading of _posts/2016-06-20-build-empathy.md',
    );
  });

  it('orphan: off by default; when on, the articles no other article links to', () => {
    expect(runFixture('orphan').findings).toEqual([]);
    const r = runFixture('orphan', { rules: { 'orphan-page': 'warning' } });
    expect(r.findings.map(brief)).toEqual([
      { ruleId: 'orphan-page', messageId: 'orphan', files: ['c.md:1'] },
      { ruleId: 'orphan-page', messageId: 'orphan', files: ['d.md:1'] },
    ]);
    expect(r.findings[0].severity).toBe('warning');
  });
});
