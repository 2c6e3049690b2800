#!/usr/bin/env node
/**
 * The language server's latency and memory (issue 17), over stdio as an editor drives it, with
 * vscode-jsonrpc as the client. Run after `npm run build`:
 *
 *   node scripts/bench-lsp.mjs [--edits=50] [--documents=1000]
 *
 * - latency: the time from sending `didChange` (one character typed into a 10 KB article,
 *   fixtures/corpus/11years.md with a keyphrase, then taken out again) to receiving its
 *   `publishDiagnostics`, the median of 50 edits 100 ms apart (--gap): once with no debounce
 *   (initializationOptions.debounce = 0: the server's own work, round trip included) and once
 *   with the default 150 ms debounce. Beside it: the same texts analysed by the engine in this
 *   process (what the server adds is the difference), and the server's CPU time per edit (from
 *   /proc: what it costs whatever the wait to be scheduled on a busy machine).
 * - memory: the server's RSS (VmRSS of /proc/<pid>/status) after 1 000 edits of different
 *   documents (each a new document with words of its own, opened, edited, closed; ten open at a
 *   time), against its RSS after the first 10.
 *
 * Figures are medians; the machine is shared and noisy, so compare within one run.
 *
 *   node scripts/bench-lsp.mjs --in-process          the server in this process: its own cost per edit
 *   node --expose-gc scripts/bench-lsp.mjs --heap    the heap after GC as documents come and go
 *                                                    (--distinct=0: the same words in every one)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'seo-check.js');
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const EDITS = arg('edits', 50);
const DOCUMENTS = arg('documents', 1000);
// With a keyphrase, as an article being written has: the keyphrase checks run too.
const ARTICLE = readFileSync(join(ROOT, 'fixtures', 'corpus', '11years.md'), 'utf8').replace('---\n', '---\nkeyphrase: Go modules\n');
const { Engine } = await import(pathToFileURL(join(ROOT, 'dist', 'engine', 'engine.js')).href);

const GAP = arg('gap', 100);

function editedText(lines, line, replaced) {
  const copy = [...lines];
  copy[line] = replaced;
  return copy.join('\n');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function startServer(debounce) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const flags = process.env.SEO_CHECK_LSP_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SEO_CHECK_LSP_PROFILE}`] : [];
  const child = spawn(process.execPath, [...flags, BIN, 'lsp', '--stdio'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}#${p.version}`;
    waiting.get(key)?.(performance.now());
    waiting.delete(key);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const root = pathToFileURL(join(ROOT, 'fixtures')).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'fixtures' }], capabilities: {}, initializationOptions: { debounce } });
  await connection.sendNotification('initialized', {});
  return {
    child,
    connection,
    /** Resolves at the moment the diagnostics of `uri` at `version` arrive. */
    published: (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve)),
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((r) => child.on('exit', r));
      connection.dispose();
    },
  };
}

/** CPU time the process has used (user + system), in ms: what it cost, whatever the wait to be scheduled. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function rssMB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

/**
 * Types a character into the article's body and takes it out again, edit after edit; then
 * analyses the same texts in this process with the engine (no protocol, no server).
 */
