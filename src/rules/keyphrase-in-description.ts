import { placementRule } from './placement.js';

export default placementRule(
  'description',
  'warning',
  1,
  'The meta description holds the keyphrase, which search engines show in bold.',
  'Result pages show the searched words of a snippet in bold; Google does not say the description affects ranking.',
);
