// Yoast Free's keyphrase count as read from its source (keyphraseCount.js, splitIntoTokens.js,
// en functionWords.js): per sentence, every content word as an exact token; count += min.
import { readFileSync } from 'node:fs';
import { parseDocument } from './dist/parse/document.js';
import { WordFolder } from './dist/text/fold.js';
const text = readFileSync('fixtures/trump-putin-meeting.md', 'utf8');
const doc = parseDocument(text, new WordFolder());
const FUNCTION = new Set(['us', 'the', 'of', 'and', 'to', 'in']);
const sentences = doc.sentences.map((s) => doc.lines.text.slice(doc.words[s.from].start, doc.words[s.to - 1].end));
const tokens = (s) => s.split(/[\s\t\u00A0\u2013\u2014\u002d[\]]/).map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase()).filter(Boolean);
for (const k of ['Trump Putin meeting', 'US Russia relations', 'Ukraine conflict diplomacy', 'Trump Putin meetings', 'Trump meeting']) {
  const words = k.toLowerCase().split(' ').filter((w) => !FUNCTION.has(w));
  let count = 0;
  for (const s of sentences) {
    const t = tokens(s);
    const counts = words.map((w) => t.filter((x) => x === w).length);
    if (counts.every((c) => c > 0)) count += Math.min(...counts);
  }
  console.log(k, words, count);
}
