import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

const seed = FIXTURES + 'trump-putin-meeting.md';
const good = FIXTURES + 'sourdough-starter.md';
const ESC = '\u001b[';

function tmp(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'seo-check-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('exit codes', () => {
  it('0 when no error-severity check fails and the score is reached', async () => {
    const r = await runCli([good, '--rule', 'content-length=warning']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
  it('1 when an error-severity check fails', async () => {
    const r = await runCli([seed, '-k', 'Trump Putin meeting']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });
  it('1 when the score is below --min-score, 0 at it', async () => {
    // A description cap the fixture misses: a warning, so only the score can fail the run.
    const args = [good, '--rule', 'description-length.maxPixels=800', '--rule', 'content-length=warning'];
    const json = JSON.parse((await runCli([...args, '-f', 'json'])).stdout);
    const score: number = json.results[0].score;
    expect(score).toBeLessThan(100);
    expect((await runCli([...args, '--min-score', String(score + 1)])).code).toBe(1);
    expect((await runCli([...args, '--min-score', String(score)])).code).toBe(0);
  });
  it('2 for usage errors, each with a one-line message', async () => {
    for (const argv of [[], ['--min-score', '101', good], ['--min-score', 'x', good], ['--rule', 'nope=off', good], ['--rule', 'keyphrase-density=loud', good], ['--rule', 'keyphrase-density.maxx=1', good], ['-f', 'xml', good], ['--bogus', good]]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^seo-check: /);
    }
  });
  it('0 for --help and --version, printed on stdout', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--keyphrase');
    const version = await runCli(['--version']);
    expect(version).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});

describe('input', () => {
  it('reads standard input for -', async () => {
    const r = await runCli(['-', '-k', 'sourdough starter', '-f', 'json'], { stdin: 'My sourdough starter is alive.' });
    const json = JSON.parse(r.stdout);
    expect(json.results[0]).toMatchObject({ file: '<stdin>', meta: { slug: null } });
    expect(json.results[0].keyphrases[0].count).toBe(1);
  });
  it('takes keyphrases from front matter when -k is not given, and -k over front matter', async () => {
    const fm = JSON.parse((await runCli([good, '-f', 'json'])).stdout).results[0];
    expect(fm.keyphrases.map((k: { phrase: string }) => k.phrase)).toEqual(['sourdough starter']);
    const cli = JSON.parse((await runCli([good, '-f', 'json', '-k', 'flour'])).stdout).results[0];
    expect(cli.keyphrases.map((k: { phrase: string }) => k.phrase)).toEqual(['flour']);
  });
});

describe('bad input', () => {
  const cases: Array<[string, () => string, string]> = [
    ['a missing file', () => '/nonexistent/article.md', 'no such file'],
    ['a folder without Markdown', () => FIXTURES + 'corpus/licenses', 'no Markdown files match'],
    ['an empty file', () => tmp('empty.md', ''), 'file is empty'],
    ['a file of white space', () => tmp('blank.md', ' \n\n\t\n'), 'file is empty'],
    ['a binary file', () => tmp('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), 'binary file'],
    ['invalid UTF-8', () => tmp('latin1.md', Buffer.from('caf\xe9 au lait', 'latin1')), 'invalid UTF-8 at byte 3'],
  ];
  it.each(cases)('%s: one line on stderr naming file and problem, exit 2', async (_what, make, problem) => {
    const file = make();
    const r = await runCli([file, '-k', 'x']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain(problem);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['unclosed front matter', '---\ntitle: x\n\nText.\n', 1, 'never closed'],
    ['invalid YAML', '---\ntitle: [unclosed\n---\nText.\n', 2, 'invalid YAML front matter'],
    ['invalid TOML', '+++\ntitle = \n+++\nText.\n', 2, 'invalid TOML front matter on line 2'],
    ['front matter that is not a mapping', '---\n- a\n- b\n---\nText.\n', 2, 'must be a mapping'],
  ])('%s is not a refusal: the rest is analysed, front-matter fails at its line, exit 1', async (_what, text, line, problem) => {
    const file = tmp('front.md', text);
    const r = await runCli([file, '-k', 'text', '-f', 'compact']);
    expect(r).toMatchObject({ code: 1, stderr: '' });
    const findings = r.stdout.trim().split('\n');
    const own = findings.filter((f) => f.endsWith('[front-matter]'));
    expect(own).toHaveLength(1);
    expect(own[0]).toContain(`${file}:${line}:1: error `);
    expect(own[0]).toContain(problem);
  });

  it('still reports the other files of a batch', async () => {
    const r = await runCli(['/nonexistent.md', good, '-f', 'json']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.summary.files).toBe(2);
    expect(json.results[0]).toEqual({ file: '/nonexistent.md', passed: false, error: 'no such file' });
    expect(json.results[1].score).toBeGreaterThan(0);
  });

  it('gives the same counts and lines for CRLF, a BOM and LF', async () => {
    const lf = '---\ntitle: A title\n---\n\nThe sourdough starter.\n\n## Sourdough starter care\n\nFeed the sourdough starter.\n';
    const variants = [lf, lf.replace(/\n/g, '\r\n'), `\ufeff${lf}`, `\ufeff${lf.replace(/\n/g, '\r\n')}`];
    const outputs = await Promise.all(
      variants.map(async (text, i) => {
        const r = await runCli([tmp('same-name.md', text), '-k', 'sourdough starter', '-f', 'json']);
        const result = JSON.parse(r.stdout).results[0];
        delete result.file;
        return result;
      }),
    );
    expect(outputs[0].keyphrases[0].occurrences).toEqual([
      { line: 5, column: 5, endLine: 5, endColumn: 22, text: 'sourdough starter' },
      { line: 7, column: 4, endLine: 7, endColumn: 21, text: 'Sourdough starter' },
      { line: 9, column: 10, endLine: 9, endColumn: 27, text: 'sourdough starter' },
    ]);
    for (const o of outputs.slice(1)) expect(o).toEqual(outputs[0]);
  });
});

describe('output', () => {
  it('--format json prints exactly one JSON document of the documented shape', async () => {
    const r = await runCli([seed, '-k', 'Trump Putin meeting', '-f', 'json']);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'summary', 'results']);
    expect(json.schemaVersion).toBe(1);
    expect(json.tool).toEqual({ name: 'seo-check', version: '0.1.0' });
    expect(Object.keys(json.summary)).toEqual(['files', 'passed', 'score', 'errors', 'warnings', 'failures', 'unreadable', 'ignored', 'unmatched']);
    const result = json.results[0];
    for (const key of ['file', 'passed', 'score', 'meta', 'stats', 'keyphrases', 'checks']) expect(result).toHaveProperty(key);
    expect(Object.keys(result.stats)).toEqual(expect.arrayContaining(['words', 'sentences', 'paragraphs', 'headings']));
    const kp = result.keyphrases[0];
    for (const key of ['phrase', 'count', 'sentenceMatches', 'density', 'occurrences', 'inTitle', 'inDescription', 'inIntroduction', 'inSlug', 'subheadings']) {
      expect(kp).toHaveProperty(key);
    }
    for (const c of result.checks) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'severity', 'passed', 'message', 'line', 'column']));
    }
    expect(r.stdout).not.toContain(ESC);
    expect(r.stderr).toBe('');
  });

  it('colours only on a terminal, unless NO_COLOR, FORCE_COLOR or --color/--no-color say otherwise', async () => {
    const colored = async (options: Parameters<typeof runCli>[1], extra: string[] = []) =>
      (await runCli([good, ...extra], options)).stdout.includes(ESC);
    expect(await colored({ tty: false })).toBe(false);
    expect(await colored({ tty: true })).toBe(true);
    expect(await colored({ tty: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(await colored({ tty: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(await colored({ tty: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(await colored({ tty: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).toBe(true);
    expect(await colored({ tty: true, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(await colored({ tty: true, env: { FORCE_COLOR: '1' } }, ['--no-color'])).toBe(false);
    expect(await colored({ tty: false, env: { NO_COLOR: '1' } }, ['--color'])).toBe(true);
  });

  it('the human report gives the summary line, the checks and each keyphrase with its places', async () => {
    const r = await runCli([seed, '-k', 'US Russia relations']);
    expect(r.stdout).toContain('score ');
    expect(r.stdout).toContain('771 words');
    expect(r.stdout).toMatch(/✖ error +│ 1 +│ keyphrase-in-title/);
    expect(r.stdout).toContain('US Russia relations found at 1:36 "U.S.-Russia relations", 11:24 "U.S.-Russia relations"');
  });
});

describe('the installed command', () => {
  const bin = FIXTURES + '../bin/seo-check.js';
  it('runs from bin/ and returns the exit code', () => {
    const r = spawnSync(process.execPath, [bin, seed, '-k', 'Trump Putin meeting', '-f', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).results[0].keyphrases[0].count).toBe(2);
  });
  it('ends quietly when the reader closes the pipe', () => {
    const files = Array.from({ length: 40 }, () => seed);
    const r = spawnSync('bash', ['-c', `node "${bin}" ${files.map((f) => `"${f}"`).join(' ')} -k x | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(['1', '0']).toContain(r.stdout.trim());
  });
});

describe('option values', () => {
  it('--min-score takes decimal numbers only', async () => {
    expect((await runCli(['x.md', '--min-score', '0x10'])).stderr).toBe("seo-check: --min-score must be a number from 0 to 100, not '0x10'\n");
  });
  it('a rule option below zero is refused', async () => {
    const r = await runCli(['x.md', '--rule', 'links.internal=-5']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'seo-check: rule \'links\': option \'internal\' must be 0 or more, not -5\n' });
  });
  it('-k with an empty string is a usage error', async () => {
    const r = await runCli(['x.md', '-k', ' ']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'seo-check: -k needs a keyphrase, not an empty string\n' });
  });
});

describe('subcommands parse their own options, before or after their name', () => {
  it('rules --no-color and rules --format json, and options before the name', async () => {
    expect((await runCli(['rules', '--no-color'])).code).toBe(0);
    expect((await runCli(['--no-color', 'rules'])).code).toBe(0);
    expect(JSON.parse((await runCli(['rules', '--format', 'json'])).stdout)[0].id).toBe('front-matter');
    const bad = await runCli(['rules', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^seo-check: option '-f, --format <name>' argument 'xml' is invalid/);
  });
  it('explain --help prints explain’s help, not the general one', async () => {
    const r = await runCli(['explain', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: seo-check explain \[options\]/);
    expect(r.stdout).toContain('why each keyphrase matched');
    expect((await runCli(['--help'])).stdout).toMatch(/^Usage: seo-check \[options\][\s\S]*seo-check rules/);
  });
  it('--no-config explain f.md runs explain on f.md; -c before the name applies', async () => {
    const viaOption = await runCli(['--no-config', 'explain', 'fixtures/trump-putin-meeting.md', '-k', 'Trump Putin meeting']);
    expect(viaOption.code).toBe(0);
    expect(viaOption.stdout).toContain('"Trump Putin meeting": 2 occurrences');
    expect(viaOption.stderr).toBe('');
    const value = await runCli(['-k', 'explain', 'fixtures/trump-putin-meeting.md', '-f', 'json']);
    expect(JSON.parse(value.stdout).results[0].keyphrases[0].phrase).toBe('explain');
  });
});
