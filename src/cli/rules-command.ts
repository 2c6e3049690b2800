import Table from 'cli-table3';
import { RULES, docsUrl } from '../rules/registry.js';
import { defaults } from '../rules/options.js';
import { EXIT } from './exit.js';
import { writeAll, type CliIO } from './io.js';

/** `seo-check rules [--format json]`: every rule with its id, default severity, options and docs. */
export async function rulesCommand(io: CliIO, argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    await writeAll(io.stdout, 'Usage: seo-check rules [--format json]\n\nList every rule with its default severity, options and documentation.\n');
    return EXIT.ok;
  }
  const json = argv.join(' ').replace('=', ' ').split(' ').includes('json');
  const unknown = argv.filter((a) => !['--format', '-f', 'json', 'stylish', '--format=json', '--format=stylish'].includes(a));
  if (unknown.length > 0) {
    await writeAll(io.stderr, `seo-check: rules takes only --format json or stylish, not '${unknown[0]}'\n`);
    return EXIT.usage;
  }
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
