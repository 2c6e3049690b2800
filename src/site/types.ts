/**
 * The data of the site stage. Everything here is plain data (structured-cloneable: no class
 * instances, no functions), so that a summary made in a worker thread reaches the main thread
 * as it is, and a finding can be written out as JSON.
 */

/** A heading of an article, with the fragment a generator gives it. */
import type { OptionValue } from '../rules/options.js';
import type { LinkSuggestion, SiteFinding, SitePlace, SuggestedKeyphrase } from '../engine/report-types.js';

/** The parts of a site finding and of the suggestions, as the JSON report gives them. */
export type { LinkSuggestion, SiteFinding, SuggestedKeyphrase };
export type FindingPlace = SitePlace;
export type SentencePlace = NonNullable<LinkSuggestion['sentence']>;

/** A site rule's setting: the same shape as an article rule's (check/settings.ts RuleSetting). */
export interface SiteRuleSetting {
  severity: SiteSeverity;
  options: Record<string, OptionValue>;
}

export interface SummaryHeading {
  text: string;
  level: number;
  line: number;
  /** `{#id}` written after the heading, else the GitHub-style slug (`-1`, `-2` for repeats). */
  anchor: string | null;
}

/** A link that may point into the site: relative, site-absolute, template-written or on the site's host. */
export interface SummaryLink {
  /** As written (a URL on the site's host is kept whole). */
  href: string;
  /** What the parse layer resolved a template link to (`{{ site.baseurl }}/x/` → `/x/`), else null. */
  target: string | null;
  /** The link's text as a reader sees it ('' until the parse layer gives it). */
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A phrase of one to three words the article repeats, a candidate keyphrase: its key (stem keys
 * of its content words joined by ' ', as matching compares them), the way the article writes it
 * most often, and how often it occurs. A tuple, not an object: v8 serialises an object's property
 * names with every object, and a summary holds about 80 phrases.
 */
export type SummaryPhrase = [key: string, text: string, count: number];

/**
 * A sentence where a link to another article could go: where it stands, what a reader sees of it
 * (cut to about 60 characters), and the indices into `SiteSummary.terms` of its content words.
 */
export type SummarySentence = [line: number, column: number, endLine: number, endColumn: number, excerpt: string, terms: number[]];

/** What the site stage needs of one article; made in the per-file stage, bounded in size. */
export interface SiteSummary {
  /** As reported (relative display path). */
  file: string;
  /** Absolute path on disk; null for standard input and unsaved buffers. */
  path: string | null;
  language: string;
  title: string | null;
  titleLine: number;
  /** Where each line that findings point at ends (endColumn), by line: line 1, the title's, the description's, the keyphrases', the body's first. */
  lineEnds: Record<number, number>;
  description: string | null;
  descriptionLine: number;
  slug: string | null;
  /** Front matter permalink/url when concrete (no `:placeholders`), else null. */
  url: string | null;
  /** Other URLs the article is published under (front matter `aliases`, `redirect_from`). */
  aliases: string[];
  /** `key`: stem keys of the phrase's content words joined by ' ' (see `phraseKey`). */
  keyphrases: Array<{ phrase: string; key: string; line: number; endColumn: number }>;
  headings: SummaryHeading[];
  /** Ids of the article's HTML elements (`id`, `<a name>`), which a link's fragment may name as it names a heading. */
  ids: string[];
  links: SummaryLink[];
  /** Words as a writer counts them. */
  words: number;
  /** Line of the first block of prose (where a body finding points). */
  bodyLine: number;
  /** Hash of the body's folded words, 16 hex digits; '' for an article without prose. */
  bodyHash: string;
  /** MinHash signature of the body's word 5-shingles (see minhash.ts); [] when too short. */
  minhash: number[];
  /** Distinct content-word stem keys of the body, most frequent first (at most 160). */
  terms: string[];
  /** How often each of `terms` occurs. */
  termCounts: number[];
  /** Stem keys of the content words of the title, and of the subheadings (each at most 64). */
  titleTerms: string[];
  headingTerms: string[];
  /** Repeated phrases of one to three words, the most frequent of each length. */
  phrases: SummaryPhrase[];
  /** Sentences of paragraphs and lists that could hold a link (at most 20). */
  sentences: SummarySentence[];
}

export type SiteLevel = 'error' | 'warning';
export type SiteSeverity = SiteLevel | 'off';

/** What a rule's check gives back: a finding without its rule id, severity and text. */
export interface SiteOutcome {
  messageId: string;
  data: Record<string, string | number>;
  files: FindingPlace[];
  keyphrase?: string;
  similarity?: number;
}

/** What the site stage adds to one file's report. */
export interface PerFileResult {
  suggestedKeyphrases: SuggestedKeyphrase[];
  linkSuggestions: LinkSuggestion[];
  /** Findings about this file alone (keyphrase-not-topical). */
  checks: SiteFinding[];
}
