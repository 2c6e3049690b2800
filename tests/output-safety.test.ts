import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../src/report/escape.js';
import { runCli } from './helpers.js';

// What must never reach a terminal raw from a file name or an article: C0 controls but tab, DEL,
// C1 controls, line/paragraph separators and bidirectional overrides/isolates.
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Lines of output with their line feeds removed: what is left must be safe. */
function unsafeIn(output: string): string[] {
  return output.split('\n').filter((line) => UNSAFE.test(line)).map((line) => JSON.stringify(line));
}

const dir = mkdtempSync(join(tmpdir(), 'seo-check-safety-'));
// A file name that recolours the terminal, sets its title, rings the bell and reverses the text.
const evilName = join(dir, 'post\u001b[31mred\u001b]0;pwned\u0007\u202eevil\u0085.md');
const evilText = [
  '---',
  'title: "The red fox \\e[2J clears your screen"',
  'description: "A red fox \\e]8;;http://evil\\e\\\\link\\e]8;;\\e\\\\ and \\u202e reversed"',
  '---',
  '# Red fox \u001b[5mblinks\u001b[0m',
  '',
  '## A red fox \u009b31m in C1',
  '',
  'The red fox ran.\u001b[1A\u001b[2K The red fox hid. ![red fox \u001b[31m](x.png) [link](http://a\u001b[31m.b)',
  '',
].join('\n');
writeFileSync(evilName, evilText);
const keyphrase = 'red \u001b[32mfox';

describe('output safety: control characters and escapes from the input are shown escaped', () => {
  it('printable() escapes C0, DEL, C1, separators, bidi controls and lone surrogates; keeps text', () => {
    expect(printable('a\u001b[31mb\u0007c\u007f\u009b\u2028\u202e\u2066\ud800 שלום 👍🏽 e\u0301\tz')).toBe(
      'a\\x1b[31mb\\x07c\\x7f\\x9b\\u2028\\u202e\\u2066\\ud800 שלום 👍🏽 e\u0301\tz',
    );
    expect(printable('line\nbreak\r')).toBe('line\\x0abreak\\x0d');
  });

  it.each([['stylish'], ['compact']])('the %s report: nothing unsafe on stdout or stderr', async (format) => {
    const r = await runCli([evilName, '-k', keyphrase, '-f', format]);
    expect(unsafeIn(r.stdout)).toEqual([]);
    expect(unsafeIn(r.stderr)).toEqual([]);
    expect(r.stdout).toContain('red fox');
  });

  it('the stylish report shows the file name escaped, and in colour only its own escapes', async () => {
    const plain = await runCli([evilName, '-k', keyphrase]);
    expect(plain.stdout).toContain('post\\x1b[31mred\\x1b]0;pwned\\x07\\u202eevil\\x85.md');
    const coloured = await runCli([evilName, '-k', keyphrase, '--color']);
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.stdout).not.toContain('\u001b[31mred');
    expect(coloured.stdout).not.toContain('\u001b]0;');
  });

  it('stderr messages about a file escape its name, on one line', async () => {
    const empty = join(dir, 'empty\u001b[2J\nsecond line.md');
    writeFileSync(empty, '');
    const r = await runCli([empty]);
    expect(r.stderr).toBe(`seo-check: ${dir}/empty\\x1b[2J\\x0asecond line.md: file is empty\n`);
    expect(r.code).toBe(2);
  });

  it('a front-matter error that quotes the input is escaped', async () => {
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, '---\ntitle: "\u001b[31m\n---\nText.\n');
    for (const format of ['stylish', 'compact', 'github']) {
      const r = await runCli([bad, '-f', format]);
      expect(r.stdout).toContain('front matter');
      expect(unsafeIn(r.stdout)).toEqual([]);
      expect(r.stderr).toBe('');
    }
  });

  it('usage errors that quote an argument are escaped', async () => {
    const r = await runCli(['--min-score', '\u001b[31m5', evilName]);
    expect(r.code).toBe(2);
    expect(unsafeIn(r.stderr)).toEqual([]);
    expect(r.stderr).toContain('\\x1b[31m5');
    const unknown = await runCli(['--bogus\u001b]0;x\u0007', evilName]);
    expect(unsafeIn(unknown.stderr)).toEqual([]);
  });

  it('the markdown report: nothing unsafe', async () => {
    const r = await runCli([evilName, '-k', keyphrase, '-f', 'markdown']);
    expect(r.stdout).toContain('red fox');
    expect(unsafeIn(r.stdout)).toEqual([]);
  });

  it('GitHub annotations: nothing unsafe in the log', async () => {
    const r = await runCli([evilName, '-k', keyphrase, '-f', 'github']);
    expect(r.stdout).toMatch(/^::error /m);
    expect(unsafeIn(r.stdout)).toEqual([]);
  });
});
