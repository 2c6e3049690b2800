import { stemmedLanguage } from './define.js';

/** Japanese: natural's stemmer and the `stopword` package's function words. */
export default stemmedLanguage('ja', 'Japanese', 'stemmer_ja.js', 'jpn', ['japanese', '日本語', 'jpn']);
