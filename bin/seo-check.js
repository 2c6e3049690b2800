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

main({
  argv: process.argv.slice(2),
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
