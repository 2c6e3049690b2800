import { dirname, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { Command } from 'commander';
import { Engine } from '../engine/engine.js';
import { suggest } from '../site/run.js';
import { printable } from '../report/escape.js';
import { flow, wrap } from '../report/wrap.js';
import { layoutWidth } from '../report/width.js';
import { EXIT } from './exit.js';
import { useColor, writeAll, type CliIO } from './io.js';
import { columnsOf } from './outputs.js';
import { configure, parseCommandLine } from './program.js';

interface SuggestOptions {
  against?: string;
  format: string;
  lang?: string;
  config?: string | false;
  color?: boolean;
}

/**
 * `seo-check suggest article.md [--against DIR]`: the keyphrases the article is about, by TF-IDF
 * against a folder of other articles (default: the article's own folder), and the articles it
 * could link to, each with the sentence where a link would fit. For writers who have not chosen
 * a keyphrase yet.
 */
export async function suggestCommand(io: CliIO): Promise<number> {
  const command = configure(
    new Command('seo-check suggest')
      .description('Suggest keyphrases for an article, and articles to link to, against a folder of others.')
      .argument('<article>', 'the Markdown article')
      .option('--against <folder or glob>', "the other articles (default: the article's folder)")
      .option('-f, --format <name>', 'stylish or json', 'stylish')
      .option('--lang <code>', 'language of the articles')
      .option('-c, --config <path>', 'use this configuration file')
      .option('--no-config', 'use no configuration file')
      .option('--color', 'colour the output even when not on a terminal')
      .option('--no-color', 'never colour the output')
      .helpOption('-h, --help', 'show this help'),
    io,
  );
  const ended = await parseCommandLine(command, io);
  if (ended !== null) return ended;
  const options = command.opts<SuggestOptions>();
  if (!['stylish', 'json'].includes(options.format)) {
    await writeAll(io.stderr, `seo-check: suggest prints stylish or json, not '${printable(options.format)}'\n`);
    return EXIT.usage;
  }
  const cwd = io.cwd ?? process.cwd();
  const [article] = command.args;
  const engine = new Engine({ cwd, lang: options.lang, config: options.config, env: io.env });
  const [target] = await engine.summaries([article]);
  if (target === undefined) {
    await writeAll(io.stderr, `seo-check: ${printable(article)}: cannot be read as an article\n`);
    return EXIT.usage;
  }
  const against = options.against ?? dirname(resolve(cwd, article));
  const others = (await engine.summaries([against])).filter((s) => s.path !== target.path);
  const result = suggest(target, others);
  if (options.format === 'json') {
    await writeAll(io.stdout, `${JSON.stringify({ file: target.file, against: others.length, ...result }, null, 2)}\n`);
    return EXIT.ok;
  }
  const paint = new Chalk({ level: useColor(options.color, io.stdout, io.env) ? 1 : 0 });
  const columns = layoutWidth(columnsOf(io));
  const lines = [paint.bold.underline(printable(target.file)), paint.dim(`against ${others.length} other article${others.length === 1 ? '' : 's'}`), '', paint.bold('Keyphrases the text is about')];
  if (result.suggestedKeyphrases.length === 0) lines.push(paint.dim('  none: the folder holds too few other articles to tell'));
  for (const k of result.suggestedKeyphrases) lines.push(`  ${printable(k.phrase)} ${paint.dim(`(${k.score.toFixed(2)})`)}`);
  lines.push('', paint.bold('Articles to link to'));
  if (result.linkSuggestions.length === 0) lines.push(paint.dim('  none not linked already'));
  for (const l of result.linkSuggestions) {
    lines.push(...flow([`${printable(l.title ?? l.file)}`, paint.dim(`${Math.round(l.similarity * 100)} % related`), paint.cyan(printable(l.href))], columns, { first: '  ', indent: '    ', separator: ' · ' }));
    if (l.sentence !== null) lines.push(...wrap(`at ${l.sentence.line}:${l.sentence.column}: “${printable(l.sentence.excerpt)}”`, columns - 4).map((s) => `    ${paint.dim(s)}`));
  }
  await writeAll(io.stdout, `${lines.join('\n')}\n`);
  return EXIT.ok;
}
