import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer, decodeArticle, isFailure, type FileReport, type FileResult } from './internal.js';
import json from '../src/report/json.js';
import { summarize } from '../src/engine/score.js';
import { LineIndex, normalizeText } from '../src/parse/lines.js';
import { WordFolder } from '../src/text/fold.js';
import { tokenize } from '../src/text/tokenize.js';
import MarkdownIt from 'markdown-it';
import { parseDocument } from '../src/parse/document.js';
import { tokenizeHtml } from '../src/parse/html.js';
import { decodeEntities } from '../src/parse/html-text.js';
import { splitFrontMatter } from '../src/parse/frontmatter.js';
import { article, articleWithKeyphrases, body, keyphrase } from './arbitraries.js';
import { schemaErrors } from './schema.js';
import { runCli } from './helpers.js';

// `npm test` runs a bounded, reproducible sample (fixed seed). `npm run fuzz` sets FUZZ_RUNS and
// draws a new seed each time, so deeper runs explore new inputs; a failure prints its seed, and
// FUZZ_SEED=<seed> replays it.
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.FUZZ_RUNS === undefined ? 20261127 : Date.now() % 2 ** 31));
const PARAMS = { numRuns: RUNS, seed: SEED };
const TIMEOUT = Math.max(20_000, RUNS * 200);

const input = articleWithKeyphrases;

const reference = new MarkdownIt({ html: true, linkify: true });
/** Elements that join the text around them (the others, and `<br>`, stand for a space). */
const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'code', 'span', 's', 'del', 'img']);

function analyze(text: string, phrases: string[]): FileResult {
  return new Analyzer({ keyphrases: phrases }).analyze(text, 'posts/2024-01-02-red-fox.md');
}

function analyzed(text: string, phrases: string[]): FileReport {
  const r = analyze(text, phrases);
  if (isFailure(r)) throw new Error(`not analysed: ${r.error}`);
  return r;
}

function toJson(results: FileResult[]): string {
  return json({ schemaVersion: 1, tool: { name: 'seo-check', version: '0.0.0' }, summary: summarize(results), results }, { color: false, columns: 100 });
}