async function latency(debounce) {
  const server = await startServer(debounce);
  const path = join(ROOT, 'fixtures', 'corpus', 'bench-11years.md');
  const uri = pathToFileURL(path).href;
  const engine = new Engine({ cwd: join(ROOT, 'fixtures') });
  const lines = ARTICLE.split('\n');
  const inProcess = [];
  const texts = [];
  const opened = server.published(uri, 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: ARTICLE } });
  await opened;
  const line = lines.findIndex((l, i) => i > 10 && l.length > 40);
  const original = lines[line];
  const times = [];
  let cpuBefore = 0;
  // A few edits first: the JIT warms up as it would in an editor after the first minutes.
  for (let v = 2; v < 2 + EDITS + 5; v++) {
    const typed = v % 2 === 0;
    const change = typed
      ? { range: { start: { line, character: 5 }, end: { line, character: 5 } }, text: 'x' }
      : { range: { start: { line, character: 5 }, end: { line, character: 6 } }, text: '' };
    if (v === 7) cpuBefore = cpuMs(server.child.pid);
    const done = server.published(uri, v);
    const sent = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    const at = await done;
    if (v >= 7) times.push(at - sent);
    texts.push(editedText(lines, line, typed ? `${original.slice(0, 5)}x${original.slice(5)}` : original));
    // A writer's pause between keys: the server (and its GC and compiler threads) settle, as they would.
    await new Promise((r) => setTimeout(r, GAP));
  }
  const cpuPerEdit = (cpuMs(server.child.pid) - cpuBefore) / times.length;
  await server.stop();
  // The same texts through the engine in this process, after the server is gone.
  for (let i = 0; i < texts.length; i++) {
    const started = performance.now();
    await engine.analyze({ path, text: texts[i] });
    if (i >= 5) inProcess.push(performance.now() - started);
  }
  return { median: median(times), p90: quantile(times, 0.9), engine: median(inProcess), cpuPerEdit };
}

const DISTINCT = arg('distinct', 1) !== 0;

/**
 * Words no other document has, so that every document adds to the engine's word tables (with
 * --distinct=0, the same words in every document: what the server itself keeps, without them).
 */
function documentText(i) {
  // The slug would come from the file's name, new for each document: the front matter names one.
  if (!DISTINCT) return ARTICLE.replace('---\n', '---\nslug: bench-article\n');
  const own = Array.from({ length: 40 }, (_, k) => `w${i.toString(36)}q${k.toString(36)}z`).join(' ');
  return ARTICLE.replace('Today we celebrate', `Today ${own} we celebrate`);
}

async function memory() {
  const server = await startServer(0);
  const open = [];
  let afterTen = 0;
  const series = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const uri = pathToFileURL(join(ROOT, 'fixtures', 'corpus', `bench-doc-${i}.md`)).href;
    const text = documentText(i);
    const first = server.published(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await first;
    const edited = server.published(uri, 2);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }, { text: `${text}\nOne more line ${i}.\n` }] });
    await edited;
    open.push(uri);
    if (open.length > 10) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: open.shift() } });
    if (i === 9) afterTen = rssMB(server.child.pid);
    if ((i + 1) % 250 === 0) series.push(Math.round(rssMB(server.child.pid)));
  }
  const after = rssMB(server.child.pid);
  await server.stop();
  return { afterTen, after, series };
}

/**
 * The server in this process (its `startServer`, over a pair of in-memory streams), so that the
 * JavaScript heap can be measured after a full garbage collection: RSS also holds garbage not
 * yet collected and memory V8 keeps for later, so a leak shows better here. Needs --expose-gc.
 */
async function inMemoryServer() {
  const { PassThrough } = await import('node:stream');
  const { createConnection } = await import('vscode-languageserver/node');
  const { startServer } = await import(pathToFileURL(join(ROOT, 'dist', 'lsp', 'server.js')).href);
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  startServer(createConnection(toServer, fromServer), ROOT);
  const connection = createMessageConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}#${p.version}`;
    waiting.get(key)?.(performance.now());
    waiting.delete(key);
  });
  connection.listen();
  const root = pathToFileURL(join(ROOT, 'fixtures')).href;
  await connection.sendRequest('initialize', { processId: null, rootUri: root, capabilities: {}, initializationOptions: { debounce: 0 } });
  await connection.sendNotification('initialized', {});
  const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve));
  return { connection, published };
}

/**
 * didChange → publishDiagnostics with the server in this process (no debounce, no pipes, no
 * second process to wake), each edit followed by the engine alone on the same text: the
 * server's own cost is the difference, measured in the same moments.
 */
