// Everything the page shows from a report or an article is text, never markup: `&`, `<`, `>` and
// both quotes are escaped wherever text goes (`esc`, safe in content and in quoted attribute
// values alike). In content, text from the article or the command line goes through `escShown`,
// which also makes hidden and direction-changing characters visible; attributes (tooltips, data-
// attributes) and the page's <title> cannot hold the markup that shows them: tooltips and the
// title go through `escPlain` (the codes as plain text), data- attributes keep `esc`, exact, so
// that a selector finds them.

const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Characters that would make the text read differently from what it is, shown as a visible code
// instead: C0 and C1 controls but tab and line feed, lone surrogates, line and paragraph separators,
// and the bidirectional embeddings, overrides and isolates ("Trojan Source"). One UTF-16 unit each,
// so a text keeps its length and the report's columns still point into it.
const HIDDEN =
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for HTML content or a quoted attribute value. */
export function esc(text: string): string {
  return text.replace(SPECIAL, (c) => ENTITY[c]);
}

// Whether a text needs either treatment: most pieces of an article need neither.
const ANY = /[&<>"'\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/** Text as written, escaped, with hidden and direction-changing characters made visible. */
export function escShown(text: string): string {
  if (!ANY.test(text)) return text;
  return esc(text).replace(HIDDEN, (c) => `<span class="ctl" title="U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}">${hex(c)}</span>`);
}

/** For a tooltip or the page's <title>, which hold no markup: hidden characters as plain codes, escaped. */
export function escPlain(text: string): string {
  return esc(ANY.test(text) ? text.replace(HIDDEN, hex) : text);
}

function hex(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A number as the page prints it: at most two decimals, no trailing zeros. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** "+3", "−2", "±0": a change, signed. */
export function signed(n: number): string {
  return n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : '±0';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
