#!/usr/bin/env node
/**
 * Runs the CLI from dist/'s modules instead of the bundle bin/seo-check.js loads, for profiles
 * by source module: a CPU profile of the bundle names one file (and no module, the bundle being
 * built without comments). Same arguments and output as the command.
 *
 *   SEO_CHECK_THREADS=1 node --cpu-prof --cpu-prof-dir=prof scripts/run-dist.mjs ARTICLES… -f json > /dev/null
 *   node scripts/profile-summary.mjs prof
 */
const { main } = await import(new URL('../dist/cli/main.js', import.meta.url).href);
process.exitCode = await main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