describe('properties of the analysis of any article', () => {
  it('never throws, and its JSON report parses and matches the schema', () => {
    fc.assert(
      fc.property(input, ({ text, phrases }) => {
        const r = analyze(text, phrases);
        const doc = JSON.parse(toJson([r]));
        expect(schemaErrors(doc)).toEqual([]);
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it('the CLI prints exactly one JSON document matching the schema, and nothing on stderr', async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ text, phrases }) => {
        // An empty -k is a usage error (tests/review-fixes.test.ts); the API takes any keyphrase.
        const argv = ['-', '--format', 'json', ...phrases.filter((p) => p.trim() !== '').map((p) => `--keyphrase=${p}`)];
        const r = await runCli(argv, { stdin: text });
        expect(schemaErrors(JSON.parse(r.stdout))).toEqual([]);
        expect(r.stderr).toBe('');
      }),
      { ...PARAMS, numRuns: Math.ceil(RUNS / 3) },
    );
  }, TIMEOUT);

  it('counts no more occurrences or matching sentences than there are words and sentences; density is 0–100', () => {
    fc.assert(
      fc.property(input, ({ text, phrases }) => {
        const r = analyzed(text, phrases);
        for (const k of r.keyphrases) {
          expect(k.count).toBeLessThanOrEqual(r.stats.words);
          expect(k.sentenceMatches).toBeLessThanOrEqual(r.stats.sentences);
          expect(k.occurrences).toHaveLength(k.count);
          expect(k.density).toBeGreaterThanOrEqual(0);
          expect(k.density).toBeLessThanOrEqual(100);
        }
      }),
      PARAMS,
    );
  }, TIMEOUT);

  // Words are counted as a writer counts them ("Fox-fox-fox-fox" is one); an occurrence owns the
  // written word it ends in, so the count cannot exceed them. The generator rarely builds this.
  it('keeps count ≤ words and density ≤ 100 when a word is hyphenated to itself', () => {
    const r = analyzed('Fox-fox-fox-fox.\n', ['fox']);
    expect(r.keyphrases[0].count).toBeLessThanOrEqual(r.stats.words);
    expect(r.keyphrases[0].density).toBeLessThanOrEqual(100);
  });

  it('places every occurrence at source text that normalises to the keyphrase', () => {
    const folder = new WordFolder();
    const keys = (text: string) => tokenize(text, folder).list().map((t) => t.key);
    fc.assert(
      fc.property(input, ({ text, phrases }) => {
        const r = analyzed(text, phrases);
        const lines = new LineIndex(normalizeText(text));
        for (const k of r.keyphrases) {
          for (const o of k.occurrences) {
            const start = lines.starts[o.line - 1] + o.column - 1;
            // The occurrence's text is what a reader sees: its words are the keyphrase's words...
            expect(keys(o.text)).toEqual(keys(k.phrase));
            // ...and its first word stands in the source at its line and column, as written.
            const first = tokenize(o.text, folder).word(0);
            expect(lines.text.slice(start, start + first.end)).toBe(o.text.slice(0, first.end));
            // Where nothing but prose joins its words, the text is the source, white space runs as one
            // space. The source span ends with the last word, which stands no earlier than in the
            // text (a gap is only ever shown shorter than written).
            const last = tokenize(o.text, folder).list().pop()!;
            const end = lines.text.indexOf(last.surface, start + last.start) + last.surface.length;
            const span = lines.text.slice(start, end);
            // (A quote's or list's markers on a following line are markup too.)
            if (!/[*_~`[\]<>\\&{]|:\/\/|\n\s*(?:[-+*]|\d+[.)])\s/.test(span)) expect(span.replace(/\s+/g, ' ')).toBe(o.text);
          }
        }
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it('places every word inside its block, and every block, link, image and comment in the source', () => {
    const folder = new WordFolder();
    fc.assert(
      fc.property(article, (text) => {
        const doc = parseDocument(text, folder);
        const { words } = doc;
        const length = doc.lines.text.length;
        for (let i = 0; i < words.length; i++) {
          const b = doc.blocks[words.blocks[i]];
          expect(words.starts[i]).toBeGreaterThanOrEqual(b.start);
          expect(words.ends[i]).toBeLessThanOrEqual(b.end);
          expect(words.starts[i]).toBeLessThan(words.ends[i]);
        }
        for (const x of [...doc.blocks, ...doc.links, ...doc.images, ...doc.comments]) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.start).toBeLessThanOrEqual(x.end);
          expect(x.end).toBeLessThanOrEqual(length);
        }
      }),
      PARAMS,
    );
  }, TIMEOUT);

  // What the page shows, as markdown-it renders it (another reading than seo-check's own): its
  // HTML's text, block-level tags and <br> as spaces, entities decoded, white space as one space.
  const rendered = (text: string) => {
    const source = normalizeText(text);
    const html = reference.render(source.slice(splitFrontMatter(source).bodyOffset));
    let out = ' ';
    for (const t of tokenizeHtml(html)) {
      if (t.type === 'text') out += decodeEntities(html.slice(t.start, t.end));
      else if ((t.type === 'open' || t.type === 'close') && !INLINE.has(t.name)) out += ' ';
    }
    return `${out.replace(/\s+/g, ' ')} `;
  };

  it("quotes each occurrence as the page shows it: its text is in the page's text", () => {
    fc.assert(
      fc.property(input, ({ text, phrases }) => {
        const r = analyzed(text, phrases);
        const page = rendered(text);
        for (const k of r.keyphrases) for (const o of k.occurrences) expect(page).toContain(o.text.replace(/\s+/g, ' '));
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it('shows an occurrence across a link as the words a reader sees', () => {
    const r = analyzed('A [red](https://example.com/x) fox ran.\n', ['red fox']);
    expect(r.keyphrases[0].occurrences).toEqual([{ line: 1, column: 4, endLine: 1, endColumn: 35, text: 'red fox' }]);
  });

  it('never matches a keyphrase across inline code, an image or a URL', () => {
    for (const text of ['Call Dr. `make` Who today.\n', 'Call Dr. ![x](y.png) Who today.\n', 'Call Dr. https://x.y Who today.\n']) {
      expect(analyzed(text, ['Dr. Who']).keyphrases[0].count).toBe(0);
    }
  });

  it('gives the same report for LF, CRLF, CR and a byte-order mark, read as bytes or given as text', () => {
    fc.assert(
      fc.property(input, ({ text, phrases }) => {
        const lf = toJson([analyze(text, phrases)]);
        const variants = [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), `\ufeff${text}`, `\ufeff${text.replace(/\n/g, '\r\n')}`];
        for (const v of variants) {
          expect(toJson([analyze(v, phrases)])).toBe(lf);
          expect(toJson([analyze(decodeArticle(Buffer.from(v, 'utf8')), phrases)])).toBe(lf);
        }
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it('is deterministic: a second run, and a run by an analyzer that has seen other files, give the same JSON', () => {
    const shared = new Analyzer({ keyphrases: ['red fox'] });
    fc.assert(
      fc.property(article, (text) => {
        const first = toJson([new Analyzer({ keyphrases: ['red fox'] }).analyze(text, 'a.md')]);
        expect(toJson([new Analyzer({ keyphrases: ['red fox'] }).analyze(text, 'a.md')])).toBe(first);
        expect(toJson([shared.analyze(text, 'a.md')])).toBe(first);
      }),
      PARAMS,
    );
  }, TIMEOUT);

  it('adding front matter moves lines down and changes no count', () => {
    const withBody = fc.record({ text: body, phrases: fc.array(keyphrase, { minLength: 1, maxLength: 3 }), toml: fc.boolean() });
    fc.assert(
      fc.property(withBody, ({ text, phrases, toml }) => {
        fc.pre(!text.startsWith('---') && !text.startsWith('+++'));
        const before = analyzed(text, phrases);
        const frontMatter = toml ? '+++\nauthor = "Someone"\ntags = ["a", "b"]\n+++\n' : '---\nauthor: Someone\ntags: [a, b]\n---\n';
        const after = analyzed(frontMatter + text, phrases);
        expect(after.stats).toEqual(shiftLines(before.stats, 4));
        expect(after.keyphrases).toEqual(shiftLines(before.keyphrases, 4));
        expect(after.score).toBe(before.score);
        expect(after.checks.map((c) => [c.id, c.passed])).toEqual(before.checks.map((c) => [c.id, c.passed]));
      }),
      PARAMS,
    );
  }, TIMEOUT);
});

/** `value` with every line number in it (`line`, `…Line`, `lines: […]`) moved down by `by`. */
function shiftLines<T>(value: T, by: number, key = ''): T {
  if (typeof value === 'number') return (/(?:^l|L)ines?$/.test(key) ? value + by : value) as T;
  if (Array.isArray(value)) return value.map((v) => shiftLines(v, by, key === 'lines' ? 'line' : '')) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftLines(v, by, k)])) as T;
  }
  return value;
}
