import { FLESCH_BANDS, atLeastOne, auxiliaryPassive, fleschShaped, vowelRuns } from './shared.js';
import type { LanguageStyle } from './types.js';

/**
 * French. Connectives after Grevisse & Goosse, Le Bon Usage (16th ed., 2016), §§ 1031–1034 on
 * conjunctions and the "mots de liaison", and Riegel, Pellat & Rioul, Grammaire méthodique du
 * français (PUF), ch. XXIV "connecteurs": additive, adversative, concessive, causal, consecutive,
 * reformulating, exemplifying and ordering (d'abord, ensuite, enfin). "et" and "ou" are left out.
 * Hyphens split tokens: "c'est-à-dire" is listed as "c'est à dire".
 */
const TRANSITION_WORDS = [
  'ainsi', 'alors', 'apparemment', 'après', 'assurément', 'auparavant', 'aussi', 'aussitôt', 'autrement',
  'bref', 'car', 'cependant', 'certes', "d'abord", "d'ailleurs", 'désormais', 'deuxièmement', 'donc',
  'dorénavant', 'effectivement', 'également', 'enfin', 'ensuite', 'évidemment', 'excepté', 'finalement',
  'hormis', 'inversement', 'justement', 'lorsque', 'mais', 'malgré', 'manifestement', 'naturellement',
  'néanmoins', 'notamment', 'or', 'parallèlement', 'pareillement', 'particulièrement', 'précisément',
  'premièrement', 'principalement', 'puis', 'puisque', 'quoique', 'réciproquement', 'sauf',
  'semblablement', 'simultanément', 'sinon', 'surtout', 'toutefois', 'troisièmement', 'voire',
  'pourtant', 'incontestablement', 'visiblement', 'conséquemment', 'secondement',
];

const TRANSITION_PHRASES = [
  'à cause de', 'à ce propos', 'à cet égard', 'à condition que', "à l'inverse", "à l'opposé", 'à la fin',
  'à moins que', 'à savoir', "à titre d'exemple", 'à vrai dire', 'afin de', 'afin que', 'ainsi que',
  'alors que', 'après tout', 'au contraire', 'au demeurant', 'au final', 'au fond', 'au lieu de',
  'au moins', 'au total', 'autrement dit', 'avant tout', 'bien que', 'bien sûr', "c'est à dire",
  "c'est pourquoi", 'compte tenu de', "d'autant plus que", "d'autre part", "d'un côté", "d'une part",
  'dans ce cas', "dans l'ensemble", 'dans le même temps', 'de ce fait', 'de fait', 'de la même façon',
  'de la même manière', 'de même', 'de plus', 'de sorte que', 'de toute façon', 'de toute manière',
  'dès lors', 'du coup', 'du moins', 'du reste', 'en attendant', 'en bref', 'en conclusion',
  'en conséquence', "en d'autres termes", 'en définitive', 'en dernier lieu', 'en deuxième lieu',
  'en effet', 'en fait', 'en fin de compte', 'en général', 'en même temps', 'en outre', 'en particulier',
  'en plus', 'en premier lieu', 'en raison de', 'en réalité', 'en résumé', 'en revanche', 'en second lieu',
  'en somme', 'en tout cas', 'en vue de', 'étant donné', 'grâce à', "jusqu'à présent", 'malgré tout',
  'même si', 'non seulement', 'par ailleurs', 'par conséquent', 'par contre', 'par dessus tout',
  'par exemple', 'par la suite', 'parce que', 'pendant ce temps', 'pour ainsi dire', 'pour cette raison',
  'pour commencer', 'pour conclure', 'pour finir', 'pour résumer', 'pourvu que', 'quant à',
  'sans compter que', 'sans doute', 'si bien que', 'somme toute', 'tandis que', 'tout compte fait',
  "tout d'abord", 'tout de même', 'vu que',
];

const BEGINNING_DETERMINERS = [
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'deux', 'trois', 'quatre', 'cinq',
  'six', 'sept', 'huit', 'neuf', 'dix',
];

// ---- passive ---------------------------------------------------------------------------------

