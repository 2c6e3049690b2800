import { FLESCH_BANDS, atLeastOne, auxiliaryPassive, earlier, fleschShaped, markerPassive, romanceNuclei, vowelRuns } from './shared.js';
import type { LanguageStyle } from './types.js';

/**
 * Spanish. Connectives after the classes of the RAE's Nueva gramática de la lengua española
 * (2009), §30.12–30.13 "conectores discursivos" (aditivos, adversativos y contraargumentativos,
 * concesivos, consecutivos e ilativos, causales, de ordenación, reformuladores, ejemplificativos),
 * and Portolés, Marcadores del discurso (Ariel, 1998). "y" and "o" are left out, as English leaves out "and".
 */
const TRANSITION_WORDS = [
  'además', 'adicionalmente', 'análogamente', 'anteriormente', 'antes', 'aparte', 'asimismo', 'así',
  'aunque', 'básicamente', 'ciertamente', 'claramente', 'concretamente', 'concluyendo', 'conque',
  'consecuentemente', 'contrariamente', 'después', 'efectivamente', 'empero', 'encima', 'entonces',
  'entretanto', 'especialmente', 'evidentemente', 'excepto', 'finalmente', 'igualmente', 'incluso',
  'inversamente', 'luego', 'mientras', 'naturalmente', 'obviamente', 'particularmente', 'pero',
  'porque', 'posteriormente', 'precisamente', 'primeramente', 'primero', 'principalmente', 'pues',
  'resumiendo', 'salvo', 'segundo', 'seguidamente', 'simultáneamente', 'sino', 'también', 'tercero',
  'ulteriormente',
];

const TRANSITION_PHRASES = [
  'a causa de', 'a continuación', 'a decir verdad', 'a fin de', 'a la vez', 'a menos que', 'a pesar de',
  'a raíz de', 'a saber', 'a su vez', 'acto seguido', 'ahora bien', 'al contrario', 'al final',
  'al igual que', 'al mismo tiempo', 'ante todo', 'así como', 'así pues', 'así que', 'aun así',
  'como consecuencia', 'como resultado', 'con el fin de', 'con lo cual', 'con tal de que', 'con todo',
  'dado que', 'de ahí que', 'de cualquier manera', 'de forma que', 'de hecho', 'de igual modo',
  'de la misma manera', 'de manera que', 'de modo que', 'de todas formas', 'de todos modos',
  'debido a', 'del mismo modo', 'desde luego', 'dicho de otro modo', 'en cambio', 'en conclusión',
  'en concreto', 'en consecuencia', 'en cualquier caso', 'en definitiva', 'en efecto', 'en especial',
  'en fin', 'en general', 'en lugar de', 'en otras palabras', 'en particular', 'en primer lugar',
  'en realidad', 'en resumen', 'en segundo lugar', 'en suma', 'en tal caso', 'en tercer lugar',
  'en vez de', 'es decir', 'esto es', 'gracias a', 'hasta ahora', 'más aún', 'mejor dicho',
  'mientras tanto', 'no obstante', 'no solo', 'o sea', 'para concluir', 'para empezar', 'para que',
  'para terminar', 'pese a', 'por consiguiente', 'por ejemplo', 'por el contrario', 'por ello',
  'por ende', 'por eso', 'por lo general', 'por lo tanto', 'por otra parte', 'por otro lado',
  'por su parte', 'por supuesto', 'por tanto', 'por un lado', 'por una parte', 'por último',
  'puesto que', 'si bien', 'siempre que', 'sin duda', 'sin embargo', 'sino también', 'sobre todo',
  'tal como', 'visto que', 'ya que',
];

const BEGINNING_DETERMINERS = [
  'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'esto',
  'ese', 'esa', 'esos', 'esas', 'eso', 'aquel', 'aquella', 'aquellos', 'aquellas', 'dos', 'tres',
  'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez',
];

// ---- passive ---------------------------------------------------------------------------------

const SER = new Set([
  'ser', 'soy', 'eres', 'es', 'somos', 'sois', 'son', 'era', 'eras', 'éramos', 'erais', 'eran', 'fui',
  'fuiste', 'fue', 'fuimos', 'fuisteis', 'fueron', 'seré', 'serás', 'será', 'seremos', 'seréis', 'serán',
  'sería', 'serías', 'seríamos', 'seríais', 'serían', 'sea', 'seas', 'seamos', 'seáis', 'sean', 'fuera',
  'fueras', 'fuéramos', 'fuerais', 'fueran', 'fuese', 'fueses', 'fuésemos', 'fueseis', 'fuesen', 'sido',
  'siendo',
]);

