import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN } from './lsp/client.js';
import { ruleById } from '../src/rules/registry.js';

// Neovim's built-in LSP client drives the server from bin/ (built by `npm test`), headless:
// tests/lsp/neovim.lua does what a writer would and writes what it got; this file checks it.
const SCRIPT = fileURLToPath(new URL('lsp/neovim.lua', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/lsp/cast-iron.md', import.meta.url));
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const available = nvim.status === 0;
if (!available) console.warn('nvim is not installed (apt-get install -y neovim): tests/lsp-neovim.test.ts skips the real-client tests');

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
type Diag = { code: string; range: Range; severity: number; source: string; codeDescription: { href: string }; message: string };
const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
const brief = (ds: Diag[]) => ds.map((d) => [d.code, d.range, d.severity]);

describe.skipIf(!available)("with Neovim's LSP client", () => {
  let out: any;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'seo-check-nvim-'));
    const file = join(dir, 'cast-iron.md');
    copyFileSync(FIXTURE, file);
    const outPath = join(dir, 'out.json');
    const env = { ...process.env, SEO_LSP_FIXTURE: file, SEO_LSP_OUT: outPath, SEO_LSP_NODE: process.execPath, SEO_LSP_BIN: BIN, SEO_LSP_ROOT: dir };
    delete env.NODE_EXTRA_CA_CERTS;
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${SCRIPT}`], { env, encoding: 'utf8', timeout: 120_000 });
    try {
      out = JSON.parse(readFileSync(outPath, 'utf8'));
    } catch {
      throw new Error(`nvim wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`);
    }
  }, 130_000);

  it('ran every step', () => {
    expect(out.error).toBeUndefined();
    expect(out.publications).toBeGreaterThanOrEqual(4);
  });

  it('publishes each failed check at its exact range, with rule id, source and docs link', () => {
    expect(brief(out.initial)).toEqual([
      ['keyphrase-density', r(0, 0, 0, 3), 1],
      ['keyphrase-in-slug', r(0, 0, 0, 3), 2],
      ['title-length', r(1, 0, 1, 32), 2],
      ['description-length', r(2, 0, 2, 64), 2],
      ['heading-increment', r(11, 0, 11, 21), 2],
      ['content-length', r(0, 0, 0, 3), 1],
      ['passive-voice', r(8, 0, 8, 63), 2],
      ['image-alt', r(15, 0, 15, 12), 2],
      ['links', r(0, 0, 0, 3), 2],
    ]);
    for (const d of out.initial as Diag[]) {
      expect(d.source).toBe('seo-check');
      expect(d.codeDescription.href).toBe(`https://github.com/seo-check/seo-check/blob/main/docs/rules/${d.code}.md`);
    }
    // Neovim's own store holds the same places (byte columns: this part of the fixture is ASCII).
    expect(out.stored.map((d: any) => [d.code, d.lnum, d.col, d.end_lnum, d.end_col])).toEqual(
      (out.initial as Diag[]).map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]),
    );
  });

  it('publishes new diagnostics after an edit: the fixed heading is no longer reported', () => {
    const before = brief(out.initial).filter(([code]) => code !== 'heading-increment');
    expect(brief(out.afterEdit)).toEqual(before);
  });

  it('hovers a keyphrase occurrence with its counts and placements, and a finding with its rule', () => {
    expect(out.hoverKeyphrase.contents.value).toBe(
      [
        '**"cast iron pan"**',
        '',
        '- count: 4 in 85 words (density 4.71 %)',
        '- sentences with it: 4',
        '- in the title: yes',
        '- in the description: yes',
        '- in the introduction: yes',
        '- in the slug: no',
        '- subheadings: 1 of 2 (lines 18)',
      ].join('\n'),
    );
    const rule = out.hoverDiagnostic.contents.value as string;
    const title = (out.initial as Diag[]).find((d) => d.code === 'title-length')!;
    expect(rule.split('\n')[0]).toBe(`**title-length** (warning): ${title.message}`);
    expect(title.message).toMatch(/^The title has 25 characters/);
    // Every option, with the value that applies (the defaults: the fixture has no configuration).
    const spec = ruleById('title-length')!;
    expect(rule).toContain(spec.description);
    expect(rule).toContain(spec.basis.why);
    for (const [name, option] of Object.entries(spec.options)) expect(rule).toContain(`- \`${name}\` = ${option.default}: ${option.description}`);
    expect(Object.keys(spec.options).length).toBeGreaterThan(1);
    expect(rule).toContain('[Documentation](https://github.com/seo-check/seo-check/blob/main/docs/rules/title-length.md)');
    expect(out.hoverNothing).toBeUndefined();
  });

  it('highlights every occurrence of the keyphrase, in UTF-16 columns (an emoji before the last)', () => {
    expect(out.highlights).toEqual([
      { range: r(6, 14, 6, 27), kind: 1 },
      { range: r(8, 2, 8, 15), kind: 1 },
      { range: r(17, 15, 17, 28), kind: 1 },
      { range: r(19, 42, 19, 55), kind: 1 },
    ]);
  });

  it('shows a code lens with the score, the words and the keyphrase count', () => {
    expect(out.lenses).toEqual([{ range: r(0, 0, 0, 0), command: { title: 'seo-check: score 65 · 85 words · "cast iron pan" ×4', command: '' } }]);
  });

  it('applies "disable for this line": the comment goes above the image, and image-alt is silenced', () => {
    expect(out.imageActions).toEqual(['Disable image-alt for this line', 'Disable image-alt for this file']);
    expect(out.linesAfterLineAction).toEqual(['', '<!-- seo-check-disable-next-line image-alt -->', '![](pan.jpg)']);
    expect(brief(out.afterLineAction).map(([code]) => code)).not.toContain('image-alt');
    expect(brief(out.afterLineAction).length).toBe(brief(out.afterEdit).length - 1);
  });

  it('moves the cursor to the title value with "Go to the title in the front matter"', () => {
    expect(out.titleActions).toEqual(['Go to the title in the front matter', 'Turn title-length off for this file (front matter)']);
    expect(out.cursorAfterGo).toEqual([2, 7]);
  });

  it('turns a rule off in the front matter for a finding on line 1', () => {
    expect(out.linesAfterFileAction.slice(0, 4)).toEqual(['---', 'seo-check:', '  rules:', '    keyphrase-density: "off"']);
    expect(brief(out.afterFileAction).map(([code]) => code)).toEqual(['keyphrase-in-slug', 'title-length', 'description-length', 'content-length', 'passive-voice', 'links']);
  });

  it('ends the server when the client stops', () => {
    expect(out.stopped).toBe(true);
  });
});
