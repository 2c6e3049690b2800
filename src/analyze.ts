import { parseDocument } from './parse/document.js';
import { ParseError } from './parse/errors.js';
import { DEFAULT_MAX_BYTES, tooLarge } from './read/files.js';
import { frontMatterKeyphrases, readMeta } from './measure/meta.js';
import { measureStats, type Heading } from './measure/stats.js';
import type { Occurrence } from './measure/keyphrase.js';
import { Matching, type MatchingOptions } from './measure/matching.js';
import { keyphraseMatchingReport, type KeyphraseMatchingReport } from './measure/keyphrase-report.js';
import { explainArticle, type Explanation } from './explain/explain.js';
import { measureReading, readabilityReport, type ReadabilityReport } from './measure/reading.js';
import { SyllableCounter } from './measure/syllables.js';
import { runRules, score, type Check } from './check/run.js';
import { articleSettings, defaultSettings, SettingError, type RuleSetting } from './check/settings.js';
import type { ArticleFacts } from './rules/types.js';

/** How one keyphrase is targeted, as the JSON report gives it. */
export interface KeyphraseReport extends KeyphraseMatchingReport {
  phrase: string;
  count: number;
  sentenceMatches: number;
  density: number;
  occurrences: Occurrence[];
  inTitle: boolean;
  inDescription: boolean;
  inIntroduction: boolean;
  inSlug: boolean;
  subheadings: { total: number; matching: number };
}

export interface FileReport {
  file: string;
  passed: boolean;
  score: number;
  meta: { title: string | null; description: string | null; slug: string | null };
  stats: { words: number; sentences: number; paragraphs: number; headings: Heading[] };
  keyphrases: KeyphraseReport[];
  readability: ReadabilityReport;
  checks: Check[];
  /** The language the article was matched in ("en"). */
  language: string;
  /** Why each keyphrase matched or not (with `explain`). */
  explain?: Explanation[];
}

/** A file that could not be read or parsed: no measures, only the reason. */
export interface FileFailure {
  file: string;
  passed: false;
  error: string;
  /** Where in the file the problem is, when known. */
  line?: number;
}

export type FileResult = FileReport | FileFailure;

export function isFailure(r: FileResult): r is FileFailure {
  return 'error' in r;
}

export interface AnalyzerOptions extends MatchingOptions {
  /** Keyphrases to check; when empty, those named in each article's front matter. */
  keyphrases?: string[];
  /** Rule settings (see `defaultSettings`, `applyEntry`). */
  rules?: Map<string, RuleSetting>;
  /** The score a file must reach to pass (0–100). */
  minScore?: number;
  /** Keyphrases for articles that name none (a configuration's `keyphrases`). */
  defaultKeyphrases?: string[];
  /** The site's URL or host: links to it count as internal (an article's front matter `site` wins). */
  site?: string;
  /** Refuse articles over this many bytes of UTF-8 (default 20 MB, as `--max-size`). */
  maxBytes?: number;
  /** Add to each report why each keyphrase matched or not (`--explain`). */
  explain?: boolean;
}

/**
 * Analyses articles with one set of options. One analyzer serves a whole run so that its word
 * memo is shared across files.
 */
export class Analyzer {
  private readonly matching: Matching;
  private readonly syllables = new SyllableCounter();
  private readonly settings: Map<string, RuleSetting>;

  constructor(private readonly options: AnalyzerOptions = {}) {
    this.settings = options.rules ?? defaultSettings();
    this.matching = new Matching(options);
  }

  /** Measures and checks one article, with facts for programmatic use. */
  facts(text: string, file: string | null): ArticleFacts {
    // An .mdx file's imports, JSX and expressions are code, not prose.
    const mdx = file !== null && file.toLowerCase().endsWith('.mdx');
    const doc = parseDocument(text, (frontMatter) => this.matching.folderFor(frontMatter), { mdx });
    const meta = readMeta(doc, file);
    const stats = measureStats(doc);
    const given = this.options.keyphrases ?? [];
    const fromArticle = given.length > 0 ? given : frontMatterKeyphrases(doc);
    const phrases = fromArticle.length > 0 ? fromArticle : (this.options.defaultKeyphrases ?? []);
    const { keyphrases, phrases: compiled, holds } = this.matching.measure(doc, meta, phrases, stats.words);
    const reading = measureReading(doc, compiled, holds, this.syllables, this.options.site);
    return { doc, meta, stats, keyphrases, ...reading };
  }

  /** Analyses one article's text. `file` names it in the report and gives the slug. */
  analyze(text: string, file: string): FileResult {
    const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
    // A UTF-16 unit is at most 3 bytes of UTF-8: only text near the limit is measured.
    if (text.length * 3 > maxBytes && Buffer.byteLength(text) > maxBytes) {
      return { file, passed: false, error: tooLarge(Buffer.byteLength(text), maxBytes).message };
    }
    let facts: ArticleFacts;
    try {
      facts = this.facts(text, file === '<stdin>' ? null : file);
    } catch (error) {
      if (error instanceof ParseError) return { file, passed: false, error: error.message, line: error.line };
      throw error;
    }
    // Until the engine reports it as a finding, front matter that cannot be read fails the file as before.
    const frontMatterError = facts.doc.frontMatter.error;
    if (frontMatterError !== null) return { file, passed: false, error: frontMatterError.message, line: frontMatterError.line };
    let settings: Map<string, RuleSetting>;
    try {
      settings = articleSettings(this.settings, facts.doc.frontMatter.data);
    } catch (error) {
      if (!(error instanceof SettingError)) throw error;
      const line = facts.doc.frontMatter.keyLines.get('seo-check') ?? 1;
      return { file, passed: false, error: `front matter seo-check: ${error.message}`, line };
    }
    const { checks, runs } = runRules(facts, settings);
    const total = score(runs);
    const failedError = checks.some((c) => !c.passed && c.severity === 'error');
    const { meta, stats } = facts;
    return {
      file,
      passed: !failedError && total >= (this.options.minScore ?? 0),
      score: total,
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
      readability: readabilityReport(facts),
      checks,
      language: this.matching.language(facts.doc.frontMatter).code,
      ...(this.options.explain === true ? { explain: explainArticle(facts) } : {}),
    };
  }
}
