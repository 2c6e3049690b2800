/** The streams and environment the CLI runs against; tests pass their own. */
export interface CliIO {
  argv: string[];
  stdout: OutStream;
  stderr: OutStream;
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** The folder relative paths start from (default: process.cwd()). */
  cwd?: string;
  /** The clock in ms the progress bar reads (default: the process's monotonic clock); a test gives one that runs fast. */
  now?: () => number;
}

export interface OutStream {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Writes all of `text` and waits until the stream took it. A reader that went away (`| head`)
 * is not an error: the write resolves quietly and the run ends with its exit code.
 */
export function writeAll(stream: OutStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      stream.write(text, () => resolve());
    } catch {
      resolve();
    }
  });
}

/**
 * Whether to colour output on `stream`: `--color`/`--no-color` first, then FORCE_COLOR, then
 * NO_COLOR (any non-empty value), then whether the stream is a terminal.
 */
export function useColor(flag: boolean | undefined, stream: OutStream, env: CliIO['env']): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}
