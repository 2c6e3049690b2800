import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { MAX_SPELLINGS } from '../src/engine/analyzer.js';
import { createEngine } from '../src/api.js';
import { Analyzer } from '../src/engine/analyzer.js';
import { FIXTURES, tempFiles } from './helpers.js';

describe('the engine', () => {
  it('gives an unsaved buffer the same result as the file on disk, configuration included', async () => {
    const { dir, file } = tempFiles('engine-buffer');
    file('{"keyphrases": ["Trump Putin meeting"], "rules": {"content-length": "off"}}', '.seo-checkrc.json');
    const text = readFileSync(`${FIXTURES}trump-putin-meeting.md`, 'utf8');
    file(text, 'posts/seed.md');
    const engine = new Engine({ cwd: dir });
    const fromDisk = await engine.analyze('posts/seed.md');
    const fromBuffer = await engine.analyze({ path: 'posts/seed.md', text });
    expect(fromBuffer).toEqual(fromDisk);
    expect('checks' in fromDisk && fromDisk.checks.some((c) => c.id === 'content-length')).toBe(false);
    // An edit the file on disk does not have yet shows only in the buffer's result.
    const edited = await engine.analyze({ path: 'posts/seed.md', text: `${text}\nThe Trump Putin meeting ended.\n` });
    expect('keyphrases' in edited && 'keyphrases' in fromDisk && edited.keyphrases[0].count).toBe('keyphrases' in fromDisk ? fromDisk.keyphrases[0].count + 1 : -1);
  });

  it('reads a buffer as a file is read: CRLF and a BOM give the same result, empty text is refused', async () => {
    const engine = createEngine({ config: false, keyphrases: ['red fox'] });
    const lf = await engine.analyze({ path: 'a.md', text: '# The red fox\n\nThe red fox ran.\n' });
    expect(await engine.analyze({ path: 'a.md', text: '\ufeff# The red fox\r\n\r\nThe red fox ran.\r\n' })).toEqual(lf);
    expect(await engine.analyze({ path: 'a.md', text: ' \n' })).toEqual({ file: 'a.md', passed: false, error: 'file is empty' });
  });

  it('reads configuration files again after reloadConfiguration()', async () => {
    const { dir, file } = tempFiles('engine-reload');
    file('{"rules": {"links": "off"}}', '.seo-checkrc.json');
    const engine = createEngine({ cwd: dir, keyphrases: ['red fox'] });
    const text = 'The red fox.\n';
    const ids = async () => {
      const r = await engine.analyze({ path: 'a.md', text });
      return 'checks' in r ? r.checks.map((c) => c.id) : [];
    };
    expect(await ids()).not.toContain('links');
    file('{"rules": {"content-length": "off"}}', '.seo-checkrc.json');
    expect(await ids()).not.toContain('links');
    engine.reloadConfiguration();
    expect(await ids()).toContain('links');
    expect(await ids()).not.toContain('content-length');
  });

  it('holds no more than a fixed table of spellings, however many different documents it reads', () => {
    const analyzer = new Analyzer({ keyphrases: ['red fox'], maxSpellings: 5000 });
    let id = 0;
    let most = 0;
    for (let d = 0; d < 40; d++) {
      const words = Array.from({ length: 1000 }, () => `w${(id++).toString(36)}`).join(' ');
      const r = analyzer.analyze(`The red fox. ${words}.\n`, `d${d}.md`);
      expect('keyphrases' in r && r.keyphrases[0].count).toBe(1);
      most = Math.max(most, analyzer.spellings());
    }
    // 40 000 spellings read; never more than the bound and one document's worth held.
    expect(most).toBeLessThanOrEqual(5000 + 1010);
    expect(MAX_SPELLINGS).toBe(400_000);
  });
});
