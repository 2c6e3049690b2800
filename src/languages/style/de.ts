import { FLESCH_BANDS, atLeastOne, fleschShaped, unitCount, vowelRuns } from './shared.js';
import type { LanguageStyle } from './types.js';

/**
 * German. Connectives after the classes of the "Handbuch der deutschen Konnektoren" (Pasch,
 * Brauße, Breindl, Waßner; de Gruyter 2003) and Duden's grammar (Die Grammatik, ch. "Konnektoren"):
 * adverbial connectives (deshalb, trotzdem), conjunctions and subjunctions that link clauses
 * (denn, weil, obwohl) and the fixed phrases that do the same work (zum Beispiel, darüber hinaus).
 * "und" and "oder" are left out, as English leaves out "and": nearly every sentence has one.
 */
const TRANSITION_WORDS = [
  'aber', 'abschließend', 'allerdings', 'also', 'andererseits', 'anfangs', 'angesichts', 'anschließend',
  'aufgrund', 'außerdem', 'beispielsweise', 'bevor', 'dadurch', 'dafür', 'dagegen', 'daher', 'damit',
  'danach', 'dann', 'darauf', 'daraufhin', 'darum', 'dazu', 'dementsprechend', 'demnach', 'demzufolge',
  'denn', 'dennoch', 'deshalb', 'deswegen', 'doch', 'drittens', 'ebenfalls', 'ebenso', 'ehe', 'einerseits',
  'endlich', 'entweder', 'erstens', 'falls', 'ferner', 'folglich', 'genauso', 'gleichfalls', 'gleichzeitig',
  'hingegen', 'immerhin', 'indem', 'indessen', 'infolgedessen', 'insbesondere', 'insgesamt', 'jedenfalls',
  'jedoch', 'kurzum', 'letztendlich', 'letztlich', 'mithin', 'nachdem', 'nämlich', 'nebenbei', 'obgleich',
  'obwohl', 'schließlich', 'seitdem', 'sobald', 'sodass', 'sofern', 'solange', 'somit', 'sondern', 'sonst',
  'später', 'stattdessen', 'trotz', 'trotzdem', 'überdies', 'übrigens', 'umgekehrt', 'vielmehr', 'vorher',
  'während', 'währenddessen', 'weil', 'wenngleich', 'weshalb', 'wohingegen', 'zudem', 'zuerst', 'zugleich',
  'zuletzt', 'zunächst', 'zusammenfassend', 'zusätzlich', 'zwar', 'zweitens',
];

const TRANSITION_PHRASES = [
  'abgesehen davon', 'alles in allem', 'als erstes', 'als nächstes', 'am ende', 'auch wenn',
  'auf der anderen seite', 'auf diese weise', 'auf jeden fall', 'aus diesem grund', 'darüber hinaus',
  'das heißt', 'des weiteren', 'ebenso wie', 'es sei denn', 'genauer gesagt', 'im allgemeinen',
  'im anschluss', 'im gegensatz', 'im gegenteil', 'im grunde', 'im hinblick auf', 'im übrigen',
  'im vergleich', 'in bezug auf', 'in der tat', 'in diesem fall', 'in erster linie', 'je nachdem',
  'kurz gesagt', 'mit anderen worten', 'nicht nur', 'ohne dass', 'selbst wenn', 'so dass',
  'sondern auch', 'trotz allem', 'unter anderem', 'vor allem', 'wie bereits erwähnt', 'zu guter letzt',
  'zum anderen', 'zum beispiel', 'zum einen', 'zum schluss', 'zunächst einmal',
];

const BEGINNING_DETERMINERS = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jeder', 'jede', 'jedes', 'jeden', 'jedem',
  'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn',
];

// ---- passive ---------------------------------------------------------------------------------

