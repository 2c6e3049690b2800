import { stemmedLanguage } from './define.js';

/** Norwegian: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('no', 'Norwegian', 'porter_stemmer_no.js', 'nob', ['norwegian', 'norsk', 'nb', 'nn', 'nob', 'nor']);