/** Adverbs that stand inside a passive ("fue también aprobado"); "muy" is not one: "es muy conocido" is an adjective. */
const FILLERS = new Set(['también', 'siempre', 'nunca', 'jamás', 'ya', 'todavía', 'aún', 'luego', 'pronto', 'más', 'bien', 'mal', 'finalmente', 'posteriormente']);

const IRREGULAR = [
  'hecho', 'dicho', 'escrito', 'visto', 'puesto', 'abierto', 'cubierto', 'roto', 'vuelto', 'resuelto',
  'devuelto', 'descubierto', 'impreso', 'frito', 'provisto', 'satisfecho', 'deshecho', 'compuesto',
  'propuesto', 'dispuesto', 'expuesto', 'supuesto', 'impuesto', 'descrito', 'inscrito', 'prescrito',
  'suscrito', 'previsto', 'envuelto', 'revuelto', 'absuelto', 'rehecho', 'contradicho', 'predicho',
  'muerto',
];
const IRREGULAR_FORMS = new Set(IRREGULAR.flatMap((p) => [p, `${p.slice(0, -1)}a`, `${p}s`, `${p.slice(0, -1)}as`]));

/** Nouns and adjectives of participle shape ("el lado", "es complicado"). */
const NOT_PARTICIPLES = new Set([
  'lado', 'lados', 'grado', 'grados', 'estado', 'estados', 'mercado', 'mercados', 'soldado', 'soldados',
  'cuidado', 'nada', 'cada', 'vida', 'vidas', 'salida', 'llegada', 'entrada', 'medida', 'ruido', 'sonido',
  'sentido', 'partido', 'marido', 'nido', 'olvido', 'apellido', 'pecado', 'abogado', 'helado', 'prado',
  'bocado', 'tejado', 'senado', 'teclado', 'pescado', 'complicado', 'complicada', 'adecuado', 'adecuada',
  'apropiado', 'apropiada', 'delicado', 'delicada', 'educado', 'educada', 'aburrido', 'aburrida',
  'divertido', 'divertida', 'atrevido', 'atrevida', 'parecido', 'parecida', 'exagerado', 'exagerada',
  'equivocado', 'equivocada', 'privado', 'privada', 'pesado', 'pesada', 'delgado', 'delgada', 'sagrado',
  'sagrada', 'malvado', 'avanzado', 'avanzada', 'sofisticado', 'moderado', 'moderada', 'comida',
  'bebida', 'jornada', 'temporada', 'década', 'ensalada', 'mirada', 'ido',
]);

const REGULAR = /(?:ad|id|íd)(?:o|a|os|as)$/;

function isParticiple(w: string): boolean {
  if (IRREGULAR_FORMS.has(w)) return true;
  if (w.length < 4 || NOT_PARTICIPLES.has(w) || !REGULAR.test(w)) return false;
  // "rápido", "válido", "sólido": an accent before -ido marks an adjective; "leído" has it on the ending.
  const stem = w.replace(REGULAR, '');
  return !/[áéíóú]/.test(stem);
}

const PLURAL_VERB = /(?:an|en|aron|ieron|aban|ían|arán|erán|irán|arían|erían|irían)$/;
/** Pronominal verbs ("se sienten felices", "se llaman Juan"), by stem or, when short, by form. */
const PRONOMINAL_STEMS = /^(?:sient|sint|sent|qued|pon|pus|vuelv|volv|hac|hic|muestr|mostr|encuentr|encontr|llam|conviert|convirt|levant|cas|acuest|acost|despiert|despert|vist|preocup|alegr|enfad|march|acuerd|acord|olvid|quej|atrev|equivoc|muer|mur|parec|conoc|abraz|bes|salud|lav|duch|afeit|detien|detuv|muev|mov|comport|dedic|refier|refir|trat|dirig|acerc|alej|reún|reun|junt|separ|divorci|escap|ocult|escond|bañ|cay|mir|quier|odi)/;
const PRONOMINAL_FORMS = new Set(['van', 'iban', 'irán', 'fueron', 'dan', 'daban', 'dieron', 'darán', 'ven', 'veían', 'vieron', 'verán', 'ríen', 'rieron', 'caen', 'aman', 'amaron']);

