import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../src/rules/message.js';
import { SITE_RULES } from '../src/site/rules/index.js';
import { runSite, suggest } from '../src/site/run.js';
import { applyEntry, defaultSettings, settingsFrom, SettingError } from '../src/check/settings.js';
import { loadSite, runFixture } from './site-load.js';

describe('formatMessage', () => {
  it.each([
    ['{{count}} {{count|article|articles}}', { count: 1 }, '1 article'],
    ['{{count}} {{count|article|articles}}', { count: 3 }, '3 articles'],
    ['"{{ href }}" at {{line}}', { href: '/x/', line: 4 }, '"/x/" at 4'],
    ['{{n|one|}}', { n: 2 }, ''],
  ])('%s with %j → %s', (template, data, expected) => expect(formatMessage(template, data)).toBe(expected));
  it('a placeholder without its value is a bug in the rule: it throws, never shows', () => {
    expect(() => formatMessage('{{missing}} stays', {})).toThrow(/needs 'missing'/);
  });
});

describe('site rule registry and settings', () => {
  it('every rule has a docs page with its default severity, options, message ids and examples', () => {
    for (const rule of SITE_RULES) {
      const file = new URL(`../docs/rules/${rule.id}.md`, import.meta.url);
      expect(existsSync(file), rule.id).toBe(true);
      const page = readFileSync(file, 'utf8');
      expect(page).toContain(`# \`${rule.id}\``);
      expect(page).toContain(`| Default severity | \`${rule.defaultSeverity}\`${rule.recommended ? '' : ' (off unless turned on)'} |`);
      for (const [name, spec] of Object.entries(rule.options)) expect(page, `${rule.id}.${name}`).toContain(`| \`${name}\` | ${spec.type} | \`${JSON.stringify(spec.default)}\` |`);
      for (const id of Object.keys(rule.messages)) expect(page, `${rule.id}:${id}`).toContain(`\`${id}\``);
      if (rule.basis.url !== undefined) expect(page).toContain(rule.basis.url);
    }
  });

  it('every message template names only data its rule gives (checked on the fixture findings)', () => {
    const all = ['cannibalization', 'broken-links', 'duplicate-content', 'duplicate-title', 'duplicate-description', 'orphan', 'not-topical'].flatMap((name) => {
      const r = runFixture(name, { rules: { 'orphan-page': 'warning' } });
      return [...r.findings, ...[...r.perFile.values()].flatMap((p) => p.checks)];
    });
    const seen = new Set(all.map((f) => `${f.ruleId}/${f.messageId}`));
    expect(seen.size).toBe(SITE_RULES.reduce((n, r) => n + Object.keys(r.messages).length, 0));
    for (const f of all) {
      const template = SITE_RULES.find((r) => r.id === f.ruleId)!.messages[f.messageId];
      for (const [, name] of template.matchAll(/\{\{\s*([\w.-]+)/g)) expect(Object.keys(f.data), `${f.ruleId}/${f.messageId}`).toContain(name);
    }
  });

  it('orphan-page is off unless asked for; the others are on at their default severity', () => {
    const d = defaultSettings();
    expect(Object.fromEntries(SITE_RULES.map((r) => [r.id, d.get(r.id)!.severity]))).toEqual({
      'keyphrase-cannibalization': 'warning',
      'duplicate-title': 'error',
      'duplicate-description': 'warning',
      'duplicate-content': 'warning',
      'broken-link': 'error',
      'orphan-page': 'off',
      'keyphrase-not-topical': 'warning',
    });
  });

  it.each([
    ['duplicate-content', ['warn', { threshold: '95' }], null],
    ['duplicate-content', ['error', { threshold: 40 }], "rule 'duplicate-content': option 'threshold' must be 50 or more, not 40"],
    ['duplicate-content', ['error', { minWords: 2.5 }], "rule 'duplicate-content': option 'minWords' must be a whole number, not 2.5"],
    ['duplicate-title', ['error', { near: 'maybe' }], "rule 'duplicate-title': option 'near' must be true or false, not \"maybe\""],
    ['duplicate-title', ['error', { tolerance: 1 }], "rule 'duplicate-title' has no option 'tolerance' (options: threshold, near)"],
    ['orphan-page', 'loud', "rule 'orphan-page': severity must be error, warning or off, not \"loud\""],
    ['no-such-rule', 'error', "unknown rule 'no-such-rule' (see `seo-check rules`)"],
  ])('%s: %j', (id, entry, error) => {
    const settings = defaultSettings();
    if (error === null) {
      applyEntry(settings, id, entry);
      expect(settings.get(id)).toEqual({ severity: 'warning', options: { threshold: 95, minWords: 50 } });
    } else expect(() => applyEntry(settings, id, entry)).toThrow(new SettingError(error));
  });

  it('a rule turned off gives no finding; a severity given is the findings’ severity', () => {
    const off = runFixture('duplicate-title', { rules: { 'duplicate-title': 'off' } });
    expect(off.findings).toEqual([]);
    const warn = runFixture('duplicate-title', { rules: settingsFrom({ 'duplicate-title': ['warning', { near: false }] }) });
    expect(warn.findings.map((f) => [f.messageId, f.severity])).toEqual([['exact', 'warning']]);
  });
});

describe('thresholds that skip a check', () => {
  it('keyphrase-not-topical is skipped with fewer than minArticles other articles (IDF needs others)', () => {
    const site = loadSite('not-topical');
    expect(runSite(site).perFile.get('pizza-dough.md')!.checks).toHaveLength(1);
    expect(runSite(site, { rules: { 'keyphrase-not-topical': ['warning', { minArticles: 6 }] } }).perFile.get('pizza-dough.md')!.checks).toEqual([]);
  });

  it('broken-link judges no link to another article in a run of one file, but still its own fragments', () => {
    const site = loadSite('broken-links').filter((s) => s.file === '_posts/2016-07-01-user-research.md');
    expect(runSite(site).findings.map((f) => f.messageId)).toEqual(['ownAnchor']);
  });

  it('duplicate-content compares no article shorter than minWords for near duplicates', () => {
    const r = runFixture('duplicate-content', { rules: { 'duplicate-content': ['warning', { minWords: 1000 }] } });
    expect(r.findings.map((f) => f.messageId)).toEqual(['exact']);
  });
});

describe('suggestions', () => {
  const clean = loadSite('clean');
  const r = runSite(clean);

  it('suggest each article’s own keyphrase among its top two (TF-IDF against the others)', () => {
    for (const s of clean) {
      const top = r.perFile.get(s.file)!.suggestedKeyphrases.slice(0, 2).map((k) => k.key);
      expect(top, s.file).toContain(s.keyphrases[0].key);
    }
    expect(r.perFile.get('focaccia.md')!.suggestedKeyphrases.map((k) => [k.phrase, k.key])).toEqual([
      ['olive oil', 'oliv oil'],
      ['focaccia', 'focaccia'],
      ['rosemary', 'rosemari'],
      ['dimples', 'dimpl'],
      ['spreads', 'spread'],
    ]);
  });

  it('never suggest an article already linked to, nor the article itself', () => {
    const site = loadSite('cannibalization');
    const res = runSite(site);
    for (const s of site) {
      const linked = new Set(s.links.map((l) => l.href.replace(/#.*/, '')));
      for (const l of res.perFile.get(s.file)!.linkSuggestions) {
        expect(l.file).not.toBe(s.file);
        expect(linked.has(l.file)).toBe(false);
      }
    }
    expect(res.perFile.get('pizza-dough.md')!.linkSuggestions).toEqual([
      {
        file: 'baguette.md',
        title: 'Shaping a crisp baguette at home',
        href: './baguette.md',
        similarity: 0.171,
        // The sentence with the words a baguette's dough shares: flour, water, salt, yeast.
        sentence: { line: 9, column: 44, endLine: 10, endColumn: 67, excerpt: 'Mix flour, water, salt and a pinch of yeast, knead for five…' },
      },
      expect.objectContaining({ file: 'croissants.md' }),
    ]);
  });

  it('suggest(target, others) gives what the site stage gives that article', () => {
    const target = clean.find((s) => s.file === 'pizza-dough.md')!;
    const alone = suggest(target, clean);
    expect(alone.suggestedKeyphrases).toEqual(r.perFile.get('pizza-dough.md')!.suggestedKeyphrases);
    expect(alone.linkSuggestions).toEqual(r.perFile.get('pizza-dough.md')!.linkSuggestions);
  });
});
