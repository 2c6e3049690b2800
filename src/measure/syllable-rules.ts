/*
 * The rules of the `syllable` package's one() (v5, Titus Wormer, MIT,
 * https://github.com/words/syllable), for a piece of letters a–z that is not in its exceptions
 * list, ported from regular expressions to loops over character codes; see syllable-count.ts.
 *
 * Why the port counts the same:
 * - Each affix expression removes at most a prefix (the first listed alternative that matches)
 *   and a suffix, so the word left for the later patterns is a slice. An end-anchored alternation
 *   under /g matches once, at the leftmost start: the longest listed suffix that starts at or
 *   after the end of the prefix just removed.
 * - The other patterns are scanned as the regex engine does: at each position the alternatives
 *   in the package's order, the first that matches counts and the scan resumes after it.
 */

/** Character codes of the letters the patterns name, so that most alternatives fail on one comparison. */
const enum C { a = 0x61, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z }

// ---- The piece as character codes ----

/**
 * The piece being counted, as codes, followed by zeros, which no pattern matches: patterns may
 * read a few codes past the end without a bounds check. Counting is synchronous, so one buffer
 * serves every call.
 */
export let B = new Uint8Array(128);
const PAD = 8;

/** Makes room in B for a piece of up to `length` letters. */
export function reserve(length: number): void {
  if (length + PAD > B.length) B = new Uint8Array(2 * (length + PAD));
}

/** Moves B[lo, hi), the word left after its affixes, to the start of B; returns its length. */
function keep(lo: number, hi: number): number {
  if (lo > 0) for (let i = lo; i < hi; i++) B[i - lo] = B[i];
  for (let i = hi - lo; i < hi + PAD; i++) B[i] = 0;
  return hi - lo;
}

