// The generated part of a rule's docs page: its facts, option table and messages, made from the
// rule's own declarations so that the page cannot drift from the code. Used by
// scripts/write-docs.mjs (at build) and by tests/docs.test.ts (which fails on a stale page).

export const START = '<!-- generated from the rule: edit src/rules, then `npm run build` -->';
export const END = '<!-- end of generated part -->';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function optionType(spec) {
  switch (spec.type) {
    case 'number': {
      const kind = spec.integer ? 'whole number' : 'number';
      const range = spec.minimum !== undefined && spec.maximum !== undefined ? ` ${spec.minimum}–${spec.maximum}` : spec.minimum !== undefined ? ` ≥ ${spec.minimum}` : spec.maximum !== undefined ? ` ≤ ${spec.maximum}` : '';
      return `${kind}${range}`;
    }
    case 'string':
      return spec.enum ? spec.enum.map((v) => `\`${v}\``).join(' \\| ') : 'text';
    case 'string[]':
      return 'list of text';
    default:
      return spec.type;
  }
}

const show = (value) => (Array.isArray(value) ? (value.length === 0 ? '[]' : value.map((v) => `\`${v}\``).join(', ')) : `\`${value}\``);

/** The generated block of a rule's page. */
export function generatedBlock(rule, languagesText) {
  const basis = rule.basis.kind === 'google' ? `Google ([documentation](${rule.basis.url})): ${rule.basis.why}` : `heuristic (an editorial convention): ${rule.basis.why}`;
  const lines = [
    START,
    '',
    '| | |',
    '| --- | --- |',
    `| Default severity | \`${rule.defaultSeverity}\` |`,
    `| Applies | ${rule.scope === 'keyphrase' ? 'once per keyphrase' : rule.scope === 'site' ? 'once per run, across its files' : 'once per article'} |`,
    `| Basis | ${cell(basis)} |`,
    `| Languages | ${cell(languagesText)} |`,
    ...(rule.weight === undefined ? [] : [`| Weight in the score | ${rule.weight} |`]),
    '',
    '### Options',
    '',
  ];
  const options = Object.entries(rule.options);
  if (options.length === 0) lines.push('It takes no options.');
  else {
    lines.push('| option | type | default | meaning |', '| --- | --- | --- | --- |');
    for (const [name, spec] of options) lines.push(`| \`${name}\` | ${optionType(spec)} | ${show(spec.default)} | ${cell(spec.description)} |`);
  }
  lines.push('', '### Messages', '', 'Each finding carries its `messageId` and the values filled into the message (`data`).', '', '| id | message |', '| --- | --- |');
  for (const [id, template] of Object.entries(rule.messages)) lines.push(`| \`${id}\` | ${cell(template)} |`);
  if (rule.judges !== undefined) lines.push(`| \`skipped\` | Skipped: {{reason}} |`);
  lines.push('', END);
  return lines.join('\n');
}

/**
 * The page with its generated block made anew: the block replaces the old one, or (on a page
 * that has none yet) the facts table after the description.
 */
export function withGeneratedBlock(page, block) {
  const start = page.indexOf(START);
  if (start !== -1) {
    const end = page.indexOf(END, start);
    return page.slice(0, start) + block + page.slice(end + END.length);
  }
  const table = page.indexOf('| | |');
  const after = page.indexOf('\n\n', table);
  return page.slice(0, table) + block + page.slice(after);
}
