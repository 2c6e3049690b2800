import { defineRule } from './types.js';

function links(n: number, kind: string): string {
  return `${n} ${kind} link${n === 1 ? '' : 's'}`;
}

export default defineRule({
  id: 'links',
  description: 'The text links to at least one page of its own site (internal) and one elsewhere (external).',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: { internal: 1, external: 1 },
  weight: 1,
  check({ links: facts }, { internal, external }) {
    const what = `The text has ${links(facts.internal, 'internal')} and ${links(facts.external, 'external')}`;
    const wants: string[] = [];
    if (facts.internal < internal) wants.push(`${internal} to your own site`);
    if (facts.external < external) wants.push(`${external} elsewhere`);
    if (wants.length === 0) return [{ passed: true, message: `${what}, at least ${internal} and ${external}` }];
    // Without a site, an absolute link to the writer's own site looks external.
    const hint = facts.internal < internal && facts.site === null && facts.external > 0 ? ' (set `site` to count absolute links to your own site as internal)' : '';
    return [{ passed: false, message: `${what}: link at least ${wants.join(' and ')}${hint}` }];
  },
});