const ETRE = [
  'être', 'suis', 'es', 'est', 'sommes', 'êtes', 'sont', 'étais', 'était', 'étions', 'étiez', 'étaient',
  'fus', 'fut', 'fûmes', 'fûtes', 'furent', 'serai', 'seras', 'sera', 'serons', 'serez', 'seront', 'serais',
  'serait', 'serions', 'seriez', 'seraient', 'sois', 'soit', 'soyons', 'soyez', 'soient', 'fusse', 'fût',
  'fussent', 'été', 'étant',
];
// "n'est", "n'était": the negation elided onto the auxiliary; "c'est fait" is left out (a presentative).
const AUXILIARIES = new Set([...ETRE, ...ETRE.filter((f) => /^[eéêa]/.test(f)).map((f) => `n'${f}`)]);

/** "Très" is not one: "est très apprécié" reads as an adjective. */
const FILLERS = new Set([
  'pas', 'plus', 'jamais', 'point', 'guère', 'déjà', 'toujours', 'souvent', 'parfois', 'bien', 'mal', 'aussi',
  'encore', 'également', 'ensuite', 'alors', 'donc', "d'abord", 'enfin', 'désormais', 'ainsi', 'tous', 'toutes',
  'tout', "aujourd'hui", 'mieux',
]);

/** Agreeing forms of a participle: vendu, vendue, vendus, vendues; pris, prise, prises. */
function agreeing(p: string): string[] {
  return /[sx]$/.test(p) ? [p, `${p}e`, `${p}es`] : [p, `${p}e`, `${p}s`, `${p}es`];
}

/** Participles not in -é: -ir verbs in -i, and the irregular ones (Bescherelle's tables). */
const OTHER_PARTICIPLES = [
  'fini', 'choisi', 'réussi', 'établi', 'rempli', 'servi', 'suivi', 'saisi', 'bâti', 'garanti', 'investi',
  'réuni', 'averti', 'défini', 'nourri', 'puni', 'trahi', 'envahi', 'enrichi', 'fourni', 'accompli',
  'affaibli', 'agrandi', 'élargi', 'embelli', 'ralenti', 'rafraîchi', 'uni', 'poursuivi', 'conquis',
  'pris', 'mis', 'appris', 'compris', 'surpris', 'repris', 'entrepris', 'permis', 'promis', 'soumis',
  'admis', 'commis', 'transmis', 'acquis', 'requis', 'dit', 'écrit', 'décrit', 'inscrit', 'prescrit',
  'interdit', 'prédit', 'fait', 'défait', 'refait', 'satisfait', 'construit', 'produit', 'détruit',
  'conduit', 'traduit', 'réduit', 'introduit', 'cuit', 'instruit', 'séduit', 'reproduit', 'ouvert',
  'couvert', 'découvert', 'offert', 'souffert', 'recouvert', 'peint', 'atteint', 'éteint', 'craint',
  'plaint', 'joint', 'rejoint', 'contraint', 'restreint', 'vendu', 'rendu', 'perdu', 'attendu', 'entendu',
  'défendu', 'répandu', 'suspendu', 'tendu', 'étendu', 'fondu', 'mordu', 'pendu', 'vu', 'prévu', 'revu',
  'lu', 'élu', 'relu', 'connu', 'reconnu', 'méconnu', 'voulu', 'su', 'cru', 'bu', 'reçu', 'aperçu', 'conçu',
  'déçu', 'perçu', 'battu', 'combattu', 'abattu', 'débattu', 'tenu', 'obtenu', 'retenu', 'maintenu',
  'soutenu', 'contenu', 'détenu', 'entretenu', 'vécu', 'convaincu', 'vaincu', 'rompu', 'interrompu',
  'corrompu', 'résolu', 'conclu', 'inclus', 'exclu', 'parcouru', 'secouru', 'cousu', 'ému', 'dissous',
  'assis', 'clos',
];
const PARTICIPLES = new Set(OTHER_PARTICIPLES.flatMap(agreeing));

/** Verbs whose passé composé takes "être" ("il est allé"): with it their participle is no passive. */
const ETRE_VERBS = [
  'allé', 'venu', 'arrivé', 'parti', 'entré', 'sorti', 'né', 'mort', 'resté', 'tombé', 'monté', 'descendu',
  'passé', 'retourné', 'devenu', 'revenu', 'rentré', 'parvenu', 'intervenu', 'survenu', 'décédé', 'redevenu',
  'reparti', 'ressorti', 'advenu', 'apparu', 'réapparu', 'demeuré', 'remonté', 'redescendu', 'retombé',
  'provenu', 'accouru',
];
/** Adjectives in -é that read as states, not actions ("il est âgé de", "elle est censée"). */
const ADJECTIVES = ['âgé', 'censé', 'désolé', 'doué', 'aisé', 'député', 'café', 'thé', 'bébé', 'clé', 'pré', 'gré', 'côté', 'degré', 'comité', 'procédé'];
const NOT_PASSIVE = new Set([...ETRE_VERBS, ...ADJECTIVES].flatMap(agreeing));

