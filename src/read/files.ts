import { readFile } from 'node:fs/promises';
import { decodeArticle, InputError } from './decode.js';

/** An article's text, or why it could not be read. */
export type Input = { file: string; text: string } | { file: string; error: string };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
};

/** Why a file system error stopped a read, in a few words. */
export function reason(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code !== undefined && code in REASONS) return REASONS[code];
  return (error as Error)?.message?.split('\n')[0] ?? String(error);
}

export async function readArticle(file: string): Promise<Input> {
  try {
    return { file, text: decodeArticle(await readFile(file)) };
  } catch (error) {
    return { file, error: reason(error) };
  }
}

export async function readStream(stream: AsyncIterable<Uint8Array | string>, file = '<stdin>'): Promise<Input> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return { file, text: decodeArticle(Buffer.concat(chunks)) };
  } catch (error) {
    return { file, error: reason(error) };
  }
}
