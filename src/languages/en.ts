import { ENGLISH_FUNCTION_WORDS } from '../text/lexicon.js';
import { englishStyle } from './en-style.js';
import { flesch } from './reading-ease.js';
import type { LanguageModule } from './types.js';

/** English: seo-check's own Porter port (text/porter.ts), and every list the checks read. */
const english: LanguageModule = {
  code: 'en',
  name: 'English',
  names: ['english', 'eng'],
  stemmer: null,
  functionWords: ENGLISH_FUNCTION_WORDS,
  style: englishStyle,
  readingEase: flesch,
};

export default english;
