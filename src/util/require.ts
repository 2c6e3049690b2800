import { createRequire } from 'node:module';

let made: NodeRequire | undefined;

/**
 * `require(id)` from this package (dist/), for the packages and built chunks loaded only when a
 * run needs them (stopword's lists, yaml, smol-toml, a stemmer). Its require is made on first
 * use: making it parses a file URL, whose first use costs a run ~1 ms. The bundle
 * (scripts/bundle.mjs) puts its own require in its place.
 */
export function requireHere(id: string): unknown {
  made ??= createRequire(import.meta.url);
  return made(id);
}
