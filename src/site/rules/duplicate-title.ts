import { defineSiteRule } from '../rule.js';
import { duplicateLabels, LABEL_OPTIONS } from './duplicate-labels.js';

export default defineSiteRule({
  id: 'duplicate-title',
  description: 'Every article has a title of its own: no two are identical or nearly so.',
  defaultSeverity: 'error',
  recommended: true,
  scope: 'site',
  basis: {
    kind: 'google',
    url: 'https://developers.google.com/search/docs/appearance/title-link',
    why: 'Google’s guide to title links asks for distinctive text in each page’s title, without repeated or boilerplate text: pages with the same title look alike to a searcher choosing among results.',
  },
  messages: {
    exact: '{{count}} articles have the title "{{text}}": give each a title of its own',
    near: '{{count}} articles have nearly the same title ({{similarity}} % alike), such as "{{text}}": make them tell the articles apart',
  },
  options: LABEL_OPTIONS,
  check(summaries, { threshold, near }) {
    return duplicateLabels(summaries, (s) => s.title, (s) => s.titleLine, threshold, near);
  },
});
