import { countSyllables, listedCount } from './syllable-count.js';

/*
 * Syllables of an English word in lower case (a–z, apostrophes): the `syllable` package's rules
 * (syllable-count.ts), corrected where they most often disagree with the CMU Pronouncing
 * Dictionary on the corpus's vocabulary (scripts/cmu-agreement.mjs gives the figures).
 *
 * The package counts a whole word at once, and its affix rules see one prefix and one suffix:
 * it counts "going" as one syllable (the "oi" of go-ing), "helped" as two, "processes" as two,
 * "pipeline" as three. Here inflections and the commonest suffixes are taken off first and the
 * stem counted on its own, with the syllable the ending adds by the rule of English spelling
 * (-ed is a syllable after t or d, -es after a hiss, -ing always); then a few spellings the
 * rules misread are mended. Each correction was kept only if it raised the agreement with CMU,
 * on the corpus and over CMU's 117 000 words.
 *
 * Two choices: "-ically" is "ic-ly", as CMU and most speakers say it ("au-to-mat-ic-ly", 5); "-ire"
 * stays one syllable ("en-tire", 2), as dictionaries divide it, where CMU says "en-ti-er".
 */

const VOWEL = 'aeiouy';

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWEL.includes(c);
}

function hasVowel(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (VOWEL.includes(s[i])) return true;
  return false;
}

/**
 * Words the package and the rules below still miscount, with their syllables (checked by hand
 * against CMU), and abbreviations read as their words ("etc" et cetera, "vs" versus, "oct" October).
 */
const WORDS = new Map<string, number>([
  ['area', 3], ['linear', 3], ['science', 2], ['chaos', 2], ['fluid', 2], ['element', 3], ['every', 2],
  ['familiar', 3], ['behavior', 3], ['behaviour', 3], ['senior', 2], ['junior', 2], ['million', 2],
  ['billion', 2], ['trillion', 2], ['william', 2], ['italian', 3], ['brazilian', 3], ['civilian', 3],
  ['california', 4], ['virginia', 3], ['australia', 3], ['ninety', 2], ['safety', 2], ['experience', 4],
  ['naive', 2], ['goodbye', 2], ['coercion', 3], ['george', 1], ['marriage', 2], ['carriage', 2], ['api', 3], ['cpu', 3], ['gpu', 3], ['usa', 3],
  ['io', 2], ['ui', 2], ['url', 3], ['cli', 3], ['ceo', 3], ['cio', 3], ['cto', 3], ['forest', 2], ['boolean', 3], ['caveat', 3], ['evening', 2], ['elsewhere', 2], ['likelihood', 3],
  ['feb', 4], ['aug', 2], ['sept', 3], ['oct', 3], ['nov', 3], ['dec', 3], ['embed', 2], ['wicked', 2], ['naked', 2], ['crooked', 2], ['beloved', 3], ['rugged', 2],
  ['jagged', 2], ['wretched', 2], ['infrared', 3], ['jorge', 2], ['ahmed', 2], ['jared', 2], ['etc', 4], ['vs', 2], ['mr', 2], ['mrs', 2], ['dr', 2], ['jr', 2], ['sr', 2], ['ok', 2],
  ['hmm', 1], ['mc', 1], ['st', 1], ['hm', 1], ['mm', 1], ['shh', 1], ['nth', 1], ['tsk', 1], ['brr', 1], ['psst', 1],
]);

/** The syllables of a word listed in WORDS ("hmm", "mr", "etc"), which the lower-case rules of spoken.ts ask first. */
export function listedWord(word: string): number | undefined {
  return WORDS.get(word);
}

/** Stems a -ed, -ing or plural ending leaves: the word without them, for counting. */
function countStem(stem: string): number {
  return stem.length === 0 ? 0 : wordSyllables(stem);
}

/** A hissing end, after which -es and 's are a syllable: s, x, z, ch, sh, and a soft c or g before e. */
function hisses(stem: string): boolean {
  const last = stem[stem.length - 1];
  if (last === 's' || last === 'x' || last === 'z') return true;
  if (last === 'h') return stem.endsWith('ch') || stem.endsWith('sh');
  if (last === 'e') {
    const before = stem[stem.length - 2];
    return before === 'c' || before === 'g' || before === 's' || before === 'z';
  }
  return false;
}

