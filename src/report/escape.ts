// C0 and C1 control characters (but not tab or line feed) and lone surrogates: a file name or a
// heading that carries them must not move the cursor, recolour or retitle the user's terminal.
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe to print on a terminal: control characters shown as `\xNN` / `\uNNNN`. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
