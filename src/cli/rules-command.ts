import { Chalk } from 'chalk';
import { RULES, DOCS_BASE, docsUrl } from '../rules/registry.js';
import { Command, Option } from 'commander';
import { configure, parseCommandLine } from './program.js';
import { SITE_RULES } from '../site/rules/index.js';
import { defaults } from '../rules/options.js';
import { renderTable, columnWidths, type Column } from '../report/table.js';
import { HEURISTIC_MARK } from '../report/stylish-checks.js';
import { wrap } from '../report/wrap.js';
import { layoutWidth } from '../report/width.js';
import { EXIT } from './exit.js';
import { columnsOf } from './outputs.js';
import { writeAll, type CliIO } from './io.js';

/** `seo-check rules`'s own options, parsed as every command's are (commander, errors on stderr). */
async function rulesOptions(io: CliIO): Promise<{ json: boolean } | number> {
  const command = configure(
    new Command('seo-check rules')
      .description('List every rule with its default severity, options and documentation.')
      .addOption(new Option('-f, --format <name>', 'table (stylish) or json').choices(['stylish', 'json']).default('stylish'))
      .option('--color', 'colour the table even when not on a terminal')
      .option('--no-color', 'never colour the table')
      .helpOption('-h, --help', 'show this help'),
    io,
  );
  const ended = await parseCommandLine(command, io);
  if (ended !== null) return ended;
  return { json: command.opts<{ format: string }>().format === 'json' };
}

/** Narrower than this, descriptions read a few words a line: options move under the rule's name. */
const DESCRIPTION_MIN = 40;

interface RuleRow {
  id: string;
  severity: string;
  scope: string;
  weight: number;
  options: Record<string, unknown>;
  basis: 'google' | 'heuristic';
  description: string;
  docs: string;
}

/**
 * The rules as a table that fits `columns`: rule, default, options and description, or, when that
 * would squeeze the descriptions, the rule with its default and options in one column. Docs URLs
 * are too long for a cell and must never be cut: the table says once where every rule's page is.
 */
export function rulesTable(rows: readonly RuleRow[], columns: number): string {
  const paint = new Chalk({ level: 0 });
  const width = layoutWidth(columns);
  const optionsOf = (r: RuleRow) => Object.entries(r.options).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  const name = (r: RuleRow) => `${r.id}${r.basis === 'heuristic' ? HEURISTIC_MARK : ''}`;
  const wideColumns: Column[] = [{ head: 'Rule' }, { head: 'Default', nowrap: true }, { head: 'Options' }, { head: 'Description' }];
  const wide = rows.map((r) => [name(r), r.severity, optionsOf(r).join('\n') || '—', r.description]);
  const fourColumns = columnWidths(wideColumns, wide, width);
  const table =
    fourColumns.fits && fourColumns.widths[3] >= DESCRIPTION_MIN
      ? renderTable(wideColumns, wide, width, paint)
      : renderTable([{ head: 'Rule, default, options' }, { head: 'Description' }], rows.map((r) => [[name(r), r.severity, ...optionsOf(r)].join('\n'), r.description]), width, paint);
  // A URL on a line of its own, never cut: the pattern when it fits, else the folder of the pages.
  const pattern = `${DOCS_BASE}<rule>.md`;
  const docs = pattern.length <= width ? ["Each rule's documentation:", pattern] : ["Each rule's documentation is <rule>.md in", DOCS_BASE.replace(/\/$/, '')];
  const legend = `${HEURISTIC_MARK} an editorial convention; rules without ${HEURISTIC_MARK} follow Google's documentation`;
  return [table, ...wrap(legend, width), ...wrap(docs[0], width), docs[1]].join('\n');
}

/** `seo-check rules [--format json]`: every rule (article and site rules) with its id, default severity, options and docs. */
export async function rulesCommand(io: CliIO): Promise<number> {
  const parsed = await rulesOptions(io);
  if (typeof parsed === 'number') return parsed;
  const { json } = parsed;
  const rows: RuleRow[] = [
    ...RULES.map((r) => ({ id: r.id, severity: r.defaultSeverity, scope: r.scope, weight: r.weight, options: defaults(r.options) as Record<string, unknown>, basis: r.basis.kind, description: r.description, docs: docsUrl(r.id) })),
    ...SITE_RULES.map((r) => ({ id: r.id, severity: r.recommended ? r.defaultSeverity : 'off', scope: 'site', weight: 0, options: defaults(r.options) as Record<string, unknown>, basis: r.basis.kind, description: r.description, docs: docsUrl(r.id) })),
  ];
  if (json) {
    await writeAll(io.stdout, `${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  await writeAll(io.stdout, `${rulesTable(rows, columnsOf(io))}\n`);
  return EXIT.ok;
}
