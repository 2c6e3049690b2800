import { stemmedLanguage } from './define.js';
import { fromStyle } from './style/adapter.js';
import { style } from './style/es.js';

/** Spanish: natural's stemmer, the `stopword` package's function words, and the style rules of style/es.ts. */
export default { ...stemmedLanguage('es', 'Spanish', 'porter_stemmer_es.js', 'spa', ['spanish', 'español', 'espanol', 'spa']), ...fromStyle(style) };