/** A consonant and then l or r at the end of a stem ("handl-ed", "hundr-ed"): a syllable of its own, as in "handle". */
function syllabicLiquid(stem: string): boolean {
  const last = stem[stem.length - 1];
  const before = stem[stem.length - 2];
  // Not after w or r, which end a vowel ("crawl", "snarl").
  return (last === 'l' || last === 'r') && before !== last && before !== undefined && !isVowel(before) && before !== 'w' && before !== 'r';
}

/**
 * Syllables of `word` (lower case a–z, apostrophes allowed) as a reader says it.
 * Counts as `syllable` does but for the corrections described above.
 */
export function wordSyllables(word: string): number {
  const known = WORDS.get(word);
  if (known !== undefined) return known;
  if (word.includes("'")) return contracted(word);
  const n = word.length;
  if (n < 4) return countSyllables(word);
  const first = word.charCodeAt(0);
  if (first === 0x65 && word.startsWith('every') && n > 5) return 2 + wordSyllables(word.slice(5)); // "ev-ry-thing"
  if ((first === 0x72 && RE_ROOTS.test(word)) || (first === 0x63 && CO_ROOTS.test(word))) return 1 + wordSyllables(word.slice(2));
  // "un-fa-mil-iar", "un-fore-seen": the package counts the prefix, then misreads what follows.
  if (first === 0x75 && word.startsWith('un') && n > 5 && !isVowel(word[2])) return 1 + wordSyllables(word.slice(2));
  const halves = compound(word);
  if (halves !== null) return halves;
  const last = word[n - 1];
  if (word.endsWith('ness') || word.endsWith('less')) return suffixed(word, 4) ?? base(word);
  if (last === 's') return pluralSyllables(word) ?? base(word);
  if (last === 'd' && word[n - 2] === 'e' && n > 4) return pastSyllables(word) ?? base(word);
  if (last === 'g' && word.endsWith('ing') && n > 4) return gerundSyllables(word) ?? base(word);
  if (n > 6 && word.endsWith('ically')) return countStem(word.slice(0, -4)) + 1; // "ic-ly", as CMU says
  if (last === 'y' && word[n - 2] === 'l' && !word.endsWith('lly')) return suffixed(word, 2) ?? base(word);
  if (word.endsWith('ful')) return suffixed(word, 3) ?? base(word);
  if (word.endsWith('ment')) return suffixed(word, 4) ?? base(word);
  return base(word);
}

/**
 * A word in -ly, -ness, -less, -ful or -ment (a one-syllable ending `length` letters long): its
 * stem and one ("hopeless-ly", "unique-ness"); null if what is left is no stem.
 */
function suffixed(word: string, length: number): number | null {
  const stem = word.slice(0, -length);
  // "-edly" ("supposedly") says its ed: left to the package, which counts it.
  if (!hasVowel(stem) || stem.endsWith('ed')) return null;
  // "timeli-ness", "loneli-ness": the stem is "timely".
  return countStem(stem.endsWith('li') ? `${stem.slice(0, -1)}y` : stem) + 1;
}

