import { heuristic } from './basis.js';
import { count } from './options.js';
import { defineRule } from './types.js';

function links(n: number, kind: string): string {
  return `${n} ${kind} link${n === 1 ? '' : 's'}`;
}

export default defineRule({
  id: 'links',
  description: 'The text links to at least one page of its own site (internal) and one elsewhere (external).',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('Google finds pages through links; linking to related pages of one’s own site and to sources elsewhere is an editorial convention that Yoast checks.'),
  options: {
    internal: count(1, 'The fewest links to the article’s own site.', { integer: true }),
    external: count(1, 'The fewest links elsewhere.', { integer: true }),
  },
  messages: {
    enough: '{{what}}, at least {{internal}} and {{external}}',
    tooFew: '{{what}}: link at least {{wants}}{{hint}}',
  },
  check({ links: facts }, { internal, external }) {
    const what = `The text has ${links(facts.internal, 'internal')} and ${links(facts.external, 'external')}`;
    const data = { what, internalLinks: facts.internal, externalLinks: facts.external, internal, external };
    const wants: string[] = [];
    if (facts.internal < internal) wants.push(`${internal} to your own site`);
    if (facts.external < external) wants.push(`${external} elsewhere`);
    if (wants.length === 0) return [{ passed: true, messageId: 'enough', data }];
    // Without a site, an absolute link to the writer's own site looks external.
    const hint = facts.internal < internal && facts.site === null && facts.external > 0 ? ' (set `site` to count absolute links to your own site as internal)' : '';
    return [{ passed: false, messageId: 'tooFew', data: { ...data, wants: wants.join(' and '), hint } }];
  },
});
