import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer, decodeArticle, isFailure, type FileReport, type FileResult } from '../src/index.js';
import json from '../src/report/json.js';
import { summarize } from '../src/report/summary.js';
import { LineIndex, normalizeText } from '../src/parse/lines.js';
import { article, body, keyphrase } from './arbitraries.js';
import { schemaErrors } from './schema.js';

// `npm test` runs a bounded, reproducible sample; `npm run fuzz` sets FUZZ_RUNS (and FUZZ_SEED to
// replay a failure that fast-check reported).
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const PARAMS = { numRuns: RUNS, seed: SEED };
const TIMEOUT = Math.max(20_000, RUNS * 200);

const input = fc.record({ text: article, phrases: fc.array(keyphrase, { minLength: 1, maxLength: 3 }) });

function analyze(text: string, phrases: string[]): FileResult {
  return new Analyzer({ keyphrases: phrases }).analyze(text, 'posts/2024-01-02-red-fox.md');
}

function analyzed(text: string, phrases: string[]): FileReport {
  const r = analyze(text, phrases);
  if (isFailure(r)) throw new Error(`not analysed: ${r.error}`);
  return r;
}

function toJson(results: FileResult[]): string {
  return json({ tool: { name: 'seo-check', version: '0.0.0' }, summary: summarize(results), results }, { color: false, columns: 100 });
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

  it('places every occurrence at source text that normalises to the keyphrase', () => {
    fc.assert(
      fc.property(input, ({ text, phrases }) => {
        const r = analyzed(text, phrases);
        const lines = new LineIndex(normalizeText(text));
        for (const k of r.keyphrases) {
          for (const o of k.occurrences) {
            const start = lines.starts[o.line - 1] + o.column - 1;
            // The occurrence's text is the source from there, white space runs shown as one space.
            let slice = '';
            for (let i = start; slice.replace(/\s+/g, ' ').length < o.text.length && i < lines.text.length; i++) slice += lines.text[i];
            expect(slice.replace(/\s+/g, ' ')).toBe(o.text);
            if (slice.includes('](')) continue; // spans a link's destination: see the it.fails below
            // Read on its own, with the project's tokenizer and folding, the slice is one whole match.
            const alone = analyzed(slice, [k.phrase]).keyphrases[0];
            expect(alone.occurrences).toEqual([{ line: 1, column: 1, text: o.text }]);
          }
        }
      }),
      PARAMS,
    );
  }, TIMEOUT);

  // Bug (src/measure/keyphrase.ts, matching): an occurrence that runs out of a link's text takes
  // the link's destination into its `text`, so the writer is shown "red](https://x.y) fox".
  it.fails('shows an occurrence across a link as the words a reader sees', () => {
    const r = analyzed('A [red](https://example.com/x) fox ran.\n', ['red fox']);
    expect(r.keyphrases[0].occurrences).toEqual([{ line: 1, column: 4, text: 'red fox' }]);
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
    const withBody = fc.record({ text: body, phrases: fc.array(keyphrase, { minLength: 1, maxLength: 3 }) });
    fc.assert(
      fc.property(withBody, ({ text, phrases }) => {
        fc.pre(!text.startsWith('---') && !text.startsWith('+++'));
        const before = analyzed(text, phrases);
        const after = analyzed(`---\nauthor: Someone\ntags: [a, b]\n---\n${text}`, phrases);
        const shift = 4;
        expect(after.stats.words).toBe(before.stats.words);
        expect(after.stats.sentences).toBe(before.stats.sentences);
        expect(after.stats.headings).toEqual(before.stats.headings.map((h) => ({ ...h, line: h.line + shift })));
        expect(after.score).toBe(before.score);
        expect(after.keyphrases).toEqual(
          before.keyphrases.map((k) => ({ ...k, occurrences: k.occurrences.map((o) => ({ ...o, line: o.line + shift })) })),
        );
      }),
      PARAMS,
    );
  }, TIMEOUT);
});
