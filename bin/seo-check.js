#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), not an ES module: Node's ES module loader costs a run ~5 ms to start.
const { loadBundle } = require('./load-bundle.js');

const { main } = loadBundle().exports;

// A reader that stops early (`seo-check … | head`) closes the pipe: end quietly, not with EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

// `--watch` runs until stopped: Ctrl-C and SIGTERM abort this signal, and the watch closes its
// watchers and ends with exit code 0. The handlers are there only for a watch (any other run
// stops at once, as Node stops it), and once each: a second Ctrl-C ends the process outright.
const stop = new AbortController();
if (process.argv.includes('--watch')) for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop.abort());

main({
  argv: process.argv.slice(2),
  signal: stop.signal,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bug is still one line for the user; the stack is there for whoever debugs it.
    const detail = process.env.SEO_CHECK_DEBUG ? `\n${error?.stack ?? error}` : ' (SEO_CHECK_DEBUG=1 shows the stack)';
    process.stderr.write(`seo-check: internal error: ${error?.message ?? error}${detail}\n`);
    process.exitCode = 2;
  },
);
