import { Command, CommanderError, Option } from 'commander';
import { Analyzer, type FileResult } from '../analyze.js';
import { applyRuleArgument, defaultSettings, SettingError } from '../check/settings.js';
import { readArticle, readStream } from '../read/files.js';
import { summarize } from '../report/summary.js';
import type { Formatter, RunReport } from '../report/types.js';
import { version } from '../version.js';
import { useColor, writeAll, type CliIO } from './io.js';

export type { CliIO } from './io.js';

/** Exit codes: success, a file failed its checks or threshold, bad usage or input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const FORMATS: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('../report/stylish.js'),
  json: () => import('../report/json.js'),
};

interface CliOptions {
  keyphrase: string[];
  format: string;
  minScore: number;
  rule: string[];
  color?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function score(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new CommanderError(EXIT.usage, 'seo-check.invalidArgument', `--min-score must be a number from 0 to 100, not '${value}'`);
  }
  return n;
}

function program(io: CliIO): Command {
  return new Command('seo-check')
    .description('Check how well Markdown articles target their keyphrases, before you publish.')
    .argument('[files...]', 'Markdown files to check; - reads standard input')
    .option('-k, --keyphrase <phrase>', 'keyphrase to check (repeatable; default: front matter keyphrase)', collect, [])
    .addOption(new Option('-f, --format <name>', 'report format').choices(Object.keys(FORMATS)).default('stylish'))
    .option('--min-score <n>', 'fail files that score below n (0–100)', score, 0)
    .option('--rule <spec>', 'set a rule: id=severity, id.option=value or id:JSON (repeatable)', collect, [])
    .option('--color', 'colour the report even when not on a terminal')
    .option('--no-color', 'never colour the report')
    .version(version(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'seo-check: ')),
    });
}

async function analyzeAll(files: string[], io: CliIO, analyzer: Analyzer): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    const input = file === '-' ? await readStream(io.stdin) : await readArticle(file);
    results.push('error' in input ? { file: input.file, passed: false, error: input.error } : analyzer.analyze(input.text, input.file));
  }
  return results;
}

/**
 * Runs the CLI and returns its exit code. It never calls process.exit, so output is never cut
 * short; the bin script sets process.exitCode.
 */
export async function main(io: CliIO): Promise<number> {
  const cli = program(io);
  try {
    cli.parse(io.argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code === 'seo-check.invalidArgument') await writeAll(io.stderr, `seo-check: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  const options = cli.opts<CliOptions>();
  const files = cli.args;
  if (files.length === 0) {
    await writeAll(io.stderr, 'seo-check: no input: name one or more Markdown files, or - for standard input (see --help)\n');
    return EXIT.usage;
  }
  const settings = defaultSettings();
  try {
    for (const spec of options.rule) applyRuleArgument(settings, spec);
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    await writeAll(io.stderr, `seo-check: ${error.message}\n`);
    return EXIT.usage;
  }
  const analyzer = new Analyzer({ keyphrases: options.keyphrase, rules: settings, minScore: options.minScore });
  const results = await analyzeAll(files, io, analyzer);
  const report: RunReport = { tool: { name: 'seo-check', version: version() }, summary: summarize(results), results };
  const format = (await FORMATS[options.format]()).default;
  const color = options.format === 'stylish' && useColor(options.color, io.stdout, io.env);
  await writeAll(io.stdout, format(report, { color, columns: io.stdout.columns ?? 100 }));
  let problems = '';
  for (const r of results) {
    if ('error' in r) problems += `seo-check: ${r.file}${r.line === undefined ? '' : `:${r.line}`}: ${r.error}\n`;
  }
  if (problems !== '') await writeAll(io.stderr, problems);
  if (problems !== '') return EXIT.usage;
  return report.summary.passed ? EXIT.ok : EXIT.failed;
}
