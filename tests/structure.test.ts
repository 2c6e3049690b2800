import { describe, expect, it } from 'vitest';
import { Analyzer } from './internal.js';

function structure(text: string) {
  const facts = new Analyzer().facts(text, 'a.md');
  return { ...facts.structure, words: (i: number) => facts.doc.words.list().slice(...facts.structure.sentences[i].passive!).map((w) => w.surface).join(' ') };
}

describe('sentence lengths', () => {
  it('counts each sentence in words as stats does', () => {
    const s = structure('One two three-four five. Six seven.');
    expect(s.sentences.map((x) => x.words)).toEqual([4, 2]);
    expect(s.sentences.map((x) => [x.line, x.column])).toEqual([[1, 1], [1, 26]]);
  });

  it('places a sentence by its first word', () => {
    const s = structure('# Title\n\nFirst line\ngoes on. Second one.\n');
    expect(s.sentences.map((x) => [x.line, x.column, x.heading])).toEqual([
      [1, 3, true],
      [3, 1, false],
      [4, 10, false],
    ]);
  });
});

describe('passive voice (English)', () => {
  it('finds a form of be or get followed by a participle, with adverbs between', () => {
    const s = structure(
      'The meeting was cancelled. Officials cancelled the meeting. The plan has been quietly shelved. The results were not known. He got fired. It is important.',
    );
    expect(s.sentences.map((x) => x.passive !== null)).toEqual([true, false, true, true, true, false]);
    expect(s.words(0)).toBe('was cancelled');
    expect(s.words(2)).toBe('been quietly shelved');
    expect(s.words(3)).toBe('were not known');
    expect(s.passiveSentences).toBe(4);
  });

  it('reads "it\'s" as "it is", and not the possessive "its"', () => {
    const s = structure('It’s finished. Its end came.');
    expect(s.sentences.map((x) => x.passive !== null)).toEqual([true, false]);
  });

  it('does not take words in -ed that are not participles, nor a participle far from its auxiliary', () => {
    const s = structure('That was indeed a red car. She is the one who worked hard.');
    expect(s.passiveSentences).toBe(0);
  });
});

describe('transition words (English)', () => {
  it('finds single words and phrases of several words', () => {
    const s = structure('However, it rained. We stayed in. As a result, we read. It was fine.');
    expect(s.sentences.map((x) => x.transition)).toEqual([true, false, true, false]);
    expect(s.transitionSentences).toBe(2);
  });

  it('needs the words of a phrase in a row', () => {
    expect(structure('As the result came in, the team relaxed.').transitionSentences).toBe(0);
  });
});

describe('sentence beginnings', () => {
  it('finds runs of sentences that begin with the same word', () => {
    const s = structure('We went home. We ate. We slept. They woke. They left.');
    expect(s.beginnings).toEqual([
      { beginning: 'we', first: 0, sentences: 3, line: 1, column: 1 },
      { beginning: 'they', first: 3, sentences: 2, line: 1, column: 33 },
    ]);
  });

  it('reads two words after an article, so "The cat…", "The dog…" begin differently', () => {
    expect(structure('The cat ran. The dog ran. The bird flew.').beginnings).toEqual([]);
    expect(structure('The cat ran. The cat sat. The cat slept.').beginnings[0]).toMatchObject({ beginning: 'the cat', sentences: 3 });
  });
});

describe('paragraphs and sections', () => {
  const text = 'Intro words here.\n\n## First\n\nOne two three.\n\n- four five\n- six\n\n## Empty\n\n## Last\n\nSeven.\n';
  const s = structure(text);

  it('counts each paragraph, list items too', () => {
    expect(s.paragraphs.map((p) => [p.line, p.words])).toEqual([
      [1, 3],
      [5, 3],
      [7, 2],
      [8, 1],
      [14, 1],
    ]);
  });

  it('sums the words between subheadings, headings aside', () => {
    expect(s.sections).toEqual([
      { block: 0, heading: null, level: 0, line: 1, words: 3 },
      { block: 1, heading: 'First', level: 2, line: 3, words: 6 },
      { block: 5, heading: 'Empty', level: 2, line: 10, words: 0 },
      { block: 6, heading: 'Last', level: 2, line: 12, words: 1 },
    ]);
  });
});