const PLURAL_DETERMINERS = new Set([
  'los', 'las', 'unos', 'unas', 'estos', 'estas', 'esos', 'esas', 'aquellos', 'aquellas', 'muchos',
  'muchas', 'varios', 'varias', 'algunos', 'algunas', 'pocos', 'pocas', 'numerosos', 'numerosas',
  'diversos', 'diversas', 'ciertos', 'ciertas', 'tantos', 'tantas', 'otros', 'otras', 'nuevos', 'nuevas',
  'sus', 'nuestros', 'nuestras', 'más', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho',
  'nueve', 'diez', 'cien', 'mil',
]);
/** Words in -s that are not plural nouns. */
const NOT_PLURAL = new Set(['menos', 'además', 'después', 'antes', 'mientras', 'entonces', 'apenas', 'jamás', 'quizás', 'tras', 'todos', 'todas', 'ellos', 'ellas', 'nosotros', 'nosotras', 'vosotros', 'juntos', 'juntas', 'ambos', 'demás', 'atrás', 'detrás', 'través', 'pues', 'tres', 'seis']);
const BODY_PARTS = new Set(['manos', 'dientes', 'pies', 'ojos', 'brazos', 'piernas', 'uñas', 'labios', 'hombros', 'rodillas', 'cabellos', 'orejas', 'mejillas']);
const CLITICS = new Set(['lo', 'la', 'los', 'las', 'le', 'les', 'me', 'te', 'nos', 'os']);

const SE = {
  marker: 'se',
  isPluralVerb: (w: string) => w.length >= 4 && PLURAL_VERB.test(w),
  isPronominalVerb: (w: string) => PRONOMINAL_FORMS.has(w) || PRONOMINAL_STEMS.test(w),
  pluralDeterminers: PLURAL_DETERMINERS,
  isBarePlural: (w: string) => w.length >= 4 && w.endsWith('s') && !NOT_PLURAL.has(w) && !isParticiple(w),
  bodyParts: BODY_PARTS,
  clitics: CLITICS,
  enclitic: false,
};

const SER_PASSIVE = { auxiliaries: SER, fillers: FILLERS, adverbSuffix: 'mente', isParticiple };

/** Ser + participle ("fue aprobada", "ha sido escrito") or the pasiva refleja ("se venden casas"). */
function passive(words: readonly string[]): [number, number] | null {
  return earlier(auxiliaryPassive(words, SER_PASSIVE), markerPassive(words, SE));
}

// ---- syllables -------------------------------------------------------------------------------

const VOWELS = /[aeiouáéíóúü]/;
const WEAK = (c: string) => c === 'i' || c === 'u' || c === 'ü' || c === 'y';

function isVowel(w: string, i: number): boolean {
  const c = w[i];
  // y is a vowel at the end of a diphthong ("hoy", "muy") or alone ("y"), a consonant before a vowel ("mayo").
  if (c === 'y') return i + 1 >= w.length || !VOWELS.test(w[i + 1]);
  // The u of "que", "qui", "gue", "gui" is not pronounced ("gui-ta-rra", "guion" one syllable); ü is.
  if (c === 'u' && (w[i - 1] === 'q' || (w[i - 1] === 'g' && /[eéií]/.test(w[i + 1] ?? '')))) return false;
  return VOWELS.test(c);
}

/**
 * Vowel groups by the RAE's rules (Ortografía 2010, §1.4): a, e, o and accented vowels are
 * strong; i, u (and a final y) weak. Strong + strong is a hiatus ("po-e-ta"), weak next to strong
 * a diphthong ("ciu-dad", "bue-no"), an accent on the weak vowel breaks it ("dí-a", "pa-ís").
 */
function syllables(word: string): number {
  let n = 0;
  for (const [from, to] of vowelRuns(word, isVowel)) n += romanceNuclei(word.slice(from, to), WEAK);
  return atLeastOne(word, n);
}

/**
 * Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. Consigna 214: 29–32, in the
 * form Gwillim Law showed to be the one meant (LINGUIST List 22.2332, 2011): 206.84 − 60 × ASW −
 * 1.02 × ASL. The commonly quoted "206.84 − 0.60 P − 1.02 F" with F = sentences per 100 words
 * lowers the score as sentences get shorter, the wrong way: Fernández Huerta adapted Flesch, whose
 * F is words per sentence. Bands as Fernández Huerta's table gives them (muy fácil ≥ 90 … muy
 * difícil < 30), which are Flesch's.
 */
export const style: LanguageStyle = {
  transitionWords: TRANSITION_WORDS,
  transitionPhrases: TRANSITION_PHRASES,
  passive,
  beginningDeterminers: BEGINNING_DETERMINERS,
  syllables,
  readingEase: { formula: 'fernandez-huerta', score: fleschShaped(206.84, 1.02, 60), bands: FLESCH_BANDS },
};
