import { createRequire } from 'node:module';
import { foldDiacritics } from './fold.js';
import { ENGLISH_FUNCTION_WORDS } from './lexicon.js';
import { englishStem } from './stem.js';
import { remember } from '../util/memo.js';

/**
 * The languages seo-check can match in: natural's stemmer for each language natural ships one
 * for, and that language's function words from the `stopword` package. English, which most runs
 * use, is part of the program (stem.ts, lexicon.ts); other languages are loaded on first use, and
 * only the one asked for, so an English run never loads the Russian stemmer or stopword's lists.
 */

/** How matching treats one language. */
export interface Language {
  /** ISO 639-1 code ("en", "es"), or the tag as given when the language is unknown. */
  code: string;
  /** Natural's stemmer for it; null when natural has none and words are compared unstemmed. */
  stem: ((word: string) => string) | null;
  /** Function words, folded as matching folds words (lower case, no diacritics). */
  functionWords: ReadonlySet<string>;
  /** The language has natural's stemmer (what `--lang` promises). */
  supported: boolean;
}

interface Entry {
  /** Path under natural/lib/natural/stemmers/, or null when natural has no stemmer. */
  stemmer: string | null;
  /** Key of the function-word list in `stopword`. */
  stopword: string | null;
  names: string[];
}

// Natural's stemmers (its stemmers/index.js), and the stopword list of each language.
const TABLE: Record<string, Entry> = {
  en: { stemmer: 'porter_stemmer.js', stopword: 'eng', names: ['english', 'eng'] },
  de: { stemmer: 'porter_stemmer_de.js', stopword: 'deu', names: ['german', 'deutsch', 'deu', 'ger'] },
  es: { stemmer: 'porter_stemmer_es.js', stopword: 'spa', names: ['spanish', 'español', 'espanol', 'spa'] },
  fa: { stemmer: 'porter_stemmer_fa.js', stopword: 'fas', names: ['persian', 'farsi', 'fas', 'per'] },
  fr: { stemmer: 'porter_stemmer_fr.js', stopword: 'fra', names: ['french', 'français', 'francais', 'fra', 'fre'] },
  it: { stemmer: 'porter_stemmer_it.js', stopword: 'ita', names: ['italian', 'italiano', 'ita'] },
  nl: { stemmer: 'porter_stemmer_nl.js', stopword: 'nld', names: ['dutch', 'nederlands', 'nld', 'dut'] },
  no: { stemmer: 'porter_stemmer_no.js', stopword: 'nob', names: ['norwegian', 'norsk', 'nb', 'nn', 'nob', 'nor'] },
  pt: { stemmer: 'porter_stemmer_pt.js', stopword: 'por', names: ['portuguese', 'português', 'portugues', 'por'] },
  ru: { stemmer: 'porter_stemmer_ru.js', stopword: 'rus', names: ['russian', 'русский', 'rus'] },
  sv: { stemmer: 'porter_stemmer_sv.js', stopword: 'swe', names: ['swedish', 'svenska', 'swe'] },
  uk: { stemmer: 'porter_stemmer_uk.js', stopword: 'ukr', names: ['ukrainian', 'українська', 'ukr'] },
  ja: { stemmer: 'stemmer_ja.js', stopword: 'jpn', names: ['japanese', '日本語', 'jpn'] },
  id: { stemmer: 'indonesian/stemmer_id.js', stopword: 'ind', names: ['indonesian', 'bahasa', 'ind'] },
};

// Languages with function words in `stopword` but no stemmer in natural: matched unstemmed.
const STOPWORD_ONLY: Record<string, string> = {
  af: 'afr', ar: 'ara', bg: 'bul', bn: 'ben', br: 'bre', ca: 'cat', cs: 'ces', da: 'dan', el: 'ell',
  eo: 'epo', et: 'est', eu: 'eus', fi: 'fin', ga: 'gle', gl: 'glg', gu: 'guj', ha: 'hau', he: 'heb',
  hi: 'hin', hr: 'hrv', hu: 'hun', hy: 'hye', ko: 'kor', ku: 'kur', la: 'lat', lt: 'lit', lv: 'lav',
  mr: 'mar', ms: 'msa', my: 'mya', pa: 'panGu', pl: 'pol', ro: 'ron', sk: 'slk', sl: 'slv', so: 'som',
  st: 'sot', sw: 'swa', tl: 'tgl', th: 'tha', tr: 'tur', ur: 'urd', vi: 'vie', yo: 'yor', zh: 'zho', zu: 'zul',
};

const require = createRequire(import.meta.url);

let stopwords: Record<string, string[]> | undefined;

function stopwordList(key: string | null): ReadonlySet<string> {
  if (key === null) return new Set();
  let list: readonly string[] = ENGLISH_FUNCTION_WORDS;
  if (key !== 'eng') {
    // `stopword` ships one CommonJS bundle of all its lists (240 kB, ~7 ms); read once, on first use.
    stopwords ??= require('stopword') as Record<string, string[]>;
    list = stopwords[key] ?? [];
  }
  return new Set(list.map((w) => foldDiacritics(w.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'"))));
}

function loadStemmer(path: string): (word: string) => string {
  const mod = require(`natural/lib/natural/stemmers/${path}`) as { stem?: (w: string) => string; default?: { stem(w: string): string } };
  const stemmer = mod.stem !== undefined ? mod : mod.default!;
  return (word) => stemmer.stem!(word);
}

/** The canonical code of a language tag ("en-GB", "English", "spa" → "en", "en", "es"), or null. */
export function languageCode(tag: string): string | null {
  const t = tag.trim().toLowerCase().replace('_', '-');
  const base = t.split('-')[0];
  if (base in TABLE || base in STOPWORD_ONLY) return base;
  for (const [code, entry] of Object.entries(TABLE)) if (entry.names.includes(t)) return code;
  if (t === 'chinese' || t === '中文') return 'zh';
  if (t === 'korean') return 'ko';
  if (t === 'polish') return 'pl';
  return null;
}

/** Codes of the languages natural has a stemmer for, for help texts and docs. */
export const STEMMED_LANGUAGES: readonly string[] = Object.keys(TABLE);

/**
 * Languages by tag, each loaded once. One registry serves a run (the analyzer holds it), so
 * nothing is cached at module level beyond the stopword bundle.
 */
export class Languages {
  private readonly loaded = new Map<string, Language>();

  /** The language for `tag` (default English); `supported` is false when it falls back to unstemmed matching. */
  get(tag: string | undefined): Language {
    const code = tag === undefined || tag.trim() === '' ? 'en' : (languageCode(tag) ?? tag.trim().toLowerCase());
    return remember(this.loaded, code, load);
  }
}

function load(code: string): Language {
  const entry = TABLE[code];
  if (entry !== undefined) {
    const stem = code === 'en' ? englishStem() : entry.stemmer === null ? null : loadStemmer(entry.stemmer);
    return { code, stem, functionWords: stopwordList(entry.stopword), supported: true };
  }
  return { code, stem: null, functionWords: stopwordList(STOPWORD_ONLY[code] ?? null), supported: false };
}
