// The HTML report in a real browser: Debian's Chromium (apt-get install -y chromium), driven by
// playwright-core. Without Chromium these tests are skipped, and say so in their title and output.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import html from '../src/report/html.js';
import { titleFit } from '../src/measure/snippet-width.js';
import { CORPUS, CORPUS_KEYPHRASES, hostileRun, run, SEED, SEED_KEYPHRASES, type Run } from './html-cases.js';
import { isFailure, type FileReport } from './internal.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = fileURLToPath(new URL('./.artifacts/', import.meta.url));
const SKIPPED = HAVE_CHROMIUM ? '' : ` — SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium)`;
if (!HAVE_CHROMIUM) console.warn(`tests/html-browser.test.ts${SKIPPED}`);

// The flags that work on this machine's closed network (no background connections to refuse).
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Watched {
  page: Page;
  /** Console messages of type error, and uncaught errors. */
  errors: string[];
  /** Every console message, to look for the hostile article's sentinel. */
  messages: string[];
  /** URLs the page asked for. */
  requests: string[];
}

/** Writes the report of `r` as a page and opens it, watching what it prints and asks for. */
async function open(context: BrowserContext, r: Run, name: string): Promise<Watched> {
  const dir = mkdtempSync(join(tmpdir(), 'seo-check-html-'));
  const path = join(dir, name);
  writeFileSync(path, html(r.report, { color: false, columns: 80, sources: r.sources }));
  const page = await context.newPage();
  const watched: Watched = { page, errors: [], messages: [], requests: [] };
  page.on('console', (m) => {
    watched.messages.push(m.text());
    if (m.type() === 'error') watched.errors.push(m.text());
  });
  page.on('pageerror', (e) => watched.errors.push(`uncaught: ${e.message}`));
  page.on('request', (q) => watched.requests.push(q.url()));
  // Before any of the page's own code: a record of what its policy refused.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: Array<{ directive: string; disposition: string; sample: string }> };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push({ directive: e.effectiveDirective, disposition: e.disposition, sample: e.sample }));
  });
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  watched.requests = watched.requests.filter((u) => u !== pathToFileURL(path).href);
  return watched;
}

/** How many `mark[data-keyphrase=phrase]` each file's section holds. */
async function markCounts(page: Page, r: Run): Promise<Array<[string, string, number]>> {
  const wanted = r.report.results.flatMap((f, i) => (isFailure(f) ? [] : f.keyphrases.map((k) => [`f${i + 1}`, k.phrase] as [string, string])));
  return page.evaluate((pairs) => pairs.map(([id, phrase]) => [id, phrase, document.querySelectorAll(`#${id} mark[data-keyphrase="${CSS.escape(phrase)}"]`).length] as [string, string, number]), wanted);
}

function expectedCounts(r: Run): Array<[string, string, number]> {
  return r.report.results.flatMap((f, i) => (isFailure(f) ? [] : f.keyphrases.map((k) => [`f${i + 1}`, k.phrase, k.count] as [string, string, number])));
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: Array<{ directive: string; disposition: string; sample: string }> }).__violations);

