import { stemmedLanguage } from './define.js';

/** German: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('de', 'German', 'porter_stemmer_de.js', 'deu', ['german', 'deutsch', 'deu', 'ger']);
