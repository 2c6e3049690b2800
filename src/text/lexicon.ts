/**
 * Word lists the tokenizer needs to split English sentences, and English function words. Those
 * of other languages come from the `stopword` package (see languages.ts).
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

/**
 * English function words: the `eng` list of the `stopword` package (MIT), copied so that an
 * English run does not load stopword's one bundle of 60 languages (~7 ms of start-up).
 * tests/lexicon.test.ts checks that it is still stopword's list.
 */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'about', 'after', 'all', 'also', 'am', 'an', 'and', 'another', 'any', 'are', 'as', 'at', 'be',
  'because', 'been', 'before', 'being', 'between', 'both', 'but', 'by', 'came', 'can', 'come',
  'could', 'did', 'do', 'each', 'for', 'from', 'get', 'got', 'has', 'had', 'he', 'have', 'her',
  'here', 'him', 'himself', 'his', 'how', 'if', 'in', 'into', 'is', 'it', 'like', 'make', 'many',
  'me', 'might', 'more', 'most', 'much', 'must', 'my', 'never', 'now', 'of', 'on', 'only', 'or',
  'other', 'our', 'out', 'over', 'said', 'same', 'should', 'since', 'some', 'still', 'such',
  'take', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this',
  'those', 'through', 'to', 'too', 'under', 'up', 'very', 'was', 'way', 'we', 'well', 'were',
  'what', 'where', 'which', 'while', 'who', 'with', 'would', 'you', 'your', 'a', 'i',
];
