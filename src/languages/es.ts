import { stemmedLanguage } from './define.js';

/** Spanish: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('es', 'Spanish', 'porter_stemmer_es.js', 'spa', ['spanish', 'español', 'espanol', 'spa']);
