import { atLeastOne, auxiliaryPassive, earlier, fleschShaped, markerPassive, vowelRuns } from './shared.js';
import type { LanguageStyle } from './types.js';

/**
 * Portuguese. Connectives after Cunha & Cintra, Nova Gramática do Português Contemporâneo
 * (1985), ch. 16 "Conjunções" (coordinating and subordinating, with their locuções) and the
 * "palavras denotativas", and Bechara, Moderna Gramática Portuguesa (37th ed.), on conjunctions
 * and text connectives: additive, adversative, concessive, causal, conclusive, explanatory,
 * exemplifying, ordering. "e" and "ou" are left out. Brazilian and European spellings both.
 */
const TRANSITION_WORDS = [
  'ademais', 'afinal', 'aliás', 'analogamente', 'anteriormente', 'assim', 'caso', 'certamente',
  'concluindo', 'concomitantemente', 'conquanto', 'consequentemente', 'contrariamente', 'contudo',
  'decerto', 'depois', 'designadamente', 'efetivamente', 'embora', 'enfim', 'enquanto', 'entretanto',
  'especialmente', 'evidentemente', 'exceto', 'finalmente', 'igualmente', 'inclusive', 'inicialmente',
  'inversamente', 'logo', 'mas', 'naturalmente', 'nomeadamente', 'obviamente', 'outrossim',
  'particularmente', 'pois', 'porquanto', 'porque', 'portanto', 'porém', 'posteriormente',
  'primeiramente', 'primeiro', 'principalmente', 'resumindo', 'salvo', 'segundo', 'semelhantemente',
  'senão', 'similarmente', 'simultaneamente', 'sobretudo', 'também', 'terceiro', 'todavia', 'então',
];

const TRANSITION_PHRASES = [
  'a fim de', 'a princípio', 'a saber', 'acima de tudo', 'ainda assim', 'ainda que', 'além disso',
  'além do mais', 'antes de mais', 'antes de tudo', 'ao contrário', 'ao mesmo tempo', 'apesar de',
  'apesar disso', 'assim como', 'assim que', 'até agora', 'até porque', 'bem como', 'com efeito',
  'como consequência', 'como resultado', 'dado que', 'de acordo com', 'de facto', 'de fato',
  'de forma que', 'de igual modo', 'de maneira que', 'de modo que', 'de qualquer forma',
  'de qualquer modo', 'de resto', 'de tal forma', 'de todo modo', 'depois disso', 'desde que',
  'desse modo', 'dessa forma', 'dessa maneira', 'desta forma', 'deste modo', 'do mesmo modo',
  'em conclusão', 'em consequência', 'em contrapartida', 'em contraste', 'em geral', 'em lugar de',
  'em outras palavras', 'em particular', 'em primeiro lugar', 'em resumo', 'em segundo lugar',
  'em seguida', 'em suma', 'em síntese', 'em terceiro lugar', 'em todo caso', 'em vez de',
  'em virtude de', 'em último lugar', 'enquanto isso', 'graças a', 'isto é', 'já que', 'logo que',
  'mas também', 'mesmo assim', 'mesmo que', 'na realidade', 'na verdade', 'nesse caso', 'nesse sentido',
  'neste caso', 'no entanto', 'no final', 'no fim', 'não apenas', 'não só', 'ou seja', 'para começar',
  'para concluir', 'para que', 'para terminar', 'pelo contrário', 'por causa de', 'por conseguinte',
  'por exemplo', 'por fim', 'por isso', 'por outras palavras', 'por outro lado', 'por sua vez',
  'por um lado', 'por último', 'posto que', 'se bem que', 'sem dúvida', 'tal como', 'uma vez que',
  'visto que',
];

const BEGINNING_DETERMINERS = [
  'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'este', 'esta', 'estes', 'estas', 'esse', 'essa', 'esses',
  'essas', 'aquele', 'aquela', 'aqueles', 'aquelas', 'isto', 'isso', 'aquilo', 'dois', 'duas', 'três',
  'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez',
];

// ---- passive ---------------------------------------------------------------------------------

const SER = new Set([
  'ser', 'sou', 'és', 'é', 'somos', 'sois', 'são', 'era', 'eras', 'éramos', 'éreis', 'eram', 'fui', 'foste',
  'foi', 'fomos', 'fostes', 'foram', 'serei', 'serás', 'será', 'seremos', 'sereis', 'serão', 'seria',
  'serias', 'seríamos', 'seríeis', 'seriam', 'seja', 'sejas', 'sejamos', 'sejais', 'sejam', 'fosse',
  'fosses', 'fôssemos', 'fôsseis', 'fossem', 'for', 'fores', 'formos', 'fordes', 'forem', 'sido', 'sendo',
]);