async function inProcessLatency() {
  const { connection, published } = await inMemoryServer();
  const path = join(ROOT, 'fixtures', 'corpus', 'bench-in-process.md');
  const uri = pathToFileURL(path).href;
  const engine = new Engine({ cwd: join(ROOT, 'fixtures') });
  const lines = ARTICLE.split('\n');
  const line = lines.findIndex((l, i) => i > 10 && l.length > 40);
  const original = lines[line];
  const opened = published(uri, 1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: ARTICLE } });
  await opened;
  const server = [];
  const alone = [];
  // Each edit puts a letter at column 5 in place of the last one, the server one letter and the
  // engine alone another, so that neither analyses a text the other has just seen (the engine
  // keeps what it learnt of a text's words; a text seen twice is cheaper the second time).
  for (let v = 2; v < 2 + EDITS + 10; v++) {
    const letter = (k) => String.fromCharCode(97 + (k % 26));
    const change = { range: { start: { line, character: 5 }, end: { line, character: v === 2 ? 5 : 6 } }, text: letter(2 * v) };
    const done = published(uri, v);
    const sent = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    const at = await done;
    const started = performance.now();
    await engine.analyze({ path, text: editedText(lines, line, `${original.slice(0, 5)}${letter(2 * v + 1)}${original.slice(5)}`) });
    if (v >= 12) {
      server.push(at - sent);
      alone.push(performance.now() - started);
    }
  }
  return { server: median(server), engine: median(alone), overhead: median(server.map((t, i) => t - alone[i])) };
}

async function heapAfterGc() {
  const { connection, published } = await inMemoryServer();
  const heap = () => {
    globalThis.gc();
    globalThis.gc();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  const series = [];
  const open = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const uri = pathToFileURL(join(ROOT, 'fixtures', 'corpus', `heap-doc-${i}.md`)).href;
    const text = documentText(i);
    const first = published(uri, 1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await first;
    const edited = published(uri, 2);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}\nOne more line${DISTINCT ? ` ${i}` : ''}.\n` }] });
    await edited;
    open.push(uri);
    if (open.length > 10) await connection.sendNotification('textDocument/didClose', { textDocument: { uri: open.shift() } });
    if (i === 9 || (i + 1) % 250 === 0) series.push(Math.round(heap() * 10) / 10);
  }
  return series;
}

if (process.argv.includes('--in-process')) {
  const r = await inProcessLatency();
  console.log(`didChange → publishDiagnostics, server in this process, no debounce: median ${r.server.toFixed(2)} ms; the engine alone on the same texts: ${r.engine.toFixed(2)} ms; the server's part (median of the differences): ${r.overhead.toFixed(2)} ms`);
  process.exit(0);
}

if (process.argv.includes('--heap')) {
  if (typeof globalThis.gc !== 'function') throw new Error('--heap needs node --expose-gc');
  const series = await heapAfterGc();
  console.log(`heap after GC, server in process, ${DOCUMENTS} documents${DISTINCT ? ' with words of their own' : ', the same words'}: after 10 ${series[0]} MB; every 250: ${series.slice(1).join(', ')} MB`);
  process.exit(0);
}

console.log(`seo-check lsp: ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}, load ${loadavg()[0].toFixed(1)}`);
const raw = await latency(0);
console.log(`didChange → publishDiagnostics, 10 KB article, no debounce: median ${raw.median.toFixed(2)} ms, p90 ${raw.p90.toFixed(2)} ms (${EDITS} edits); the engine alone, in process: ${raw.engine.toFixed(2)} ms; the server's CPU time per edit: ${raw.cpuPerEdit.toFixed(2)} ms`);
const debounced = await latency(150);
console.log(`  with the 150 ms debounce: median ${debounced.median.toFixed(1)} ms, ${(debounced.median - 150).toFixed(2)} ms beyond it, p90 ${debounced.p90.toFixed(1)} ms; the engine alone: ${debounced.engine.toFixed(2)} ms`);
const mem = await memory();
console.log(`RSS after ${DOCUMENTS} edits of different documents (10 open at a time): ${mem.after.toFixed(1)} MB (after the first 10: ${mem.afterTen.toFixed(1)} MB; every 250: ${mem.series.join(', ')} MB)`);
console.log(JSON.stringify({ noDebounce: raw, debounced, rssMB: mem }));
