// What the HTML report's tests share: reports made as the CLI makes them (`-f json`), the texts
// it read as `sources`, and a hostile article.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES, runCli, tempFiles } from './helpers.js';
import { isFailure, type RunReport } from './internal.js';
import { normalizeText } from '../src/parse/lines.js';

export const SEED = 'trump-putin-meeting.md';
export const SEED_KEYPHRASES = ['Trump Putin meeting', 'US Russia relations'];
export const CORPUS = 'corpus/2019-03-05-the-us-data-federation.md';
export const CORPUS_KEYPHRASES = ['data federation', 'government'];

export interface Run {
  report: RunReport;
  sources: Map<string, string>;
}

/** The CLI's JSON report for `files` (relative to `cwd`), and each readable file's text as the report counts in it. */
export async function run(files: string[], keyphrases: string[], cwd = FIXTURES, extra: string[] = []): Promise<Run> {
  const args = [...files, ...keyphrases.flatMap((k) => ['-k', k]), '--no-config', ...extra, '-f', 'json'];
  const { stdout } = await runCli(args, { cwd });
  const report = JSON.parse(stdout) as RunReport;
  const sources = new Map<string, string>();
  for (const r of report.results) if (!isFailure(r)) sources.set(r.file, normalizeText(readFileSync(resolve(cwd, r.file), 'utf8')));
  return { report, sources };
}

/**
 * An article that tries every way to run code in a page that shows it: the sentinel is
 * `window.__pwned` being set or `console.error('pwned')` being called. Its keyphrase and its file
 * name try too; the `</mark>` in the heading tries to close the mark it is shown in.
 */
export const HOSTILE_KEYPHRASE = '</mark><script>window.__pwned=1</script> hostile page';
export const HOSTILE_FILE = `"><img src=x onerror="window.__pwned=2">.md`;
export const HOSTILE_TEXT = `---
title: "<script>window.__pwned=3;console.error('pwned')</script> A hostile page title"
description: "<img src=x onerror=\\"window.__pwned=4\\"> A hostile page description, \\" onmouseover=\\"window.__pwned=5"
slug: "\\"><script>window.__pwned=6</script>"
---
# The hostile page </mark><script>window.__pwned=7;console.error('pwned')</script> heading

<script>window.__pwned = 8; console.error('pwned');</script>

A hostile page paragraph with <img src="x" onerror="window.__pwned=9;console.error('pwned')"> an image
and <svg onload="window.__pwned=10"><script>window.__pwned=11</script></svg> inline.

[A hostile page link](javascript:window.__pwned=12) and <a href="javascript:window.__pwned=13">another hostile page link</a>.

<iframe srcdoc="<script>parent.__pwned=14</script>"></iframe>
<style>body { display: none }</style>
<meta http-equiv="refresh" content="0; url=javascript:window.__pwned=15">
<base href="javascript:window.__pwned=16//">

A sentence with a bidirectional override \u202e here and </span></div></mark>&lt;b&gt; closers about the hostile page.
`;

/** The hostile article's report and source, from a temporary folder. */
export async function hostileRun(): Promise<Run> {
  const { dir, file } = tempFiles('html-hostile');
  file(HOSTILE_TEXT, HOSTILE_FILE);
  return run([HOSTILE_FILE], [HOSTILE_KEYPHRASE, 'hostile page'], dir);
}

/** Each keyphrase's `count`, per file. */
export function counts(report: RunReport): Array<{ file: string; phrase: string; count: number; occurrences: number }> {
  return report.results.flatMap((r) => (isFailure(r) ? [] : r.keyphrases.map((k) => ({ file: r.file, phrase: k.phrase, count: k.count, occurrences: k.occurrences.length }))));
}

/** An element of the page as the tests read it. */
export interface El {
  tag: string;
  attrs: Map<string, string>;
  children: Array<El | string>;
}

const VOID = new Set(['meta', 'input', 'br', 'link', 'img']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]);
}

/**
 * Reads the formatter's own output into a tree, and throws where an element is closed that is
 * not the one open: a reader for this page only, whose attribute values hold no `<` or `>` (they
 * are escaped) and whose only raw text is its one <style> and one <script>.
 */
export function parsePage(html: string): { root: El; style: string[]; script: string[] } {
  const style: string[] = [];
  const script: string[] = [];
  const rest = html
    .replace(/<!DOCTYPE html>/, '')
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => (style.push(css), '<style></style>'))
    .replace(/<script>([\s\S]*?)<\/script>/g, (_, js: string) => (script.push(js), '<script></script>'));
  const root: El = { tag: '#root', attrs: new Map(), children: [] };
  const stack = [root];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:="[^"<>]*")?)*)\s*(\/?)>/g;
  let at = 0;
  for (let m = tag.exec(rest); m !== null; m = tag.exec(rest)) {
    const text = rest.slice(at, m.index);
    if (text.includes('<') || text.includes('>')) throw new Error(`raw < or > in text: ${JSON.stringify(text.slice(0, 80))}`);
    if (text !== '') stack[stack.length - 1].children.push(unescapeHtml(text));
    at = m.index + m[0].length;
    const [, closing, name, attrText, selfClosing] = m;
    if (closing === '/') {
      const open = stack.pop()!;
      if (open.tag !== name) throw new Error(`</${name}> closes <${open.tag}>`);
      continue;
    }
    const attrs = new Map<string, string>();
    for (const a of attrText.matchAll(/([a-zA-Z][a-zA-Z0-9-]*)(?:="([^"]*)")?/g)) attrs.set(a[1], unescapeHtml(a[2] ?? ''));
    const el: El = { tag: name, attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    if (selfClosing !== '/' && !VOID.has(name)) stack.push(el);
  }
  const tail = rest.slice(at);
  if (tail.includes('<') || tail.includes('>')) throw new Error(`raw < or > in text: ${JSON.stringify(tail.slice(0, 80))}`);
  if (tail !== '') root.children.push(unescapeHtml(tail));
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].tag}>`);
  return { root, style, script };
}

/** Every element under `el`, in document order, that `test` accepts. */
export function findAll(el: El, test: (e: El) => boolean): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (test(c)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function textOf(el: El): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

export const hasClass = (name: string) => (e: El) => (e.attrs.get('class') ?? '').split(' ').includes(name);
