import { placementRule } from './placement.js';

export default placementRule('title', 'error', 3, 'The title holds the keyphrase: it is what searchers read first.');
