import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARIAL } from '../src/measure/arial-widths.js';
import {
  CONTROL_RANGES, decodeWidths, EMOJI_UNITS, EXTEND_RANGES, PLAIN_RANGES, WIDE_PLAIN_RANGES,
} from '../src/measure/char-width.js';
import { Clusters, collapseWhitespace } from '../src/measure/pixel-width.js';
import { DESCRIPTION, descriptionFit, snippetFit, textWidth, TITLE, titleFit } from '../src/measure/snippet-width.js';
import { LIBERATION_SANS, readFont } from '../scripts/lib/ttf.mjs';
import { encodeWidths, TABLE_BLOCKS } from '../scripts/lib/width-codec.mjs';

const PARAMS = { seed: 20260913, numRuns: Number(process.env.FUZZ_RUNS ?? 300) };
/** Pixels of `units` font units at `size` px: what the literal expectations below are made of. */
const px = (units: number, size: number) => (units * size) / 2048;

describe('textWidth: literal widths (Liberation Sans advances, 2048 units per em)', () => {
  it.each<[string, string, number, number]>([
    ['Hello: H 1479, e 1139, l 455 ×2, o 1139', 'Hello', 20, px(4667, 20)],
    ['W and i, the widest and a narrow letter', 'Wi', 20, px(1933 + 455, 20)],
    ['a real title', 'Uncle Sam wants YOU to be a hero hacker', 20, 382.40234375],
    ['Cyrillic', 'Привет, мир', 14, 80.3154296875],
    ['Greek', 'Ελληνικά', 14, 56.328125],
    ['the ellipsis, one em', '…', 20, 20],
    ['a symbol of the table', '☺', 20, 20.419921875],
    ['tabs, newlines and runs of spaces collapse; the ends go', '  a\t\n b \r\n', 20, px(1139 + 569 + 1139, 20)],
    ['no-break spaces do not collapse', 'a\u00a0\u00a0b', 20, px(1139 + 569 + 569 + 1139, 20)],
    ['a combining mark takes no room', 'e\u0301', 20, px(1139, 20)],
    ['a letter the font lacks: its base letter (ǎ → a)', 'ǎ', 20, px(1139, 20)],
    ['Vietnamese ạ → a', 'ạ', 20, px(1139, 20)],
    ['soft hyphen and zero-width space draw nothing', '\u00ad\u200b\u2060', 20, 0],
    ['CJK and Hangul: one em each', '中文한', 20, 60],
    ['an emoji with a skin tone: one emoji', '👍🏽', 20, px(EMOJI_UNITS, 20)],
    ['a flag: one emoji', '🇭🇺', 20, px(2550, 20)],
    ['a ZWJ family: one emoji', '👨‍👩‍👧', 20, px(2550, 20)],
    ['a text heart with VS16: an emoji', '❤️', 20, px(2550, 20)],
    ['a text heart alone: the font average (Arial has none)', '❤', 20, px(1208, 20)],
    ['Hebrew, a script Arial has and the table lacks: the average', 'א', 20, px(1208, 20)],
    ['em space: one em', '\u2003', 20, 20],
    ['thin space: a fifth of an em', '\u2009', 20, px(410, 20)],
    ['empty', '', 20, 0],
  ])('%s', (_what, text, size, expected) => {
    expect(textWidth(text, size)).toBe(expected);
  });

  it('titles are 20 px against 600 px, descriptions 14 px against 990 px', () => {
    expect(TITLE).toEqual({ sizePx: 20, limitPx: 600 });
    expect(DESCRIPTION).toEqual({ sizePx: 14, limitPx: 990 });
  });

  it('reproduces Yoast’s 600 px test title (Yoast/YoastSEO.js #783) at the 18 px it measured then', () => {
    const yoast = 'wwwWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW';
    expect(textWidth(yoast, 18)).toBe(599.642578125);
    expect(snippetFit(yoast, 18, 600)).toMatchObject({ px: 600, fits: true });
  });
});

