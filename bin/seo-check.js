#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// A reader that stops early (`seo-check … | head`) closes the pipe: end quietly, not with EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
