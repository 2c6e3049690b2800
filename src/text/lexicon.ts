/**
 * Word lists the tokenizer and matcher need for English, kept apart so that other languages can
 * bring their own.
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
 * English function words, ignored when asking whether a sentence holds "every content word" of a
 * keyphrase (as Yoast does). Compared on folded, unstemmed forms.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further ' +
    'had has have having he her here hers herself him himself his how i if in into is it its itself ' +
    'just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your yours yourself yourselves us'
  ).split(' '),
);
