import { parseDocument } from './parse/document.js';
import { ParseError } from './parse/errors.js';
import { WordFolder } from './text/fold.js';
import { ENGLISH_FUNCTION_WORDS } from './text/lexicon.js';
import { frontMatterKeyphrases, readMeta } from './measure/meta.js';
import { measureStats, type Heading } from './measure/stats.js';
import { measureKeyphrase, type Occurrence } from './measure/keyphrase.js';
import { compilePhrase } from './measure/phrase.js';
import { runRules, score, type Check } from './check/run.js';
import { defaultSettings, type RuleSetting } from './check/settings.js';
import type { ArticleFacts } from './rules/types.js';

/** How one keyphrase is targeted, as the JSON report gives it. */
export interface KeyphraseReport {
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
  checks: Check[];
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

export interface AnalyzerOptions {
  /** Keyphrases to check; when empty, those named in each article's front matter. */
  keyphrases?: string[];
  /** Rule settings (see `defaultSettings`, `applyEntry`). */
  rules?: Map<string, RuleSetting>;
  /** The score a file must reach to pass (0–100). */
  minScore?: number;
}

/**
 * Analyses articles with one set of options. One analyzer serves a whole run so that its word
 * memo is shared across files.
 */
export class Analyzer {
  private readonly folder = new WordFolder();
  private readonly settings: Map<string, RuleSetting>;

  constructor(private readonly options: AnalyzerOptions = {}) {
    this.settings = options.rules ?? defaultSettings();
  }

  /** Measures and checks one article, with facts for programmatic use. */
  facts(text: string, file: string | null): ArticleFacts {
    const doc = parseDocument(text, this.folder);
    const meta = readMeta(doc, file);
    const stats = measureStats(doc);
    const given = this.options.keyphrases ?? [];
    const phrases = given.length > 0 ? given : frontMatterKeyphrases(doc);
    const keyphrases = phrases.map((p) =>
      measureKeyphrase(doc, meta, compilePhrase(p, this.folder, ENGLISH_FUNCTION_WORDS), stats.words, this.folder),
    );
    return { doc, meta, stats, keyphrases };
  }

  /** Analyses one article's text. `file` names it in the report and gives the slug. */
  analyze(text: string, file: string): FileResult {
    let facts: ArticleFacts;
    try {
      facts = this.facts(text, file === '<stdin>' ? null : file);
    } catch (error) {
      if (error instanceof ParseError) return { file, passed: false, error: error.message, line: error.line };
      throw error;
    }
    const { checks, runs } = runRules(facts, this.settings);
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
      })),
      checks,
    };
  }
}