// Real titles and descriptions from the corpus, copied as data: "Join us…" and "Tail Sampling…"
// from the OpenTelemetry blog (CC BY 4.0, the OpenTelemetry Authors), "Participate…" from The Go
// Blog (CC BY 4.0, The Go Authors), "cargo-audit…" from the Rust Blog (MIT OR Apache-2.0, the Rust
// Project contributors), the rest from the 18F blog (public domain / CC0). See /work/shared's
// corpus/SOURCES.md for the commits.
describe('titleFit: where a real title is cut (20 px, 600 px)', () => {
  it.each<[string, number, number, string | null, string | null]>([
    ['Join us for OpenTelemetry Talks and Activities at Kubecon NA 2022', 603, 65,
      'Join us for OpenTelemetry Talks and Activities at Kubecon NA…', 'Kubecon NA'],
    ['Participate in the 2016 Go User Survey and Company Questionnaire', 607, 64,
      'Participate in the 2016 Go User Survey and Company…', 'and Company'],
    ['Tail Sampling with OpenTelemetry: Why it’s useful, how to do it, and what to consider', 755, 85,
      'Tail Sampling with OpenTelemetry: Why it’s useful, how to do it,…', 'do it,'],
    ['Ask 18F — Can you share any tips or suggestions on designing surveys and forms?', 744, 79,
      'Ask 18F — Can you share any tips or suggestions on designing…', 'on designing'],
    ['cargo-audit v0.11: Introducing the `fix` feature, yanked crate detection, and more', 713, 82,
      'cargo-audit v0.11: Introducing the `fix` feature, yanked crate…', 'yanked crate'],
    ['What we learned after interviewing dozens of people about their interactions with the federal government', 925, 104,
      'What we learned after interviewing dozens of people about their…', 'about their'],
    ['cloud.gov is now FedRAMP Authorized for use by federal agencies', 593, 63, null, null],
    ['From zero to Go: launching on the Google homepage in 24 hours', 578, 61, null, null],
  ])('%s', (title, widthPx, chars, shown, cutAfter) => {
    expect(titleFit(title)).toEqual({ px: widthPx, chars, limitPx: 600, fits: shown === null, shown, cutAfter });
  });

  it('a word wider than the limit is cut between letters, the ellipsis within 600 px', () => {
    // 30 W and the ellipsis: (30 × 1933 + 2048) × 20 / 2048 = 586.3 px; 31 W would be 605.2 px.
    expect(titleFit(`${'W'.repeat(40)} tail`)).toMatchObject({ px: 786, chars: 45, shown: `${'W'.repeat(30)}…`, cutAfter: 'W'.repeat(20) });
  });

  it('CJK breaks between ideographs; cutAfter keeps its last 20 characters', () => {
    const ja = '日本語のタイトルはとても長いのでここで切れるかもしれませんがどうでしょうかね本当にかなり長い';
    // 29 ideographs and the ellipsis: 30 em = 600 px, which fits; 30 would not.
    expect(titleFit(ja)).toEqual({ px: 920, chars: 46, limitPx: 600, fits: false,
      shown: `${ja.slice(0, 29)}…`, cutAfter: ja.slice(9, 29) });
  });

  it('white space only: nothing to show, and it fits', () => {
    expect(titleFit(' \n\t ')).toEqual({ px: 0, chars: 0, limitPx: 600, fits: true, shown: null, cutAfter: null });
  });

  it('cuts the collapsed text', () => {
    const fit = titleFit('  Join us for\nOpenTelemetry   Talks and Activities at\tKubecon NA 2022  ');
    expect(fit).toMatchObject({ px: 603, chars: 65, shown: 'Join us for OpenTelemetry Talks and Activities at Kubecon NA…' });
  });
});

