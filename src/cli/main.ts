import type { Command } from 'commander';
import { resolve } from 'node:path';
import { articleSettings, SettingError } from '../check/settings.js';
import { ConfigError } from '../config/load.js';
import { Engine, type EngineOptions } from '../engine/engine.js';
import { failureText } from '../engine/score.js';
import { settingsJson } from '../engine/settings.js';
import { isFailure, type RunReport } from '../engine/types.js';
import { readArticle } from '../read/files.js';
import { splitFrontMatter } from '../parse/frontmatter.js';
import { normalizeText } from '../parse/lines.js';
import { printable } from '../report/escape.js';
import { EXIT } from './exit.js';
import { useColor, writeAll, type CliIO } from './io.js';
import { needsSources, writeOutputs, type OutputSpec } from './outputs.js';
import { compareReports } from '../report/baseline.js';
import { readFile } from 'node:fs/promises';
import { checkCommand, parseCommandLine, SUBCOMMANDS, type CliOptions } from './program.js';
import { splitSubcommand } from './subcommand.js';
import { Progress } from './progress.js';
import { explainArguments, languageNotes } from './explain.js';

export type { CliIO } from './io.js';
export { EXIT } from './exit.js';

/** Parses the command line; a number is the exit code of a run that ends there (help, version, bad usage). */
async function parse(io: CliIO, cli: Command): Promise<(CliOptions & { files: string[] }) | number> {
  const ended = await parseCommandLine(cli, io);
  if (ended !== null) return ended;
  return { ...cli.opts<CliOptions>(), files: cli.args };
}

async function fail(io: CliIO, ...lines: string[]): Promise<number> {
  await writeAll(io.stderr, lines.map((l) => `seo-check: ${printable(l)}\n`).join(''));
  return EXIT.usage;
}

/** The engine's options for what the command line asked. */
function engineOptions(options: CliOptions, io: CliIO, cwd: string): EngineOptions {
  return {
    cwd,
    config: options.config,
    keyphrases: options.keyphrase,
    synonyms: options.synonym,
    lang: options.lang,
    ruleArguments: options.rule,
    minScore: options.minScore,
    maxWarnings: options.maxWarnings,
    maxBytes: options.maxSize,
    explain: options.explain === true || options.format.some((f) => f.format === 'explain'),
    shard: options.shard,
    keepSources: needsSources(options.format),
    env: io.env,
    stdin: io.stdin,
  };
}

/** An earlier JSON report for `--baseline`, or why it cannot be read. */
async function readBaseline(path: string): Promise<RunReport | string> {
  try {
    const report = JSON.parse(await readFile(path, 'utf8')) as RunReport;
    if (report?.schemaVersion !== 1 || !Array.isArray(report.results)) return `${path}: not a seo-check JSON report (-f json)`;
    return report;
  } catch (error) {
    return `${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not a JSON report (${(error as Error).message.split('\n')[0]})`}`;
  }
}

/** `--print-config <file>`: the settings that apply to it, the article's own front matter included. */
async function printConfig(engine: Engine, io: CliIO, file: string, cwd: string, maxBytes: number): Promise<number> {
  const effective = await engine.settingsFor(file);
  const input = await readArticle(resolve(cwd, file), { maxBytes });
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

/**
 * Runs the CLI and returns its exit code. It never calls process.exit, so output is never cut
 * short; the bin script sets process.exitCode. The CLI only turns the command line into engine
 * options, and the engine's report into output and an exit code.
 */
export async function main(io: CliIO): Promise<number> {
  const command = checkCommand(io);
  const sub = splitSubcommand(io.argv, command, Object.keys(SUBCOMMANDS));
  if (sub.name === 'rules') return (await import('./rules-command.js')).rulesCommand({ ...io, argv: sub.argv });
  if (sub.name === 'merge') return (await import('./merge-command.js')).mergeCommand({ ...io, argv: sub.argv });
  if (sub.name === 'suggest') return (await import('./suggest-command.js')).suggestCommand({ ...io, argv: sub.argv });
  if (sub.name === 'lsp') return (await import('../lsp/server.js')).runLanguageServer(io, sub.argv);
  // `explain` only informs: failed checks do not fail it; bad usage or input still does.
  if (sub.name === 'explain') return check({ ...io, argv: explainArguments(sub.argv) }, 'explain').then((code) => (code === EXIT.failed ? EXIT.ok : code));
  // The command read for the subcommand parses the run: commander's options are made once.
  return check(io, 'seo-check', command);
}

/** A check run (or `explain`, which is one with its own report). */
async function check(io: CliIO, name: 'seo-check' | 'explain', command: Command = checkCommand(io, name)): Promise<number> {
  const options = await parse(io, command);
  if (typeof options === 'number') return options;
  const cwd = io.cwd ?? process.cwd();
  const outputs: OutputSpec[] = options.format.length > 0 ? options.format : [{ format: 'stylish', path: null }];
  if (outputs.filter((o) => o.path === null).length > 1) return fail(io, 'only one format can go to standard output; write the others to files (-f name=path)');
  // Long runs show a progress bar on a terminal's stderr; pipes and CI logs get none.
  // A watch has none: its clock starts once, so every run after the first second would draw it.
  const progress = options.watch === true ? null : new Progress(io.stderr, io.now);
  const engine = new Engine({ ...engineOptions(options, io, cwd), ...(progress === null ? {} : { onProgress: (done: number, total: number) => progress.update(done, total) }) });
  try {
    if (options.printConfig !== undefined) return await printConfig(engine, io, options.printConfig, cwd, options.maxSize);
    if (options.files.length === 0) return fail(io, 'no input: name one or more Markdown files, folders or globs, or - for standard input (see --help)');
    const previous = options.baseline === undefined ? undefined : await readBaseline(resolve(cwd, options.baseline));
    if (typeof previous === 'string') return fail(io, previous);
    if (options.watch === true) return (await import('./watch.js')).runWatch(engine, io, { patterns: options.files, outputs, options, baseline: previous, cwd });
    const { report, unmatched, sources } = await engine.runFiles(options.files).finally(() => progress?.end());
    const settings = { color: options.color, quiet: options.quiet, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern, sources, baseline: previous && compareReports(previous, report) };
    const problems = await writeOutputs(report, outputs, settings, io, cwd);
    const unreadable = report.results.filter(isFailure);
    const lines = [
      ...problems,
      ...unreadable.map((r) => `${printable(r.file)}${r.line === undefined ? '' : `:${r.line}`}: ${printable(r.error)}`),
      ...unmatched.map((p) => `no Markdown files match '${printable(p)}'${options.errorOnUnmatchedPattern ? '' : ' (ignored)'}`),
      ...report.summary.failures.map((f) => printable(failureText(f))),
    ];
    const notes = lines.map((l) => `seo-check: ${l}\n`).join('') + languageNotes(report.results);
    if (notes !== '') await writeAll(io.stderr, notes);
    if (unreadable.length > 0 || problems.length > 0 || (unmatched.length > 0 && options.errorOnUnmatchedPattern)) return EXIT.usage;
    return report.summary.passed ? EXIT.ok : EXIT.failed;
  } catch (error) {
    // A configuration file's problems, all of them, one line each.
    if (error instanceof ConfigError) return fail(io, ...error.lines);
    if (error instanceof SettingError) return fail(io, error.message);
    throw error;
  }
}
