import { stemmedLanguage } from './define.js';

/** Dutch: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('nl', 'Dutch', 'porter_stemmer_nl.js', 'nld', ['dutch', 'nederlands', 'nld', 'dut']);
