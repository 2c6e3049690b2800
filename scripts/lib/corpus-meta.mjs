// Titles and descriptions of the corpus articles, for measuring scripts (not the run time, which
// reads front matter with its own parser). YAML between `---` lines, TOML between `+++` lines.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { markdownFiles } from './markdown-files.mjs';

const FRONT = /^(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1\r?\n/;

/** [{ file, title, description }] for every article under `dir`, sorted by path. */
export function corpusMeta(dir) {
  const out = [];
  for (const file of markdownFiles(dir)) {
    const m = FRONT.exec(readFileSync(file, 'utf8'));
    if (m === null) continue;
    let data;
    try { data = m[1] === '---' ? parseYaml(m[2]) : parseToml(m[2]); } catch { continue; }
    if (data === null || typeof data !== 'object') continue;
    const str = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
    out.push({
      file: file.slice(dir.length + 1),
      title: str(data.title),
      description: str(data.description) ?? str(data.summary) ?? str(data.excerpt),
    });
  }
  return out;
}

/** `n` items spread evenly over `items`, so a sample covers every source directory. */
export function spread(items, n) {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}
