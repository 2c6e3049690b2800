import { stemmedLanguage } from './define.js';
import { fromStyle } from './style/adapter.js';
import { style } from './style/it.js';

/** Italian: natural's stemmer, the `stopword` package's function words, and the style rules of style/it.ts. */
export default { ...stemmedLanguage('it', 'Italian', 'porter_stemmer_it.js', 'ita', ['italian', 'italiano', 'ita']), ...fromStyle(style) };
