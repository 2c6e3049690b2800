import { describe, expect, it } from 'vitest';
import { Progress, PROGRESS_DELAY_MS } from '../src/cli/progress.js';
import { runCli, tempFiles } from './helpers.js';

class Tty {
  text = '';
  isTTY = true;
  columns = 80;
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

describe('the progress bar', () => {
  it('shows files done and files per second only after a second, and wipes itself at the end', () => {
    const stream = new Tty();
    let now = 0;
    const p = new Progress(stream, () => now);
    p.update(10, 100);
    expect(stream.text).toBe('');
    now = PROGRESS_DELAY_MS + 1;
    p.update(50, 100);
    expect(stream.text).toMatch(/^\r\x1b\[2K\[#{20}\.{20}\] 50\/100 files · 50 files\/s$/);
    now += 50;
    p.update(51, 100);
    expect(stream.text.match(/files\/s/g)).toHaveLength(1);
    p.end();
    expect(stream.text.endsWith('\r\x1b[2K')).toBe(true);
  });

  it.each([
    [false, ''],
    [true, '3/3 files'],
  ])('in a run longer than the delay, shows on stderr only where it is a terminal (terminal: %s)', async (terminal, shown) => {
    expect(Progress.wanted({ isTTY: terminal, write: () => true })).toBe(terminal);
    const { dir, file } = tempFiles('progress');
    for (let i = 0; i < 3; i++) file(`# Post ${i}\n\nThe red fox ran.\n`, `p${i}.md`);
    // Every reading of the clock is two seconds on: the run is long wherever the bar asks.
    let now = 0;
    const r = await runCli([dir, '-k', 'red fox', '--no-config', '-f', 'compact'], { stderrTty: terminal, now: () => (now += 2 * PROGRESS_DELAY_MS) });
    if (shown === '') expect(r.stderr).toBe('');
    else expect(r.stderr).toContain(shown);
  });
});
