/**
 * Word lists the tokenizer needs to split English sentences. Function words, per language, come
 * from the `stopword` package (see languages.ts).
 */

/** Abbreviations whose final dot does not end a sentence ("Mr. Smith", "approx. 5"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'vs', 'etc', 'inc', 'ltd',
  'co', 'corp', 'no', 'nos', 'fig', 'figs', 'approx', 'dept', 'gen', 'gov', 'sen', 'rep', 'rev',
  'hon', 'pres', 'capt', 'col', 'lt', 'sgt', 'cf', 'al', 'vol', 'vols', 'pp', 'ed', 'eds', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'min', 'max',
]);

/**
 * Capitalised words that, after a dotted abbreviation ("the U.S. The talks…"), show that a new
 * sentence began: the abbreviation's dot was also the full stop.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'we', 'they', 'i', 'you',
  'in', 'on', 'at', 'but', 'and', 'or', 'so', 'as', 'if', 'when', 'while', 'there', 'his', 'her',
  'our', 'their', 'its', 'however', 'then', 'yet', 'after', 'before', 'for', 'with', 'what', 'why',
  'how', 'who', 'my', 'your', 'one', 'some', 'many', 'most', 'all', 'no', 'not', 'since', 'although',
]);
