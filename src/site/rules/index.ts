import type { SiteRule } from '../rule.js';
import keyphraseCannibalization from './keyphrase-cannibalization.js';
import duplicateTitle from './duplicate-title.js';
import duplicateDescription from './duplicate-description.js';
import duplicateContent from './duplicate-content.js';
import brokenLink from './broken-link.js';
import orphanPage from './orphan-page.js';
import keyphraseNotTopical from './keyphrase-not-topical.js';

/** Every site rule, in the order reports list them. */
export const SITE_RULES: readonly SiteRule<any>[] = [
  keyphraseCannibalization,
  duplicateTitle,
  duplicateDescription,
  duplicateContent,
  brokenLink,
  orphanPage,
  keyphraseNotTopical,
];
