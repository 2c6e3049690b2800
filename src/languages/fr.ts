import { stemmedLanguage } from './define.js';
import { fromStyle } from './style/adapter.js';
import { style } from './style/fr.js';

/** French: natural's stemmer, the `stopword` package's function words, and the style rules of style/fr.ts. */
export default { ...stemmedLanguage('fr', 'French', 'porter_stemmer_fr.js', 'fra', ['french', 'français', 'francais', 'fra', 'fre']), ...fromStyle(style) };
