import type { Document } from '../parse/document.js';
import { sentenceEnd } from '../parse/sentence-end.js';
import type { Place, Span } from './types.js';


/** The source span of the words [from, to). */
export function wordsPlace(doc: Document, from: number, to: number): Span {
  return { start: doc.words.starts[from], end: doc.words.ends[Math.max(from, to - 1)] };
}

/** The source span of the sentence made of words [from, to), with its closing punctuation. */
export function sentencePlace(doc: Document, from: number, to: number): Span {
  return { start: doc.words.starts[from], end: sentenceEnd(doc.lines.text, doc.words.ends[to - 1]) };
}

/** The source span of sentences [first, end) of the document, the last one's closing punctuation included. */
export function sentencesPlace(doc: Document, first: number, end: number): Span {
  return sentencePlace(doc, doc.sentences[first].from, doc.sentences[end - 1].to);
}

/** The source span of block `index`: its first word to its last sentence's end (a heading whole, `#` included). */
export function blockPlace(doc: Document, index: number): Place {
  const b = doc.blocks[index];
  if (b.kind === 'heading' || b.from === b.to) return { start: b.start, end: b.end };
  return sentencePlace(doc, b.from, b.to);
}
