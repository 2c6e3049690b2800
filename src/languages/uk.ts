import { stemmedLanguage } from './define.js';

/** Ukrainian: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('uk', 'Ukrainian', 'porter_stemmer_uk.js', 'ukr', ['ukrainian', 'українська', 'ukr']);
