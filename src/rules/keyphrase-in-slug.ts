import { placementRule } from './placement.js';

export default placementRule(
  'slug',
  'warning',
  1,
  "The slug (the URL's last part) holds the keyphrase.",
  'Google recommends descriptive URLs; a keyphrase in the slug is the SEO convention, with little weight of its own.',
);
