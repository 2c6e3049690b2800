import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every Markdown file under `dir`, sorted so that runs are comparable. */
export function markdownFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(path));
    else if (/\.(md|markdown)$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}
