import Table from 'cli-table3';
import { Command, CommanderError, Option } from 'commander';
import { configure } from './program.js';
import { RULES, docsUrl } from '../rules/registry.js';
import { defaults } from '../rules/options.js';
import { EXIT } from './exit.js';
import { writeAll, type CliIO } from './io.js';

/** `seo-check rules`'s own options, parsed as every command's are (commander, errors on stderr). */
function rulesOptions(io: CliIO): { json: boolean } | number {
  const command = configure(
    new Command('seo-check rules')
      .description('List every rule with its default severity, options and documentation.')
      .addOption(new Option('-f, --format <name>', 'table (stylish) or json').choices(['stylish', 'json']).default('stylish'))
      .option('--color', 'colour the table even when not on a terminal')
      .option('--no-color', 'never colour the table')
      .helpOption('-h, --help', 'show this help'),
    io,
  );
  try {
    command.parse(io.argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.code === 'commander.helpDisplayed' ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return { json: command.opts<{ format: string }>().format === 'json' };
}

/** `seo-check rules [--format json]`: every rule with its id, default severity, options and docs. */
export async function rulesCommand(io: CliIO): Promise<number> {
  const parsed = rulesOptions(io);
  if (typeof parsed === 'number') return parsed;
  const { json } = parsed;
  const rows = RULES.map((r) => ({ id: r.id, severity: r.defaultSeverity, scope: r.scope, weight: r.weight, options: defaults(r.options) as Record<string, unknown>, basis: r.basis.kind, description: r.description, docs: docsUrl(r.id) }));
  if (json) {
    await writeAll(io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const t = new Table({ head: ['Rule', 'Default', 'Options', 'Description'], colWidths: [28, 9, 24, 60], wordWrap: true, style: { head: [], border: [], compact: true } });
  for (const r of rows) {
    const options = Object.entries(r.options).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`).join('\n');
    t.push([r.id, r.severity, options === '' ? '—' : options, `${r.description}\n${r.docs}`]);
  }
  await writeAll(io.stdout, `${t.toString()}\n`);
  return EXIT.ok;
}
