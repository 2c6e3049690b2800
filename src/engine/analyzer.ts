import { parseDocument } from '../parse/document.js';
import { ParseError } from '../parse/errors.js';
import { DEFAULT_MAX_BYTES, tooLarge } from '../read/files.js';
import { frontMatterKeyphrases, readMeta } from '../measure/meta.js';
import { measureStats } from '../measure/stats.js';
import { Matching, type MatchingOptions } from '../measure/matching.js';
import { keyphraseMatchingReport } from '../measure/keyphrase-report.js';
import { explainArticle } from '../measure/explain.js';
import { measureReading, readabilityReport } from '../measure/reading.js';
import { SyllableCounter } from '../measure/syllables.js';
import type { ArticleFacts } from '../measure/facts.js';
import { runRules } from '../check/run.js';
import { articleSettings, defaultSettings, SettingError, type RuleSetting } from '../check/settings.js';
import { scored } from './score.js';
import { buildSummary } from '../site/summary.js';
import { SummaryLanguages } from '../site/language.js';
import type { Checked, Outcome, FileResult } from './types.js';

export type { Checked, Outcome };

export interface AnalyzerOptions extends MatchingOptions {
  /** Keyphrases to check; when empty, those named in each article's front matter. */
  keyphrases?: string[];
  /** Rule settings (see `defaultSettings`, `applyEntry`). */
  rules?: Map<string, RuleSetting>;
  /** Keyphrases for articles that name none (a configuration's `keyphrases`). */
  defaultKeyphrases?: string[];
  /** The site's URL or host: links to it count as internal (an article's front matter `site` wins). */
  site?: string;
  /** Refuse articles over this many bytes of UTF-8 (default 20 MB, as `--max-size`). */
  maxBytes?: number;
  /** Add to each report why each keyphrase matched or not (`--explain`). */
  explain?: boolean;
  /** The score `analyze` requires a file to reach (0–100). */
  minScore?: number;
  /** Spellings the word tables may hold before they start afresh (default MAX_SPELLINGS). */
  maxSpellings?: number;
}

/**
 * Words spelt in an analyzer's folders before they are started afresh: a long-lived engine (an
 * editor's, a watch) reads ever new spellings, and the folder's table would grow without end.
 */
export const MAX_SPELLINGS = 400_000;

/**
 * Measures and checks articles with one set of options: the per-file stage of the engine. One
 * analyzer serves every file of a configuration, so that its word tables are shared.
 */
export class Analyzer {
  private matching: Matching;
  private syllables = new SyllableCounter();
  private summaryLanguages = new SummaryLanguages();
  private readonly settings: Map<string, RuleSetting>;

  constructor(private readonly options: AnalyzerOptions = {}) {
    this.settings = options.rules ?? defaultSettings();
    this.matching = new Matching(options);
  }

  /** Measures one article, with facts for programmatic use. */
  facts(text: string, file: string | null): ArticleFacts {
    // An .mdx file's imports, JSX and expressions are code, not prose.
    const mdx = file !== null && file.toLowerCase().endsWith('.mdx');
    const doc = parseDocument(text, (frontMatter) => this.matching.folderFor(frontMatter), { mdx });
    const language = this.matching.language(doc.frontMatter);
    const meta = readMeta(doc, file);
    const stats = measureStats(doc);
    const given = this.options.keyphrases ?? [];
    const fromArticle = given.length > 0 ? given : frontMatterKeyphrases(doc);
    const phrases = fromArticle.length > 0 ? fromArticle : (this.options.defaultKeyphrases ?? []);
    const { keyphrases, phrases: compiled, holds } = this.matching.measure(doc, meta, phrases, stats.words);
    const reading = measureReading(doc, compiled, holds, this.syllables, language, this.options.site);
    return { doc, meta, stats, keyphrases, language, ...reading };
  }

  /**
   * The per-file stage for one article's text; `file` names it in the report and gives the slug.
   * With `summary`, it also makes what the site stage reads of the article (`path`: where it is on disk).
   */
  check(text: string, file: string, summary?: { path: string | null }): Outcome {
    const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
    // A UTF-16 unit is at most 3 bytes of UTF-8: only text near the limit is measured.
    if (text.length * 3 > maxBytes && Buffer.byteLength(text) > maxBytes) {
      return { failure: { file, passed: false, error: tooLarge(Buffer.byteLength(text), maxBytes).message } };
    }
    let facts: ArticleFacts;
    try {
      facts = this.facts(text, file === '<stdin>' ? null : file);
    } catch (error) {
      if (error instanceof ParseError) return { failure: { file, passed: false, error: error.message, line: error.line } };
      throw error;
    } finally {
      this.bound();
    }
    let settings: Map<string, RuleSetting>;
    try {
      settings = articleSettings(this.settings, facts.doc.frontMatter.data);
    } catch (error) {
      if (!(error instanceof SettingError)) throw error;
      const line = facts.doc.frontMatter.keyLines.get('seo-check') ?? 1;
      return { failure: { file, passed: false, error: `front matter seo-check: ${error.message}`, line } };
    }
    const { checks, runs } = runRules(facts, settings);
    const { meta, stats, language } = facts;
    return {
      runs,
      ...(summary === undefined ? {} : { summary: buildSummary(facts, file, summary.path, { language: language.code, languages: this.summaryLanguages }) }),
      report: {
        file,
        meta: { title: meta.title, description: meta.description, slug: meta.slug },
        stats,
        keyphrases: facts.keyphrases.map((k) => ({
          phrase: k.phrase,
          count: k.count,
          sentenceMatches: k.sentenceMatches,
          density: k.density,
          occurrences: k.occurrences,
          inTitle: k.title.found,
          inDescription: k.description.found,
          inIntroduction: k.introduction.found,
          inSlug: k.slug.found,
          subheadings: { total: k.subheadings.total, matching: k.subheadings.matching },
          ...keyphraseMatchingReport(k),
        })),
        readability: readabilityReport(facts, language.style, settings.get('sentence-length')?.options.max as number | undefined),
        checks,
        language: language.code,
        ...(this.options.explain === true ? { explain: explainArticle(facts) } : {}),
      },
    };
  }

  /** One article on its own, scored: the per-file stage and the score, with no site stage. */
  analyze(text: string, file: string): FileResult {
    const outcome = this.check(text, file);
    return 'failure' in outcome ? outcome.failure : scored(outcome, this.options.minScore ?? 0);
  }

  /** Spellings the word tables hold now. */
  spellings(): number {
    return this.matching.spellings();
  }

  /** Starts the word tables afresh once they hold more spellings than MAX_SPELLINGS. */
  private bound(): void {
    if (this.matching.spellings() <= (this.options.maxSpellings ?? MAX_SPELLINGS)) return;
    this.matching = new Matching(this.options);
    this.syllables = new SyllableCounter();
    this.summaryLanguages = new SummaryLanguages();
  }
}
