import type { Segment } from './prose.js';
import type { TargetKind } from './template-meaning.js';

/*
 * What the Markdown reader (markdown.ts) gives the document model: blocks of prose with where
 * each stretch stands in the source, and the links, images and comments around them. Offsets
 * are in the source text (LF, BOM removed), as everywhere in the document model.
 */

export type { Segment } from './prose.js';
export type { TargetKind } from './template-meaning.js';

export type BlockKind = 'heading' | 'paragraph' | 'table-cell';

/** The innermost container of a block: a list item, a block quote, an admonition, or the document itself. */
export type Container = 'root' | 'list' | 'blockquote' | 'admonition';

/** A block of prose: a heading, a paragraph (also inside lists and quotes) or a table cell. */
export interface ProseBlock {
  kind: BlockKind;
  /** Heading level 1–6; 0 for other blocks. */
  level: number;
  container: Container;
  /** 1-based line on which the block starts. */
  line: number;
  /** Source offsets of the block's first character and past its last (a heading: its `#` to its line's end). */
  start: number;
  end: number;
  /**
   * A heading's anchor, as GitHub, kramdown and Hugo make it (or its explicit `{#id}`), repeats
   * numbered; undefined for other blocks and for an HTML heading without an `id`.
   */
  anchor: string | undefined;
  /** Prose as a reader sees it, inline code included, with BREAK where images, URLs or template tags stood. */
  text: string;
  /** What a reader sees, on one line, for headings in reports; '' for other blocks. */
  plain: string;
  segments: Segment[];
  /** Code in `text` (see tokenize's CodeRanges). */
  code: number[];
  /** What a reader sees at the BREAKs of `text` that stand for visible text (a bare URL): [offset, text]. */
  shown: Array<[number, string]>;
}

export interface Link {
  /** The destination as markdown-it gives it (normalised); for a destination only the site can read, the normalised target. */
  href: string;
  line: number;
  /** Written as a bare URL or `<url>` rather than `[text](url)`. */
  auto: boolean;
  /** Source offsets of the whole link: `[text](dest)`, `[text][ref]`, `<url>`, a bare URL, `<a …>…</a>`. */
  start: number;
  end: number;
  /** What a reader sees of it: the link text, or the URL of a bare one. */
  text: string;
  /** The destination as the site generator resolves it (template tags read: `{{ "/x/" | url }}` → "/x/"). */
  target: string;
  targetKind: TargetKind;
}

export interface Image {
  src: string;
  alt: string;
  line: number;
  /** Source offsets of the whole image: `![alt](src)`, `<img …>`, or the tag. */
  start: number;
  end: number;
  /** Where the alt text came from: Markdown, an HTML `<img>`, or a shortcode or template tag. */
  origin: 'markdown' | 'html' | 'shortcode';
}

export interface Comment {
  text: string;
  line: number;
  /** Source offsets of the whole comment, delimiters included. */
  start: number;
  end: number;
  /** An HTML comment, or a template's (`{% comment %}`, `{# #}`, `{{/* *\/}}`). */
  kind: 'html' | 'template';
}

export interface MarkdownModel {
  blocks: ProseBlock[];
  links: Link[];
  images: Image[];
  comments: Comment[];
  /**
   * Ids HTML gives its elements (any element's `id`, an `<a>`'s `name`), as written: a link's
   * `#fragment` may point at one as well as at a heading.
   */
  ids: string[];
  codeBlocks: number;
}
