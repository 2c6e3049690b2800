/**
 * The programmatic API, as a user of the package writes it. tests/api.test.ts type-checks this
 * file against the package's declarations (with isolatedModules, as bundlers compile) and runs it.
 */
import { analyze, analyzeFiles, createEngine, formatters, type FileResult, type RunReport } from 'seo-check';

function summary(result: FileResult): string {
  if ('error' in result) return `${result.file}: cannot be read (${result.error})`;
  const density = result.keyphrases.map((k) => `${k.phrase}: ${k.count} (${k.density} %)`).join(', ');
  const failed = result.checks.filter((c) => !c.passed && c.suppressed === undefined).map((c) => `${c.ruleId}/${c.messageId} at ${c.line}:${c.column}–${c.endLine}:${c.endColumn}`);
  return `${result.file}: score ${result.score}; ${density}; failed: ${failed.join(', ')}`;
}

export async function main(dir: string): Promise<string[]> {
  const out: string[] = [];
  // One text, as an editor holds it.
  const one = await analyze('# The red fox\n\nThe red fox ran into the woods.\n', { path: 'red-fox.md', keyphrases: ['red fox'], config: false });
  out.push(summary(one));

  // Files, folders and globs: the whole report, as --format json prints it.
  const report: RunReport = await analyzeFiles([dir], { keyphrases: ['red fox'], config: false });
  out.push(`${report.summary.files} files, mean score ${report.summary.score}`);

  // A long-lived engine: unsaved buffers in, reused caches, then let go.
  const engine = createEngine({ keyphrases: ['red fox'], config: false });
  for (const text of ['The red fox.\n', 'The red fox ran. The red fox slept.\n']) out.push(summary(await engine.analyze({ path: 'draft.md', text })));
  engine.dispose();

  // Any format, as a pure function of the report.
  out.push(formatters.compact(report).split('\n')[0]);
  return out;
}
