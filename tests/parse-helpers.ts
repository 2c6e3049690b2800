import { parseDocument, type Document } from '../src/parse/document.js';
import { WordFolder } from '../src/text/fold.js';

const folder = new WordFolder();

/** The document model of `text` (Markdown, or MDX when `mdx`). */
export function doc(text: string, mdx = false): Document {
  return parseDocument(text, folder, { mdx });
}

/** Each word of `text` as `surface@start` (its source offset). */
export function placed(text: string, mdx = false): string[] {
  const d = doc(text, mdx);
  return Array.from({ length: d.words.length }, (_, i) => `${d.words.surface(i)}@${d.words.starts[i]}`);
}

/** The words of `text`, as read. */
export function words(text: string, mdx = false): string[] {
  const d = doc(text, mdx);
  return Array.from({ length: d.words.length }, (_, i) => d.words.surface(i));
}
