import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import html from '../src/report/html.js';
import { formatters } from '../src/report/formatters.js';
import { compareReports } from '../src/report/baseline.js';
import { renderNested, type Span } from '../src/report/html/nest.js';
import { lineStarts, offsetOf, rangeOffsets } from '../src/report/html/source.js';
import { esc } from '../src/report/html/escape.js';
import type { FormatOptions } from '../src/report/types.js';
import { descriptionFit, titleFit } from '../src/measure/snippet-width.js';
import { isProblem } from '../src/check/run.js';
import { isFailure, type FileReport } from './internal.js';
import { readFileSync } from 'node:fs';
import { FIXTURES, fixture, runCli, tempFiles } from './helpers.js';
import { FORMAT_NAMES, needsSources, parseOutputSpec } from '../src/cli/outputs.js';
import {
  CORPUS, CORPUS_KEYPHRASES, findAll, hasClass, HOSTILE_FILE, HOSTILE_KEYPHRASE, HOSTILE_TEXT, hostileRun, parsePage, run, SEED, SEED_KEYPHRASES, textOf, type El, type Run,
} from './html-cases.js';

const render = (r: Run, extra: Partial<FormatOptions> = {}) => html(r.report, { color: false, columns: 80, sources: r.sources, ...extra });
const marksOf = (root: El, phrase: string) => findAll(root, (e) => e.tag === 'mark' && e.attrs.get('data-keyphrase') === phrase);
const fileReport = (r: Run, i = 0) => r.report.results[i] as FileReport;

describe('offsets of report positions', () => {
  const text = 'ab\ncd\n';
  const starts = lineStarts(text);
  it.each([
    [1, 1, 0], [1, 3, 2], [2, 1, 3], [2, 3, 5], [3, 1, 6],
    [1, 4, null], [2, 4, null], [4, 1, null], [0, 1, null], [1, 0, null], [1.5, 1, null],
  ])('line %d column %d is offset %s', (line, column, offset) => {
    expect(offsetOf(text, starts, line, column)).toBe(offset);
  });
  it('counts columns in UTF-16 units', () => {
    const t = 'a😀b';
    expect(offsetOf(t, lineStarts(t), 1, 4)).toBe(3);
    expect(t.slice(3)).toBe('b');
  });
  it('refuses a range that ends before it starts', () => {
    expect(rangeOffsets(text, starts, { line: 2, column: 1, endLine: 1, endColumn: 1 })).toBeNull();
    expect(rangeOffsets(text, starts, { line: 1, column: 2, endLine: 2, endColumn: 2 })).toEqual([1, 4]);
  });
});

