import { placementRule } from './placement.js';

export default placementRule('slug', 'warning', 1, "The slug (the URL's last part) holds the keyphrase.");
