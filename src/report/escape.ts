// What must not reach a terminal raw from a file name or an article: C0 and C1 control characters
// but tab (ESC starts colour, cursor and title sequences; a line feed would split a one-line
// message), lone surrogates, line and paragraph separators, and the bidirectional embeddings,
// overrides and isolates that can make printed text read differently from what it is.
// Right-to-left letters themselves are text and stay.
const UNSAFE =
  /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe to print on a terminal: unsafe characters shown as `\xNN` / `\uNNNN`. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
