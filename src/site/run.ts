import { existsSync } from 'node:fs';
import { cmp, SiteContext } from './context.js';
import { formatMessage } from '../rules/message.js';
import { SITE_RULES } from './rules/index.js';
import { defaultSettings, settingsFrom } from '../check/settings.js';
import { linkSuggestions } from './suggestions.js';
import type { Prominence } from './tfidf.js';
import type { LinkSuggestion, PerFileResult, SiteFinding, SiteRuleSetting, SiteSummary, SuggestedKeyphrase } from './types.js';

export interface SiteRunOptions {
  /** Rule settings (article and site rules share them), or entries over the defaults (`{"orphan-page": "warning"}`). */
  rules?: Map<string, SiteRuleSetting> | Record<string, unknown>;
  /** Whether a file exists, for links to images and other files next to an article (default: on disk). */
  fileExists?: (absolutePath: string) => boolean;
  /** Related articles suggested per file (default 3). */
  linkSuggestions?: number;
  /** Keyphrases suggested per file (default 5). */
  keyphraseSuggestions?: number;
  /** How much the title, subheadings and keyphrases weigh in similarity (see tfidf.ts). */
  prominence?: Prominence;
}

export interface SiteResult {
  /** Findings about several files (or a file as part of the site), sorted. */
  findings: SiteFinding[];
  /** By `SiteSummary.file`: suggestions, and findings about the file alone. */
  perFile: Map<string, PerFileResult>;
}

const RULE_ORDER = new Map(SITE_RULES.map((r, i) => [r.id, i]));

/** Findings in a fixed order: by rule, then first file and place, then message. */
function compareFindings(a: SiteFinding, b: SiteFinding): number {
  const fa = a.files[0];
  const fb = b.files[0];
  return (
    RULE_ORDER.get(a.ruleId)! - RULE_ORDER.get(b.ruleId)! ||
    cmp(fa?.file ?? '', fb?.file ?? '') ||
    (fa?.line ?? 0) - (fb?.line ?? 0) ||
    (fa?.column ?? 0) - (fb?.column ?? 0) ||
    cmp(a.messageId, b.messageId) ||
    cmp(a.message, b.message)
  );
}

function contextOf(summaries: readonly SiteSummary[], options: SiteRunOptions): SiteContext {
  return new SiteContext(summaries, { fileExists: options.fileExists ?? existsSync, prominence: options.prominence });
}

/**
 * The site stage: runs every site rule that is not off over the run's summaries, and gives each
 * file its suggested keyphrases and related articles. Nothing in it is quadratic in the number of
 * files: hash maps for exact duplicates, keyphrases and links, LSH buckets for near duplicates,
 * an inverted index with bounded postings for similarity.
 */
export function runSite(summaries: readonly SiteSummary[], options: SiteRunOptions = {}): SiteResult {
  const settings = options.rules instanceof Map ? options.rules : settingsFrom(options.rules ?? {});
  const ctx = contextOf(summaries, options);
  const findings: SiteFinding[] = [];
  const perFile = new Map<string, PerFileResult>();
  const keyphraseLimit = options.keyphraseSuggestions ?? 5;
  const linkLimit = options.linkSuggestions ?? 3;
  ctx.summaries.forEach((s, doc) => {
    perFile.set(s.file, {
      suggestedKeyphrases: ctx.phrases().suggestions(doc, keyphraseLimit),
      linkSuggestions: linkSuggestions(ctx, doc, linkLimit),
      checks: [],
    });
  });
  for (const rule of SITE_RULES) {
    const setting = settings.get(rule.id);
    if (setting === undefined || setting.severity === 'off') continue;
    for (const o of rule.check(ctx.summaries, setting.options as never, ctx)) {
      const finding: SiteFinding = {
        ruleId: rule.id,
        messageId: o.messageId,
        severity: setting.severity,
        message: formatMessage(rule.messages[o.messageId], o.data),
        data: o.data,
        files: o.files,
        ...(o.keyphrase === undefined ? {} : { keyphrase: o.keyphrase }),
        ...(o.similarity === undefined ? {} : { similarity: o.similarity }),
      };
      if (rule.scope === 'file') perFile.get(o.files[0].file)?.checks.push(finding);
      else findings.push(finding);
    }
  }
  for (const r of perFile.values()) r.checks.sort(compareFindings);
  return { findings: findings.sort(compareFindings), perFile };
}

/**
 * Suggestions for one article against a folder of others (`seo-check suggest article.md --against
 * DIR`): its keyphrases by TF-IDF against them, and the others it could link to.
 */
export function suggest(
  target: SiteSummary,
  others: readonly SiteSummary[],
  options: Pick<SiteRunOptions, 'fileExists' | 'linkSuggestions' | 'keyphraseSuggestions' | 'prominence'> = {},
): { suggestedKeyphrases: SuggestedKeyphrase[]; linkSuggestions: LinkSuggestion[] } {
  const rest = others.filter((o) => o !== target && !(o.file === target.file && o.path === target.path));
  const ctx = contextOf([target, ...rest], options);
  const doc = ctx.summaries.indexOf(target);
  return {
    suggestedKeyphrases: ctx.phrases().suggestions(doc, options.keyphraseSuggestions ?? 5),
    linkSuggestions: linkSuggestions(ctx, doc, options.linkSuggestions ?? 3),
  };
}
