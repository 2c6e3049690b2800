import { remember } from '../util/memo.js';
import { defineLanguage } from './define.js';
import type { Language, LanguageModule } from './types.js';
import de from './de.js';
import en from './en.js';
import es from './es.js';
import fa from './fa.js';
import fr from './fr.js';
import id from './id.js';
import it from './it.js';
import ja from './ja.js';
import nl from './nl.js';
import no from './no.js';
import pt from './pt.js';
import ru from './ru.js';
import sv from './sv.js';
import uk from './uk.js';

/**
 * The languages seo-check knows, one module each. A module is a small description; its stemmer
 * and word lists load when an article first asks for the language, so an English run never
 * loads the Russian stemmer or `stopword`'s lists.
 */
const MODULES: readonly LanguageModule[] = [en, de, es, fa, fr, it, nl, no, pt, ru, sv, uk, ja, id];

/** Languages with function words in `stopword` but no stemmer: matched unstemmed. */
const UNSTEMMED: Record<string, [name: string, stopword: string]> = {
  af: ['Afrikaans', 'afr'], ar: ['Arabic', 'ara'], bg: ['Bulgarian', 'bul'], bn: ['Bengali', 'ben'], br: ['Breton', 'bre'],
  ca: ['Catalan', 'cat'], cs: ['Czech', 'ces'], da: ['Danish', 'dan'], el: ['Greek', 'ell'], eo: ['Esperanto', 'epo'],
  et: ['Estonian', 'est'], eu: ['Basque', 'eus'], fi: ['Finnish', 'fin'], ga: ['Irish', 'gle'], gl: ['Galician', 'glg'],
  gu: ['Gujarati', 'guj'], ha: ['Hausa', 'hau'], he: ['Hebrew', 'heb'], hi: ['Hindi', 'hin'], hr: ['Croatian', 'hrv'],
  hu: ['Hungarian', 'hun'], hy: ['Armenian', 'hye'], ko: ['Korean', 'kor'], ku: ['Kurdish', 'kur'], la: ['Latin', 'lat'],
  lt: ['Lithuanian', 'lit'], lv: ['Latvian', 'lav'], mr: ['Marathi', 'mar'], ms: ['Malay', 'msa'], my: ['Burmese', 'mya'],
  pa: ['Punjabi', 'panGu'], pl: ['Polish', 'pol'], ro: ['Romanian', 'ron'], sk: ['Slovak', 'slk'], sl: ['Slovenian', 'slv'],
  so: ['Somali', 'som'], st: ['Sotho', 'sot'], sw: ['Swahili', 'swa'], tl: ['Tagalog', 'tgl'], th: ['Thai', 'tha'],
  tr: ['Turkish', 'tur'], ur: ['Urdu', 'urd'], vi: ['Vietnamese', 'vie'], yo: ['Yoruba', 'yor'], zh: ['Chinese', 'zho'], zu: ['Zulu', 'zul'],
};

const EXTRA_NAMES: Record<string, string> = { chinese: 'zh', 中文: 'zh', korean: 'ko', polish: 'pl' };

const BY_CODE = new Map(MODULES.map((m) => [m.code, m]));

/** Codes of the languages with a stemmer, for help texts and docs. */
export const STEMMED_LANGUAGES: readonly string[] = MODULES.map((m) => m.code);

/** The canonical code of a language tag ("en-GB", "English", "spa" → "en", "en", "es"), or null. */
export function languageCode(tag: string): string | null {
  const t = tag.trim().toLowerCase().replace('_', '-');
  const base = t.split('-')[0];
  if (BY_CODE.has(base) || base in UNSTEMMED) return base;
  for (const m of MODULES) if (m.names.includes(t)) return m.code;
  return EXTRA_NAMES[t] ?? null;
}

function moduleFor(code: string): LanguageModule {
  const known = BY_CODE.get(code);
  if (known !== undefined) return known;
  const [name, stopword] = UNSTEMMED[code] ?? [code, null];
  return { code, name, names: [], stemmer: null, functionWords: stopword };
}

/**
 * Languages by tag, each made once. One registry serves an engine, so nothing is cached at
 * module level beyond the stopword bundle.
 */
export class Languages {
  private readonly made = new Map<string, Language>();

  /** The language for `tag` (default English); an unknown tag gives a language with no stemmer and no lists. */
  get(tag: string | undefined): Language {
    const code = tag === undefined || tag.trim() === '' ? 'en' : (languageCode(tag) ?? tag.trim().toLowerCase());
    return remember(this.made, code, (c) => defineLanguage(moduleFor(c)));
  }
}

/** Whether a language has a stemmer (what `--lang` promises for matching). */
export function isStemmed(language: Language): boolean {
  return language.stem !== null;
}
