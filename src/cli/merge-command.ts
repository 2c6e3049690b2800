import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { mergeShards, MergeError } from '../engine/merge.js';
import type { RunReport } from '../engine/report-types.js';
import { printable } from '../report/escape.js';
import { EXIT } from './exit.js';
import { writeAll, type CliIO } from './io.js';
import { FORMAT_NAMES, parseOutputSpec, writeOutputs, type OutputSpec } from './outputs.js';
import { configure, parseCommandLine } from './program.js';

/**
 * `seo-check merge a.json b.json … [-f format]`: one report from the JSON reports of a run split
 * with `--shard i/n` (a CI job matrix), its site findings computed over every shard's files.
 * The exit code is the whole run's.
 */
export async function mergeCommand(io: CliIO): Promise<number> {
  const command = configure(
    new Command('seo-check merge')
      .description('Merge the JSON reports of the shards of a run (--shard i/n) into one report, with the site findings of the whole run.')
      .argument('<reports...>', 'the shards’ JSON reports (-f json=shard-i.json)')
      .option('-f, --format <name[=path]>', `report format, to stdout or to a file (repeatable): ${FORMAT_NAMES.join(', ')}`, (v, prev: OutputSpec[]) => [...prev, parseOutputSpec(v)], [])
      .option('--color', 'colour the report even when not on a terminal')
      .option('--no-color', 'never colour the report')
      .helpOption('-h, --help', 'show this help'),
    io,
  );
  const ended = await parseCommandLine(command, io);
  if (ended !== null) return ended;
  const cwd = io.cwd ?? process.cwd();
  const options = command.opts<{ format: OutputSpec[]; color?: boolean }>();
  const outputs = options.format.length > 0 ? options.format : [{ format: 'stylish', path: null }];
  const reports: RunReport[] = [];
  for (const name of command.args) {
    try {
      reports.push(JSON.parse(await readFile(resolve(cwd, name), 'utf8')) as RunReport);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not a JSON report (${(error as Error).message.split('\n')[0]})`;
      await writeAll(io.stderr, `seo-check: ${printable(name)}: ${why}\n`);
      return EXIT.usage;
    }
  }
  let merged: RunReport;
  try {
    merged = mergeShards(reports, command.args);
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    await writeAll(io.stderr, `seo-check: ${printable(error.message)}\n`);
    return EXIT.usage;
  }
  const problems = await writeOutputs(merged, outputs, { color: options.color }, io, cwd);
  if (problems.length > 0) await writeAll(io.stderr, problems.map((p) => `seo-check: ${p}\n`).join(''));
  if (problems.length > 0 || merged.summary.unreadable > 0) return EXIT.usage;
  return merged.summary.passed ? EXIT.ok : EXIT.failed;
}
