/**
 * The JSON report's shapes (schema/report.schema.json), in one module that imports nothing: what
 * the public API returns and every formatter reads. The modules that compute each part
 * re-export its type from here.
 */

/** The values a message template reads: numbers stay numbers in JSON `data`, for programs. */
export type MessageData = Record<string, string | number>;

/** The ids of the reading-ease formulas, as JSON `readability.readingEase.formula` gives them. */
export type FormulaId = 'flesch' | 'amstad' | 'fernandez-huerta' | 'kandel-moles' | 'franchina-vacca' | 'flesch-douma' | 'martins' | 'oborneva';

export interface Heading {
  level: number;
  text: string;
  line: number;
}

/** One place the keyphrase stands in the text, as the writer wrote it; its end is just past its last character. */
export interface Occurrence {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** Where a placement was checked and what was found there. */
export interface Placement {
  /** Every content word of the keyphrase, or of one of its synonyms, is there (any order). */
  found: boolean;
  /** The keyphrase (or that synonym) is there as written, words in order. */
  exact: boolean;
  /** The synonym that was found, when the keyphrase itself was not. */
  via?: string;
}

/** One section of the article (the text before the first heading, then one per heading). */
export interface SectionShare {
  heading: string | null;
  line: number;
  /** Where it starts: share of the way through the text (0–1, by words). */
  position: number;
  sentences: number;
  /** Its sentences holding the keyphrase (or a synonym): every content word. */
  sentencesWith: number;
  /** Occurrences of the keyphrase as written in it. */
  occurrences: number;
}

/** Where in the text a keyphrase stands. Positions are shares of the way through (0–1, by words). */
export interface Distribution {
  sentences: number;
  sentencesWith: number;
  /** Each occurrence of the keyphrase as written (in `occurrences` order). */
  positions: number[];
  /** Each occurrence of a synonym as written. */
  synonymPositions: number[];
  /** Each sentence holding the keyphrase or a synonym (every content word). */
  sentencePositions: number[];
  sections: SectionShare[];
  /** The longest run of sentences without the keyphrase or a synonym. */
  longestGap: { sentences: number; share: number; fromLine: number | null; toLine: number | null };
}

/** The classic readability formulas; null when there is no text to score. */
export interface ReadingScores {
  fleschReadingEase: number | null;
  fleschKincaidGrade: number | null;
  gunningFog: number | null;
  smog: number | null;
  colemanLiau: number | null;
  ari: number | null;
  readingTimeMinutes: number;
}

/** The reading ease by the formula made for the article's language ("amstad" for German). */
export interface ReadingEaseScore {
  formula: FormulaId;
  score: number;
}

/** `readability` in the JSON report. Shares are percentages of all sentences. */
export interface ReadabilityReport extends ReadingScores {
  /** The reading ease by the article's language's formula; null when it has none or there is no text. */
  readingEase: ReadingEaseScore | null;
  syllables: number;
  sentences: { count: number; mean: number; over20Share: number };
  paragraphs: Array<{ line: number; words: number }>;
  sections: Array<{ heading: string | null; line: number; words: number }>;
  /** Null when the article's language has no passive-voice rules. */
  passiveShare: number | null;
  /** Null when the article's language has no transition-word list. */
  transitionShare: number | null;
  /** Runs of three or more sentences in a row that begin alike; null when the language has no rules for beginnings. */
  repeatedBeginnings: Array<{ beginning: string; sentences: number; line: number }> | null;
  links: { internal: number; external: number };
  images: { total: number; missingAlt: number; keyphraseInAlt: string[] };
}

/** A sentence of the article, as written, with the words that matched marked. */
export interface ExplainedSentence {
  line: number;
  column: number;
  /** The sentence as written in the file (line breaks as spaces). */
  text: string;
  /** [start, end) character ranges of `text` that matched. */
  marks: Array<[number, number]>;
  /** Content words of the keyphrase the sentence lacks (for sentences with some words). */
  missing?: string[];
  /** The synonym that matched, for a synonym's occurrence. */
  synonym?: string;
}

/** Why a keyphrase matched where it did, and where it nearly did. */
export interface Explanation {
  keyphrase: string;
  count: number;
  countWithSynonyms: number;
  /** Each occurrence as written, in its sentence (synonyms' occurrences carry `synonym`). */
  occurrences: ExplainedSentence[];
  nearMatches: ExplainedSentence[];
  /** Sentences with every content word, but neither as the phrase nor close together. */
  allWords: ExplainedSentence[];
  /** Sentences with some but not all content words. */
  someWords: ExplainedSentence[];
}

/**
 * What the JSON report adds about a keyphrase beyond the core fields (`count`, `inTitle`…):
 * synonyms, near matches, where each placement was satisfied, and the distribution.
 */
export interface KeyphraseMatchingReport {
  /** Each synonym with its own count and occurrences. */
  synonyms: Array<{ phrase: string; count: number; occurrences: Occurrence[] }>;
  /** Occurrences of the keyphrase or a synonym, each place counted once. */
  countWithSynonyms: number;
  nearMatches: Occurrence[];
  /** Sentences holding every content word of the keyphrase or of a synonym. */
  sentenceMatchesWithSynonyms: number;
  placements: {
    title: Placement;
    description: Placement;
    introduction: Placement;
    slug: Placement;
    subheadings: { total: number; matching: number; lines: number[]; via: Array<{ line: number; synonym: string }> };
  };
  distribution: Distribution;
}

/** A 1-based range in the article, its end just past the last character (as SARIF regions). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One outcome of one rule, as reports show it: data with a place. */
export interface Check extends Range {
  /** The rule's id; the same as `ruleId`, kept for readers of schemaVersion 1. */
  id: string;
  ruleId: string;
  /** A stable id of the message, listed on the rule's docs page. */
  messageId: string;
  /** The values filled into the message. */
  data: MessageData;
  severity: 'error' | 'warning';
  passed: boolean;
  message: string;
  keyphrase?: string;
  /** `google` when Google's documentation says it matters, `heuristic` for an editorial convention. */
  basis: 'google' | 'heuristic';
  /** The rule cannot judge the article (its language): it weighs nothing in the score. */
  skipped?: { reason: string };
  /** A comment in the article silenced this failure: it weighs nothing and fails nothing. */
  suppressed?: { kind: 'inline'; line: number };
}

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

/** One article's report: one entry of JSON `results[]`. */
export interface FileReport {
  file: string;
  passed: boolean;
  score: number;
  meta: { title: string | null; description: string | null; slug: string | null };
  stats: { words: number; sentences: number; paragraphs: number; headings: Heading[] };
  keyphrases: KeyphraseReport[];
  readability: ReadabilityReport;
  checks: Check[];
  /** The language the article was read in ("en"). */
  language: string;
  /** Why each keyphrase matched or not (with `explain`). */
  explain?: Explanation[];
}

/** A file that could not be read: no measures, only the reason. */
export interface FileFailure {
  file: string;
  passed: false;
  error: string;
  /** Where in the file the problem is, when known. */
  line?: number;
}

export type FileResult = FileReport | FileFailure;

/** A threshold the run failed, with its figures (`summary.failures`). */
export type Failure =
  | { threshold: 'min-score'; file: string; score: number; minScore: number }
  | { threshold: 'max-warnings'; warnings: number; maxWarnings: number };

export interface Summary {
  files: number;
  passed: boolean;
  /** Mean score of the files that could be analysed; null when none could. */
  score: number | null;
  /** Failed error checks, plus files that could not be read. */
  errors: number;
  warnings: number;
  /** Each threshold that failed the run. */
  failures: Failure[];
  /** Files that could not be read (their results carry `error`). */
  unreadable: number;
  /** Files that folders and patterns found but a .gitignore or the `ignores` setting hides. */
  ignored: number;
  /** Patterns (folders, globs) that matched no Markdown file. */
  unmatched: string[];
}

/** What a run produced, as `--format json` prints it: every formatter is a pure function of this. */
export interface RunReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  summary: Summary;
  results: FileResult[];
}
