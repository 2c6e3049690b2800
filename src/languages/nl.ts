import { stemmedLanguage } from './define.js';
import { fromStyle } from './style/adapter.js';
import { style } from './style/nl.js';

/** Dutch: natural's stemmer, the `stopword` package's function words, and the style rules of style/nl.ts. */
export default { ...stemmedLanguage('nl', 'Dutch', 'porter_stemmer_nl.js', 'nld', ['dutch', 'nederlands', 'nld', 'dut']), ...fromStyle(style) };
