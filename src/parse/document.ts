import { LineIndex, normalizeText } from './lines.js';
import { splitFrontMatter, type FrontMatter } from './frontmatter.js';
import { parseMarkdown, type Comment, type Image, type Link, type ProseBlock } from './markdown.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { WordFolder } from '../text/fold.js';

/**
 * A word of the article's prose: the tokenizer's token, with `start` and `end` moved to source
 * offsets (LF text, BOM removed) and `block` and `sentence` set.
 */
export type Word = Token;

export interface Sentence {
  block: number;
  /** Index of its first word in `Document.words`, and one past its last. */
  from: number;
  to: number;
}

export interface Block extends ProseBlock {
  /** Word range in `Document.words`. */
  from: number;
  to: number;
  /** Index of the section (0 before the first subheading, then one per heading). */
  section: number;
}

/** An article parsed once: every measure and rule reads this and nothing re-parses Markdown. */
export interface Document {
  lines: LineIndex;
  frontMatter: FrontMatter;
  blocks: Block[];
  words: Word[];
  sentences: Sentence[];
  links: Link[];
  images: Image[];
  comments: Comment[];
  codeBlocks: number;
}

/**
 * Parses an article into the document model; a BOM is dropped and line endings made LF first, so
 * offsets count in that text. Throws ParseError (FrontMatterError is one) for an article that
 * cannot be read as written.
 */
export function parseDocument(
  source: string,
  folderFor: WordFolder | ((frontMatter: FrontMatter) => WordFolder),
  options: { mdx?: boolean } = {},
): Document {
  const text = normalizeText(source);
  const lines = new LineIndex(text);
  const frontMatter = splitFrontMatter(text);
  // The front matter may name the article's language, which decides how its words are folded.
  const folder = typeof folderFor === 'function' ? folderFor(frontMatter) : folderFor;
  const md = parseMarkdown(lines, frontMatter.bodyOffset, frontMatter.bodyLine, options.mdx === true);
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  const blocks: Block[] = [];
  let section = 0;
  for (const prose of md.blocks) {
    if (prose.kind === 'heading' && blocks.length > 0) section++;
    const blockIndex = blocks.length;
    const from = words.length;
    let seg = 0;
    tokenize(prose.text, folder, words);
    for (let i = from; i < words.length; i++) {
      const w = words[i];
      if (w.sentenceStart) sentences.push({ block: blockIndex, from: i, to: i });
      while (seg + 1 < prose.segments.length && prose.segments[seg + 1].prose <= w.start) seg++;
      const s = prose.segments[seg];
      w.start = s.exact ? s.src + (w.start - s.prose) : s.src;
      w.end = s.exact ? w.start + w.surface.length : s.src;
      w.block = blockIndex;
      w.sentence = sentences.length - 1;
      sentences[sentences.length - 1].to = i + 1;
    }
    blocks.push({ ...prose, from, to: words.length, section });
  }
  return {
    lines,
    frontMatter,
    blocks,
    words,
    sentences,
    links: md.links,
    images: md.images,
    comments: md.comments,
    codeBlocks: md.codeBlocks,
  };
}