/** Finite and non-finite forms of "werden"; "geworden" is the copula's participle ("ist krank geworden"). */
const WERDEN = new Set(['werde', 'wirst', 'wird', 'werden', 'werdet', 'wurde', 'wurdest', 'wurden', 'wurdet', 'würde', 'würdest', 'würden', 'würdet', 'worden']);
/** Past forms, after which "werden + Infinitiv" (future) and "würde + Infinitiv" cannot be meant. */
const WERDEN_PAST = new Set(['wurde', 'wurdest', 'wurden', 'wurdet', 'worden']);
const SEIN = new Set(['bin', 'bist', 'ist', 'sind', 'seid', 'war', 'warst', 'waren', 'wart', 'sei', 'seien', 'wäre', 'wären', 'sein']);

/**
 * Words that end a clause: a participle after one of them belongs to another verb
 * ("Es wird kalt, weil der Wind gedreht hat"). Commas are not in the tokens, so these stand in.
 */
const CLAUSE_BREAKS = new Set([
  'aber', 'sondern', 'denn', 'dass', 'weil', 'wenn', 'ob', 'obwohl', 'als', 'während', 'nachdem', 'bevor',
  'damit', 'sodass', 'wie', 'wo', 'was', 'hat', 'haben', 'hatte', 'hatten', 'habe',
]);
/** "und", "oder" join words as often as clauses ("mit Mehl und Wasser gefüttert"): a clause only when a subject pronoun follows. */
const COORDINATORS = new Set(['und', 'oder']);
const SUBJECT_PRONOUNS = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man']);

function endsClause(words: readonly string[], m: number): boolean {
  const v = words[m];
  return CLAUSE_BREAKS.has(v) || WERDEN.has(v) || (COORDINATORS.has(v) && SUBJECT_PRONOUNS.has(words[m + 1] ?? ''));
}

/** Infinitives with the unstressed prefix ge-, which look like participles in ge-…-en. */
const GE_INFINITIVES = new Set([
  'gebären', 'gebieten', 'gebrauchen', 'gedeihen', 'gedenken', 'gefährden', 'gefallen', 'gehorchen',
  'gehören', 'gelangen', 'geleiten', 'gelingen', 'geloben', 'genehmigen', 'genesen', 'genießen', 'genügen',
  'geraten', 'geschehen', 'gestalten', 'gestatten', 'gestehen', 'gewähren', 'gewährleisten', 'gewinnen',
  'gewöhnen', 'gewichten',
]);

/** Words of participle shape that are nouns, adjectives or adverbs. */
const NOT_PARTICIPLES = new Set([
  'bekannt', 'beliebt', 'bereit', 'bericht', 'berühmt', 'bestimmt', 'betracht', 'bewusst', 'gebet',
  'gebiet', 'geburt', 'gedanken', 'gedicht', 'gehalt', 'geist', 'gemeinden', 'gerät', 'gerecht', 'gericht',
  'gesamt', 'geschäft', 'gesicht', 'gestalt', 'gewalt', 'gewicht', 'verbot', 'verdacht', 'verlust',
  'verrat', 'verrückt', 'verwandt', 'verzicht', 'geworden', 'gelegen', 'gefühlen', 'geschenken',
  'gesprächen', 'gebäuden', 'unterricht', 'überhaupt', 'genauen', 'gesunden', 'geheimen',
  'gemeinen', 'gewissen', 'geraden', 'gelben',
]);