/** -er verbs: -é, -ée, -és, -ées. */
const FIRST_GROUP = /é(?:e|s|es)?$/;

function isParticiple(w: string): boolean {
  if (PARTICIPLES.has(w)) return true;
  return w.length >= 3 && FIRST_GROUP.test(w) && !NOT_PASSIVE.has(w);
}

/**
 * Pronominal verbs make their perfect with "être" ("il s'est levé", "nous nous sommes vus"),
 * and "étant donné" is a connective: neither is a passive.
 */
function notPassiveHere(words: readonly string[], k: number): boolean {
  const aux = words[k];
  const before = words[k - 1];
  if (before === 'se' || before === 'me' || before === 'te') return true;
  if ((before === 'nous' || before === 'vous') && words[k - 2] === before) return true;
  return aux === 'étant' && /^donné/.test(words[k + 1] ?? '');
}

const ETRE_PASSIVE = {
  auxiliaries: AUXILIARIES,
  fillers: FILLERS,
  adverbSuffix: 'ment',
  isParticiple,
  isPerfectWithAuxiliary: (w: string) => NOT_PASSIVE.has(w),
  isPronominal: notPassiveHere,
};

/**
 * Être + participle ("a été vendu", "sont publiées", "n'est pas encore connu"), minus the
 * passé composé of the verbs conjugated with être and of pronominal verbs ("s'est levé": the
 * tokenizer keeps "s'est" whole, which is not an auxiliary here). The pronominal passive ("ces
 * livres se vendent bien") is not counted: it cannot be told from a reflexive by form.
 */
function passive(words: readonly string[]): [number, number] | null {
  return auxiliaryPassive(words, ETRE_PASSIVE);
}

// ---- syllables -------------------------------------------------------------------------------

const VOWEL = /[aàâeéèêëiîïoôuùûüyÿæœ]/;
const FRONT = /[eéèêiîy]/;
const BACK = /[aâoôu]/;

function isVowel(w: string, i: number): boolean {
  const c = w[i];
  if (!VOWEL.test(c)) return false;
  const prev = w[i - 1] ?? '';
  const next = w[i + 1] ?? '';
  // The u of "qu" and of "gue", "gui" is a spelling, as is the e of "geai", "mangeons".
  if (c === 'u' && (prev === 'q' || (prev === 'g' && FRONT.test(next)))) return false;
  if (c === 'e' && prev === 'g' && BACK.test(next)) return false;
  // y before a vowel is a consonant ("yeux", "voyage", "payer").
  if (c === 'y' && VOWEL.test(next)) return false;
  // The i of -eil, -euil, -ouil, œil is part of the consonant [j] ("soleil", "feuille", "grenouille").
  if (c === 'i' && next === 'l' && (prev === 'e' || prev === 'œ' || (prev === 'u' && /[eo]/.test(w[i - 2] ?? '')))) return false;
  return true;
}

function hasVowel(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (isVowel(w, i)) return true;
  return false;
}

/** Nouns, adjectives and adverbs in -ent, whose ending is heard (the verb ending -ent is not). */
const SOUNDED_ENT = new Set([
  'absent', 'accent', 'accident', 'adjacent', 'adolescent', 'agent', 'apparent', 'ardent', 'argent', 'client',
  'coefficient', 'cohérent', 'compétent', 'concurrent', 'conscient', 'conséquent', 'content', 'continent',
  'contingent', 'décent', 'différent', 'diligent', 'divergent', 'efficient', 'éloquent', 'émergent', 'éminent',
  'équivalent', 'évident', 'excellent', 'fréquent', 'imminent', 'impatient', 'imprudent', 'incident',
  'inconscient', 'inconvénient', 'indulgent', 'ingrédient', 'innocent', 'insolent', 'intelligent', 'latent',
  'négligent', 'occident', 'omniprésent', 'orient', 'parent', 'patient', 'permanent', 'pertinent', 'précédent',
  'présent', 'président', 'prudent', 'quotient', 'récent', 'récipient', 'régent', 'résident', 'sergent',
  'serpent', 'souvent', 'strident', 'subséquent', 'succulent', 'talent', 'torrent', 'transparent',
  'turbulent', 'urgent', 'violent', 'convergent', 'pourcent', 'détergent', 'impertinent', 'abstinent',
]);
/** Verbs in -ment whose ending is the silent -ent ("ils aiment"); other words in -ment sound it ("moment"). */
const VERBS_IN_MENT = new Set([
  'aiment', 'dorment', 'ferment', 'forment', 'calment', 'estiment', 'expriment', 'impriment', 'suppriment',
  'affirment', 'confirment', 'informent', 'transforment', 'animent', 'nomment', 'consomment', 'assument',
  'allument', 'résument', 'fument', 'sèment', 'priment', 'arment', 'réforment', 'déforment', 'enferment',
]);

