import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyses } from '../src/lsp/analyses.js';
import type { Workspaces } from '../src/lsp/workspace.js';
import { Engine } from '../src/engine/engine.js';

// The scheduler on its own, with documents and an engine it is handed: each analysis waits until
// the test lets it finish, so that what happens when a newer version arrives meanwhile is not a
// matter of timing.
const TEXT = '---\ntitle: Pans\nkeyphrase: pan\n---\n\nA pan lasts for generations when it is seasoned well.\n';

function setup() {
  const docs = new Map<string, TextDocument>();
  const documents = { get: (uri: string) => docs.get(uri), all: () => [...docs.values()] };
  const engine = new Engine({ cwd: '/tmp' });
  const gates: Array<() => void> = [];
  const analyzed: number[] = [];
  // The real engine, each analysis held until the test opens its gate.
  const held = Object.assign(Object.create(engine), {
    async analyze(input: { path: string; text: string }) {
      analyzed.push(input.text.length);
      await new Promise<void>((resolve) => gates.push(resolve));
      return engine.analyze(input);
    },
  }) as Engine;
  const workspaces = { pathOf: (uri: string) => uri.replace('file://', ''), engineFor: () => held } as unknown as Workspaces;
  const published: Array<{ uri: string; version: number | undefined; codes: string[] }> = [];
  const analyses = new Analyses(documents as never, workspaces, {
    debounce: 0,
    publish: (uri, version, diagnostics) => published.push({ uri, version, codes: diagnostics.map((d) => String(d.code)) }),
    log: (m) => {
      throw new Error(m);
    },
  });
  const set = (uri: string, version: number, text: string) => docs.set(uri, TextDocument.create(uri, 'markdown', version, text));
  const tick = () => new Promise((r) => setTimeout(r, 5));
  /** Waits until `n` analyses have started. */
  const started = async (n: number) => {
    for (let i = 0; i < 200 && gates.length < n; i++) await tick();
    expect(gates.length).toBe(n);
  };
  return { docs, analyses, gates, analyzed, published, set, tick, started };
}

describe('the scheduler', () => {
  it('drops the result of an analysis when a newer version arrived while it ran', async () => {
    const { analyses, gates, published, set, tick, started } = setup();
    const uri = 'file:///tmp/a.md';
    set(uri, 1, TEXT);
    analyses.schedule(uri, 0);
    await started(1);
    set(uri, 2, `${TEXT}\nMore about the pan.\n`);
    analyses.schedule(uri, 0);
    gates[0]();
    await started(2);
    await tick();
    expect(published).toEqual([]);
    gates[1]();
    for (let i = 0; i < 100 && published.length === 0; i++) await tick();
    expect(published.map((p) => p.version)).toEqual([2]);
  });

  it('answers a request with the analysis running for that version, not a second one', async () => {
    const { analyses, gates, analyzed, set, started } = setup();
    const uri = 'file:///tmp/a.md';
    set(uri, 1, TEXT);
    analyses.schedule(uri, 0);
    await started(1);
    const request = analyses.current(uri);
    gates[0]();
    const state = await request;
    expect(state?.version).toBe(1);
    expect(state?.report?.keyphrases[0].phrase).toBe('pan');
    expect(analyzed.length).toBe(1);
  });

  it('drops what it began under a configuration that has since changed', async () => {
    const { analyses, gates, published, set, tick, started } = setup();
    const uri = 'file:///tmp/a.md';
    set(uri, 1, TEXT);
    analyses.schedule(uri, 0);
    await started(1);
    analyses.rerunAll();
    gates[0]();
    await started(2);
    await tick();
    expect(published).toEqual([]);
    gates[1]();
    for (let i = 0; i < 100 && published.length === 0; i++) await tick();
    expect(published.map((p) => p.version)).toEqual([1]);
  });

  it('keeps nothing of a closed document, and clears its diagnostics', async () => {
    const { docs, analyses, gates, published, set, tick, started } = setup();
    for (let i = 0; i < 5; i++) set(`file:///tmp/${i}.md`, 1, TEXT);
    for (let i = 0; i < 5; i++) analyses.schedule(`file:///tmp/${i}.md`, 0);
    await started(5);
    for (const g of gates) g();
    for (let i = 0; i < 100 && published.length < 5; i++) await tick();
    expect(analyses.size).toBe(5);
    for (let i = 0; i < 5; i++) {
      docs.delete(`file:///tmp/${i}.md`);
      analyses.close(`file:///tmp/${i}.md`);
    }
    expect(analyses.size).toBe(0);
    expect(published.slice(5)).toEqual([0, 1, 2, 3, 4].map((i) => ({ uri: `file:///tmp/${i}.md`, version: undefined, codes: [] })));
  });
});
