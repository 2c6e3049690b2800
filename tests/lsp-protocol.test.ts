import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { change, fileUri, initialize, open, startServer, type Published, type Server } from './lsp/client.js';

// The server as editors run it (bin/, built by `npm test`), spoken to over its standard input
// and output with vscode-jsonrpc.
const FIXTURE = readFileSync(fileURLToPath(new URL('../fixtures/lsp/cast-iron.md', import.meta.url)), 'utf8');

let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'seo-check-lsp-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function server(dir: string, options: { debounce?: number; watch?: boolean } = {}): Promise<Server> {
  const s = startServer(dir);
  servers.push(s);
  await initialize(s, dir, options);
  return s;
}

/** Opens a document and waits for its first diagnostics. */
async function opened(s: Server, uri: string, text: string, languageId = 'markdown'): Promise<Published> {
  const first = s.next(uri);
  await open(s, uri, text, 1, languageId);
  return first;
}

const codes = (p: Published) => p.diagnostics.map((d) => d.code);
const ranges = (p: Published) => p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);

describe('diagnostics in the client\'s text', () => {
  it('are the same in a CRLF document with a byte-order mark, line 1 moved by the mark', async () => {
    const dir = folder();
    const s = await server(dir);
    const lf = await opened(s, fileUri(join(dir, 'lf.md')), FIXTURE);
    const crlfText = `\uFEFF${FIXTURE.replace(/\n/g, '\r\n')}`;
    const crlf = await opened(s, fileUri(join(dir, 'crlf.md')), crlfText);
    const shifted = ranges(lf).map(([code, l1, c1, l2, c2]) => [code, l1, l1 === 0 ? (c1 as number) + 1 : c1, l2, l2 === 0 ? (c2 as number) + 1 : c2]);
    expect(ranges(crlf)).toEqual(shifted);
    expect(ranges(lf).slice(0, 3)).toEqual([
      ['keyphrase-density', 0, 0, 0, 3],
      ['keyphrase-in-slug', 0, 0, 0, 3],
      ['title-length', 1, 0, 1, 32],
    ]);
    // Each range covers the same text in both documents.
    const crlfDoc = TextDocument.create('x', 'markdown', 1, crlfText);
    const lfDoc = TextDocument.create('x', 'markdown', 1, FIXTURE);
    expect(crlf.diagnostics.map((d) => crlfDoc.getText(d.range))).toEqual(lf.diagnostics.map((d) => lfDoc.getText(d.range)));
    const highlight = (uri: string) => s.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri }, position: { line: 8, character: 5 } });
    const [a, b] = (await Promise.all([highlight(fileUri(join(dir, 'lf.md'))), highlight(fileUri(join(dir, 'crlf.md')))])) as any[];
    expect(b).toEqual(a);
    expect(a.map((h: any) => lfDoc.getText(h.range))).toEqual(['cast iron pan', 'cast iron pan', 'cast iron pan', 'cast iron pan']);
  });

  it('are one diagnostic for a document that cannot be analysed, and none for one that is not Markdown', async () => {
    const dir = folder();
    const s = await server(dir);
    const empty = await opened(s, fileUri(join(dir, 'empty.md')), '\n\n');
    expect(empty.diagnostics.map((d) => [d.message, d.range.start.line, d.severity])).toEqual([['file is empty', 0, 1]]);
    const js = await opened(s, fileUri(join(dir, 'a.js')), 'const x = 1;\n', 'javascript');
    expect(js.diagnostics).toEqual([]);
    const deep = `${'>'.repeat(200)} deep\n`;
    const failure = await opened(s, fileUri(join(dir, 'deep.md')), `# Title\n\n${deep}`);
    expect(failure.diagnostics.length).toBe(1);
    expect(failure.diagnostics[0].message).toMatch(/nested too deeply on line 3/);
    expect(failure.diagnostics[0].range.start.line).toBe(2);
  });

  it('are one diagnostic for a document over the size limit, which is not analysed', async () => {
    const dir = folder();
    const s = await server(dir);
    const huge = `# Big\n\n${'word '.repeat(4_300_000)}\n`;
    const p = await opened(s, fileUri(join(dir, 'huge.md')), huge);
    expect(p.diagnostics.map((d) => [d.code, d.message])).toEqual([['max-size', 'Not analysed: the document is 20.5 MB, over the 20 MB limit']]);
    const lens = await s.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: fileUri(join(dir, 'huge.md')) } });
    expect(lens).toEqual([]);
  }, 30_000);

  it('are cleared when the document closes', async () => {
    const dir = folder();
    const s = await server(dir);
    const uri = fileUri(join(dir, 'a.md'));
    await opened(s, uri, FIXTURE);
    const cleared = s.next(uri);
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect((await cleared).diagnostics).toEqual([]);
  });
});

