import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../src/engine/analyzer.js';
import { buildSummary } from '../src/site/summary.js';
import { SummaryLanguages } from '../src/site/language.js';
import { runSite, type SiteRunOptions } from '../src/site/run.js';
import type { SiteFinding, SiteSummary } from '../src/site/types.js';

export const SITE_FIXTURES = fileURLToPath(new URL('../fixtures/site/', import.meta.url));

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(path));
    else if (/\.(md|markdown|mdx)$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** The summaries of a fixture site, each file named by its path inside the site's folder. */
export function loadSite(name: string): SiteSummary[] {
  const root = join(SITE_FIXTURES, name);
  const analyzer = new Analyzer();
  const languages = new SummaryLanguages();
  return markdownFiles(root).map((path) => {
    const file = relative(root, path).split('\\').join('/');
    return buildSummary(analyzer.facts(readFileSync(path, 'utf8'), file), file, path, { languages });
  });
}

/** A finding as the fixture tests compare it: what it is and where, without its wording. */
export function brief(f: SiteFinding): { ruleId: string; messageId: string; files: string[]; similarity?: number } {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    files: f.files.map((p) => `${p.file}:${p.line ?? 1}`),
    ...(f.similarity === undefined ? {} : { similarity: Math.round(f.similarity * 100) / 100 }),
  };
}

/** Runs the site stage over a fixture site; every rule on unless `options.rules` says otherwise. */
export function runFixture(name: string, options: SiteRunOptions = {}) {
  const summaries = loadSite(name);
  return { summaries, ...runSite(summaries, options) };
}
