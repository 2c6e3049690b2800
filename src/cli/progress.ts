import type { OutStream } from './io.js';

/** How long a run goes before the progress bar shows: short runs print nothing but the report. */
export const PROGRESS_DELAY_MS = 1000;

/**
 * A progress bar on stderr for long runs: files done, the share, and files per second, redrawn
 * in place at most ten times a second. It shows only on a terminal (`wanted`) and only once the
 * run has taken more than a second; `end()` wipes it, so that what follows starts on a clean line.
 */
export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;
  private onTerminal: boolean | undefined;

  constructor(
    private readonly stream: OutStream,
    // Not performance.now(): the `performance` global loads perf_hooks (a dozen modules) on first use.
    private readonly now: () => number = () => Number(process.hrtime.bigint()) / 1e6,
  ) {
    this.started = now();
  }

  /** Whether a progress bar can be shown on `stream` at all. */
  static wanted(stream: OutStream): boolean {
    return stream.isTTY === true;
  }

  update(done: number, total: number): void {
    const t = this.now();
    if (t - this.started < PROGRESS_DELAY_MS || (t - this.lastDraw < 100 && done < total)) return;
    // Asked once the run is long: a short run never looks at stderr (the bin makes the stream on first use).
    this.onTerminal ??= Progress.wanted(this.stream);
    if (!this.onTerminal) return;
    this.lastDraw = t;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 40));
    const filled = total === 0 ? width : Math.round((width * done) / total);
    const rate = done / ((t - this.started) / 1000);
    this.stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files · ${rate.toFixed(0)} files/s`);
    this.drawn = true;
  }

  end(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
