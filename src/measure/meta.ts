import type { Document } from '../parse/document.js';
import { ParseError } from '../parse/errors.js';

/** The article's metadata, from front matter or, failing that, from the body and file name. */
export interface Meta {
  title: string | null;
  description: string | null;
  slug: string | null;
  /** 1-based lines where each was found (1 when derived or missing). */
  lines: { title: number; description: number; slug: number };
  /** Where the title came from. */
  titleFrom: 'front-matter' | 'h1' | null;
}

const DESCRIPTION_KEYS = ['description', 'summary', 'excerpt'];
const KEYPHRASE_KEYS = ['keyphrase', 'keyphrases', 'keywords'];
const INDEX_NAMES = /^(?:index|_index|readme)$/i;

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A TOML date: smol-toml's TomlDate gives it back as written ("2015-04-10").
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return null;
}

/**
 * A metadata field that must be text. A list or a mapping there is a mistake to point out, not a
 * title to treat as missing (which would fail `title-length` for the wrong reason).
 */
function field(data: Record<string, unknown>, key: string, line: number): string | null {
  const value = data[key];
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    throw new ParseError(`front matter ${key} must be text, not ${Array.isArray(value) ? 'a list' : 'a mapping'}`, line);
  }
  return text(value);
}

/**
 * The slug a site would publish the file under: its name without extension and without a
 * leading `YYYY-MM-DD-` date; for a page bundle (`post/index.md`) the folder's name.
 */
export function slugFromPath(file: string): string | null {
  const parts = file.split(/[\\/]/).filter(Boolean);
  let name = (parts.pop() ?? '').replace(/\.[^.]+$/, '');
  if (INDEX_NAMES.test(name) && parts.length > 0) name = parts.pop()!;
  name = name.replace(/^\d{4}-\d{2}-\d{2}-/, '');
  return name === '' ? null : name;
}

export function readMeta(doc: Document, file: string | null): Meta {
  const data = doc.frontMatter.data;
  const keyLine = (key: string) => doc.frontMatter.keyLines.get(key) ?? 1;
  let titleLine = keyLine('title');
  let title = field(data, 'title', titleLine);
  let titleFrom: Meta['titleFrom'] = title === null ? null : 'front-matter';
  if (title === null) {
    const h1 = doc.blocks.find((b) => b.kind === 'heading' && b.level === 1);
    if (h1 !== undefined) {
      title = h1.plain;
      titleLine = h1.line;
      titleFrom = 'h1';
    }
  }
  const descriptionKey = DESCRIPTION_KEYS.find((k) => field(data, k, keyLine(k)) !== null);
  const slugValue = field(data, 'slug', keyLine('slug'));
  return {
    title,
    description: descriptionKey === undefined ? null : text(data[descriptionKey]),
    slug: slugValue ?? (file === null ? null : slugFromPath(file)),
    lines: {
      title: titleLine,
      description: descriptionKey === undefined ? 1 : keyLine(descriptionKey),
      slug: slugValue === null ? 1 : keyLine('slug'),
    },
    titleFrom,
  };
}

/**
 * Keyphrases named in front matter (`keyphrase`, `keyphrases` or `keywords`; the first present
 * wins). A `keywords` string is the comma-separated list of HTML's meta keywords.
 */
export function frontMatterKeyphrases(doc: Document): string[] {
  const data = doc.frontMatter.data;
  for (const key of KEYPHRASE_KEYS) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') {
      return key === 'keywords' ? value.split(',').map((v) => v.trim()).filter(Boolean) : [value.trim()];
    }
    // `keyphrase: 2024` is the text 2024, as a title would be.
    if (typeof value === 'number') return [String(value)];
    if (Array.isArray(value)) {
      const list = value.filter((v) => typeof v === 'string' || typeof v === 'number').map(text).filter((v): v is string => v !== null);
      if (list.length > 0) return list;
    }
  }
  return [];
}
