import { stemmedLanguage } from './define.js';

/** Italian: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('it', 'Italian', 'porter_stemmer_it.js', 'ita', ['italian', 'italiano', 'ita']);
