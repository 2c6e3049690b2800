import { stemmedLanguage } from './define.js';

/** Portuguese: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('pt', 'Portuguese', 'porter_stemmer_pt.js', 'por', ['portuguese', 'português', 'portugues', 'por']);
