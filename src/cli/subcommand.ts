import type { Command } from 'commander';

/**
 * Finds a subcommand in the command line wherever the options put it: `seo-check rules
 * --no-color`, `seo-check --no-config explain post.md` and `seo-check explain --help` name the
 * same subcommands. The subcommand is the first argument that is neither an option nor the value
 * of one; which options take a value is read from the command's own option list, so the two
 * never disagree. A file that happens to be named like a subcommand is reached as `./rules`.
 */
export function splitSubcommand(argv: readonly string[], command: Command, names: readonly string[]): { name: string | null; argv: string[] } {
  const takesValue = new Set<string>();
  for (const o of command.options) {
    if (!o.required && !o.optional) continue;
    if (o.short !== undefined) takesValue.add(o.short);
    if (o.long !== undefined) takesValue.add(o.long);
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-') && a !== '-') {
      // `-k value`, `--lang value`; `--lang=value` and `-kvalue` carry theirs.
      if (takesValue.has(a)) i++;
      continue;
    }
    if (names.includes(a)) return { name: a, argv: [...argv.slice(0, i), ...argv.slice(i + 1)] };
    return { name: null, argv: [...argv] };
  }
  return { name: null, argv: [...argv] };
}
