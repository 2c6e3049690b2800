// Loads dist/bundle/seo-check.cjs with V8's code cache (dist/bundle/seo-check.cjs.cache, written by
// `npm run build`), so that a run does not parse and compile the bundle's code again: ~20–60 ms of
// a ~200 ms run (README, Performance). Node 20 has no compile cache of its own. A cache that does
// not fit (another Node version, other V8 flags) is ignored by V8 and the code compiles as usual.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'seo-check.cjs');
const CODE_CACHE = `${BUNDLE}.cache`;

/** The bundle's exports, and the compiled script (to make a code cache from once it has run). */
function loadBundle() {
  // Latin-1: the bundle is ASCII (scripts/bundle.mjs escapes the rest), read as a one-byte string.
  const source = readFileSync(BUNDLE, 'latin1');
  const cachedData = existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  // The same wrapper as Node's own for CommonJS, so that the bundle sees what it would see there.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script };
}

module.exports = { BUNDLE, CODE_CACHE, loadBundle };
