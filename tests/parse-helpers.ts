import { parseDocument, type Document } from '../src/parse/document.js';
import { Anchors, headingAttributes } from '../src/parse/anchors.js';
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

/**
 * Headings as the parse layer gives them anchors (src/parse/anchors.ts, as markdown.ts does):
 * an attribute list's `{#id}` wins and leaves the text; else the slug, repeats numbered.
 */
export function headingsOf(texts: readonly string[]): Array<{ text: string; anchor: string | null }> {
  const anchors = new Anchors();
  return texts.map((raw) => {
    const attributes = headingAttributes(raw);
    const text = attributes === null ? raw : raw.slice(0, attributes.at).trimEnd();
    const anchor = anchors.next(text, attributes?.id);
    return { text, anchor: anchor === '' ? null : anchor };
  });
}
