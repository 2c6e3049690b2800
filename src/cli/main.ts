import { CommanderError } from 'commander';
import { resolve } from 'node:path';
import type { FileResult } from '../analyze.js';
import { articleSettings, SettingError } from '../check/settings.js';
import { ConfigError } from '../config/load.js';
import { expandPatterns } from '../files/expand.js';
import { readArticle, readStream } from '../read/files.js';
import { splitFrontMatter } from '../parse/frontmatter.js';
import { normalizeText } from '../parse/lines.js';
import { printable } from '../report/escape.js';
import { summarize } from '../report/summary.js';
import type { RunReport } from '../report/types.js';
import { version } from '../version.js';
import { EXIT } from './exit.js';
import { useColor, writeAll, type CliIO } from './io.js';
import { formatter, writeReportFile, type OutputSpec } from './outputs.js';
import { analyzeFile, analyzeInput, analyzeInWorkers, workerThreads, type WorkerSetup } from '../run/files.js';
import { checkCommand, type CliOptions } from './program.js';
import { quietReport, thresholdProblems } from './thresholds.js';
import { explainArguments, languageNotes } from '../explain/command.js';
import { RunSettings, settingsJson } from './settings.js';

export type { CliIO } from './io.js';
export { EXIT } from './exit.js';

/** Reads and analyses each file in order; a file that cannot be read becomes a result with an error. */
async function analyzeAll(
  files: string[],
  cwd: string,
  io: CliIO,
  settings: RunSettings,
  maxBytes: number,
  setup: WorkerSetup,
): Promise<{ results: FileResult[]; minScores: number[] }> {
  const threads = workerThreads(files, io.env);
  const pooled = threads > 0 ? await analyzeInWorkers(files, setup, threads, settings) : null;
  if (pooled !== null) return { results: pooled.map((o) => o.result), minScores: pooled.map((o) => o.minScore) };
  const results: FileResult[] = [];
  const minScores: number[] = [];
  for (const file of files) {
    const outcome =
      file === '-'
        ? await analyzeInput(await readStream(io.stdin, '<stdin>', { maxBytes }), file, settings)
        : await analyzeFile(file, cwd, settings, maxBytes);
    results.push(outcome.result);
    minScores.push(outcome.minScore);
  }
  return { results, minScores };
}

/** Parses the command line; a number is the exit code of a run that ends there (help, version, bad usage). */
async function parse(io: CliIO): Promise<CliOptions & { files: string[] } | number> {
  const cli = checkCommand(io);
  try {
    cli.parse(io.argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    if (error.code === 'seo-check.invalidArgument') await writeAll(io.stderr, `seo-check: ${printable(error.message)}\n`);
    return EXIT.usage;
  }
  return { ...cli.opts<CliOptions>(), files: cli.args };
}

async function fail(io: CliIO, message: string): Promise<number> {
  await writeAll(io.stderr, `seo-check: ${printable(message)}\n`);
  return EXIT.usage;
}

/**
 * Runs the CLI and returns its exit code. It never calls process.exit, so output is never cut
 * short; the bin script sets process.exitCode.
 */
export async function main(io: CliIO): Promise<number> {
  if (io.argv[0] === 'rules') return (await import('./rules-command.js')).rulesCommand(io, io.argv.slice(1));
  // `explain` only informs: failed checks do not fail it; bad usage or input still does.
  if (io.argv[0] === 'explain') return main({ ...io, argv: explainArguments(io.argv.slice(1)) }).then((code) => (code === EXIT.failed ? EXIT.ok : code));
  const options = await parse(io);
  if (typeof options === 'number') return options;
  const cwd = io.cwd ?? process.cwd();
  const settings = new RunSettings(options, cwd);
  const outputs: OutputSpec[] = options.format.length > 0 ? options.format : [{ format: 'stylish', path: null }];
  if (outputs.filter((o) => o.path === null).length > 1) return fail(io, 'only one format can go to standard output; write the others to files (-f name=path)');
  try {
    if (options.printConfig !== undefined) {
      const effective = await settings.effective(options.printConfig);
      // The article's own `seo-check: {rules}` front matter applies too, when it can be read.
      const input = await readArticle(resolve(cwd, options.printConfig), { maxBytes: options.maxSize });
      let rules = effective.rules;
      if ('text' in input) {
        try {
          rules = articleSettings(effective.rules, splitFrontMatter(normalizeText(input.text)).data);
        } catch {
          // Unreadable front matter: a check run reports it; the configuration is still worth showing.
        }
      }
      await writeAll(io.stdout, `${JSON.stringify(settingsJson({ ...effective, rules }), null, 2)}\n`);
      return EXIT.ok;
    }
    if (options.files.length === 0) return fail(io, 'no input: name one or more Markdown files, folders or globs, or - for standard input (see --help)');
    const here = await settings.effective(resolve(cwd, 'here.md'));
    const { files, unmatched } = await expandPatterns(options.files, { cwd, ignores: here.ignores });
    const { results, minScores } = await analyzeAll(files, cwd, io, settings, options.maxSize, { options, cwd, maxBytes: options.maxSize });
    const summary = summarize(results);
    const thresholds = thresholdProblems(results, summary, minScores, here.maxWarnings);
    if (thresholds.length > 0) summary.passed = false;
    const full: RunReport = { tool: { name: 'seo-check', version: version() }, summary, results };
    const shown = options.quiet === true ? quietReport(full) : full;
    let problems = '';
    for (const o of outputs) {
      const format = await formatter(o.format);
      const color = o.path === null && o.format === 'stylish' && useColor(options.color, io.stdout, io.env);
      const text = format(shown, { color, columns: io.stdout.columns ?? 100 });
      if (o.path === null) {
        await writeAll(io.stdout, text);
        continue;
      }
      const why = await writeReportFile(resolve(cwd, o.path), text);
      if (why !== null) problems += `seo-check: cannot write the ${o.format} report to ${printable(o.path)} (${why})\n`;
    }
    const unreadable = results.filter((r) => 'error' in r);
    for (const r of unreadable) if ('error' in r) problems += `seo-check: ${printable(r.file)}${r.line === undefined ? '' : `:${r.line}`}: ${printable(r.error)}\n`;
    const unmatchedFail = unmatched.length > 0 && options.errorOnUnmatchedPattern;
    for (const p of unmatched) problems += `seo-check: no Markdown files match '${printable(p)}'${options.errorOnUnmatchedPattern ? '' : ' (ignored)'}\n`;
    for (const t of thresholds) problems += `seo-check: ${printable(t)}\n`;
    problems += languageNotes(results);
    if (problems !== '') await writeAll(io.stderr, problems);
    if (unreadable.length > 0 || unmatchedFail || problems.includes('cannot write the')) return EXIT.usage;
    return summary.passed ? EXIT.ok : EXIT.failed;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SettingError) return fail(io, error.message);
    throw error;
  }
}
