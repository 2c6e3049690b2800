import { stemmedLanguage } from './define.js';
import { fromStyle } from './style/adapter.js';
import { style } from './style/de.js';

/** German: natural's stemmer, the `stopword` package's function words, and the style rules of style/de.ts. */
export default { ...stemmedLanguage('de', 'German', 'porter_stemmer_de.js', 'deu', ['german', 'deutsch', 'deu', 'ger']), ...fromStyle(style) };
