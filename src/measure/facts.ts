import type { Document } from '../parse/document.js';
import type { Language } from '../languages/types.js';
import type { KeyphraseFacts } from './keyphrase.js';
import type { Meta } from './meta.js';
import type { Stats } from './stats.js';
import type { ReadingFacts } from './reading.js';

/** Everything measured about one article, computed once and read by every rule and report. */
export interface ArticleFacts extends ReadingFacts {
  doc: Document;
  meta: Meta;
  stats: Stats;
  keyphrases: KeyphraseFacts[];
  language: Language;
}
