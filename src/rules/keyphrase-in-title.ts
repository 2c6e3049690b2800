import { placementRule } from './placement.js';

export default placementRule(
  'title',
  'error',
  3,
  'The title holds the keyphrase: it is what searchers read first.',
  'Google builds the title link of a result from the title and asks that it describe the page; using the searched words there is the SEO convention.',
);
