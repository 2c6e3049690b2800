import { normalizeText } from '../parse/lines.js';

/** Input that cannot be analysed; the message names the problem in a few words. */
export class InputError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Turns a file's bytes into analysable text: UTF-8 with its byte-order mark removed and CRLF or
 * CR line endings made LF, so that counts, lines and columns are the same whatever the file used.
 */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('file is empty');
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) throw new InputError(`binary file (NUL byte at offset ${i}), not Markdown`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(`invalid UTF-8 at byte ${firstInvalidByte(bytes)}`);
  }
  return checkedText(text);
}

/**
 * Text that is already decoded (an editor's buffer), checked as a file's would be: empty text
 * is refused, line endings are made LF and a BOM dropped.
 */
export function checkedText(text: string): string {
  const normal = normalizeText(text);
  if (normal.trim() === '') throw new InputError('file is empty');
  return normal;
}

/** The offset of the first byte that does not continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + n + 1));
    } catch {
      return i;
    }
    i += n + 1;
  }
  return bytes.length;
}
