// `npm pack` and `npm publish` run this around making the tarball (package.json: prepack and
// postpack). `prepare` builds a git clone or a git install, which has no dist/; a tarball has
// dist/ already and never builds, but npm (11.16 and later) still lists a tarball's `prepare` as
// an install script "not yet covered by allowScripts" on every install. So the package.json that
// goes in the tarball has no `prepare`:
//
//   node scripts/pack-manifest.mjs prepack   builds (unless SEO_CHECK_BUILT=1: the caller built
//                                            just now), then writes package.json without prepare
//   node scripts/pack-manifest.mjs postpack  puts the package.json of the repository back
//
// The repository's package.json waits in package.json.packing meanwhile; an interrupted pack
// leaves it there, and the next prepack or postpack puts it back first.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const manifest = new URL('package.json', root);
const kept = new URL('package.json.packing', root);

function restore() {
  if (existsSync(kept)) renameSync(kept, manifest);
}

const step = process.argv[2];
if (step === 'prepack') {
  restore();
  if (process.env.SEO_CHECK_BUILT !== '1') execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  delete pkg.scripts.prepare;
  writeFileSync(kept, text);
  // Written aside and renamed: whoever reads package.json meanwhile reads a whole file.
  writeFileSync(new URL('package.json.next', root), `${JSON.stringify(pkg, null, 2)}\n`);
  renameSync(new URL('package.json.next', root), manifest);
} else if (step === 'postpack') {
  restore();
} else {
  throw new Error(`usage: node scripts/pack-manifest.mjs prepack|postpack (not ${step})`);
}
