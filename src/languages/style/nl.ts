import { FLESCH_BANDS, atLeastOne, fleschShaped, unitCount, vowelRuns } from './shared.js';
import type { LanguageStyle } from './types.js';

/**
 * Dutch. Connectives after the Algemene Nederlandse Spraakkunst (ANS, 2nd ed. 1997; e-ANS),
 * §§ 10.3 (nevenschikkende en onderschikkende voegwoorden) and 8.8 (voegwoordelijke bijwoorden:
 * daarom, echter, bovendien), and the classes of "signaalwoorden" Dutch writing guides teach
 * (opsomming, tegenstelling, oorzaak en gevolg, doel, voorbeeld, conclusie, tijd, vergelijking).
 * "en" and "of" are left out.
 */
const TRANSITION_WORDS = [
  'aangezien', 'aldus', 'alhoewel', 'allereerst', 'alsmede', 'alsook', 'althans', 'anderzijds',
  'bijgevolg', 'bijvoorbeeld', 'bovendien', 'concluderend', 'daarbij', 'daardoor', 'daarentegen',
  'daarna', 'daarnaast', 'daarom', 'daarop', 'dankzij', 'derhalve', 'desondanks', 'dientengevolge',
  'doordat', 'dus', 'echter', 'eerst', 'enerzijds', 'eveneens', 'evenmin', 'evenals', 'hierdoor',
  'hoewel', 'hoofdzakelijk', 'immers', 'indien', 'inderdaad', 'integendeel', 'intussen', 'inmiddels',
  'kortom', 'later', 'maar', 'mits', 'namelijk', 'nadat', 'niettemin', 'nochtans', 'ofschoon', 'oftewel',
  'ofwel', 'omdat', 'ondertussen', 'opdat', 'overigens', 'samenvattend', 'sindsdien', 'tegelijk',
  'tegelijkertijd', 'teneinde', 'tenslotte', 'tenzij', 'terwijl', 'tevens', 'toch', 'trouwens',
  'uiteindelijk', 'uiteraard', 'vandaar', 'verder', 'vervolgens', 'voorafgaand', 'voordat', 'voornamelijk',
  'vooral', 'waardoor', 'want', 'zoals', 'zodat', 'zodoende', 'zodra',
];

const TRANSITION_PHRASES = [
  'aan de andere kant', 'aan de ene kant', 'aan het einde', 'afgezien van', 'al met al', 'als gevolg van',
  'als laatste', 'behalve dat', 'bij wijze van voorbeeld', 'dat wil zeggen', 'door middel van',
  'hoe dan ook', 'in de eerste plaats', 'in de tweede plaats', 'in dat geval', 'in elk geval', 'in feite',
  'in het algemeen', 'in het begin', 'in het bijzonder', 'in het kort', 'in ieder geval', 'in plaats van',
  'in tegenstelling tot', 'in vergelijking met', 'in verband met', 'maar ook', 'met andere woorden',
  'met als doel', 'met als gevolg', 'met het oog op', 'met name', 'naar aanleiding van', 'net als',
  'net zoals', 'niet alleen', 'om die reden', 'om te beginnen', 'onder andere', 'ook al', 'op deze manier',
  'op die manier', 'op dezelfde manier', 'op grond van', 'per slot van rekening', 'ten derde', 'ten eerste',
  'ten gevolge van', 'ten opzichte van', 'ten slotte', 'ten tweede', 'tot besluit', 'tot nu toe',
  'tot slot', 'vandaar dat', 'wat betreft', 'zelfs als', 'zoals gezegd',
];

const BEGINNING_DETERMINERS = [
  'de', 'het', 'een', 'deze', 'dit', 'die', 'dat', 'elke', 'elk', 'ieder', 'iedere', 'twee', 'drie', 'vier',
  'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien',
];

