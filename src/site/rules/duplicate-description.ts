import { defineSiteRule } from '../rule.js';
import { duplicateLabels, LABEL_OPTIONS } from './duplicate-labels.js';

export default defineSiteRule({
  id: 'duplicate-description',
  description: 'Every article has a description of its own: no two are identical or nearly so.',
  defaultSeverity: 'warning',
  recommended: true,
  scope: 'site',
  basis: {
    kind: 'google',
    url: 'https://developers.google.com/search/docs/appearance/snippet',
    why: 'Google’s guide to snippets asks for a unique description on each page: identical or similar descriptions are no help when several pages of a site appear in the results.',
  },
  messages: {
    exact: '{{count}} articles have the description "{{text}}": write one for each article',
    near: '{{count}} articles have nearly the same description ({{similarity}} % alike), such as "{{text}}": write one for each article',
  },
  options: LABEL_OPTIONS,
  check(summaries, { threshold, near }) {
    return duplicateLabels(summaries, (s) => s.description, (s) => s.descriptionLine, threshold, near);
  },
});
