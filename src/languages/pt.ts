import { stemmedLanguage } from './define.js';
import { fromStyle } from './style/adapter.js';
import { style } from './style/pt.js';

/** Portuguese: natural's stemmer, the `stopword` package's function words, and the style rules of style/pt.ts. */
export default { ...stemmedLanguage('pt', 'Portuguese', 'porter_stemmer_pt.js', 'por', ['portuguese', 'português', 'portugues', 'por']), ...fromStyle(style) };