describe('descriptionFit: where a real description is cut (14 px, 990 px)', () => {
  it.each<[string, number, number, string | null, string | null]>([
    ['The Presidential Innovation Fellows program is now accepting applications from creative, energetic policy hackers, entrepreneurs, user experience experts, designers, front-end developers, back-end developers, system architecture wizards, data wranglers, and more to serve their tours of duty to radically improve the delivery of government digital services.',
      2205, 357, 'The Presidential Innovation Fellows program is now accepting applications from creative, energetic policy hackers, entrepreneurs, user experience experts,…', 'experience experts,'],
    ['As our blog got more complicated, we started making mistakes that were hard to catch before publishing. So we came up with a way to catch many of those errors, before they end up in your browser.',
      1233, 195, 'As our blog got more complicated, we started making mistakes that were hard to catch before publishing. So we came up with a way to catch many of those…', 'of those'],
    ['At 18F Consulting, we experiment with ways to empower agencies to build cost-efficient, excellent digital solutions. Recently we partnered with the Department of Labor’s Wage and Hour Division to run a two day “Design/Dev Agile Sprint” to help them modernize their Field Operations Handbook.',
      1827, 291, 'At 18F Consulting, we experiment with ways to empower agencies to build cost-efficient, excellent digital solutions. Recently we partnered with the…', 'with the'],
    ['Adopting this “smaller is better” mindset as a way to overhaul a large, complex legacy system can feel counterintuitive. But the notion of smallness — of distilling complex, interdependent tasks into achievable units of work — is fundamental to building modern software in both the private and public sector.',
      1882, 308, 'Adopting this “smaller is better” mindset as a way to overhaul a large, complex legacy system can feel counterintuitive. But the notion of smallness — of…', '— of'],
    // 989.86 px: a browser's 990, which still fits.
    ['The Talent Team is thrilled to announce the opening of two new leadership positions here at 18F: Director of Chapters and Director of Custom Partner Solutions',
      990, 158, null, null],
  ])('%s', (text, widthPx, chars, shown, cutAfter) => {
    expect(descriptionFit(text)).toEqual({ px: widthPx, chars, limitPx: 990, fits: shown === null, shown, cutAfter });
  });
});

// The characters of the pools below, as code points that the properties combine.
const tableChars = [...decodeWidths().keys()].map((cp) => String.fromCodePoint(cp));
const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüßçñ’—–“”…,.:;!?-()'];
const joinFree = fc.constantFrom(...tableChars, '\u0301', '\u0308', '\u0483', '中', '한', 'あ', '😀', '🎉', '\u200b');
const word = (chars: fc.Arbitrary<string>) => fc.array(chars, { minLength: 1, maxLength: 12 }).map((cs) => cs.join('').replace(/\s/g, 'x'));
const words = (chars: fc.Arbitrary<string>) => fc.array(word(chars), { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' '));