// ---- passive ---------------------------------------------------------------------------------

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden']);
const ZIJN = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren', 'geweest', 'wezen']);
const MODALS = new Set(['zal', 'zou', 'zullen', 'zouden', 'kan', 'kunnen', 'kon', 'konden', 'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'mochten', 'wil', 'willen', 'wilde', 'wilden', 'hoeft', 'hoeven']);

/** Words that end a clause (commas are not in the tokens): a participle after one belongs to another verb. */
const CLAUSE_BREAKS = new Set(['maar', 'want', 'dat', 'omdat', 'als', 'wanneer', 'terwijl', 'hoewel', 'zodat', 'nadat', 'voordat', 'toen', 'wat', 'waar', 'te', 'om', 'heeft', 'hebben', 'had', 'hadden', 'heb']);

/** "en", "of" join words as often as clauses ("met meel en water gevoed"): a clause only when a subject pronoun follows. */
const COORDINATORS = new Set(['en', 'of']);
const SUBJECT_PRONOUNS = new Set(['ik', 'jij', 'je', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'u', 'men', 'het']);

/** A preposition before "zijn" makes it the possessive ("met zijn auto"). */
const PREPOSITIONS = new Set(['met', 'van', 'op', 'in', 'aan', 'door', 'voor', 'bij', 'naar', 'om', 'uit', 'over', 'tot', 'onder', 'na', 'achter', 'tegen', 'zonder', 'tussen', 'volgens']);

/** Participles of verbs whose perfect takes "zijn" ("is gekomen", "is gestorven"): with "zijn" no passive. */
const ZIJN_VERBS = new Set([
  'gegaan', 'gekomen', 'geworden', 'gebleven', 'geweest', 'vertrokken', 'gestorven', 'gevallen', 'gebeurd',
  'gelukt', 'begonnen', 'gestopt', 'veranderd', 'gegroeid', 'gestegen', 'gedaald', 'verdwenen', 'verschenen',
  'ontstaan', 'opgestaan', 'aangekomen', 'verhuisd', 'getrouwd', 'opgegroeid', 'overleden', 'geboren',
  'geslaagd', 'mislukt', 'ontsnapt', 'gevlucht', 'gereden', 'gelopen', 'gefietst', 'gevlogen', 'gezwommen',
  'gevolgd', 'gezakt', 'gekrompen', 'toegenomen', 'afgenomen', 'ingestort', 'opgehouden', 'geland',
  'gearriveerd', 'teruggekomen', 'meegegaan', 'weggegaan', 'uitgegaan', 'binnengekomen', 'overgestapt',
  'ingestapt', 'uitgestapt', 'omgekomen', 'geëindigd', 'genezen', 'ontwaakt', 'ingeslapen', 'gebleken',
  'verouderd', 'afgestudeerd', 'gestart', 'teruggekeerd', 'vergaan', 'afgelopen', 'doorgegaan',
  'opgetreden', 'uitgegroeid', 'ontploft', 'gesprongen', 'verongelukt', 'verdronken', 'uitgevallen',
  'meegevallen', 'tegengevallen', 'opgevallen', 'bevallen', 'gereisd', 'verlopen', 'vergeten', 'gegroeid',
]);

/** Words of participle shape that are adjectives ("is bekend", "is gezond") or nouns ("zijn gezicht"). */
const NOT_PARTICIPLES = new Set([
  'bekend', 'beroemd', 'bezorgd', 'benieuwd', 'bereid', 'gezond', 'geschikt', 'gerust', 'gemeen', 'verlegen',
  'verkeerd', 'gewend', 'verliefd', 'geïnteresseerd', 'gemiddeld', 'gebied', 'gezicht', 'gewicht', 'gedicht',
  'gebed', 'geduld', 'gevecht', 'geluid', 'geheugen', 'geweten', 'verleden', 'bericht', 'beeld', 'bezit',
  'bestand', 'verband', 'verstand', 'verbond', 'ontbijt', 'gerecht', 'beleid', 'besluit', 'gehalte', 'gewest',
  'gemeenten', 'gevoelens', 'gebieden', 'gedachten', 'geleden', 'gesprekken', 'gebouwen', 'gevallen',
]);

/** Infinitives with the unstressed prefix ge-, which look like participles in ge-…-en. */
const GE_INFINITIVES = new Set(['gebeuren', 'geloven', 'gebruiken', 'genieten', 'gehoorzamen', 'geraken', 'getuigen', 'gelukken', 'gewennen', 'gedenken', 'gebieden', 'gedogen']);

/** Strong participles of inseparable verbs (no ge-), which a pattern cannot tell from infinitives. */
const PREFIXED_STRONG = new Set([
  'verboden', 'vergeten', 'verkozen', 'verloren', 'verschenen', 'verdwenen', 'verbonden', 'verschoven',
  'vertrokken', 'ontvangen', 'ontworpen', 'ontstaan', 'beschreven', 'besproken', 'bevonden', 'begonnen',
  'behouden', 'bewezen', 'bedreven', 'bestreden', 'betrokken', 'herschreven', 'ontslagen', 'vergeven',
  'verheven', 'verweten', 'verworven', 'verzonden', 'verwezen', 'verbroken', 'ontnomen', 'ondernomen',
  'overgenomen', 'besloten', 'beslagen', 'bedragen', 'verdreven', 'vermeden', 'verraden', 'verslagen',
  'verstoten', 'vertrouwd', 'overleden', 'ontdaan', 'verkregen', 'beschouwd', 'verzocht', 'verkocht',
  'bezocht', 'gezocht', 'ondertekend', 'onderzocht', 'ontwikkeld', 'overwogen', 'verleend',
]);
const SEPARABLE = /^(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|weg|terug|samen|tegen|vast|los|neer|rond|vrij|open|dicht|onder|achter|binnen|buiten|teweeg|tot|voort)(?=ge)/;
const INSEPARABLE = /^(?:be|ver|ont|her|er)/;
const NOUN_ENDING = /(?:heid|teit|schap|tijd|ing|nis)$/;
const VOWEL = /[aeiouyëïéöü]/;

/** A voltooid deelwoord: (separable prefix +) ge-…-d/-t/-en/-aan, be-/ver-/ont-/her-/er-…-d/-t, or a listed strong form. */
function isParticiple(w: string): boolean {
  if (w.length < 5 || NOT_PARTICIPLES.has(w) || NOUN_ENDING.test(w)) return false;
  if (PREFIXED_STRONG.has(w)) return true;
  const rest = w.replace(SEPARABLE, '');
  if (rest.startsWith('ge') && !GE_INFINITIVES.has(rest)) {
    const m = /^ge(.+?)(?:d|t|en|n)$/.exec(rest);
    return m !== null && VOWEL.test(m[1]) && (rest.endsWith('n') ? /(?:en|aan|ien)$/.test(rest) : true);
  }
  if (INSEPARABLE.test(rest) && /[dt]$/.test(rest)) return VOWEL.test(rest.replace(INSEPARABLE, '').slice(0, -1));
  return false;
}

/** How far the participle may stand from the auxiliary in a main clause ("wordt volgend jaar … gebouwd"). */
const WINDOW = 10;

function isAuxiliary(words: readonly string[], k: number): boolean {
  const w = words[k];
  if (WORDEN.has(w)) return true;
  return ZIJN.has(w) && !(w === 'zijn' && PREPOSITIONS.has(words[k - 1] ?? ''));
}

/**
 * "Worden" or "zijn" with a voltooid deelwoord (ANS § 18.5): "wordt gebouwd", "is gebouwd",
 * "werd in 1900 door de stad gebouwd", and in a subordinate clause the participle first ("dat het
 * gebouwd wordt", "gebouwd moet worden"). With "zijn" the participles of verbs that make their
 * perfect with "zijn" are left out ("is gekomen", "is gestorven"), as are adjectives ("is bekend").
 */
function passive(words: readonly string[]): [number, number] | null {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (isParticiple(w) && k + 1 < words.length) {
      const next = words[k + 1];
      const zijnVerb = ZIJN_VERBS.has(w);
      if (WORDEN.has(next) || (ZIJN.has(next) && !zijnVerb)) return [k, k + 2];
      if ((MODALS.has(next) || next === 'te') && (WORDEN.has(words[k + 2]) || (words[k + 2] === 'zijn' && !zijnVerb))) return [k, k + 3];
    }
    if (!isAuxiliary(words, k)) continue;
    const withZijn = ZIJN.has(w);
    for (let m = k + 1; m < words.length && m <= k + WINDOW; m++) {
      const v = words[m];
      if (CLAUSE_BREAKS.has(v) || WORDEN.has(v) || MODALS.has(v)) break;
      if (COORDINATORS.has(v) && SUBJECT_PRONOUNS.has(words[m + 1] ?? '')) break;
      if (!isParticiple(v)) continue;
      if (withZijn && ZIJN_VERBS.has(v)) break;
      return [k, m + 1];
    }
  }
  return null;
}

// ---- syllables -------------------------------------------------------------------------------

/** Letter groups that make one vowel (ANS § 1.3): long vowels, diphthongs and their -i/-u glides, and ij. */
const UNITS = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'eau', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ij', 'au', 'ou', 'éé', 'ay', 'ey', 'oy'];
const VOWEL_LETTER = /[aeiouyáéíóúàèëïöüâêîôû]/;

function isVowel(w: string, i: number): boolean {
  const c = w[i];
  // j after i makes the vowel ij; y before a vowel is a consonant ("yoga").
  if (c === 'j') return w[i - 1] === 'i' && i > 0;
  if (c === 'y' && VOWEL_LETTER.test(w[i + 1] ?? '')) return false;
  return VOWEL_LETTER.test(c);
}

/**
 * Vowel groups, each long vowel or diphthong one syllable ("moei-te", "nieuw", "vrij-e"); a
 * diaeresis parts vowels ("ze-eën", "ge-ïnd"), and vowels no digraph joins are apart
 * ("the-a-ter", "si-tu-a-tie"). Dutch has no silent e. "-eum" is two ("mu-se-um").
 */
function syllables(word: string): number {
  let n = 0;
  for (const [from, to] of vowelRuns(word, isVowel)) n += unitCount(word.slice(from, to), UNITS);
  if (n > 1 && /[^aeiou]eum$/.test(word)) n++;
  return atLeastOne(word, n);
}

/**
 * Douma, W. H. (1960). De leesbaarheid van landbouwbladen: een onderzoek naar en een toepassing
 * van leesbaarheidsformules. Wageningen: 206.835 − 0.93 × ASL − 77 × ASW (written per 100 words
 * as 206.84 − 0.77 × wl − 0.93 × zl). Douma's own bands: 90–100 very easy … 0–30 very difficult,
 * with 45–60 "tamelijk moeilijk" and 30–45 "moeilijk".
 */
export const style: LanguageStyle = {
  transitionWords: TRANSITION_WORDS,
  transitionPhrases: TRANSITION_PHRASES,
  passive,
  beginningDeterminers: BEGINNING_DETERMINERS,
  syllables,
  readingEase: {
    formula: 'flesch-douma',
    score: fleschShaped(206.835, 0.93, 77),
    bands: [
      [90, 'very easy'],
      [80, 'easy'],
      [70, 'fairly easy'],
      [60, 'plain'],
      [45, 'fairly difficult'],
      [30, 'difficult'],
      [-Infinity, 'very difficult'],
    ],
  },
};