/** "Muito" is not one: "é muito conhecido" reads as an adjective. */
const FILLERS = new Set(['também', 'sempre', 'nunca', 'jamais', 'já', 'ainda', 'logo', 'depois', 'mais', 'bem', 'mal', 'finalmente', 'posteriormente', 'todos', 'todas']);

const IRREGULAR = [
  'feito', 'dito', 'escrito', 'visto', 'posto', 'aberto', 'coberto', 'descoberto', 'morto', 'aceito',
  'pago', 'ganho', 'gasto', 'eleito', 'expresso', 'preso', 'impresso', 'suspenso', 'aceso', 'solto',
  'envolto', 'frito', 'composto', 'proposto', 'exposto', 'imposto', 'disposto', 'suposto', 'oposto',
  'descrito', 'inscrito', 'prescrito', 'previsto', 'revisto', 'refeito', 'satisfeito', 'desfeito',
  'expulso', 'extinto', 'entregue', 'desenvolto', 'absorto', 'isento',
];
const IRREGULAR_FORMS = new Set(IRREGULAR.flatMap((p) => {
  const stem = p.slice(0, -1);
  return p.endsWith('e') ? [p, `${p}s`] : [p, `${stem}a`, `${p}s`, `${stem}as`];
}));

/** Nouns and adjectives of participle shape ("o lado", "é complicado", "obrigado"). */
const NOT_PARTICIPLES = new Set([
  'lado', 'lados', 'estado', 'estados', 'mercado', 'mercados', 'cuidado', 'soldado', 'nada', 'cada', 'vida',
  'vidas', 'saída', 'chegada', 'entrada', 'medida', 'medidas', 'sentido', 'partido', 'marido', 'ruído',
  'pecado', 'advogado', 'gelado', 'prado', 'senado', 'teclado', 'obrigado', 'obrigada', 'obrigados',
  'resultado', 'resultados', 'significado', 'dado', 'dados', 'comprido', 'comprida', 'querido', 'querida',
  'atrevido', 'divertido', 'divertida', 'aborrecido', 'parecido', 'parecida', 'complicado', 'complicada',
  'adequado', 'adequada', 'apropriado', 'delicado', 'delicada', 'educado', 'educada', 'animado', 'cansado',
  'cansada', 'avançado', 'avançada', 'sofisticado', 'moderado', 'privado', 'privada', 'pesado', 'pesada',
  'sagrado', 'bebida', 'jornada', 'temporada', 'salada', 'ido',
]);

const REGULAR = /(?:ad|id|íd)(?:o|a|os|as)$/;

function isParticiple(w: string): boolean {
  if (IRREGULAR_FORMS.has(w)) return true;
  if (w.length < 4 || NOT_PARTICIPLES.has(w) || !REGULAR.test(w)) return false;
  // "rápido", "válido": an accent before -ido marks an adjective; "construído" has it on the ending.
  return !/[áéíóúâêô]/.test(w.replace(REGULAR, ''));
}

const PLURAL_VERB = /(?:am|em|ão)$/;
/** Pronominal verbs ("chamam-se", "sentem-se bem", "mudam-se"), by stem, and "ir". */
const PRONOMINAL = /^(?:cham|sent|sint|lembr|esquec|cas|levant|deit|vest|encontr|torn|fic|vão|foram|iam|queix|preocup|dão|deram|conhec|veem|viram|olh|abraç|beij|cumpriment|lav|pentei|mov|comport|dedic|refer|trat|dirig|aproxim|afast|reún|junt|separ|divorci|escap|escond|arrepend|atrev|engan|zang|alegr|acostum|habitu|mud|instal|inscrev|form|sent|apresent|consider|acham|mostr)/;
const PLURAL_DETERMINERS = new Set([
  'os', 'as', 'uns', 'umas', 'estes', 'estas', 'esses', 'essas', 'aqueles', 'aquelas', 'muitos', 'muitas',
  'vários', 'várias', 'alguns', 'algumas', 'poucos', 'poucas', 'diversos', 'diversas', 'certos', 'certas',
  'tantos', 'tantas', 'outros', 'outras', 'novos', 'novas', 'seus', 'suas', 'nossos', 'nossas', 'mais',
  'dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'cem', 'mil',
]);
const NOT_PLURAL = new Set(['menos', 'depois', 'antes', 'apenas', 'jamais', 'através', 'todos', 'todas', 'eles', 'elas', 'nós', 'vós', 'juntos', 'juntas', 'ambos', 'ambas', 'demais', 'atrás', 'pois', 'após', 'mais']);
const BODY_PARTS = new Set(['mãos', 'dentes', 'pés', 'olhos', 'braços', 'pernas', 'unhas', 'lábios', 'ombros', 'cabelos', 'joelhos']);
const CLITICS = new Set(['lhe', 'lhes', 'me', 'te', 'nos', 'vos', 'o', 'a', 'os', 'as']);

