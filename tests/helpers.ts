import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer, type AnalyzerOptions, type FileReport, isFailure } from './internal.js';
import { main } from '../src/cli/main.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

/** Analyses `text` and fails the test when it could not be analysed. */
export function report(text: string, options: AnalyzerOptions = {}, file = 'article.md'): FileReport {
  const r = new Analyzer(options).analyze(text, file);
  if (isFailure(r)) throw new Error(`analysis failed: ${r.error}`);
  return r;
}

/** Counts of `phrase` in `text`. */
export function count(text: string, phrase: string): number {
  return report(text, { keyphrases: [phrase] }).keyphrases[0].count;
}

class Sink {
  text = '';
  isTTY = false;
  columns = 100;
  write(chunk: string, callback?: (error?: Error | null) => void): boolean {
    this.text += chunk;
    callback?.();
    return true;
  }
}

/** Runs the CLI in-process and captures what it prints and returns. */
export async function runCli(
  argv: string[],
  options: { stdin?: string; env?: Record<string, string>; tty?: boolean; stderrTty?: boolean; cwd?: string; now?: () => number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Sink();
  const stderr = new Sink();
  stdout.isTTY = options.tty ?? false;
  stderr.isTTY = options.stderrTty ?? false;
  const stdin = (async function* () {
    if (options.stdin !== undefined) yield Buffer.from(options.stdin);
  })();
  const code = await main({ argv, stdout, stderr, stdin, env: options.env ?? {}, cwd: options.cwd, now: options.now });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A fresh temporary folder, and a function that writes a file in it (named in turn when no name is given). */
export function tempFiles(prefix: string): { dir: string; file: (content: string | Buffer, name?: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), `seo-check-${prefix}-`));
  let serial = 0;
  return {
    dir,
    file(content, name = `f${serial++}.md`) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
}