/** Whether the system's "arial" is Liberation Sans, the metrics measure/snippet-width.ts counts in. */
function arialIsLiberation(): boolean {
  try {
    return /Liberation Sans/.test(execFileSync('fc-match', ['arial'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

describe.skipIf(!HAVE_CHROMIUM)(`the HTML report in headless Chromium${SKIPPED}`, () => {
  let context: BrowserContext;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    // A new, empty profile each run.
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'seo-check-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it('shows the seed and a corpus article with no console error, no request, and one mark per occurrence', async () => {
    const r = await run([SEED, CORPUS], [...SEED_KEYPHRASES, ...CORPUS_KEYPHRASES]);
    const w = await open(context, r, 'report.html');
    expect(w.errors).toEqual([]);
    expect(w.requests).toEqual([]);
    expect(await violations(w.page)).toEqual([]);
    const counts = await markCounts(w.page, r);
    expect(counts).toEqual(expectedCounts(r));
    expect(counts.filter(([, , n]) => n > 0).length).toBeGreaterThanOrEqual(4);
    // Each mark's text, with the pieces that continue it, is the occurrence as the source holds it.
    const seed = r.report.results[0] as FileReport;
    const texts = await w.page.evaluate((phrase) => [...document.querySelectorAll(`#f1 mark[data-keyphrase="${CSS.escape(phrase)}"]`)].map((m) => m.textContent), 'US Russia relations');
    expect(texts).toEqual(seed.keyphrases[1].occurrences.map((o) => o.text));
    expect(texts).toEqual(['U.S.-Russia relations', 'U.S.-Russia relations', 'U.S.-Russia relations', 'US Russia relations']);

    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'html-report.png');
    await w.page.screenshot({ path: shot, fullPage: true });
    console.log(`html report screenshot: ${shot}`);
    await w.page.close();
  }, 60_000);

  it('runs its own script: keyphrase toggles and index sorting', async () => {
    const r = await run([SEED, CORPUS], SEED_KEYPHRASES);
    const { page, errors } = await open(context, r, 'report.html');
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector('#f1 .src mark.k0[data-keyphrase]')!).backgroundColor);
    const shown = await background();
    await page.locator('#f1 input[data-toggle="k0"]').uncheck();
    expect(await page.evaluate(() => document.querySelector('#f1')!.classList.contains('hide-k0'))).toBe(true);
    expect(await background()).not.toBe(shown);
    const scores = () => page.evaluate(() => [...document.querySelectorAll('table.index tbody tr')].map((row) => Number((row as HTMLTableRowElement).cells[1].textContent)));
    await page.locator('table.index button.sort', { hasText: 'Score' }).click();
    const ascending = await scores();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.locator('table.index button.sort', { hasText: 'Score' }).click();
    expect(await scores()).toEqual([...ascending].reverse());
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it.skipIf(!arialIsLiberation())('cuts the snippet title to within 600 px as the browser sets it in Arial 20 px', async () => {
    const r = await run([CORPUS], CORPUS_KEYPHRASES);
    const { page } = await open(context, r, 'snippet.html');
    const title = (r.report.results[0] as FileReport).meta.title!;
    expect(titleFit(title).fits).toBe(false);
    const width = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.serp-title')!);
      return range.getBoundingClientRect().width;
    });
    expect(width).toBeLessThanOrEqual(600);
    expect(width).toBeGreaterThan(500);
    await page.close();
  }, 60_000);

  it('runs nothing of a hostile article, and its policy refuses code injected after load', async () => {
    const r = await hostileRun();
    const w = await open(context, r, 'hostile.html');
    const { page } = w;
    await page.waitForTimeout(200);
    const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    expect(await pwned()).toBeUndefined();
    expect(w.errors).toEqual([]);
    expect(w.requests).toEqual([]);
    expect(await violations(page)).toEqual([]);
    const found = await page.evaluate(() => ({
      scripts: document.scripts.length,
      elements: [...document.querySelectorAll('img, iframe, object, embed, base, form, a[href^="javascript"], meta[http-equiv="refresh"], link')].length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      title: document.title,
    }));
    expect(found).toEqual({ scripts: 1, elements: 0, handlers: [], title: `seo-check: ${(r.report.results[0] as FileReport).file}` });
    expect(await markCounts(page, r)).toEqual(expectedCounts(r));
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'html-hostile.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`hostile article screenshot: ${shot}`);

    // The policy itself, not only the escaping: markup that does get into the page runs nothing.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = "window.__pwned = 'script'; console.error('pwned')";
      document.body.append(script);
      const div = document.createElement('div');
      div.innerHTML = `<img src="x" onerror="window.__pwned='img';console.error('pwned')"><a id="js" href="javascript:window.__pwned='link'">x</a>`;
      document.body.append(div);
      (document.getElementById('js') as HTMLAnchorElement).click();
    });
    await page.waitForTimeout(300);
    expect(await pwned()).toBeUndefined();
    expect(w.messages.filter((m) => m.includes('pwned') && !m.includes('Refused'))).toEqual([]);
    const refused = await violations(page);
    expect(refused.length).toBeGreaterThanOrEqual(3);
    expect(new Set(refused.map((v) => v.disposition))).toEqual(new Set(['enforce']));
    expect(new Set(refused.map((v) => v.directive))).toEqual(new Set(['script-src-elem', 'img-src', 'script-src-attr']));
    await page.close();
  }, 60_000);
});
