import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeArticle, InputError } from './decode.js';

/** An article's text, or why it could not be read. */
export type Input = { file: string; text: string } | { file: string; error: string };

export interface ReadOptions {
  /** Refuse input larger than this many bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

const MB = 1024 * 1024;

/** The size over which input is refused unless the caller raises it (`--max-size`). */
export const DEFAULT_MAX_BYTES = 20 * MB;

/** Sizes in messages: "20 MB", "52.4 MB" (1 MB = 1 048 576 bytes); under 0.1 MB in bytes. */
export function megabytes(bytes: number): string {
  return bytes < MB / 10 ? `${bytes} bytes` : `${Number((bytes / MB).toFixed(1))} MB`;
}

/** Why input over the limit is refused, and what to do about it. */
export function tooLarge(size: number | null, maxBytes: number): InputError {
  const what = size === null ? 'input is larger than' : `file is ${megabytes(size)}, over`;
  return new InputError(`${what} the ${megabytes(maxBytes)} limit; raise it with --max-size <MB>`);
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** Why a file system error stopped a read, in a few words. */
export function reason(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code !== undefined && code in REASONS) return REASONS[code];
  return (error as Error)?.message?.split('\n')[0] ?? String(error);
}

/** Reads a stream up to `maxBytes`, and refuses it as soon as it goes past. */
async function readBounded(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes) throw tooLarge(null, maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads one file. Regular files are read synchronously: a run reads its files one after another
 * anyway, and four thread-pool round trips (open, stat, read, close) per file cost more than the
 * read (316 corpus files: 40 ms asynchronously, 8 ms synchronously).
 */
export async function readArticle(file: string, options: ReadOptions = {}): Promise<Input> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const info = fstatSync(fd);
    let bytes: Uint8Array;
    if (info.isDirectory()) {
      return { file, error: REASONS.EISDIR };
    } else if (info.isFile() && info.size > 0) {
      // Refused before a byte is read, so a 50 GB log cannot exhaust memory.
      if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
      bytes = readFileSync(fd);
      if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
    } else {
      // A FIFO, a device or a file that reports no size (/proc) has no size to check first
      // (`seo-check <(curl …)`, /dev/zero): read it up to the limit, never further.
      const stream = createReadStream('', { fd, autoClose: false });
      bytes = await readBounded(stream, maxBytes);
    }
    return { file, text: decodeArticle(bytes) };
  } catch (error) {
    return { file, error: reason(error) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed: nothing to release
      }
    }
  }
}

export async function readStream(
  stream: AsyncIterable<Uint8Array | string>,
  file = '<stdin>',
  options: ReadOptions = {},
): Promise<Input> {
  try {
    return { file, text: decodeArticle(await readBounded(stream, options.maxBytes ?? DEFAULT_MAX_BYTES)) };
  } catch (error) {
    return { file, error: reason(error) };
  }
}
