/**
 * English word lists for the structure measures (passive voice, transition words, sentence
 * beginnings), kept apart so that another language can bring its own. All entries are lower
 * case with straight apostrophes.
 */

/** Forms of "be" and "get" that build a passive ("was shelved", "got fired", "it's done"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  "i'm", "you're", "we're", "they're", "it's", "he's", "she's", "that's", "who's", "what's", "there's",
  "isn't", "aren't", "wasn't", "weren't",
  'get', 'gets', 'got', 'gotten', 'getting',
]);

/**
 * Words that may stand between the auxiliary and the participle ("has been officially shelved",
 * "is not yet known"). Adverbs in -ly are skipped as well, by form.
 */
export const PASSIVE_FILLERS: ReadonlySet<string> = new Set([
  'not', 'never', 'also', 'always', 'often', 'still', 'just', 'already', 'even', 'then', 'now',
  'soon', 'once', 'ever', 'yet', 'all', 'both', 'each', 'further', 'much', 'too', 'being', 'been',
  'be', 'seldom', 'sometimes', 'thus', 'therefore', 'however', 'subsequently', 'later', 'first',
]);

/** Irregular past participles; regular ones end in -ed and are recognised by form. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'arisen', 'awoken', 'beaten', 'begun', 'bent', 'bet', 'bitten', 'bled', 'blown', 'born', 'borne',
  'bound', 'broken', 'bred', 'brought', 'built', 'burnt', 'bought', 'cast', 'caught', 'chosen',
  'cost', 'cut', 'dealt', 'done', 'drawn', 'dreamt', 'driven', 'dug', 'eaten', 'fallen', 'fed',
  'felt', 'fought', 'found', 'fled', 'flown', 'forbidden', 'forecast', 'foreseen', 'forgiven',
  'forgotten', 'frozen', 'given', 'ground', 'grown', 'heard', 'hidden', 'hit', 'held', 'hung',
  'hurt', 'kept', 'knelt', 'knit', 'known', 'laid', 'led', 'leapt', 'learnt', 'left', 'lent', 'let',
  'lit', 'lost', 'made', 'meant', 'met', 'mistaken', 'misunderstood', 'outdone', 'overcome',
  'overseen', 'overtaken', 'overthrown', 'paid', 'put', 'quit', 'read', 'rebuilt', 'rewritten',
  'ridden', 'risen', 'run', 'rung', 'said', 'seen', 'sought', 'sold', 'sent', 'set', 'sewn',
  'shaken', 'shed', 'shorn', 'shot', 'shown', 'shrunk', 'shut', 'slain', 'slid', 'slung',
  'sown', 'sped', 'spelt', 'spent', 'spilt', 'split', 'spoilt', 'spoken', 'spread', 'sprung',
  'spun', 'stolen', 'struck', 'strung', 'stuck', 'stung', 'sunk', 'sung', 'sworn', 'swept',
  'swollen', 'swung', 'taken', 'taught', 'thought', 'thrown', 'thrust', 'told', 'torn', 'trodden',
  'undergone', 'understood', 'undertaken', 'underwritten', 'undone', 'upheld', 'upset', 'withdrawn',
  'withheld', 'woken', 'won', 'worn', 'wound', 'woven', 'written',
]);

/** Words ending in -ed that are not participles ("indeed", "a hundred", "the need"). */
export const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  'bed', 'bleed', 'breed', 'creed', 'deed', 'embed', 'exceed', 'feed', 'greed', 'heed', 'hundred',
  'indeed', 'kindred', 'naked', 'need', 'proceed', 'red', 'reed', 'rugged', 'sacred', 'seed', 'shred',
  'sled', 'speed', 'steed', 'succeed', 'weed', 'wicked',
]);

/** Single words that link a sentence to what came before ("However, …", "…, therefore, …"). */
export const TRANSITION_WORDS: ReadonlySet<string> = new Set([
  'accordingly', 'additionally', 'admittedly', 'afterward', 'afterwards', 'albeit', 'also',
  'alternatively', 'although', 'besides', 'because', 'but', 'certainly', 'clearly', 'consequently',
  'conversely', 'correspondingly', 'despite', 'earlier', 'equally', 'especially', 'eventually',
  'evidently', 'finally', 'firstly', 'further', 'furthermore', 'hence', 'however', 'importantly',
  'incidentally', 'indeed', 'initially', 'instead', 'lastly', 'later', 'likewise', 'meanwhile',
  'moreover', 'namely', 'nevertheless', 'next', 'nonetheless', 'notably', 'notwithstanding',
  'obviously', 'otherwise', 'overall', 'particularly', 'previously', 'secondly', 'similarly',
  'simultaneously', 'since', 'so', 'specifically', 'still', 'subsequently', 'then', 'therefore',
  'thereafter', 'thirdly', 'though', 'thus', 'ultimately', 'undoubtedly', 'unless', 'unlike',
  'until', 'whereas', 'while',
]);

/** Transitions of several words, matched as consecutive words of one sentence. */
export const TRANSITION_PHRASES: readonly string[] = [
  'above all', 'after all', 'after that', 'all in all', 'along with', 'as a consequence',
  'as a result', 'as a rule', 'as long as', 'as mentioned', 'as soon as', 'as well as', 'at first',
  'at last', 'at the same time', 'because of', 'by contrast', 'by the same token', 'due to',
  'even if', 'even so', 'even though', 'first of all', 'for example', 'for instance',
  'for that reason', 'for this reason', 'given that', 'in addition', 'in any case', 'in brief',
  'in closing', 'in conclusion', 'in contrast', 'in fact', 'in general', 'in light of',
  'in other words', 'in particular', 'in short', 'in spite of', 'in summary', 'in that case',
  'in the end', 'in the first place', 'in the long run', 'in the meantime', 'in the same way',
  'in turn', 'not only', 'on the contrary', 'on the other hand', 'on the whole', 'provided that',
  'rather than', 'so far', 'so that', 'such as', 'that is to say', 'to begin with', 'to conclude',
  'to sum up', 'to summarize', 'to that end', 'to this end', 'up to now', 'with this in mind',
];

/**
 * First words too common to make a beginning repetitive on their own: after these, a sentence
 * beginning is its first two words ("The cat…", "The dog…" begin differently).
 */
export const BEGINNING_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten',
]);