/** The word without its silent ending: final -e, -es, and the verb ending -ent ("ils parlent"). */
function withoutSilentEnding(w: string): string {
  let rest = w;
  if (w.endsWith('es')) rest = w.slice(0, -2);
  else if (w.endsWith('e')) rest = w.slice(0, -1);
  else if (w.endsWith('ent') && !SOUNDED_ENT.has(w) && (!w.endsWith('ment') || VERBS_IN_MENT.has(w))) rest = w.slice(0, -3);
  return rest !== w && hasVowel(rest) ? rest : w;
}

const UNITS = ['eau', 'œu', 'oeu', 'ou', 'oû', 'où', 'oi', 'oî', 'ai', 'aî', 'ei', 'au', 'eu', 'eû', 'oo'];
/** An obstruent and a liquid before i, u, ou keep them syllables ("cri-er", "cli-ent", "ou-vri-er"). */
const CLUSTER = /[bcdfgptv][lr]$/;

/** Syllables of one run of vowels: each unit one, except i, u, y and ou before another vowel, which are glides. */
function runSyllables(word: string, from: number, to: number): number {
  const run = word.slice(from, to);
  const units: string[] = [];
  for (let i = 0; i < run.length; ) {
    const unit = UNITS.find((u) => run.startsWith(u, i)) ?? run[i];
    units.push(unit);
    i += unit.length;
  }
  let n = 0;
  for (let j = 0; j < units.length; j++) {
    const u = units[j];
    const glide = (u === 'i' || u === 'u' || u === 'y' || u === 'ou') && j + 1 < units.length;
    if (!glide) {
      n++;
      continue;
    }
    // "nuit", "bruit", "pluie": the u of ui stays a glide after a cluster too.
    if (u === 'u' && units[j + 1] === 'i') continue;
    if (j === 0 && CLUSTER.test(word.slice(0, from))) n++;
  }
  return n;
}

/**
 * Syllables as a careful reading gives them: the silent endings (-e, -es, the verb ending -ent)
 * are not syllables, an e inside the word is ("sa-me-di"); eau, ou, oi, ai, ei, au, eu are one
 * vowel; i, u and ou before another vowel are glides ("pied", "nuit", "oui"), but not after a
 * consonant and l or r ("cri-er"); a diaeresis parts vowels ("na-ïf", "No-ël").
 */
function syllables(word: string): number {
  // Letters are read in the whole word ("langue": the u of "gue" is a spelling), counted in what is heard.
  const heard = withoutSilentEnding(word).length;
  let n = 0;
  for (const [from, to] of vowelRuns(word, (w, i) => i < heard && isVowel(w, i))) n += runSyllables(word, from, to);
  return atLeastOne(word, n);
}

/**
 * Kandel, L. & Moles, A. (1958). Application de l'indice de Flesch à la langue française.
 * Cahiers Études de Radio-Télévision 19: 253–274: 207 − 1.015 × ASL − 73.6 × ASW. (Sources that
 * write it per 100 words give 0.736 × syllables per 100 words, the same.) Flesch's bands, which
 * Kandel and Moles kept.
 */
export const style: LanguageStyle = {
  transitionWords: TRANSITION_WORDS,
  transitionPhrases: TRANSITION_PHRASES,
  passive,
  beginningDeterminers: BEGINNING_DETERMINERS,
  syllables,
  readingEase: { formula: 'kandel-moles', score: fleschShaped(207, 1.015, 73.6), bands: FLESCH_BANDS },
};