/** B[i..] spells `s`. */
function at(i: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (B[i + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** B[0, m) ends with `s`. */
function ends(m: number, s: string): boolean {
  return m >= s.length && at(m - s.length, s);
}

/** A character class over a–z (a negated class of the package means the other letters). */
function letters(chars: string, negate = false): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = C.a; c <= C.z; c++) t[c] = chars.includes(String.fromCharCode(c)) !== negate ? 1 : 0;
  return t;
}

const VOWEL_Y = letters('aeiouy');
const VOWEL = letters('aeiou');
const CONSONANT = letters('aeiouy', true);
const NOT_VOWEL = letters('aeiou', true); // consonants and y
const NOT_GQ = letters('gq', true);
const NOT_S = letters('s', true);
const NOT_L = letters('l', true);
const OA = letters('oa');
const AEILOTU = letters('aeilotu');
const DGLX = letters('dglx');
const ANY = letters('', true);
/** `[^aeiuoycgltdb]`: what may stand between a syllable and a silent `ed` (syllable's `{2,}ed$`). */
const SILENT_ED_RUN = letters('aeiuoycgltdb', true);

// ---- Affixes, which syllable counts and then removes ----

/** Literal alternatives (two letters or more) grouped by the two letters they start (or end) with. */
/**
 * Alternatives by the code of their two letters: `lists[index[code]]`, list 0 empty. A byte per
 * code, not a list per code: 16 384 slots filled cost start-up ~0.4 ms a table, run before any JIT.
 */
interface ByCode {
  index: Uint8Array;
  lists: ReadonlyArray<readonly string[]>;
}

function byCode(words: string[], end: boolean): ByCode {
  const index = new Uint8Array(1 << 14);
  const lists: string[][] = [[]];
  for (const w of words) {
    const k = end ? w.length - 2 : 0;
    const slot = (w.charCodeAt(k) << 7) | w.charCodeAt(k + 1);
    if (index[slot] === 0) {
      index[slot] = lists.length;
      lists.push([]);
    }
    lists[index[slot]].push(w);
  }
  // Longest first: of the suffixes that fit, the regex takes the one starting leftmost.
  if (end) for (const list of lists) list.sort((x, y) => y.length - x.length);
  return { index, lists };
}

/** The alternatives of `table` whose two letters have code `slot`. */
function listAt(table: ByCode, slot: number): readonly string[] {
  return table.lists[table.index[slot]];
}

/** `[gnst]ion(?:ed|s)?` spelt out. */
const ION = ['g', 'n', 's', 't'].flatMap((c) => [`${c}ion`, `${c}ioned`, `${c}ions`]);

const TRIPLE_SUFFIX = byCode(['creations', 'creation', 'ology', 'ologist', 'onomy', 'onomist'], true);
// Prefixes stay in the package's order: the regex takes the first alternative that matches.
const DOUBLE_PREFIX = byCode(
  ['above', 'anti', 'ante', 'counter', 'hyper', 'afore', 'agri', 'infra', 'intra', 'inter', 'over', 'semi',
    'ultra', 'under', 'extra', 'dia', 'micro', 'mega', 'kilo', 'pico', 'nano', 'macro', 'somer'],
  false,
);
const DOUBLE_SUFFIX = byCode(['fully', 'berry', 'woman', 'women', 'edly', 'union'], true);
// `none?` is greedy: "none" before "non".
const SINGLE_PREFIX = byCode(
  ['un', 'fore', 'ware', 'none', 'non', 'out', 'post', 'sub', 'pre', 'pro', 'dis', 'side', 'some'],
  false,
);
const SINGLE_SUFFIX = byCode(
  ['ly', 'less', 'some', 'ful', 'er', 'ers', 'ness', 'cian', 'cians', 'ment', 'ments', 'ette', 'ettes',
    'ville', 'villes', 'ship', 'ships', 'side', 'sides', 'port', 'ports', 'shire', 'shires', ...ION],
  true,
);

/** Length of the first listed prefix of B[lo, hi), or 0. */
function prefixAt(table: ByCode, lo: number, hi: number): number {
  if (hi - lo < 2) return 0;
  const list = listAt(table, (B[lo] << 7) | B[lo + 1]);
  for (let k = 0; k < list.length; k++) {
    if (lo + list[k].length <= hi && at(lo, list[k])) return list[k].length;
  }
  return 0;
}

/** Length of the longest listed suffix of B[from, hi), or 0. */
function suffixAt(table: ByCode, from: number, hi: number): number {
  if (hi - from < 2) return 0;
  const list = listAt(table, (B[hi - 2] << 7) | B[hi - 1]);
  for (let k = 0; k < list.length; k++) {
    if (hi - list[k].length >= from && at(hi - list[k].length, list[k])) return list[k].length;
  }
  return 0;
}

/** `[^y]ye?ing$` (syllable's `([bcdfghjklmnpqrstvwxz]|[aeiou])ye?ing$`) in B[from, hi), or 0. */
function yingAt(from: number, hi: number): number {
  if (hi - 5 < from || B[hi - 1] !== C.g || !at(hi - 3, 'ing')) return 0;
  if (B[hi - 4] === C.y) return B[hi - 5] !== C.y ? 5 : 0;
  if (B[hi - 4] === C.e && B[hi - 5] === C.y && hi - 6 >= from && B[hi - 6] !== C.y) return 6;
  return 0;
}

// ---- Letter clusters before a silent e, ed or es ----

/** A set of 1–3 letter clusters, spelt out from the package's alternations, as `pack` keys. */
function clusters(single: string, multi: string[]): Set<number> {
  return new Set([...single, ...multi].map((s) => [...s].reduce((key, ch) => (key << 7) | ch.charCodeAt(0), 0)));
}

/** B[from, to) as a cluster key; 0 (no cluster) unless 1–3 letters. */
function pack(from: number, to: number): number {
  if (to - from < 1 || to - from > 3) return 0;
  let key = 0;
  for (let i = from; i < to; i++) key = (key << 7) | B[i];
  return key;
}

/** Before a silent "ed" ("ached", "judged"). */
const ED_CLUSTER = clusters('bcfgklmnprsvwxyz', ['ch', 'dg', 'gh', 'gn', 'lch', 'll', 'lv', 'mm', 'nch', 'nc',
  'ng', 'nn', 'rb', 'rc', 'rn', 'rs', 'rv', 'squ', 'sc', 'sh', 'sk', 'sl', 'ss', 'th']);
/** Before a silent "es" ("cakes", "lathes"). */
const ES_CLUSTER = clusters('bdfklmnprstvy', ['ch', 'gh', 'gn', 'lch', 'll', 'lv', 'mm', 'nch', 'nn', 'rn',
  'rs', 'rv', 'squ', 'sc', 'sk', 'sl', 'ss', 'st', 'th']);
/** Before a silent final "e" ("cake", "judge"). */
const E_CLUSTER = clusters('bcdfgklmnprstvyz', ['ch', 'dg', 'gh', 'gn', 'll', 'lv', 'mm', 'nc', 'ng', 'nn', 'ns',
  'rc', 'rn', 'rs', 'rv', 'squ', 'sc', 'sk', 'sl', 'ss', 'st', 'th']);

// ---- The rules ----

/**
 * Which scans have an alternative that can begin with a pair of letters (index: first << 7 |
 * second), read off the patterns' unanchored alternatives; the anchored ones are tried by
 * position, and EXPRESSION_MONOSYLLABIC_ONE's `[aeiouy][^aeiouy]ion` by its "ion".
 */
const STARTS = new Uint8Array(1 << 14);
const MONO = 1;
const DOUBLE_TWO = 2;
const DOUBLE_THREE = 4;
const ALL = 'abcdefghijklmnopqrstuvwxyz';
const except = (chars: string): string => [...ALL].filter((c) => !chars.includes(c)).join('');
for (const [bit, firsts, seconds] of [
  [MONO, 'a', 'w'], [MONO, 'ct', 'i'], [MONO, except('aeiou'), 'g'], [MONO, 'i', 'o'], [MONO, 'u', 'a'],
  [MONO, 'e', 'a'],
  [DOUBLE_TWO, 'c', 'r'], [DOUBLE_TWO, except('gq'), 'u'], [DOUBLE_TWO, 'aeiou', 'aeiou'], [DOUBLE_TWO, 't', 'h'],
  [DOUBLE_TWO, 'd', 'e'],
  [DOUBLE_THREE, except('aeiou'), 'y'], [DOUBLE_THREE, except('l'), 'l'], [DOUBLE_THREE, 'rd', 'i'],
  [DOUBLE_THREE, 'i', 'uoie'], [DOUBLE_THREE, 'u', 'e'], [DOUBLE_THREE, 'aeilotu', 'r'], [DOUBLE_THREE, 'r', 'e'],
  [DOUBLE_THREE, 'e', 'o'], [DOUBLE_THREE, 'aeiou', 'y'],
] as const) {
  for (const x of firsts) for (const y of seconds) STARTS[(x.charCodeAt(0) << 7) | y.charCodeAt(0)] |= bit;
}

/** B[0, m) ends in "ed" / "es"; `edRunFrom`: where the SILENT_ED_RUN letters before that "ed" start. */
let edEnd = false;
let esEnd = false;
let edRunFrom = 0;

/** syllable's one() of the n letters in B (at least three), by its rules. */
export function countByRules(n: number): number {
  let count = 0;
  let lo = 0;
  let hi = n;
  for (let i = n; i < n + PAD; i++) B[i] = 0;

  let len = suffixAt(TRIPLE_SUFFIX, lo, hi);
  if (len > 0) { count += 3; hi -= len; }

  len = prefixAt(DOUBLE_PREFIX, lo, hi);
  if (len > 0) { count += 2; lo += len; }
  len = Math.max(suffixAt(DOUBLE_SUFFIX, lo, hi), yingAt(lo, hi));
  if (len > 0) { count += 2; hi -= len; }

  len = prefixAt(SINGLE_PREFIX, lo, hi);
  if (len > 0) { count += 1; lo += len; }
  len = suffixAt(SINGLE_SUFFIX, lo, hi);
  if (len > 0) { count += 1; hi -= len; }

  const m = keep(lo, hi);
  for (let i = 0, before = 0; i < m; i++) {
    const vowel = VOWEL_Y[B[i]];
    if (vowel > before) count++; // a group of [aeiouy] starts
    before = vowel;
  }

  edEnd = ends(m, 'ed');
  esEnd = ends(m, 'es');
  edRunFrom = m - 2;
  while (edRunFrom > 0 && SILENT_ED_RUN[B[edRunFrom - 1]] === 1) edRunFrom--;

  // Each scan skips the positions whose first two letters begin none of its alternatives: most.
  let matches = 0;
  // Where the end-anchored alternatives could start: a silent -ed or -es (its vowel 3–5 letters
  // before), -sia, -eous, -[oa]gue, -.ely.
  let anchoredFrom = m;
  if (edEnd) anchoredFrom = Math.min(m - 6, edRunFrom - 1);
  else if (esEnd) anchoredFrom = m - 6;
  else if (ends(m, 'sia')) anchoredFrom = m - 3;
  else if (ends(m, 'ous') || ends(m, 'gue') || ends(m, 'ely')) anchoredFrom = m - 4;
  for (let i = 0; i < m;) {
    const free = (STARTS[(B[i] << 7) | B[i + 1]] & MONO) !== 0 || (B[i + 2] === C.i && at(i + 3, 'on'));
    const matched = free || i === 0 || i >= anchoredFrom ? monosyllabicAt(i, m) : 0;
    if (matched > 0) { matches++; i += matched; } else i++;
  }
  count -= matches + (silentE(m) ? 1 : 0);

  matches = 0;
  for (let i = 0; i < m;) {
    const matched = i === 0 || (STARTS[(B[i] << 7) | B[i + 1]] & DOUBLE_TWO) !== 0 ? doubleTwoAt(i) : 0;
    if (matched > 0) { matches++; i += matched; } else i++;
  }
  for (let i = 0; i < m;) {
    const matched = (STARTS[(B[i] << 7) | B[i + 1]] & DOUBLE_THREE) !== 0 ? doubleThreeAt(i) : 0;
    if (matched > 0) { matches++; i += matched; } else i++;
  }
  count += matches + (doubleAtEnd(m) ? 1 : 0) + (doubleFour(m) ? 1 : 0);
  // As in the package: 0 becomes 1, and a count the rules took below 0 is kept.
  return count || 1;
}

/**
 * syllable's EXPRESSION_MONOSYLLABIC_ONE at i (two vowel groups that are one syllable): the
 * length of the first alternative, in the package's order, that matches there, or 0.
 */
function monosyllabicAt(i: number, m: number): number {
  const c = B[i];
  if (c === C.a && at(i + 1, 'we')) {
    if (i + 3 === m) return 3;
    if (B[i + 3] === C.d) return 4;
    if (at(i + 3, 'so')) return 5;
  }
  if (c === C.c && at(i + 1, 'ia')) {
    if (B[i + 3] === C.l) return 4;
    if (i + 3 === m) return 3;
  }
  if (c === C.t && at(i + 1, 'ia')) return 3;
  if (c === C.c && at(i + 1, 'ius')) return 4;
  if (c === C.c && at(i + 1, 'ious')) return 5;
  if (B[i + 1] === C.g && NOT_VOWEL[c] === 1 && at(i + 2, 'iu')) return 4;
  if (B[i + 2] === C.i && VOWEL_Y[c] === 1 && CONSONANT[B[i + 1]] === 1 && at(i + 3, 'on')) return 5;
  if (c === C.i && at(i + 1, 'ou')) return 3;
  if (i + 3 === m && c === C.s && at(i + 1, 'ia')) return 3;
  if (i + 4 === m && ((c === C.e && at(i + 1, 'ous')) || (OA[c] === 1 && at(i + 1, 'gue')))) return 4;
  if (edEnd && i >= edRunFrom - 1 && i <= m - 5) return m - i;
  if (i + 4 === m && at(i + 1, 'ely')) return 4;
  if (i === 0 && c === C.j && at(1, 'ua')) return 3;
  if ((c === C.u && at(i + 1, 'ai')) || (c === C.e && at(i + 1, 'au'))) return 3;
  if (i === 0 && m === 4 && c === C.b && at(1, 'usi')) return 4;
  if (i >= m - 6 && VOWEL_Y[c] === 1) {
    if (edEnd && ED_CLUSTER.has(pack(i + 1, m - 2))) return m - i;
    if (esEnd && ES_CLUSTER.has(pack(i + 1, m - 2))) return m - i;
  }
  return 0;
}

/** syllable's EXPRESSION_MONOSYLLABIC_TWO: a silent final e; anchored, so it matches at most once. */
function silentE(m: number): boolean {
  if (B[m - 1] !== C.e) return false;
  for (let i = Math.max(0, m - 5); i < m - 2; i++) {
    if (VOWEL_Y[B[i]] === 1 && E_CLUSTER.has(pack(i + 1, m - 1))) return true;
  }
  return false;
}

/** Endings of EXPRESSION_DOUBLE_SYLLABIC_ONE that are plain letters, by last letter. */
const DOUBLE_ENDINGS = byCode(['eo', 'ism', 'asm', 'thm', 'dnt', 'snt', 'uity', 'dea', 'gean', 'oa', 'ua', 'reac',
  'react', 'orbed', 'shred', 'eing', 'eings'], true);

/** syllable's EXPRESSION_DOUBLE_SYLLABIC_ONE: endings of two syllables; anchored, so at most once. */
function doubleAtEnd(m: number): boolean {
  if (m < 2) return false;
  const last = B[m - 1];
  for (const e of listAt(DOUBLE_ENDINGS, (B[m - 2] << 7) | last)) if (ends(m, e)) return true;
  if (last === C.l) {
    // ([^aeiouy])\1l$ and [aeiouym]bl$
    if (m >= 3 && B[m - 2] === B[m - 3] && CONSONANT[B[m - 2]] === 1) return true;
    return m >= 3 && B[m - 2] === C.b && (VOWEL_Y[B[m - 3]] === 1 || B[m - 3] === C.m);
  }
  // [^aeiouy]ie(?:r|s?t)$
  if (m >= 4 && CONSONANT[B[m - 4]] === 1 && (ends(m, 'ier') || ends(m, 'iet'))) return true;
  if (m >= 5 && CONSONANT[B[m - 5]] === 1 && ends(m, 'iest')) return true;
  // [aeiouy]sh?e[rs]$
  if (m < 4 || B[m - 2] !== C.e || (last !== C.r && last !== C.s)) return false;
  if (B[m - 3] === C.s) return VOWEL_Y[B[m - 4]] === 1;
  return m >= 5 && at(m - 4, 'sh') && VOWEL_Y[B[m - 5]] === 1;
}

/** syllable's EXPRESSION_DOUBLE_SYLLABIC_TWO at i: the length matched, or 0. */
function doubleTwoAt(i: number): number {
  const c = B[i];
  if (c === C.c && at(i + 1, 'reat') && B[i + 5] !== C.u) return 5;
  if (B[i + 1] === C.u && B[i + 2] === C.a && NOT_GQ[c] === 1 && NOT_VOWEL[B[i + 3]] === 1) return 4;
  if (VOWEL[c] === 1 && VOWEL[B[i + 1]] === 1 && VOWEL[B[i + 2]] === 1) return 3;
  if (i === 0) {
    if (at(0, 'ia') || at(0, 'mc')) return 2;
    if (at(0, 'coa') && DGLX[B[3]] === 1 && ANY[B[4]] === 1) return 5;
    if (at(0, 'reapp')) return 5;
    if (at(0, 'rees') || at(0, 'reim') || at(0, 'reus')) return 4;
  }
  if (c === C.t && at(i + 1, 'heist')) return 6;
  if (c === C.d && at(i + 1, 'eist')) return 5;
  return 0;
}

/** syllable's EXPRESSION_DOUBLE_SYLLABIC_THREE at i: the length matched, or 0. */
function doubleThreeAt(i: number): number {
  const c = B[i];
  const next = B[i + 1];
  if (next === C.y && NOT_VOWEL[c] === 1 && (B[i + 2] === C.a || B[i + 2] === C.e)) return 3;
  if (next === C.l && NOT_L[c] === 1 && at(i + 2, 'ien')) return 5;
  if ((c === C.r && at(i + 1, 'iet')) || (c === C.d && at(i + 1, 'ien'))) return 4;
  if (c === C.i && (next === C.u || next === C.o || next === C.i)) return 2;
  if (c === C.u && at(i + 1, 'en')) return 3;
  if (next === C.r && AEILOTU[c] === 1 && at(i + 2, 'eal')) return 5;
  if (c === C.r && at(i + 1, 'eal') && AEILOTU[B[i + 4]] === 1) return 5;
  if (c === C.i && at(i + 1, 'ell')) return 4;
  if (c === C.e && next === C.o && NOT_VOWEL[B[i + 2]] === 1) return 3;
  if (next === C.y && VOWEL[c] === 1 && VOWEL[B[i + 2]] === 1) return 3;
  return 0;
}

/** syllable's EXPRESSION_DOUBLE_SYLLABIC_FOUR, `[^s]ia`, which is not global: once at most. */
function doubleFour(m: number): boolean {
  for (let i = 1; i + 1 < m; i++) if (B[i] === C.i && B[i + 1] === C.a && NOT_S[B[i - 1]] === 1) return true;
  return false;
}
