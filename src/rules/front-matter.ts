import { heuristic } from './basis.js';
import { defineRule } from './types.js';

/**
 * Front matter that cannot be read does not stop the analysis (a site generator might still
 * build the page, and the writer still wants the rest of the report): it fails here, at the
 * line of the problem, in the parser's own words.
 */
export default defineRule({
  id: 'front-matter',
  description: 'The front matter (YAML, TOML or JSON) can be read, so that the title, description and keyphrases in it count.',
  scope: 'document',
  defaultSeverity: 'error',
  // It weighs nothing: the checks that read what the front matter holds (the title, the
  // description, the keyphrases) already score what an unreadable one loses.
  weight: 0,
  basis: heuristic('Not a ranking factor: what the front matter holds (title, description, slug) is what the other checks and the site generator read.'),
  options: {},
  messages: {
    none: 'There is no front matter',
    readable: 'The {{format}} front matter can be read',
    unreadable: '{{problem}}',
  },
  check({ doc }) {
    const { error, format } = doc.frontMatter;
    if (error !== null) return [{ passed: false, messageId: 'unreadable', data: { problem: error.message }, at: { line: error.line } }];
    if (format === null) return [{ passed: true, messageId: 'none' }];
    return [{ passed: true, messageId: 'readable', data: { format: format.toUpperCase() }, at: { line: 1 } }];
  },
});
