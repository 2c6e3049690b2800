import { stemmedLanguage } from './define.js';

/** French: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('fr', 'French', 'porter_stemmer_fr.js', 'fra', ['french', 'français', 'francais', 'fra', 'fre']);
