import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../read/files.js';
import { printable } from '../report/escape.js';
import { version } from '../version.js';
import { FORMAT_NAMES, parseOutputSpec, type OutputSpec } from './outputs.js';
import { writeAll, type CliIO } from './io.js';
import { EXIT, usageError } from './exit.js';
import { parseShard } from '../engine/shard.js';

/** The options of a check run, as commander parsed them. */
export interface CliOptions {
  keyphrase: string[];
  format: OutputSpec[];
  config?: string | false;
  printConfig?: string;
  minScore?: number;
  maxWarnings?: number;
  quiet?: boolean;
  maxSize: number;
  rule: string[];
  errorOnUnmatchedPattern: boolean;
  color?: boolean;
  synonym?: string[];
  lang?: string;
  explain?: boolean;
  shard?: { index: number; count: number };
  baseline?: string;
  watch?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** A keyphrase argument: an empty one is a mistake (a shell variable that was not set), not "no keyphrase". */
function phrase(value: string, previous: string[]): string[] {
  if (value.trim() === '') throw usageError('-k needs a keyphrase, not an empty string');
  return collect(value.trim(), previous);
}

function number(flag: string, test: (n: number) => boolean, what: string) {
  return (value: string): number => {
    const n = Number(value);
    // Decimal only: Number() would also take "0x10" or "1e2".
    if (!/^\s*-?\d+(?:\.\d+)?\s*$/.test(value) || !Number.isFinite(n) || !test(n)) throw usageError(`${flag} must be ${what}, not '${value}'`);
    return n;
  };
}

/** `--max-size` in MB (1 MB = 1 048 576 bytes), as bytes. */
const maxSize = (value: string) => Math.floor(number('--max-size', (n) => n > 0, 'a number of MB above 0')(value) * 1024 * 1024);

/** Routes commander's own output to the run's streams, control characters escaped. */
export function configure(command: Command, io: CliIO): Command {
  return command
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'seo-check: ').split('\n').map(printable).join('\n')),
    });
}

/**
 * Parses `io.argv` with a command made by `configure`: null when the run goes on, else the exit
 * code of one that ends there (help or version: 0; bad usage: 2, commander having said why, or
 * our own argument checks' message written here).
 */
export async function parseCommandLine(command: Command, io: CliIO): Promise<number | null> {
  try {
    command.parse(io.argv, { from: 'user' });
    return null;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    if (error.code === 'seo-check.invalidArgument') await writeAll(io.stderr, `seo-check: ${printable(error.message)}\n`);
    return EXIT.usage;
  }
}

/** What the subcommands are, for help texts: `seo-check <name> …`. */
export const SUBCOMMANDS: Record<string, string> = {
  explain: 'why each keyphrase matched or not, sentence by sentence',
  rules: 'every rule, its default, options and docs',
  merge: 'one report from the JSON reports of --shard runs',
  suggest: 'keyphrases and links for one article, against a folder of others',
  lsp: 'a language server over stdio, for editors: docs/editors.md',
};

function shardOption(value: string): { index: number; count: number } {
  const shard = parseShard(value);
  if (shard === null) throw usageError(`--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), not '${value}'`);
  return shard;
}

/** The command line of a check run: `seo-check [options] <files…>` (and of `explain`, which is one). */
export function checkCommand(io: CliIO, name: 'seo-check' | 'explain' = 'seo-check'): Command {
  const formats = FORMAT_NAMES.join(', ');
  const usage =
    name === 'explain'
      ? '[options] <files, folders or globs…>'
      : `[options] <files, folders or globs…>\n${Object.entries(SUBCOMMANDS).map(([sub, what]) => `       seo-check ${sub} [options]   (${what})`).join('\n')}`;
  return configure(
    new Command(name === 'explain' ? 'seo-check explain' : 'seo-check')
      .description(
        name === 'explain'
          ? 'Show why each keyphrase matched where it did, nearly matched elsewhere, or did not: each sentence with its matched words marked. Failed checks do not fail the run.'
          : 'Check how well Markdown articles target their keyphrases, before you publish.',
      )
      .usage(usage)
      .argument('[files...]', 'Markdown files, folders (searched for *.md, *.mdx and *.markdown) or glob patterns; - reads standard input')
      .option('-k, --keyphrase <phrase>', 'keyphrase to check (repeatable; default: front matter, then config)', phrase, [])
      .option('-s, --synonym <phrase>', 'synonym of every keyphrase: placements pass on it, counted apart (repeatable)', collect, [])
      .option('--lang <code>', 'language of the articles (en, de, es, fr, ru…; default: front matter lang, then en)')
      .option('--explain', 'show each match, near match and partial match in its sentence')
      .option('-f, --format <name[=path]>', `report format, to stdout or to a file (repeatable): ${formats}`, (v, prev: OutputSpec[]) => [...prev, parseOutputSpec(v)], [])
      .option('-c, --config <path>', 'use this configuration file for every article')
      .option('--no-config', 'use no configuration file, only the defaults and the command line')
      .option('--print-config <file>', 'print the settings that apply to <file> as JSON, and exit')
      .option('--min-score <n>', 'fail files that score below n (0–100)', number('--min-score', (n) => n >= 0 && n <= 100, 'a number from 0 to 100'))
      .option('--max-warnings <n>', 'fail the run when there are more than n warnings', number('--max-warnings', (n) => Number.isInteger(n) && n >= -1, 'a whole number (-1: no limit)'))
      .option('-q, --quiet', 'report errors only (warnings still count for --max-warnings)')
      .addOption(new Option('--max-size <MB>', 'refuse files larger than this many MB').argParser(maxSize).default(DEFAULT_MAX_BYTES, '20'))
      .option('--rule <spec>', 'set a rule: id=severity, id.option=value or id:JSON (repeatable)', collect, [])
      .option('--baseline <report.json>', 'show what changed since an earlier JSON report (a pull request against main)')
      .option('--watch', 'check again on every save of the files, new files in their folders, or their configuration, until Ctrl-C (exit 0; docs/editors.md)')
      .option('--shard <i/n>', 'analyse shard i of n of the files (CI matrices); merge the JSON reports with `seo-check merge`', shardOption)
      .option('--no-error-on-unmatched-pattern', 'do not fail when a glob or folder matches no file')
      .addOption(new Option('--color', 'colour the report even when not on a terminal'))
      .addOption(new Option('--no-color', 'never colour the report'))
      .version(version(), '-V, --version')
      .helpOption('-h, --help', 'show this help'),
    io,
  );
}
