/*
 * Letters that are read one by one ("HTTP": aitch tee tee pee) and the capitals that are read
 * as a word instead ("NASA", "NATO", "UNESCO"). Every letter's name has one syllable but W's
 * ("double-u", three).
 */

/** Syllables of `letters` (a–z, either case) spelt out: one each, three for a W. */
export function spelledSyllables(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n += (letters.charCodeAt(i) | 0x20) === 0x77 ? 3 : 1;
  return n;
}

/**
 * Whether the plural or possessive s after a spelt-out acronym is a syllable of its own: only
 * after a letter whose name ends in a hiss ("ess", "ex", "aitch": "OSes", "SMSes"). Elsewhere the
 * s joins the name's last sound, as in "URLs" (you-ar-els, 3) and "APIs" (ay-pee-eyes, 3).
 */
export function sibilantName(letter: string): boolean {
  const c = letter.charCodeAt(0) | 0x20;
  return c === 0x73 || c === 0x78 || c === 0x68;
}

/**
 * Two-letter words that stay words in capitals ("do NOT", "this OR that"): English function
 * words. Left out because in capitals they are mostly acronyms: IT (information technology),
 * US, AM; also OK and ID, which are spelt.
 */
export const TWO_LETTER_WORDS: ReadonlySet<string> = new Set(['an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'me', 'my', 'no', 'of', 'oh', 'on', 'or', 'so', 'to', 'up', 'we']);

/**
 * Three-letter capitals read as words. Most three-letter acronyms are spelt (API, CEO, CSS, FEC),
 * whatever their vowels, so these are listed: those a reader says as one word in the corpus's
 * fields (GIF, RAM, FAR, the Federal Acquisition Regulation; Rust's MIR), and English words
 * written in capitals for emphasis.
 */
const THREE_LETTER_WORDS = new Map<string, number>([
  ['gif', 1], ['ram', 1], ['rom', 1], ['lan', 1], ['wan', 1], ['dos', 1], ['hud', 1], ['net', 1], ['cad', 1],
  ['sig', 1], ['mir', 1], ['din', 1], ['far', 1], ['arm', 1], ['pin', 1], ['sim', 1], ['nat', 1], ['gui', 2], ['dry', 1],
  ['max', 1], ['min', 1], ['sat', 1], ['and', 1], ['not', 1], ['you', 1], ['the', 1], ['for', 1], ['but', 1],
  ['all', 1], ['are', 1], ['can', 1], ['has', 1], ['how', 1], ['new', 1], ['now', 1], ['one', 1], ['our', 1],
  ['out', 1], ['two', 1], ['use', 1], ['was', 1], ['who', 1], ['why', 1], ['yes', 1], ['get', 1], ['set', 1],
  ['put', 1], ['run', 1], ['add', 1], ['any', 2], ['its', 1], ['off', 1], ['big', 1], ['top', 1], ['key', 1],
  ['ii', 1], ['iii', 1],
]);

/**
 * Longer capitals whose reading the rule of `readAsWord` gets wrong: words it would spell
 * (JSON: jay-son, NGINX: engine-x, SIMD: sim-dee) and acronyms it would read as words (EITI,
 * IEEE: eye triple-e).
 */
const LONG_EXCEPTIONS = new Map<string, number>([
  ['json', 2], ['jpeg', 2], ['yaml', 2], ['toml', 2], ['nginx', 3], ['simd', 2], ['wasm', 2], ['eiti', 4],
  ['ieee', 4], ['aead', 4], ['ascii', 2], ['usaid', 3], ['spdy', 2], ['repl', 2], ['cpan', 2], ['sbom', 2], ['tanf', 2],
]);

/** Consonant clusters that can begin an English word (and so a syllable). */
const ONSETS = new Set(('bl br ch cl cr dr dw fl fr gl gn gr kl kn kr ph pl pr qu sc sch scr sh shr sk sl sm sn sp '
  + 'spl spr squ st str sw th thr tr tw wh wr').split(' '));
/** Consonant clusters that can end one. */
const CODAS = new Set(('ch ck ct ds ft ld lf lk lm lp ls lt mb mp mps ms nch nd nds ng ngs nk nks ns nt nts ps pt rb '
  + 'rc rch rd rds rf rg rk rks rl rm rms rn rns rp rs rsh rst rt rts sh sk sm sp ss st sts tch th ts tz wk wl wn ws xt').split(' '));

function isVowel(c: string, first: boolean): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (c === 'y' && !first);
}

/** A cluster inside a word: an onset, or a coda followed by an onset (or one consonant each). */
function splits(cluster: string): boolean {
  if (cluster.length <= 1 || ONSETS.has(cluster) || CODAS.has(cluster)) return true;
  for (let k = 1; k < cluster.length; k++) {
    const coda = cluster.slice(0, k);
    const onset = cluster.slice(k);
    if ((coda.length === 1 || CODAS.has(coda)) && (onset.length === 1 || ONSETS.has(onset))) return true;
  }
  return false;
}

/**
 * Whether a reader says `lower` (an acronym of four or more letters, in lower case) as a word:
 * when it has a vowel and its consonants group as English words' do (NASA, NATO, COVID, UNESCO,
 * FICAM; not HTTP, LLVM, OTLP, CFPB). An acronym beginning "us" is the U.S. and something
 * (USDA, USCIS, USGS): spelt.
 */
export function pronounceable(lower: string): boolean {
  if (lower.startsWith('us')) return false;
  let i = 0;
  let cluster = '';
  let vowels = 0;
  for (; i < lower.length; i++) {
    const c = lower[i];
    if (isVowel(c, i === 0)) {
      if (cluster !== '') {
        const ok = vowels === 0 ? cluster.length === 1 || ONSETS.has(cluster) : splits(cluster);
        if (!ok) return false;
        cluster = '';
      }
      vowels++;
    } else cluster += c;
  }
  return vowels > 0 && (cluster.length <= 1 || CODAS.has(cluster));
}

/**
 * Syllables of a run of capitals (two letters or more) as a reader says it: as a word, counted by
 * `asWord` (which is given the lower case, with the s when `plural`), or spelt out. `plural`: an
 * s of a plural or possessive followed the capitals ("URLs", "NASA's").
 */
export function capitalsSyllables(letters: string, plural: boolean, asWord: (lower: string) => number): number {
  const lower = letters.toLowerCase();
  let known: number | undefined;
  if (lower.length === 2) known = TWO_LETTER_WORDS.has(lower) ? 1 : undefined;
  else if (lower.length === 3) known = THREE_LETTER_WORDS.get(lower);
  else known = LONG_EXCEPTIONS.get(lower);
  if (known !== undefined) return known;
  if (lower.length > 3 && pronounceable(lower)) return asWord(plural ? `${lower}s` : lower);
  return spelledSyllables(lower) + (plural && sibilantName(lower[lower.length - 1]) ? 1 : 0);
}
