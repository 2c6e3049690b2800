import { stemmedLanguage } from './define.js';

/** Russian: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('ru', 'Russian', 'porter_stemmer_ru.js', 'rus', ['russian', 'русский', 'rus']);
