import type { Rule } from './types.js';
import frontMatter from './front-matter.js';
import keyphraseDefined from './keyphrase-defined.js';
import keyphraseDensity from './keyphrase-density.js';
import keyphraseInTitle from './keyphrase-in-title.js';
import keyphraseInDescription from './keyphrase-in-description.js';
import keyphraseInIntroduction from './keyphrase-in-introduction.js';
import keyphraseInSlug from './keyphrase-in-slug.js';
import keyphraseInSubheadings from './keyphrase-in-subheadings.js';
import keyphraseDistribution from './keyphrase-distribution.js';
import titleLength from './title-length.js';
import descriptionLength from './description-length.js';
import singleH1 from './single-h1.js';
import headingIncrement from './heading-increment.js';
import contentLength from './content-length.js';
import sentenceLength from './sentence-length.js';
import paragraphLength from './paragraph-length.js';
import subheadingDistribution from './subheading-distribution.js';
import passiveVoice from './passive-voice.js';
import transitionWords from './transition-words.js';
import sentenceBeginnings from './sentence-beginnings.js';
import fleschReadingEase from './flesch-reading-ease.js';
import imageAlt from './image-alt.js';
import links from './links.js';

/** Every rule, in the order reports list them. */
export const RULES: readonly Rule<any>[] = [
  frontMatter,
  keyphraseDefined,
  keyphraseDensity,
  keyphraseInTitle,
  keyphraseInDescription,
  keyphraseInIntroduction,
  keyphraseInSlug,
  keyphraseInSubheadings,
  keyphraseDistribution,
  titleLength,
  descriptionLength,
  singleH1,
  headingIncrement,
  contentLength,
  sentenceLength,
  paragraphLength,
  subheadingDistribution,
  passiveVoice,
  transitionWords,
  sentenceBeginnings,
  fleschReadingEase,
  imageAlt,
  links,
];

export const DOCS_BASE = 'https://github.com/seo-check/seo-check/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule<any> | undefined {
  return BY_ID.get(id);
}
