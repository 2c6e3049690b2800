import { stemmedLanguage } from './define.js';

/** Swedish: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('sv', 'Swedish', 'porter_stemmer_sv.js', 'swe', ['swedish', 'svenska', 'swe']);