const SE = {
  marker: 'se',
  isPluralVerb: (w: string) => w.length >= 4 && PLURAL_VERB.test(w),
  isPronominalVerb: (w: string) => PRONOMINAL.test(w),
  pluralDeterminers: PLURAL_DETERMINERS,
  isBarePlural: (w: string) => w.length >= 4 && w.endsWith('s') && !NOT_PLURAL.has(w) && !isParticiple(w),
  bodyParts: BODY_PARTS,
  clitics: CLITICS,
  enclitic: true,
};

const SER_PASSIVE = { auxiliaries: SER, fillers: FILLERS, adverbSuffix: 'mente', isParticiple };

/**
 * Ser + participle ("foi aprovada", "tem sido escrito") or the voz passiva sintética
 * ("vendem-se casas", "aqui se vendem os bilhetes"). A proclitic "se" before a verb can also be
 * the conjunction "if"; a plural subject after the verb is required, which leaves few such readings.
 */
function passive(words: readonly string[]): [number, number] | null {
  return earlier(auxiliaryPassive(words, SER_PASSIVE), markerPassive(words, SE));
}

// ---- syllables -------------------------------------------------------------------------------

const VOWELS = /[aeiouáéíóúâêôãõàüy]/;
const WEAK = /[iuü]/;

function isVowel(w: string, i: number): boolean {
  const c = w[i];
  if (!VOWELS.test(c)) return false;
  // The u of "qu", "gu" before a vowel is a glide of the next syllable ("quan-do", "á-gua").
  return !(c === 'u' && (w[i - 1] === 'q' || w[i - 1] === 'g') && VOWELS.test(w[i + 1] ?? ''));
}

/** i or u after a vowel is a syllable of its own before nh, or before l, m, n, r, z closing it ("ra-i-nha", "ca-ir", "a-in-da"). */
function hiatusAfter(word: string, end: number): boolean {
  const next = word[end] ?? '';
  const after = word[end + 1] ?? '';
  if (next === 'n' && after === 'h') return true;
  return /[lmnrz]/.test(next) && (after === '' || (!VOWELS.test(after) && after !== next && after !== 'h'));
}

/**
 * Syllables of one run: strong vowels (a, e, o, accented, nasal) each one, the nasal diphthongs
 * ão, ãe, õe one; i and u after a vowel a glide ("pai", "muito", "meu") unless hiatusAfter; i
 * and u before a vowel a syllable ("di-a", "his-tó-ri-a", "su-a"), as dictionaries divide them.
 */
function runSyllables(word: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = word[i];
    if ((c === 'ã' || c === 'õ') && (word[i + 1] === 'o' || word[i + 1] === 'e') && i + 1 < to) {
      n++;
      i++;
      continue;
    }
    if (!WEAK.test(c) || i === from) {
      n++;
      continue;
    }
    // "sa-iu", "ca-iu": after a strong vowel, i before u opens a syllable of its own.
    if (i + 1 < to && WEAK.test(word[i + 1]) && !WEAK.test(word[i - 1])) n++;
    else if (i === to - 1 && hiatusAfter(word, to)) n++;
  }
  return n;
}

/** Vowel groups by Cunha & Cintra's rules of syllable division (ch. 4), with rising diphthongs read as hiatus. */
function syllables(word: string): number {
  // The contraction "ao" (a + o) is one syllable, [aw].
  if (word === 'ao' || word === 'aos') return 1;
  let n = 0;
  for (const [from, to] of vowelRuns(word, isVowel)) n += runSyllables(word, from, to);
  return atLeastOne(word, n);
}

/**
 * Martins, T. B. F., Ghiraldelo, C. M., Nunes, M. G. V. & Oliveira Jr., O. N. (1996).
 * Readability formulas applied to textbooks in Brazilian Portuguese. Notas do ICMC 28, USP São
 * Carlos: Flesch's formula with 42 added, 248.835 − 1.015 × ASL − 84.6 × ASW. Their bands: 75–100
 * very easy, 50–75 easy, 25–50 difficult, 0–25 very difficult.
 */
export const style: LanguageStyle = {
  transitionWords: TRANSITION_WORDS,
  transitionPhrases: TRANSITION_PHRASES,
  passive,
  beginningDeterminers: BEGINNING_DETERMINERS,
  syllables,
  readingEase: {
    formula: 'martins',
    score: fleschShaped(248.835, 1.015, 84.6),
    bands: [
      [75, 'very easy'],
      [50, 'easy'],
      [25, 'difficult'],
      [-Infinity, 'very difficult'],
    ],
  },
};