/** Strong participles of inseparable verbs (no ge-), which a pattern cannot tell from infinitives. */
const PREFIXED_STRONG = new Set([
  'begonnen', 'begriffen', 'behoben', 'beschlossen', 'beschrieben', 'besprochen', 'betrieben', 'betroffen',
  'bewiesen', 'bezogen', 'empfohlen', 'empfunden', 'entnommen', 'entschieden', 'entsprochen', 'entworfen',
  'erfunden', 'ergriffen', 'erhoben', 'erschlossen', 'erwiesen', 'erworben', 'erzogen', 'übernommen',
  'übertragen', 'übertroffen', 'überwunden', 'unterbrochen', 'unternommen', 'unterschrieben',
  'unterstrichen', 'verboten', 'verbunden', 'verdorben', 'vergessen', 'verglichen', 'verliehen',
  'verloren', 'vernommen', 'verschoben', 'verschwiegen', 'versprochen', 'verstanden', 'vertrieben',
  'verwiesen', 'verzogen', 'zerbrochen', 'zerrissen', 'beschnitten', 'vermieden', 'entzogen',
  'bestanden', 'verschlossen', 'geschnitten',
  // Same form as the infinitive (see AMBIGUOUS).
  'behalten', 'bekommen', 'beraten', 'betreten', 'empfangen', 'enthalten', 'entlassen', 'erfahren',
  'erhalten', 'erlassen', 'verhalten', 'verlassen', 'verraten', 'vertreten', 'vergeben', 'ergeben',
]);

/** Participles spelt as their infinitive: after a present "werden" they are a future ("wird erhalten"). */
const AMBIGUOUS = new Set([
  'behalten', 'bekommen', 'beraten', 'betreten', 'empfangen', 'enthalten', 'entlassen', 'erfahren',
  'erhalten', 'erlassen', 'verhalten', 'verlassen', 'verraten', 'vertreten', 'vergeben', 'ergeben',
  'vergessen', 'gefallen', 'geraten',
]);

/** Strong participles in -ten, which inflected weak participles ("gebauten") do not include. */
const STRONG_TEN = /(?:halten|raten|braten|treten|beten|schnitten|litten|ritten|stritten|glitten|schritten|spalten|fochten|flochten|scholten|golten)$/;
const SEPARABLE = /^(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|herauf|heraus|herein|herum|herunter|hin|hinaus|hinein|hoch|los|mit|nach|statt|teil|um|vor|voran|voraus|vorbei|weg|weiter|wieder|zu|zurecht|zurück|zusammen|bereit|kennen|sicher|klar|offen)(?=ge|be|er|ver|zer|ent|emp|über|unter)/;
const INSEPARABLE = /^(?:be|emp|ent|er|miss|ver|zer|über|unter|hinter|wider)/;
/** Nouns (-heit, -schaft), inflected participles (-enen) and adjectives (-lichen, -samen, -ingen). */
const NOUN_ENDING = /(?:heit|keit|schaft|kunft|enen|ern|lichen|samen|igen|ischen|ingen)$/;
const VOWEL = /[aeiouäöüy]/;

/**
 * A Partizip II: ge-…-t/-en (also after a separable prefix: "angeboten", "aufgebaut"), an
 * inseparable prefix with -t ("verkauft", "erklärt") or a listed strong form ("beschrieben"),
 * or -iert ("organisiert"). `past` says the auxiliary was a past form of "werden", after which a
 * form like "erhalten" cannot be an infinitive.
 */
function isParticiple(w: string, past: boolean): boolean {
  if (w.length < 5 || NOT_PARTICIPLES.has(w) || NOUN_ENDING.test(w)) return false;
  if (AMBIGUOUS.has(w)) return past;
  if (PREFIXED_STRONG.has(w)) return true;
  if (w.length >= 6 && w.endsWith('iert')) return true;
  const rest = w.replace(SEPARABLE, '');
  if (rest.startsWith('ge') && !GE_INFINITIVES.has(rest)) {
    if (rest.endsWith('t')) return VOWEL.test(rest.slice(2, -1));
    if (rest.endsWith('en')) return VOWEL.test(rest.slice(2, -2)) && (!rest.endsWith('ten') || STRONG_TEN.test(rest));
    return false;
  }
  // Not -st ("verkaufst", "ernst"), but -sst is a participle ("verpasst", not "verlässt").
  const st = rest.endsWith('st') && !(rest.endsWith('sst') && !rest.endsWith('ässt'));
  if (INSEPARABLE.test(rest) && rest.endsWith('t') && !st) {
    return rest !== w || VOWEL.test(rest.replace(INSEPARABLE, '').slice(0, -1));
  }
  return false;
}