describe('edits', () => {
  it('do not delay an opened document: it is analysed at once, whatever the debounce', async () => {
    const dir = folder();
    const s = await server(dir, { debounce: 60_000 });
    const uri = fileUri(join(dir, 'a.md'));
    const first = s.next(uri, () => true, 5000);
    await open(s, uri, FIXTURE);
    expect(codes(await first)).toContain('image-alt');
    // An edit waits for the (here very long) debounce; a request does not wait for it.
    await change(s, uri, FIXTURE.replace('![](pan.jpg)', '![A pan](pan.jpg)'), 2);
    const actions: any[] = await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 15, character: 0 }, end: { line: 15, character: 0 } }, context: { diagnostics: [] } });
    expect(actions.map((a) => a.title)).not.toContain('Disable image-alt for this line');
    expect(s.published.at(-1)?.version).toBe(2);
  });

  it('twenty a second are analysed once, after the burst; only the newest version is published', async () => {
    const dir = folder();
    const s = await server(dir);
    const uri = fileUri(join(dir, 'a.md'));
    await opened(s, uri, FIXTURE);
    const last = s.next(uri, (p) => p.version === 21);
    let hover: Promise<unknown> | undefined;
    for (let v = 2; v <= 21; v++) {
      await change(s, uri, `${FIXTURE}\n${'More words about pans. '.repeat(v)}\n`, v);
      // A request in the middle of the burst is answered, for the version it was asked about.
      if (v === 10) hover = s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 16 } });
      await new Promise((r) => setTimeout(r, 50));
    }
    const final = await last;
    expect(((await hover) as any).contents.value).toMatch(/count: 4 in 125 words/);
    const content = final.diagnostics.find((d) => d.code === 'content-length');
    // 85 words, and 21 repetitions of four more.
    expect(content?.message).toMatch(/^The text has 169 words/);
    const versions = s.published.filter((p) => p.uri === uri).map((p) => p.version);
    expect(versions[0]).toBe(1);
    expect(versions.at(-1)).toBe(21);
    // The open, the hover's version, the last: never one per edit, never an older after a newer.
    expect(versions.length).toBeLessThanOrEqual(4);
    expect([...versions].sort((a, b) => a! - b!)).toEqual(versions);
  });

  it('sent back to back are analysed once, for the newest version', async () => {
    const dir = folder();
    // A debounce longer than the burst takes, even on a busy machine: the burst is one analysis.
    const s = await server(dir, { debounce: 1000 });
    const uri = fileUri(join(dir, 'a.md'));
    await opened(s, uri, FIXTURE);
    const last = s.next(uri, (p) => p.version === 40);
    await Promise.all(Array.from({ length: 39 }, (_, i) => change(s, uri, `${FIXTURE}\n${'Pans. '.repeat(i + 2)}\n`, i + 2)));
    const final = await last;
    expect(final.diagnostics.find((d) => d.code === 'content-length')?.message).toMatch(/^The text has 125 words/);
    await new Promise((r) => setTimeout(r, 300));
    expect(s.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1, 40]);
  });
});

describe('configuration files', () => {
  it('are watched: a change re-reads them and re-runs open documents', async () => {
    const dir = folder();
    const s = startServer(dir);
    servers.push(s);
    const registered = new Promise<any>((resolve) => s.connection.onRequest('client/registerCapability', (params) => (resolve(params), null)));
    await initialize(s, dir);
    const reg = await registered;
    expect(reg.registrations[0].method).toBe('workspace/didChangeWatchedFiles');
    expect(reg.registrations[0].registerOptions.watchers.map((w: any) => w.globPattern)).toEqual(['**/.seo-checkrc.json', '**/.seo-checkrc.yaml', '**/.seo-checkrc.yml', '**/package.json']);
    const uri = fileUri(join(dir, 'a.md'));
    expect(codes(await opened(s, uri, FIXTURE))).toContain('image-alt');

    const rc = join(dir, '.seo-checkrc.json');
    const notify = (type: number) => s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type }] });
    writeFileSync(rc, JSON.stringify({ rules: { 'image-alt': 'off', 'title-length': ['warning', { min: 10 }] } }));
    let next = s.next(uri);
    await notify(1);
    expect(codes(await next)).toEqual(['keyphrase-density', 'keyphrase-in-slug', 'description-length', 'heading-increment', 'content-length', 'passive-voice', 'links']);

    // An invalid configuration is one diagnostic, not a crash; fixing it brings the findings back.
    writeFileSync(rc, '{"rules": {"image-alt": "sometimes"}}');
    next = s.next(uri);
    await notify(2);
    const bad = await next;
    expect(bad.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['configuration', 0]]);
    expect(bad.diagnostics[0].message).toMatch(/^Configuration: .*\.seo-checkrc\.json: .*image-alt/);
    writeFileSync(rc, '{}');
    next = s.next(uri);
    await notify(2);
    expect(codes(await next)).toContain('image-alt');
  });
});