/** "it's", "James's", "it'd", "don't": the possessive or contraction, then the letters. */
function contracted(word: string): number {
  if (word.endsWith("'s") && /[a-z]/.test(word.slice(0, -2))) {
    const stem = word.slice(0, -2);
    return countStem(stem.replace(/'/g, '')) + (hisses(stem) ? 1 : 0);
  }
  const letters = word.replace(/'/g, '');
  // "it'd", "that'd": the d is a syllable after t or d; "would've", "it'll": 've and 'll after a consonant.
  const cut = word.lastIndexOf("'");
  const tail = word.slice(cut + 1);
  const stem = word.slice(0, cut).replace(/'/g, '');
  if (!/[a-z]/.test(stem)) return countSyllables(letters);
  if (tail === 'd' && /[td]$/.test(stem)) return countStem(stem) + 1;
  if ((tail === 've' || tail === 'll') && stem !== '' && !isVowel(stem[stem.length - 1])) return countStem(stem) + 1;
  return wordSyllables(letters);
}

/** A plural or third person: the stem, and one more after a hiss ("processes", "changes"); null if not one. */
function pluralSyllables(word: string): number | null {
  const n = word.length;
  const before = word[n - 2];
  // "class", "status", "basis", "this": not an ending.
  if (before === 's' || before === 'u' || before === 'i') return null;
  if (before === 'e') {
    if (word.endsWith('ies')) return n > 4 ? countStem(`${word.slice(0, -3)}y`) : null;
    if (word.endsWith('oes')) return countStem(word.slice(0, -2));
    const stem = word.slice(0, -2);
    if (!hasVowel(stem)) return null;
    // Not "headaches", where ch is a k.
    if (/(?:[sxz]|ch|sh)$/.test(stem) && !/(?:^|head|tooth|back|ear)ach$/.test(stem)) return countStem(stem) + 1;
    if (hisses(`${stem}e`)) return countStem(`${stem}e`) + 1;
    return countStem(word.slice(0, -1));
  }
  const stem = word.slice(0, -1);
  return hasVowel(stem) ? countStem(stem) : null;
}

/** A past form in -ed: the stem, and one more after t or d ("wanted") or a syllabic l or r ("handled"). */
function pastSyllables(word: string): number | null {
  const stem = word.slice(0, -2);
  const last = stem[stem.length - 1];
  // After a vowel ("agreed", "played", "tied") or t/d, the package counts right.
  if (isVowel(last) || last === 't' || last === 'd' || !hasVowel(stem)) return null;
  // "handl-ed" is "handle" and a silent -ed: the rules count the syllabic l of "handle".
  return countStem(syllabicLiquid(stem) ? `${stem}e` : stem);
}

/** A form in -ing: the stem, and the one syllable -ing always adds ("go-ing", "see-ing"). */
function gerundSyllables(word: string): number | null {
  let stem = word.slice(0, -3);
  if (!hasVowel(stem)) return null; // "thing", "string", "bring"
  // "continu-ing", "critiqu-ing": the stem is "continue", "critique".
  if (stem.endsWith('u')) stem += 'e';
  // "handl-ing", "sibl-ing": the l of "handle" and the -ing make one syllable, "-dling".
  if (syllabicLiquid(stem)) return countStem(`${stem}e`);
  return countStem(stem) + 1;
}

/** Roots that "re" is a syllable before, though the package reads "rei", "rea", "ree" as one vowel ("re-invent"). */
const RE_ROOTS = /^re(?:in(?:vent|forc|troduc|terpret|stall|stat|dex|sert|itiali|vest|tegrat|corporat)|ass|arrang|affirm|iterat|evaluat|enter|enabl|emerg|examin|order|organi|open|occur|act|allocat|activat|attach|adjust|align|assign|elect|educat|emphasi|establish|ignit|unit|union)/;
/** Words in which "co" is a syllable before a vowel ("co-ordinate", "co-operate"). */
const CO_ROOTS = /^co(?:ord|operat|ex|erc(?!ion)|effic|author|edit|own)/;

/**
 * Second halves of compounds whose first half ends in a silent e ("pipe-line", "frame-work",
 * "stake-holder"): the package counts that e as a vowel, because it is not at the end.
 */
const SECOND_HALVES = new Set(('line time work base page stone holder wise where zone off land name spread berg face '
  + 'book way well hood cycle frame pad owner board writer out ball making field wall keeping house mark set card '
  + 'fore by hand like site room shop town script point sheet '
  + 'tree bar box day load man men maker worker care stream table phone light back over').split(' '));

/** A first half of a compound that ends in a silent e: a vowel, a consonant, then e ("time", "eye", "stake"). */
function silentEFirst(first: string): boolean {
  const n = first.length;
  return n >= 3 && first[n - 1] === 'e' && !'aeiou'.includes(first[n - 2]) && isVowel(first[n - 3]);
}

/** A word made of a first half ending in a silent e and a SECOND_HALVES word (inflected or not), counted by halves. */
function compound(word: string): number | null {
  for (let k = 3; k <= word.length - 2; k++) {
    // Only after an e that follows a consonant: no slice is made for most words.
    if (word.charCodeAt(k - 1) !== 0x65 || 'aeiou'.includes(word[k - 2])) continue;
    const second = word.slice(k);
    if (!SECOND_HALVES.has(second) && !SECOND_HALVES.has(uninflected(second))) continue;
    const first = word.slice(0, k);
    if (silentEFirst(first)) return wordSyllables(first) + wordSyllables(second);
  }
  return null;
}

/** `word` without a plural or past ending ("lines", "holders", "worked"): a guess, for looking up. */
function uninflected(word: string): string {
  if (word.endsWith('es')) return SECOND_HALVES.has(word.slice(0, -1)) ? word.slice(0, -1) : word.slice(0, -2);
  if (word.endsWith('s') || word.endsWith('d')) return word.slice(0, -1);
  if (word.endsWith('ed')) return word.slice(0, -2);
  return word;
}

/** "qu" before a vowel is a consonant (kw): the u is not a vowel ("se-quence", "con-quer", "squeeze"). */
function withoutQuU(word: string): string {
  return word.includes('qu') ? word.replace(/qu(?=[aeiouy])/g, 'q') : word;
}

/** A word without an ending handled above: the package's count, mended where its rules misread the spelling. */
function base(word: string): number {
  const listed = listedCount(word);
  if (listed !== undefined) return listed;
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  // Each mend is tried only where the letters it reads are: most words are tested by a few
  // character comparisons (this runs once per spelling, as often as the rules themselves).
  if (word.includes('ion')) {
    // "op-tion-al", "func-tion-al-i-ty", "pas-sion-ate": "-ion" is one syllable before a vowel too.
    const ion = /[cghnstx]ion(?=[aeiouy])/.exec(word);
    if (ion !== null) return wordSyllables(word.slice(0, ion.index + 4)) + wordSyllables(word.slice(ion.index + 4));
    // "fash-ion", "sus-pi-cion": as the package's "[gnst]ion" ending, after c, h or x.
    if (/[chx]ion$/.test(word)) return countSyllables(word.slice(0, -3)) + 1;
  }
  if (last === 0x65) {
    // "unique", "technique", "tongue", "colleague": the ue is silent (not in "argue").
    if ((word.endsWith('que') || word.endsWith('gue')) && !word.endsWith('rgue') && hasVowel(word.slice(0, -3))) {
      return countSyllables(withoutQuU(word.slice(0, -2)));
    }
    // "prone", "prove", "probe": one syllable, not "pro" and another.
    if (n === 5 && /^pro[^aeiouy]e$/.test(word)) return 1;
    // "large", "else", "glimpse", "browse": a final e after two consonants is silent, as after
    // one (the package lists the clusters it knows, not rg, lg, ls, ps, ws). Only before a hiss
    // or v: "-nte", "-nde" are often a syllable in names ("Vicente", "Casagrande").
    if ('cgsvz'.includes(word[n - 2]) && word[n - 2] !== word[n - 3] && /[aeiouy][^aeiouy]*[^aeiouy][cgsvz]e$/.test(word)) {
      return countSyllables(withoutQuU(word.slice(0, -1)));
    }
  } else if (last === 0x73) {
    // "precious", "ambitious", "religious", "anxious": -ious is one syllable, "-shus".
    if (word.endsWith('ious') && /[cgtx]ious$/.test(word)) return countSyllables(withoutQuU(word.slice(0, -4))) + 1;
  } else if (last === 0x72) {
    // "peer", "volunteer", "career": the package takes -er for a suffix and counts "pe" and "er".
    if (word.endsWith('eer')) return countSyllables(word.slice(0, -1));
    // "tier", "pier": one syllable.
    if (n === 4 && /^[^aeiouy]ier$/.test(word)) return 1;
  }
  // "proud", "proof": the o of the package's prefix "pro" belongs to the vowel after it.
  if (word.charCodeAt(0) === 0x70 && /^pro[ou]/.test(word)) return countSyllables(word) - 1;
  let count = countSyllables(withoutQuU(word));
  // Vowels the package reads as one that are two: "ne-go-ti-ate", "ap-pre-ci-a-tion",
  // "spon-ta-ne-ous", "sci-ence", "o-ri-ent", "re-cip-i-ent".
  if (word.includes('iat') && (/tiat(?:e|ed|ion|or)?$/.test(word) || word.endsWith('ciation'))) count++;
  if (last === 0x73 && word.endsWith('eous') && /[^gc]eous$/.test(word)) count++;
  if (word.includes('ien') && (word.startsWith('scien') || /(?:[aeiou]r|p)ien/.test(word))) count++;
  // "Rus-sia", "A-sia", "am-ne-sia": the package takes a syllable off "-sia" that it had not added.
  if (last === 0x61 && word.endsWith('sia')) count++;
  return count;
}
