import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { globBase, isAbove, nearestFolder, planTargets, watchedFolders } from '../src/cli/watch-plan.js';

// What --watch follows on disk, read from real folders: a repository (a .git folder) with
// articles at several depths, a hidden folder, node_modules, a file whose name looks like a glob,
// and a symbolic link back up the tree.
const top = mkdtempSync(join(tmpdir(), 'seo-check-watch-plan-'));
const repo = join(top, 'repo');
const at = (...parts: string[]) => join(repo, ...parts);
for (const name of ['docs/a.md', 'docs/guide/b.md', 'docs/guide/deep/c.md', 'docs/.drafts/d.md', 'docs/node_modules/pkg/e.md', 'notes.md', 'notes (draft).md']) {
  mkdirSync(dirname(at(name)), { recursive: true });
  writeFileSync(at(name), '# x\n');
}
mkdirSync(at('.git'));
symlinkSync(at('docs'), at('docs/guide/loop'));
mkdirSync(join(top, 'elsewhere'));
afterAll(() => rmSync(top, { recursive: true, force: true }));

describe('globBase', () => {
  it.each([
    ['docs/**/*.md', at('docs'), true],
    ['*.md', repo, false],
    ['docs/*.md', at('docs'), false],
    ['docs/*/index.md', at('docs'), true],
    ['docs/guide/{a,b}.md', at('docs/guide'), false],
    ['/srv/site/*.md', '/srv/site', false],
    ['/*.md', '/', false],
  ])('%s starts in its fixed folders', (pattern, root, deep) => {
    expect(globBase(pattern, repo)).toEqual({ root, deep });
  });
});

describe('planTargets', () => {
  it('runs what is there, lists names that are gone, and leaves globs to the engine', () => {
    const plan = planTargets(['docs/a.md', 'gone.md', 'docs', 'missing/*.md', 'notes (draft).md'], repo);
    expect(plan.present).toEqual(['docs/a.md', 'docs', 'missing/*.md', 'notes (draft).md']);
    expect(plan.missing).toEqual(['gone.md']);
    // A name with glob characters that exists is a name.
    expect([...plan.named]).toEqual([at('docs/a.md'), at('gone.md'), at('docs'), at('notes (draft).md')]);
    expect(plan.roots).toEqual([at('docs'), at('missing')]);
  });

  it('a folder is a tree of every folder below it, without hidden folders, node_modules or a link back up', () => {
    const plan = planTargets(['docs'], repo);
    expect([...plan.trees].sort()).toEqual([at('docs'), at('docs/guide'), at('docs/guide/deep')]);
  });

  it('a glob reaches below its start only when it can match there', () => {
    expect([...planTargets(['docs/*.md'], repo).trees]).toEqual([at('docs')]);
    expect([...planTargets(['docs/**/*.md'], repo).trees].sort()).toEqual([at('docs'), at('docs/guide'), at('docs/guide/deep')]);
    // A glob whose start does not exist yet has no tree; its root is kept for when it comes.
    const later = planTargets(['missing/**/*.md'], repo);
    expect([later.trees.size, later.roots]).toEqual([0, [at('missing')]]);
  });

  it('a named file is no tree: new files beside it do not join', () => {
    const plan = planTargets(['docs/a.md'], repo);
    expect([plan.trees.size, plan.roots]).toEqual([0, []]);
  });
});

describe('watchedFolders', () => {
  it('a file: its folder and each above it up to the repository root, where configuration can be', () => {
    const plan = planTargets(['docs/guide/deep/c.md'], at('docs'));
    const dirs = watchedFolders(plan, [at('docs/guide/deep/c.md')], at('docs'));
    expect([...dirs].sort()).toEqual([repo, at('docs'), at('docs/guide'), at('docs/guide/deep')]);
  });

  it('a name that is gone, with its folders: the nearest folder that is left, to see it come back', () => {
    const plan = planTargets(['drafts/2025/new.md'], repo);
    expect([...watchedFolders(plan, [], repo)]).toEqual([repo]);
  });

  it('a named folder: its tree, and its parent to see it deleted and made again', () => {
    const plan = planTargets(['guide'], at('docs'));
    const dirs = watchedFolders(plan, [at('docs/guide/b.md'), at('docs/guide/deep/c.md')], at('docs'));
    // The link leads out of this tree (to docs), so it is followed, once, as the run follows it.
    expect([...dirs].sort()).toEqual([repo, at('docs'), at('docs/guide'), at('docs/guide/deep'), at('docs/guide/loop')]);
  });

  it('the folder of a configuration file named with -c, even outside the repository', () => {
    const plan = planTargets(['notes.md'], repo);
    expect([...watchedFolders(plan, [at('notes.md')], repo, join(top, 'elsewhere/seo.json'))].sort()).toEqual([join(top, 'elsewhere'), repo]);
    // Its folder gone: the nearest one left.
    expect([...watchedFolders(plan, [at('notes.md')], repo, join(top, 'gone/seo.json'))].sort()).toEqual([top, repo]);
  });
});

describe('nearestFolder and isAbove', () => {
  it('nearestFolder climbs to a folder that exists', () => {
    expect(nearestFolder(at('docs/guide'))).toBe(at('docs/guide'));
    expect(nearestFolder(at('drafts/2025'))).toBe(repo);
  });

  it('isAbove is about whole folder names', () => {
    expect(isAbove(at('docs'), at('docs/guide/b.md'))).toBe(true);
    expect(isAbove(at('docs'), at('docs-old/b.md'))).toBe(false);
    expect(isAbove(at('docs'), at('docs'))).toBe(false);
  });
});