/** How far the participle may stand from “werden” in a main clause (the Verbklammer). */
const WINDOW = 10;

/**
 * The Vorgangspassiv: a form of "werden" and a Partizip II. In a main clause the participle
 * closes the clause, up to ten words after the auxiliary ("wird im nächsten Jahr … renoviert");
 * in a subordinate clause or after a modal it stands right before it ("gebaut wird", "erledigt
 * werden"). "würde + Partizip" is passive, "würde + Infinitiv" is not. The perfect "ist gebaut
 * worden" counts from “ist”. The Zustandspassiv ("ist geschlossen") is not counted: "sein" with a
 * participle is as often an adjective ("ist bekannt", "ist begeistert") or a perfect ("ist
 * gegangen"), and no word list tells them apart.
 */
function passive(words: readonly string[]): [number, number] | null {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (k + 1 < words.length && WERDEN.has(words[k + 1]) && isParticiple(w, true)) return [k, k + 2];
    if (k + 2 < words.length && words[k + 1] === 'zu' && words[k + 2] === 'werden' && isParticiple(w, true)) return [k, k + 3];
    const werden = WERDEN.has(w);
    if (!werden && !SEIN.has(w)) continue;
    for (let m = k + 1; m < words.length && m <= k + WINDOW; m++) {
      const v = words[m];
      if (endsClause(words, m)) break;
      if (!isParticiple(v, !werden || WERDEN_PAST.has(w))) continue;
      if (werden) return [k, m + 1];
      if (words[m + 1] === 'worden') return [k, m + 2];
      break;
    }
  }
  return null;
}

// ---- syllables -------------------------------------------------------------------------------

/** Letter groups that make one syllable: diphthongs, long vowels and a few loans (Niveau, Tour). */
const UNITS = ['eau', 'aa', 'ee', 'oo', 'ie', 'ei', 'ai', 'ey', 'ay', 'au', 'äu', 'eu', 'ou', 'oi'];
const IS_VOWEL = /[aeiouäöüyéèà]/;

function isVowel(w: string, i: number): boolean {
  // The u of "qu" is a consonant ("Quelle").
  return IS_VOWEL.test(w[i]) && !(w[i] === 'u' && w[i - 1] === 'q');
}

/**
 * Vowel groups, a diphthong or long vowel one syllable (Bau-er, Fei-er, I-dee); German has no
 * silent e. Hiatus the groups hide: plurals in -ien (Fe-ri-en) and -een (I-de-en), -lie (Fa-mi-li-e),
 * -eum (Mu-se-um), and be-/ge- before a stem in e ("be-en-den", "ge-eig-net").
 */
function syllables(word: string): number {
  let n = 0;
  for (const [from, to] of vowelRuns(word, isVowel)) n += unitCount(word.slice(from, to), UNITS);
  if (/[^aeiouäöü]een$/.test(word) || (n > 1 && /[^aeiouäöü](?:ien|eum)$/.test(word))) n++;
  else if (n > 1 && /lie$/.test(word)) n++;
  // "be-en-den", "ge-ehrt"; before i the run "eei" already counts two ("be-ein-flus-sen").
  if (/^(?:un)?(?:be|ge)e(?:nd|rd|hr|rb)/.test(word)) n++;
  return atLeastOne(word, n);
}

/**
 * Amstad, T. (1978). Wie verständlich sind unsere Zeitungen? Dissertation, Universität Zürich:
 * 180 − ASL − 58.5 × ASW. Bands as German sources give them with the formula (“sehr leicht”,
 * 90–100, down to “sehr schwer”, 0–30), which are Flesch's cut-offs.
 */
export const style: LanguageStyle = {
  transitionWords: TRANSITION_WORDS,
  transitionPhrases: TRANSITION_PHRASES,
  passive,
  beginningDeterminers: BEGINNING_DETERMINERS,
  syllables,
  readingEase: { formula: 'amstad', score: fleschShaped(180, 1, 58.5), bands: FLESCH_BANDS },
};