describe('nesting ranges', () => {
  const s = (name: string, start: number, end: number, rank: number): Span => ({ start, end, rank, open: (first) => `<${name}${first ? '' : "'"}>`, close: `</${name}>` });
  it.each([
    ['inside another', 'abcdef', [s('A', 0, 6, 0), s('B', 2, 4, 1)], '<A>ab<B>cd</B>ef</A>'],
    ['crossing the end of another', 'abcdef', [s('A', 0, 4, 0), s('B', 2, 6, 1)], "<A>ab<B>cd</B></A><B'>ef</B>"],
    ['crossing the start of one of lower rank: the one begun first is outer', 'abcdef', [s('B', 2, 6, 0), s('A', 0, 4, 1)], "<A>ab<B>cd</B></A><B'>ef</B>"],
    ['the same text, the lower rank outside', 'abc', [s('M', 0, 3, 3), s('L', 0, 3, 2)], '<L><M>abc</M></L>'],
    ['next to each other', 'abcd', [s('A', 0, 2, 0), s('B', 2, 4, 0)], '<A>ab</A><B>cd</B>'],
    ['empty', 'abcd', [s('E', 2, 2, 0)], 'ab<E></E>cd'],
    ['over a line break', 'ab\ncd\n', [s('L', 0, 3, 0), s('L', 3, 6, 0), s('M', 1, 5, 3)], "<L>a<M>b\n</M></L><L><M'>cd</M>\n</L>"],
    ['two crossings at once: what goes on is opened again, the lower rank outside', 'abcdef', [s('A', 0, 3, 0), s('B', 1, 5, 1), s('C', 2, 6, 2)], "<A>a<B>b<C>c</C></B></A><B'><C'>de</C></B><C'>f</C>"],
    ['the same rank: the longer outside', 'abcdef', [s('B', 1, 3, 1), s('C', 1, 6, 1)], 'a<C><B>bc</B>def</C>'],
    // A line is never inside a mark that began on an earlier line and ends before this one does.
    ['lines outermost', 'ab\ncd\nef', [s('L', 0, 3, 0), s('L', 3, 6, 0), s('L', 6, 8, 0), s('M', 1, 7, 2)], "<L>a<M>b\n</M></L><L><M'>cd\n</M></L><L><M'>e</M>f</L>"],
  ])('%s', (_, text, spans, expected) => {
    expect(renderNested(text, spans, esc)).toBe(expected);
  });

  it('escapes the text between elements', () => {
    expect(renderNested('<a href="x">&', [s('M', 1, 2, 0)], esc)).toBe('&lt;<M>a</M> href=&quot;x&quot;&gt;&amp;');
  });

  it('nests properly, keeps the text, and gives every range one first piece that, with its continuations, covers exactly its text', () => {
    const arbitrary = fc.string({ unit: fc.constantFrom('a', 'b', '<', '&', '"', '\n', ' ', 'é'), minLength: 0, maxLength: 30 }).chain((text) =>
      fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.nat(5)), { maxLength: 8 })),
    );
    fc.assert(
      fc.property(arbitrary, ([text, raw]) => {
        const spans: Span[] = raw.map(([a, b, rank], i) => ({
          start: Math.min(a, b), end: Math.max(a, b), rank,
          open: (first) => `<i ${first ? 'data-s' : 'data-c'}="${i}">`, close: '</i>',
        }));
        const { root } = parsePage(renderNested(text, spans, esc));
        expect(textOf(root)).toBe(text);
        spans.forEach((span, i) => {
          const first = findAll(root, (e) => e.attrs.get('data-s') === String(i));
          expect(first).toHaveLength(1);
          const pieces = findAll(root, (e) => e.attrs.get('data-s') === String(i) || e.attrs.get('data-c') === String(i));
          expect(pieces.map(textOf).join('')).toBe(text.slice(span.start, span.end));
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe('html: keyphrase marks', () => {
  it('marks each occurrence of the seed article once: 2 of "Trump Putin meeting", 4 of "US Russia relations", at their exact places', async () => {
    const r = await run([SEED], SEED_KEYPHRASES);
    const { root } = parsePage(render(r));
    const report = fileReport(r);
    const source = r.sources.get(SEED)!;
    const starts = lineStarts(source);
    expect(report.keyphrases.map((k) => [k.phrase, k.count])).toEqual([['Trump Putin meeting', 2], ['US Russia relations', 4]]);
    for (const k of report.keyphrases) {
      const marks = marksOf(root, k.phrase);
      expect(marks).toHaveLength(k.count);
      // On the seed no occurrence is split (none crosses a line or a sentence's end): each mark is the whole occurrence.
      expect(marks.map(textOf)).toEqual(k.occurrences.map((o) => { const [a, b] = rangeOffsets(source, starts, o)!; return source.slice(a, b); }));
    }
    expect(findAll(root, (e) => e.tag === 'mark' && e.attrs.has('data-keyphrase')).map(textOf)).toEqual(['U.S.-Russia relations', 'U.S.-Russia relations', 'Trump-Putin meeting', 'U.S.-Russia relations', 'Trump Putin meeting', 'US Russia relations']);
  });

  it('marks a corpus article: 6 of "data federation" (one over a line break, continued in the next line), 4 of "government"', async () => {
    const r = await run([CORPUS], CORPUS_KEYPHRASES);
    const { root } = parsePage(render(r));
    const report = fileReport(r);
    expect(report.keyphrases.map((k) => k.count)).toEqual([6, 4]);
    for (const k of report.keyphrases) expect(marksOf(root, k.phrase)).toHaveLength(k.count);
    const continued = findAll(root, (e) => e.tag === 'mark' && e.attrs.get('data-keyphrase-part') === 'data federation');
    expect(continued).toHaveLength(1);
    const split = report.keyphrases[0].occurrences.find((o) => o.endLine !== o.line)!;
    const line = (n: number) => findAll(root, (e) => e.attrs.get('id') === `f1-L${n}`)[0];
    expect(marksOf(line(split.line), 'data federation')).toHaveLength(1);
    expect(findAll(line(split.endLine), (e) => e === continued[0])).toHaveLength(1);
    // Near matches are other elements: they never count as marks.
    expect(findAll(root, (e) => e.attrs.get('data-near-of') === 'data federation')).toHaveLength(report.keyphrases[0].nearMatches.length);
  });

  it('shows the source as written: the text view holds exactly the article, front matter dimmed', async () => {
    const r = await run([CORPUS], CORPUS_KEYPHRASES);
    const { root } = parsePage(render(r));
    const [src] = findAll(root, hasClass('src'));
    expect(textOf(src)).toBe(r.sources.get(CORPUS));
    const frontMatter = findAll(src, hasClass('fm')).map(textOf).join('');
    expect(frontMatter).toMatch(/^---\ntitle: "The U.S. Data Federation[^]*\nimage: \/assets\/blog\/us-data-fed\/data-federation-banner.png\n---\n$/);
    expect(r.sources.get(CORPUS)!.startsWith(frontMatter)).toBe(true);
    const lines = findAll(src, (e) => e.attrs.has('data-line'));
    expect(lines).toHaveLength(r.sources.get(CORPUS)!.split('\n').length);
    // Every line is one block of the view, never split, never inside a mark or a sentence.
    expect(src.children.filter((c) => typeof c === 'string')).toEqual([]);
    expect(src.children).toEqual(lines);
    expect(findAll(src, hasClass('ln'))).toHaveLength(lines.length);
  });

  it('underlines the sentences over the sentence-length max: 21 on the seed, 9 with max 30', async () => {
    for (const [extra, n] of [[[], 21], [['--rule', 'sentence-length.max=30'], 9]] as const) {
      const r = await run([SEED], SEED_KEYPHRASES, undefined, [...extra]);
      const long = fileReport(r).readability.longSentences;
      expect(long).toHaveLength(n);
      const { root } = parsePage(render(r));
      const marked = findAll(root, (e) => e.attrs.has('data-long-sentence'));
      expect(marked.map((e) => Number(e.attrs.get('data-long-sentence')))).toEqual(long.map((s) => s.words));
    }
  });
});

describe('readability.longSentences', () => {
  it('spans each sentence over 20 words from its first word to its closing punctuation', async () => {
    const r = await run([SEED], SEED_KEYPHRASES);
    const report = fileReport(r);
    const source = r.sources.get(SEED)!;
    const starts = lineStarts(source);
    const long = report.readability.longSentences;
    expect(long).toHaveLength(21);
    expect(long.length).toBe(Math.round((report.readability.sentences.over20Share * report.readability.sentences.count) / 100));
    expect(long.slice(0, 2)).toEqual([
      { line: 1, column: 1, endLine: 1, endColumn: 250, words: 30 },
      { line: 1, column: 251, endLine: 1, endColumn: 452, words: 31 },
    ]);
    const [a, b] = rangeOffsets(source, starts, long[0])!;
    expect(source.slice(a, b)).toMatch(/^In recent developments surrounding .* their diplomatic engagement\.$/);
    // The sentence-length check quotes the longest of them.
    const longest = long.reduce((x, y) => (y.words > x.words ? y : x));
    const check = report.checks.find((c) => c.ruleId === 'sentence-length')!;
    expect(check.data.words).toBe(longest.words);
    expect(check).toMatchObject({ line: longest.line, column: longest.column, endLine: longest.endLine, endColumn: longest.endColumn });
  });
});

describe('html: bad input', () => {
  it('escapes a hostile article, keyphrase and file name: no element or attribute of theirs reaches the page', async () => {
    const r = await hostileRun();
    const page = render(r);
    const { root, script, style } = parsePage(page);
    expect(script).toHaveLength(1);
    expect(style).toHaveLength(1);
    const tags = new Set(findAll(root, () => true).map((e) => e.tag));
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'p', 'span', 'a', 'section', 'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'br', 'details', 'summary', 'ul', 'li', 'dl', 'dt', 'dd', 'mark', 'label', 'input', 'svg', 'rect', 'line', 'script'];
    expect([...tags].filter((t) => !allowed.includes(t))).toEqual([]);
    for (const e of findAll(root, () => true)) {
      for (const [name, value] of e.attrs) {
        expect(name).not.toMatch(/^on/i);
        if (name === 'href') expect(value).toMatch(/^#f\d+(-L\d+)?$/);
        if (name === 'http-equiv') expect(value).toBe('Content-Security-Policy');
      }
    }
    const [src] = findAll(root, hasClass('src'));
    // The text view is the article, but for the direction override shown as a code.
    expect(textOf(src)).toBe(HOSTILE_TEXT.replace('\u202e', '\\u202e'));
    expect(findAll(src, hasClass('ctl')).map(textOf)).toEqual(['\\u202e']);
    const report = fileReport(r);
    expect(report.file).toBe(HOSTILE_FILE);
    expect(findAll(root, (e) => e.tag === 'h2').map(textOf)).toEqual([HOSTILE_FILE]);
    for (const k of report.keyphrases) expect(marksOf(root, k.phrase)).toHaveLength(k.count);
    expect(report.keyphrases.map((k) => [k.phrase, k.count])).toEqual([[HOSTILE_KEYPHRASE, 0], ['hostile page', 5]]);
    expect(page).toContain('&lt;script&gt;window.__pwned=3;console.error(&#39;pwned&#39;)&lt;/script&gt;');
  });

  it('carries a policy that allows its one style and one script by hash, and nothing else', async () => {
    const page = render(await run([SEED], SEED_KEYPHRASES));
    const { root, style, script } = parsePage(page);
    const [meta] = findAll(root, (e) => e.attrs.get('http-equiv') === 'Content-Security-Policy');
    const policy = new Map(meta.attrs.get('content')!.split(';').map((d) => { const [name, ...values] = d.trim().split(/\s+/); return [name, values] as const; }));
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual([hash(style[0])]);
    expect(policy.get('script-src')).toEqual([hash(script[0])]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(page).not.toContain('unsafe-inline');
    // The policy comes before anything it governs, and no element carries a style of its own.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style>'));
    expect(findAll(root, (e) => e.attrs.has('style'))).toEqual([]);
  });
});

describe('html: the page', () => {
  it('has an index for several files, linking each row to its section, with the report\'s errors and warnings', async () => {
    const r = await run([SEED, CORPUS, 'missing.md'], SEED_KEYPHRASES);
    const { root } = parsePage(render(r));
    const [index] = findAll(root, hasClass('index'));
    const rows = findAll(index, (e) => e.tag === 'tr').slice(1);
    expect(rows).toHaveLength(3);
    r.report.results.forEach((result, i) => {
      const cells = findAll(rows[i], (e) => e.tag === 'td');
      const [link] = findAll(cells[0], (e) => e.tag === 'a');
      expect(textOf(link)).toBe(result.file);
      const [section] = findAll(root, (e) => e.tag === 'section' && e.attrs.get('id') === link.attrs.get('href')!.slice(1));
      expect(section.attrs.get('data-file')).toBe(result.file);
      const problems = isFailure(result) ? [] : result.checks.filter(isProblem);
      const errors = isFailure(result) ? 1 : problems.filter((c) => c.severity === 'error').length;
      expect(cells.slice(1, 4).map(textOf)).toEqual([isFailure(result) ? '–' : String(result.score), String(errors), String(problems.length - (isFailure(result) ? 0 : errors))]);
    });
    expect(textOf(rows[2])).toContain('unreadable');
    expect(findAll(root, (e) => e.tag === 'section' && hasClass('file')(e))).toHaveLength(3);
  });

  it('has no index for one file, and says so when it has no text to show', async () => {
    const r = await run([SEED], SEED_KEYPHRASES);
    const { root } = parsePage(html(r.report, { color: false, columns: 80 }));
    expect(findAll(root, hasClass('index'))).toEqual([]);
    expect(findAll(root, (e) => e.tag === 'mark' && e.attrs.has('data-keyphrase'))).toEqual([]);
    expect(textOf(root)).toContain('The article’s text was not given to this report');
    // Without the text, lines are plain numbers: no link points at a line that is not there.
    expect(findAll(root, (e) => /-L\d+$/.test(e.attrs.get('href') ?? ''))).toEqual([]);
  });

  it('warns when the text given is not the one the report was made from', async () => {
    const r = await run([SEED], SEED_KEYPHRASES);
    const { root } = parsePage(render({ report: r.report, sources: new Map([[SEED, 'A short text.\n']]) }));
    expect(findAll(root, hasClass('warn')).map(textOf).join('')).toMatch(/^\d+ places of the report are not in this text/);
  });

  it('previews the result-page snippet, cut where the page would cut it', async () => {
    const r = await run([CORPUS], CORPUS_KEYPHRASES);
    const { meta } = fileReport(r);
    const { root } = parsePage(render(r));
    const title = titleFit(meta.title!);
    const description = descriptionFit(meta.description!);
    expect(title.fits).toBe(false);
    expect(textOf(findAll(root, hasClass('serp-title'))[0])).toBe(title.shown);
    expect(title.shown).toBe('The U.S. Data Federation wants to make it easier to collect,…');
    expect(textOf(findAll(root, hasClass('serp-desc'))[0])).toBe(description.shown ?? meta.description);
    expect(textOf(findAll(root, hasClass('serp-url'))[0])).toBe('https://… › the-us-data-federation');
  });

  it('lists failed checks first, most severe first, then the silenced, passed and skipped', async () => {
    const r = await run([SEED], SEED_KEYPHRASES);
    const { root } = parsePage(render(r));
    const statuses = findAll(root, (e) => e.tag === 'tr' && e.attrs.has('data-status')).map((e) => e.attrs.get('data-status'));
    const report = fileReport(r);
    const failed = report.checks.filter(isProblem);
    expect(statuses).toHaveLength(report.checks.length);
    expect(statuses.slice(0, failed.length)).toEqual([...failed.filter((c) => c.severity === 'error'), ...failed.filter((c) => c.severity === 'warning')].map((c) => c.severity));
    expect(new Set(statuses.slice(failed.length))).toEqual(new Set(['pass']));
  });

  it('is the html formatter of the formatters table', async () => {
    const r = await run([SEED], SEED_KEYPHRASES);
    expect(formatters.html(r.report, { sources: r.sources })).toBe(render(r));
  });
});

describe('html: changes since the baseline', () => {
  it('shows the checks a title fixed, per file and in the index', async () => {
    const seed = fixture(SEED);
    const before = tempFiles('html-baseline-before');
    const now = tempFiles('html-baseline-now');
    before.file(seed, 'a.md');
    before.file(seed, 'gone.md');
    now.file(`---\ntitle: Trump Putin meeting shelved as US Russia relations cool\n---\n${seed}`, 'a.md');
    now.file(seed, 'new.md');
    const previous = await run(['a.md', 'gone.md'], SEED_KEYPHRASES, before.dir);
    const current = await run(['a.md', 'new.md'], SEED_KEYPHRASES, now.dir);
    const baseline = compareReports(previous.report, current.report);
    const fixed = baseline.files[0].newlyFixed.map((c) => c.ruleId + (c.keyphrase === undefined ? '' : ` ${c.keyphrase}`));
    expect(fixed).toEqual(['keyphrase-in-title Trump Putin meeting', 'keyphrase-in-title US Russia relations', 'title-length']);
    const { root } = parsePage(render(current, { baseline }));
    const [run0, file0, file1] = findAll(root, hasClass('baseline'));
    expect(textOf(run0)).toContain('Removed: gone.md');
    expect(textOf(run0)).toContain('Added: new.md');
    expect(textOf(file0)).toContain('Newly fixed (3)');
    expect(findAll(file0, (e) => e.tag === 'li').map((e) => textOf(findAll(e, (x) => x.tag === 'code')[0]))).toEqual(['keyphrase-in-title', 'keyphrase-in-title', 'title-length']);
    expect(textOf(file1)).toContain('A new file');
    const score = baseline.files[0].score;
    expect(score.delta).toBeGreaterThan(0);
    const [index] = findAll(root, hasClass('index'));
    const cells = findAll(index, (e) => e.tag === 'tr').slice(1).map((row) => textOf(findAll(row, (e) => e.tag === 'td').at(-1)!));
    expect(cells).toEqual([`+${score.delta} · 3 fixed`, 'new']);
  });
});

describe('html on the command line', () => {
  it('is a format `-f html=path` writes, and the one that needs the articles\' text', async () => {
    const { dir } = tempFiles('html-cli');
    const out = `${dir}/report.html`;
    const r = await runCli([SEED, '-k', SEED_KEYPHRASES[0], '--no-config', '-f', `html=${out}`], { cwd: FIXTURES });
    expect(r.stderr).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('http-equiv="Content-Security-Policy"');
    expect(needsSources([parseOutputSpec('json'), parseOutputSpec('html=x.html')])).toBe(true);
    expect(needsSources(FORMAT_NAMES.filter((f) => f !== 'html').map((f) => parseOutputSpec(f)))).toBe(false);
  });
});

describe('html: hidden characters', () => {
  it('shows a direction override or a control character in a file name, keyphrase or message as a code, in the text as in the rest', async () => {
    const { dir, file } = tempFiles('html-hidden');
    const name = 'evil\u202egnp.md';
    file('# Plain\n\nA plain text about the rtl\u202eattack here, and a bell \u0007 too.\n', name);
    const r = await run([name], ['rtl\u202eattack'], dir);
    const { root } = parsePage(render(r));
    expect(findAll(root, (e) => e.tag === 'h2').map(textOf)).toEqual(['evil\\u202egnp.md']);
    const shown = findAll(root, hasClass('ctl')).map(textOf);
    expect(shown.filter((t) => t === '\\x07')).toHaveLength(1);
    expect(shown.filter((t) => t === '\\u202e').length).toBeGreaterThanOrEqual(4);
    // Attributes keep the text as it is, escaped: the selector a reader's tools use still finds the marks.
    const report = fileReport(r);
    expect(marksOf(root, 'rtl\u202eattack')).toHaveLength(report.keyphrases[0].count);
    const rawText = textOf(root);
    expect(rawText).not.toContain('\u202e');
    expect(rawText).not.toContain('\u0007');
  });
});
