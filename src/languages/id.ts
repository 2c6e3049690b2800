import { stemmedLanguage } from './define.js';

/** Indonesian: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('id', 'Indonesian', 'indonesian/stemmer_id.js', 'ind', ['indonesian', 'bahasa', 'ind']);