describe('properties', () => {
  it('width is additive over concatenation (no kerning), for text whose junction joins nothing', () => {
    fc.assert(fc.property(words(joinFree), words(joinFree), (a, b) => {
      expect(textWidth(a + b, 20)).toBe(textWidth(a, 20) + textWidth(b, 20));
    }), PARAMS);
  });

  it('width is never negative nor NaN, whatever the string (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.integer({ min: 1, max: 64 }), (s, size) => {
      const w = textWidth(s, size);
      expect(Number.isFinite(w) && w >= 0).toBe(true);
      const fit = titleFit(s);
      expect(fit.px >= 0 && fit.chars >= 0).toBe(true);
    }), PARAMS);
  });

  const anything = fc.oneof(
    fc.constantFrom(...letters),
    fc.constantFrom('\u0301', '\u200d', '\ufe0f', '🏽', '🇭', '🇺', '👨', '👩', '中', '한', '\u00ad', '\u200b', '\t', '\n', '  '),
    fc.string({ unit: 'grapheme', maxLength: 2 }),
  );
  it('shown always fits, ends with the ellipsis and begins the text; fits ⇔ px ≤ limit', () => {
    fc.assert(fc.property(words(anything), fc.boolean(), (text, title) => {
      const fit = title ? titleFit(text) : descriptionFit(text);
      expect(fit.fits).toBe(fit.px <= fit.limitPx);
      if (fit.fits) {
        expect(fit.shown).toBeNull();
        expect(fit.cutAfter).toBeNull();
        return;
      }
      const shown = fit.shown!;
      expect(shown.endsWith('…')).toBe(true);
      expect(collapseWhitespace(text).startsWith(shown.slice(0, -1))).toBe(true);
      const again = title ? titleFit(shown) : descriptionFit(shown);
      expect(again.fits).toBe(true);
    }), PARAMS);
  });

  it('the cut is at the last word that fits: one more word would not', () => {
    fc.assert(fc.property(words(fc.constantFrom(...letters)), (text) => {
      const fit = titleFit(text);
      if (fit.fits) return;
      const kept = fit.shown!.slice(0, -1);
      if (text[kept.length] !== ' ') return; // a single word cut between letters
      const next = text.indexOf(' ', kept.length + 1);
      if (next > 0) expect(titleFit(`${text.slice(0, next)}…`).fits).toBe(false);
      const two = kept.split(' ').slice(-2).join(' '), one = kept.split(' ').at(-1)!;
      expect(fit.cutAfter).toBe(two.length <= 20 ? two : one.length <= 20 ? one : one.slice(-20));
    }), PARAMS);
  });

  it('white space as HTML collapses it: any run of spaces, tabs and newlines measures as one space', () => {
    const ws = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', ' \t\n ');
    fc.assert(fc.property(fc.array(word(joinFree), { minLength: 1, maxLength: 8 }), fc.array(ws, { minLength: 9, maxLength: 9 }), (ws1, gaps) => {
      const spaced = gaps[0] + ws1.map((w, i) => w + gaps[i + 1]).join('');
      expect(textWidth(spaced, 14)).toBe(textWidth(ws1.join(' '), 14));
    }), PARAMS);
  });

  it('grapheme clusters are those of Intl.Segmenter (marks, ZWJ sequences, flags, skin tones, keycaps, controls)', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const piece = fc.constantFrom('a', 'Z', 'é', '1', ' ', '\u0301', '\u0308', '\u20e3', '😀', '👍', '❤', '👨', '👩', '\u200d',
      '\ufe0f', '🏻', '🇭', '🇺', '🇫', '🇷', '中', '한', '©', '®', '\u200b', '\u00ad', 'д', '\u0483', 'क', '\u093f', '\u0001');
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
      const s = pieces.join('');
      const ours: string[] = [];
      for (const c = new Clusters(s); c.next();) ours.push(s.slice(c.start, c.end));
      expect(ours).toEqual([...segmenter.segment(s)].map((g) => g.segment));
    }), { ...PARAMS, numRuns: PARAMS.numRuns * 4 });
  });

  it('a megabyte-long title is measured whole and cut where its first copy is', () => {
    const title = 'Join us for OpenTelemetry Talks and Activities at Kubecon NA 2022';
    const n = 16_000;
    const fit = titleFit(`${title} `.repeat(n));
    expect(fit.chars).toBe(66 * n - 1);
    expect(fit.px).toBe(Math.round(textWidth(title, 20) * n + px(569, 20) * (n - 1)));
    expect(fit.shown).toBe('Join us for OpenTelemetry Talks and Activities at Kubecon NA…');
  });
});

describe('the classes of characters outside the table agree with Unicode (every code point)', () => {
  const is = (re: RegExp) => (cp: number) => re.test(String.fromCodePoint(cp));
  const mark = is(/^\p{M}$/u), control = is(/^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u), unassigned = is(/^\p{Cn}$/u);
  const ignorable = is(/^\p{Default_Ignorable_Code_Point}$/u), pict = is(/^\p{Extended_Pictographic}$/u);
  const presentation = is(/^\p{Emoji_Presentation}$/u), nonspacing = is(/^[\p{Mn}\p{Me}]$/u);
  const each = (ranges: readonly number[], f: (cp: number) => boolean) => {
    const bad: string[] = [];
    for (let i = 0; i < ranges.length; i += 2) {
      for (let cp = ranges[i]; cp <= ranges[i + 1]; cp++) if (!f(cp)) bad.push(cp.toString(16));
    }
    return bad;
  };
  const explicitExtend = [0x200c, 0x200d, 0xfe00, 0xfe0f, 0x1f3fb, 0x1f3ff, 0xe0020, 0xe007f];
  const inRanges = (cp: number, r: readonly number[]) => r.some((lo, i) => i % 2 === 0 && cp >= lo && cp <= r[i + 1]);

  it('EXTEND_RANGES: nonspacing or enclosing marks, or joiners UAX #29 names', () => {
    expect(each(EXTEND_RANGES, (cp) => nonspacing(cp) || inRanges(cp, explicitExtend))).toEqual([]);
  });
  it('CONTROL_RANGES: format and control characters, or unassigned default-ignorables', () => {
    expect(each(CONTROL_RANGES, (cp) => control(cp) || (unassigned(cp) && ignorable(cp)))).toEqual([]);
  });
  it('PLAIN_RANGES: no marks, controls, invisibles or pictographs', () => {
    expect(each(PLAIN_RANGES, (cp) => !mark(cp) && !control(cp) && !ignorable(cp) && !pict(cp) && !presentation(cp))).toEqual([]);
  });
  it('WIDE_PLAIN_RANGES: the same', () => {
    expect(each(WIDE_PLAIN_RANGES, (cp) => !mark(cp) && !control(cp) && !ignorable(cp) && !pict(cp))).toEqual([]);
  });
  it('every pictograph beyond the table lies in the emoji zone, where the only marks and controls are the ranges above', () => {
    const zone = [0x2000, 0x2bff, 0x3030, 0x3030, 0x303d, 0x303d, 0x3297, 0x3297, 0x3299, 0x3299, 0x1f000, 0x1ffff];
    const table = decodeWidths();
    const stray: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp === 0xd800) cp = 0xe000;
      if (pict(cp) && !table.has(cp) && !inRanges(cp, zone)) stray.push(cp.toString(16));
    }
    expect(stray).toEqual([]);
    expect(each(zone, (cp) => inRanges(cp, EXTEND_RANGES) || inRanges(cp, CONTROL_RANGES) || (!mark(cp) && !control(cp) && !ignorable(cp)))).toEqual([]);
  });
  it('the table has no marks or controls but the soft hyphen, and lists its pictographs', () => {
    const table = [...decodeWidths().keys()];
    expect(table.filter((cp) => mark(cp) || control(cp))).toEqual([0xad]);
    expect(table.filter(pict)).toEqual([...ARIAL.pictographs]);
  });
});

