#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), not an ES module: Node's ES module loader costs a run ~5 ms to start.
const { loadBundle } = require('./load-bundle.js');

const { main } = loadBundle().exports;

/**
 * process.stdout or process.stderr, made when first used: Node makes a stream object for a
 * standard stream the first time it is read, loading net (a pipe, a terminal) or fs streams for
 * it, ~5 ms; a run that writes nothing on stderr never makes one.
 */
function onFirstUse(name) {
  let stream;
  const real = () => {
    if (stream === undefined) {
      stream = process[name];
      // A reader that stops early (`seo-check … | head`) closes the pipe: end quietly, not with EPIPE.
      stream.on('error', (error) => {
        if (error.code !== 'EPIPE') throw error;
      });
    }
    return stream;
  };
  return {
    write: (chunk, callback) => real().write(chunk, callback),
    get isTTY() {
      return real().isTTY;
    },
    get columns() {
      return real().columns;
    },
  };
}

// `--watch` runs until stopped: Ctrl-C and SIGTERM abort this signal, and the watch closes its
// watchers and ends with exit code 0. The handlers are there only for a watch (any other run
// stops at once, as Node stops it), and once each: a second Ctrl-C ends the process outright.
const stop = new AbortController();
if (process.argv.includes('--watch')) for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop.abort());

const stdout = onFirstUse('stdout');
const stderr = onFirstUse('stderr');

main({
  argv: process.argv.slice(2),
  signal: stop.signal,
  stdout,
  stderr,
  // Read only for `-`.
  stdin: {
    [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
    get isTTY() {
      return process.stdin.isTTY;
    },
  },
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bug is still one line for the user; the stack is there for whoever debugs it.
    const detail = process.env.SEO_CHECK_DEBUG ? `\n${error?.stack ?? error}` : ' (SEO_CHECK_DEBUG=1 shows the stack)';
    // Through the same stream as the run's own messages: its EPIPE handler is the one that counts.
    stderr.write(`seo-check: internal error: ${error?.message ?? error}${detail}\n`);
    process.exitCode = 2;
  },
);
