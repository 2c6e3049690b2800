import { stemmedLanguage } from './define.js';

/** Persian: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('fa', 'Persian', 'porter_stemmer_fa.js', 'fas', ['persian', 'farsi', 'fas', 'per']);