// The table against the font it came from: needs fonts-liberation (.ci/run installs it).
const haveFont = existsSync(LIBERATION_SANS);
if (!haveFont) console.warn(`${LIBERATION_SANS} is not installed (apt-get install -y fonts-liberation): the comparison with the font is skipped`);

describe.skipIf(!haveFont)('the table against Liberation Sans itself', () => {
  const font = haveFont ? readFont() : null!;
  const same = haveFont && font.revision === ARIAL.revision && font.checksum === ARIAL.checksum;
  if (haveFont && !same) console.warn(`the installed Liberation Sans (${font.revision}) is not the table's (${ARIAL.revision}): only what metric compatibility promises is compared`);

  it('every character of the table has the font’s advance, through decodeWidths and through textWidth', () => {
    const table = decodeWidths();
    expect(table.size).toBe(665);
    const wrong: string[] = [];
    const bar = font.advance(0x7c);
    for (const [cp, w] of table) {
      const expected = cp === 0xad ? 0 : font.advance(cp); // a soft hyphen draws nothing
      // Between two bars, so that a space is not trimmed: at 2048 px a pixel is a font unit.
      const measured = textWidth(`|${String.fromCodePoint(cp)}|`, ARIAL.unitsPerEm) - 2 * bar;
      if (w !== font.advance(cp) || measured !== expected) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(font.unitsPerEm).toBe(ARIAL.unitsPerEm);
  });

  it.skipIf(!same)('holds every character the font has in the table’s blocks, and is what scripts/font-widths.mjs writes', () => {
    const fromFont = new Map<number, number>();
    for (const cp of [...font.cmap.keys()].sort((a: number, b: number) => a - b)) {
      if (TABLE_BLOCKS.some(([, lo, hi]: [string, number, number]) => cp >= lo && cp <= hi)) fromFont.set(cp, font.advance(cp));
    }
    expect(decodeWidths()).toEqual(fromFont);
    const encoded = encodeWidths(fromFont);
    expect(encoded.runs).toEqual([...ARIAL.runs]);
    expect(encoded.widths).toBe(ARIAL.widths);
    expect(font.xAvgCharWidth).toBe(ARIAL.averageWidth);
  });

  it('100 sample strings measure as the sum of the font’s advances', () => {
    const samples = fc.sample(words(fc.constantFrom(...tableChars.filter((c) => c !== '\u00ad'))), { seed: 20260913, numRuns: 100 });
    for (const s of samples) {
      let units = 0;
      for (const ch of collapseWhitespace(s)) units += font.advance(ch.codePointAt(0)!);
      expect(textWidth(s, 20)).toBe(px(units, 20));
    }
    expect(samples).toHaveLength(100);
  });
});
