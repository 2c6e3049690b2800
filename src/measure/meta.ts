import type { Document } from '../parse/document.js';
import { DESCRIPTION_KEYS, findKey, KEYPHRASE_KEYS, SLUG_KEY, TITLE_KEY, URL_KEYS } from '../parse/frontmatter-keys.js';
import { PAGE_EXTENSIONS } from '../util/page-extensions.js';

/** The article's metadata, from front matter or, failing that, from the body and file name. */
export interface Meta {
  title: string | null;
  description: string | null;
  slug: string | null;
  /** The path the front matter publishes the article at (`permalink`, `url`), as written, when it is a concrete path. */
  url: string | null;
  /** 1-based lines where each was found (1 when derived or missing). */
  lines: { title: number; description: number; slug: number; url: number };
  /** Where the title came from. */
  titleFrom: 'front-matter' | 'h1' | null;
}

// A page bundle's file, in Hugo's multilingual form too (`index.fr.md`).
const INDEX_NAMES = /^(?:index|_index|readme)(?:\.[a-z]{2}(?:-[a-z]+)?)?$/i;

/**
 * A metadata value as text. A list or a mapping is none: splitFrontMatter has already made it the
 * front matter's error.
 */
function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A TOML date: smol-toml's TomlDate gives it back as written ("2015-04-10").
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return null;
}

/**
 * The name a site publishes a file under: its name without extension and without a leading
 * `YYYY-MM-DD-` date; for a page bundle (`post/index.md`) the folder's name.
 */
export function slugFromPath(file: string): string | null {
  return lastSegment(file.split(/[\\/]/), { extension: ANY_EXTENSION, dated: true });
}

const ANY_EXTENSION = /\.[^.]+$/;
/** A URL's page extension: `/a/b.html` is page b, but `/2015/01/09/Rust-1.0-alpha` (Zola) is no file "Rust-1". */
const PAGE_EXTENSION = new RegExp(`\\.(?:${[...PAGE_EXTENSIONS].join('|')})$`, 'i');

/**
 * The slug of a path's segments: the last non-empty one (without its extension when it names a
 * file), `index` giving its folder's name.
 */
function lastSegment(segments: string[], options: { extension: RegExp | null; dated: boolean }): string | null {
  const parts = segments.filter(Boolean);
  let name = parts.pop() ?? '';
  if (options.extension !== null) name = name.replace(options.extension, '');
  if (INDEX_NAMES.test(name) && parts.length > 0) name = parts.pop()!;
  if (options.dated) name = name.replace(/^\d{4}-\d{2}-\d{2}-/, '');
  return name === '' ? null : name;
}

// Jekyll's permalink placeholders (`/:year/:title/`) and template syntax (Eleventy's
// `{{ page.fileSlug }}/`): a pattern for the generator to fill in, not a path.
const PLACEHOLDER = /(?:^|[/.-]):[a-z_]|\{\{|\{%|\$\{/i;

/** `value` as a concrete path (a URL's path), or null for a pattern, `false` (Eleventy: not published) or anything not text. */
function concretePath(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '' || PLACEHOLDER.test(value)) return null;
  return value.trim();
}

/**
 * The slug of a concrete path: its last segment without query or fragment, decoded, and without
 * a page's extension (`/a/b.html`; `/releases/v1.2/` is a folder, `/rust-1.0` a page).
 */
function slugOfUrl(url: string): string | null {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const slug = lastSegment(path.split('/'), { extension: path.endsWith('/') ? null : PAGE_EXTENSION, dated: false });
  if (slug === null) return null;
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

export function readMeta(doc: Document, file: string | null): Meta {
  const data = doc.frontMatter.data;
  const keyLine = (key: string | undefined) => (key === undefined ? 1 : (doc.frontMatter.keyLines.get(key) ?? 1));
  const value = (name: string) => {
    const key = findKey(data, name);
    return { key, text: key === undefined ? null : text(data[key]) };
  };
  const titleField = value(TITLE_KEY);
  let title = titleField.text;
  let titleLine = keyLine(titleField.key);
  let titleFrom: Meta['titleFrom'] = title === null ? null : 'front-matter';
  if (title === null) {
    const h1 = doc.blocks.find((b) => b.kind === 'heading' && b.level === 1);
    if (h1 !== undefined) {
      title = h1.plain;
      titleLine = h1.line;
      titleFrom = 'h1';
    }
  }
  const description = DESCRIPTION_KEYS.map(value).find((d) => d.text !== null);
  // The path the page is published at, when the front matter names one: Jekyll and Eleventy
  // `permalink`, Hugo `url`. A pattern such as Jekyll's `/:year/:month/:title/` is not one: the
  // generator fills `:title` from `slug` or the file name, which is then the slug. Eleventy's
  // `permalink: false` (not published) is not one either.
  const urlKey = URL_KEYS.map((name) => findKey(data, name)).find((key) => key !== undefined && concretePath(data[key]) !== null);
  const url = urlKey === undefined ? null : concretePath(data[urlKey]);
  const slugFromUrl = url === null ? null : slugOfUrl(url);
  // A slug may itself be a path (Docusaurus: `slug: /guides/intro`): its last segment, as given
  // (`v1.2` has no extension to drop).
  const slugField = value(SLUG_KEY);
  const slugFromKey = slugField.text?.split('/').filter(Boolean).pop() ?? null;
  const slug = slugFromUrl ?? slugFromKey ?? (file === null ? null : slugFromPath(file));
  return {
    title,
    description: description?.text ?? null,
    slug,
    url,
    lines: {
      title: titleLine,
      description: keyLine(description?.key),
      slug: slugFromUrl !== null ? keyLine(urlKey) : slugFromKey !== null ? keyLine(slugField.key) : 1,
      url: url === null ? 1 : keyLine(urlKey),
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
  for (const name of KEYPHRASE_KEYS) {
    const key = findKey(data, name);
    const value = key === undefined ? undefined : data[key];
    if (typeof value === 'string' && value.trim() !== '') {
      return name === 'keywords' ? value.split(',').map((v) => v.trim()).filter(Boolean) : [value.trim()];
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