describe('code actions', () => {
  it('add a keyphrase to an article that has none, then select it through window/showDocument', async () => {
    const dir = folder();
    const s = startServer(dir);
    servers.push(s);
    const shown = new Promise<any>((resolve) => s.connection.onRequest('window/showDocument', (params) => (resolve(params), { success: true })));
    await initialize(s, dir);
    const uri = fileUri(join(dir, 'a.md'));
    const text = '\uFEFF# Seasoning a pan\r\n\r\nA pan lasts for generations.\r\n';
    const first = await opened(s, uri, text);
    expect(codes(first)).toContain('keyphrase-defined');
    const actions: any[] = await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } });
    const add = actions.find((a) => a.title === 'Add a keyphrase to the front matter');
    expect(add.kind).toBe('quickfix');
    expect(add.edit.changes[uri]).toEqual([{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: '---\r\nkeyphrase: ""\r\n---\r\n' }]);
    const edited = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), add.edit.changes[uri]);
    const next = s.next(uri);
    await change(s, uri, edited, 2);
    const after = await next;
    // Still no keyphrase (it is empty), and now the finding points at the line to fill in.
    expect(after.diagnostics.filter((d) => d.code === 'keyphrase-defined').map((d) => d.range.start.line)).toEqual([1]);
    await s.connection.sendRequest('workspace/executeCommand', add.command);
    expect(await shown).toEqual({ uri, selection: { start: { line: 1, character: 12 }, end: { line: 1, character: 12 } }, takeFocus: true });
  });

  it("declare the configuration's keyphrase in an article's front matter", async () => {
    const dir = folder({ '.seo-checkrc.json': '{"keyphrases": ["cast iron pan"]}' });
    const s = await server(dir);
    const uri = fileUri(join(dir, 'a.md'));
    const text = FIXTURE.replace('keyphrase: cast iron pan\n', '');
    await opened(s, uri, text);
    const actions: any[] = await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: [], only: ['source'] } });
    expect(actions.map((a) => [a.title, a.kind, a.edit.changes[uri][0].newText])).toEqual([['Declare the keyphrase "cast iron pan" in the front matter', 'source', 'keyphrase: "cast iron pan"\n']]);
  });
});

describe('a client that misbehaves', () => {
  it('survives malformed messages, unknown methods and bad params', async () => {
    const dir = folder();
    const s = await server(dir);
    const uri = fileUri(join(dir, 'a.md'));
    await opened(s, uri, FIXTURE);
    const raw = (body: string) => s.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    raw('{not json');
    raw('{"jsonrpc": "2.0", "id": 99, "method": 12}');
    raw('[]');
    await expect(s.connection.sendRequest('seo-check/nothing', {})).rejects.toMatchObject({ code: -32601 });
    await expect(s.connection.sendRequest('textDocument/hover', {})).rejects.toMatchObject({ code: -32602 });
    await expect(s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: 'everywhere' })).rejects.toMatchObject({ code: -32602 });
    await expect(s.connection.sendRequest('workspace/executeCommand', { command: 'seo-check.select', arguments: [] })).rejects.toMatchObject({ code: -32602 });
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.md', version: 3 }, contentChanges: [{ text: 'x' }] });
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 42 } });
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(join(dir, 'b.md')), languageId: 'markdown', text: '# B\n' } });
    // Past the debounce, so that what those left to do later has run.
    await new Promise((r) => setTimeout(r, 400));
    // Still answering, with the document's analysis.
    const hover: any = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 16 } });
    expect(hover.contents.value).toMatch(/^\*\*"cast iron pan"\*\*/);
    expect(s.child.exitCode).toBeNull();
    expect(s.stderr()).not.toMatch(/error/i);
  });

  it('exits when its standard input closes, 0 after shutdown and 1 without', async () => {
    const dir = folder();
    const a = await server(dir);
    a.child.stdin!.end();
    expect(await a.exited).toBe(1);
    const b = await server(dir);
    await b.connection.sendRequest('shutdown');
    b.child.stdin!.end();
    expect(await b.exited).toBe(0);
  });

  it('exits when the process named as processId ends', async () => {
    const dir = folder();
    const parent = spawn('sleep', ['60']);
    const s = startServer(dir);
    servers.push(s);
    await s.connection.sendRequest('initialize', { processId: parent.pid, rootUri: fileUri(dir), capabilities: {} });
    parent.kill('SIGKILL');
    // The protocol library polls the parent every 3 s.
    expect(await s.exited).toBe(1);
  }, 15_000);

  it('refuses arguments it does not know, and prints usage for --help', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('./lsp/client.js');
    const bad = spawnSync(process.execPath, [BIN, 'lsp', '--tcp'], { encoding: 'utf8' });
    expect([bad.status, bad.stderr]).toEqual([2, "seo-check: lsp: unknown argument '--tcp' (the server speaks over standard input and output: --stdio)\n"]);
    const help = spawnSync(process.execPath, [BIN, 'lsp', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: seo-check lsp \[--stdio\]/);
  });
});
