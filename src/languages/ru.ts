import { stemmedLanguage } from './define.js';
import { fromStyle } from './style/adapter.js';
import { style } from './style/ru.js';

/** Russian: natural's stemmer, the `stopword` package's function words, and the style rules of style/ru.ts. */
export default { ...stemmedLanguage('ru', 'Russian', 'porter_stemmer_ru.js', 'rus', ['russian', 'русский', 'rus']), ...fromStyle(style) };
