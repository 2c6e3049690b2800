import { LineIndex, normalizeText } from './lines.js';
import { splitFrontMatter, type FrontMatter } from './frontmatter.js';
import { parseMarkdown, type Comment, type Image, type Link, type ProseBlock } from './markdown.js';
import { visibleGap } from './visible-gap.js';
import { tokenize } from '../text/tokenize.js';
import type { WordFolder } from '../text/fold.js';
import { WordFlag, Words } from '../text/words.js';

export interface Sentence {
  block: number;
  /** Index of its first word in `Document.words`, and one past its last. */
  from: number;
  to: number;
}

/** A block of prose, its words read (its prose string, segments, code and shown stretches are not kept). */
export interface Block extends Omit<ProseBlock, 'text' | 'segments' | 'code' | 'shown'> {
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
  /** The words of the prose, offsets in the source (LF text, BOM removed), blocks and sentences set. */
  words: Words;
  sentences: Sentence[];
  links: Link[];
  images: Image[];
  comments: Comment[];
  /** Ids of HTML elements (`id`, `<a name>`) a link's fragment may point at. */
  ids: string[];
  codeBlocks: number;
}

/**
 * Parses an article into the document model; a BOM is dropped and line endings made LF first, so
 * offsets count in that text. Throws ParseError for an article whose body cannot be read as
 * written; front matter that cannot be read is `frontMatter.error`, and the body is still read.
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
  // Room for the words a text this long holds (the corpus has one every 7.6 characters), so that
  // a large article's columns are not copied again and again as they grow.
  const words = new Words(folder.forms, Math.ceil((text.length - frontMatter.bodyOffset) / 7) + 64);
  const sentences: Sentence[] = [];
  const blocks: Block[] = [];
  let section = 0;
  // Each block's words are read as soon as markdown-it has read the block; its prose string
  // and segments are then dropped, so a large article is never held as blocks of prose too.
  const md = parseMarkdown(lines, frontMatter.bodyOffset, frontMatter.bodyLine, { mdx: options.mdx, onBlock: (prose) => {
    if (prose.kind === 'heading' && blocks.length > 0) section++;
    const blockIndex = blocks.length;
    const from = words.length;
    let seg = 0;
    const { text, segments, shown } = prose;
    tokenize(text, folder, words, prose.code);
    // The columns as they are now that the block's words are in (pushing may have grown them).
    const { starts, ends, flags, blocks: blockOf, sentences: sentenceOf } = words;
    let before = -1;
    for (let i = from; i < words.length; i++) {
      if (flags[i] & WordFlag.SentenceStart) sentences.push({ block: blockIndex, from: i, to: i });
      const start = starts[i];
      // What a reader sees between this word and the one before: one space, mostly.
      if (i > from && !(start - before === 1 && text.charCodeAt(before) === 0x20)) words.setGap(i, visibleGap(text, before, start, shown));
      before = ends[i];
      while (seg + 1 < segments.length && segments[seg + 1].prose <= start) seg++;
      const s = segments[seg];
      starts[i] = s.exact ? s.src + (start - s.prose) : s.src;
      // The end is where the word's last character ends in the source, which is past an escape or
      // an entity the word holds ("don\'t", "caf&eacute;").
      const last = ends[i] - 1;
      let segEnd = seg;
      while (segEnd + 1 < segments.length && segments[segEnd + 1].prose <= last) segEnd++;
      const e = segments[segEnd];
      ends[i] = e.exact ? e.src + (last - e.prose) + 1 : e.src + e.length;
      blockOf[i] = blockIndex;
      sentenceOf[i] = sentences.length - 1;
      sentences[sentences.length - 1].to = i + 1;
    }
    const { kind, level, container, line, plain, start, end, anchor } = prose;
    blocks.push({ kind, level, container, line, plain, start, end, anchor, from, to: words.length, section });
  } });
  words.trim();
  return {
    lines,
    frontMatter,
    blocks,
    words,
    sentences,
    links: md.links,
    images: md.images,
    comments: md.comments,
    ids: md.ids,
    codeBlocks: md.codeBlocks,
  };
}
