import { PAGE_EXTENSIONS, SOURCE_EXTENSIONS } from '../util/page-extensions.js';
/**
 * Reading a link's destination as the static site generators read it. Everything here works on
 * the href string the Markdown parser gave (never on Markdown), and on the `target` the parse
 * layer resolved a template to, when it did.
 */

/** What a link points at, before it is looked up among the run's articles. */
export type LinkRef =
  /** A path relative to the article: a source file (`../x.md`) or a URL (`./x/`). */
  | { kind: 'relative'; path: string; fragment: string | null }
  /** A path from the site's root (`/blog/x/`, or an absolute URL on the site's host). */
  | { kind: 'absolute'; path: string; fragment: string | null }
  /** `#x`: a heading of the article itself. */
  | { kind: 'fragment'; fragment: string }
  /** Jekyll `{% post_url 2016-06-20-slug %}` (optionally `category/2016-06-20-slug`). */
  | { kind: 'post'; name: string; fragment: string | null }
  /**
   * A source file named by a template: Jekyll `{% link _posts/x.md %}` (from the site's root),
   * Hugo `{{< ref "x.md" >}}` / `relref` (from the article's folder, else anywhere by name).
   */
  | { kind: 'source'; path: string; fragment: string | null; from: 'root' | 'article' }
  /** A template seo-check cannot read, or a destination that is not a page of the site. */
  | { kind: 'other' };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Splits `#fragment` (and drops `?query`) off a path. */
function splitFragment(path: string): { path: string; fragment: string | null } {
  const hash = path.indexOf('#');
  const fragment = hash === -1 ? null : safeDecode(path.slice(hash + 1));
  let rest = hash === -1 ? path : path.slice(0, hash);
  const query = rest.indexOf('?');
  if (query !== -1) rest = rest.slice(0, query);
  return { path: safeDecode(rest), fragment };
}

/** Percent-decoding that leaves a malformed escape as written. */
export function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The quoted argument of a template tag (`"x.md"`, `'x'`, `path="x"`), or its first bare word. */
function templateArgument(inner: string): string | null {
  const quoted = /(?:^|[\s=(])["'“”‘’]([^"'“”‘’]*)["'“”‘’]/.exec(inner);
  if (quoted !== null) return quoted[1].trim();
  const bare = inner.trim().split(/\s+/)[0];
  return bare === undefined || bare === '' ? null : bare;
}

/**
 * Reads the template tags of an href. Jekyll/Liquid: `{% post_url name %}`, `{% link path %}`,
 * `{{ site.baseurl }}`, `{{ site.url }}`, `{{ "/x/" | relative_url }}` (also `absolute_url`,
 * Eleventy's `url`). Hugo: `{{< ref "x" >}}`, `{{% relref "x" %}}`, `{{ ref . "x" }}`,
 * `{{ .Site.BaseURL }}`. Returns null when the href holds no template tag.
 */
function readTemplate(href: string): LinkRef | null {
  const liquid = /\{%-?\s*(post_url|link)\s+([^%]*?)\s*-?%\}/.exec(href);
  if (liquid !== null) {
    const { fragment } = splitFragment(href.slice(liquid.index + liquid[0].length));
    const arg = liquid[2].trim();
    return liquid[1] === 'post_url' ? { kind: 'post', name: arg, fragment } : { kind: 'source', path: arg, fragment, from: 'root' };
  }
  const shortcode = /\{\{[<%]\s*(ref|relref)\s+([^>%]*?)\s*[>%]\}\}/.exec(href) ?? /\{\{-?\s*(ref|relref)\s+\.\s+([^}]*?)\s*-?\}\}/.exec(href);
  if (shortcode !== null) {
    const arg = templateArgument(shortcode[2]);
    if (arg === null) return { kind: 'other' };
    const split = splitFragment(arg);
    const after = splitFragment(href.slice(shortcode.index + shortcode[0].length)).fragment;
    return { kind: 'source', path: split.path, fragment: split.fragment ?? after, from: split.path.startsWith('/') ? 'root' : 'article' };
  }
  if (!href.includes('{{') && !href.includes('{%')) return null;
  // A filter over a quoted path ("{{ '/x/' | relative_url }}"), or a base URL followed by the path.
  const filtered = /\{\{-?\s*["']([^"']*)["']\s*\|\s*(?:relative_url|absolute_url|url)\s*-?\}\}/.exec(href);
  if (filtered !== null) return reference(filtered[1] + href.slice(filtered.index + filtered[0].length));
  const base = /^\s*\{\{-?\s*(?:site\.baseurl|site\.url|\.Site\.BaseURL|site\.base_url|config\.base_url)\s*-?\}\}/.exec(href);
  if (base !== null) {
    const rest = href.slice(base[0].length);
    return reference(rest.startsWith('/') ? rest : `/${rest}`);
  }
  return { kind: 'other' };
}

/** A plain destination: relative, site-absolute or a fragment; anything with a scheme is other. */
function reference(href: string): LinkRef {
  if (href.startsWith('#')) return { kind: 'fragment', fragment: safeDecode(href.slice(1)) };
  if (href.startsWith('//') || SCHEME.test(href)) return { kind: 'other' };
  const { path, fragment } = splitFragment(href);
  if (path === '') return fragment === null ? { kind: 'other' } : { kind: 'fragment', fragment };
  return path.startsWith('/') ? { kind: 'absolute', path, fragment } : { kind: 'relative', path, fragment };
}

/** The host of a URL without "www.", or null. */
function hostOf(url: string): string | null {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Reads a link. `target`, when the parse layer gave one, is what a template resolved to and
 * wins over the href. `site` is the host the article's absolute links count as internal on.
 */
export function readLink(href: string, target: string | null, site: string | null): LinkRef {
  const written = target ?? href;
  // Most links hold no template: only a brace (or its percent-encoding) calls for reading one.
  const maybe = target === null && (written.includes('{') || written.includes('%7B') || written.includes('%7b'));
  const template = maybe ? readTemplate(safeTemplate(written)) : null;
  if (template !== null) return template;
  if (written.startsWith('//') || SCHEME.test(written)) {
    if (site === null || !/^(?:https?:)?\/\//i.test(written) || hostOf(written) !== site) return { kind: 'other' };
    const url = new URL(written.startsWith('//') ? `https:${written}` : written);
    return reference(`${url.pathname}${url.hash}`);
  }
  return reference(written);
}

/**
 * markdown-it percent-encodes a destination written in angle brackets (`<{% post_url x %}>`):
 * a template is read decoded.
 */
function safeTemplate(href: string): string {
  return href.includes('%7B') || href.includes('%7b') ? safeDecode(href) : href;
}

/** Whether a link may point into the site (the summary keeps only these). */
export function isInternalCandidate(href: string, target: string | null, site: string | null): boolean {
  return readLink(href, target, site).kind !== 'other';
}


/** The extension of a path's last segment, lower case, or ''. */
export function extensionOf(path: string): string {
  const last = path.slice(path.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return dot <= 0 ? '' : last.slice(dot + 1).toLowerCase();
}

/** A path to a file that is not a page (an image, a PDF): judged only by its existence on disk. */
export function isFileLink(path: string): boolean {
  const ext = extensionOf(path);
  // "go1.18", "v2.0": a dot followed by digits only is a version in a slug, not an extension.
  return ext !== '' && !/^\d+$/.test(ext) && !PAGE_EXTENSIONS.has(ext);
}

export function isSourceLink(path: string): boolean {
  return SOURCE_EXTENSIONS.has(extensionOf(path));
}

/** Joins and normalises POSIX path segments (`a/b/../c` → `a/c`); '..' above the root is kept. */
export function joinPath(...parts: string[]): string {
  const absolute = parts.length > 0 && parts[0].startsWith('/');
  const out: string[] = [];
  for (const part of parts) {
    for (const seg of part.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (seg === '..' && absolute) continue;
      else out.push(seg);
    }
  }
  return (absolute ? '/' : '') + out.join('/');
}

/** A path with backslashes made slashes (Windows paths compare as POSIX ones). */
export function posix(path: string): string {
  return path.replace(/\\/g, '/');
}

const INDEX_NAME = /^(?:index|_index|readme)$/i;

/**
 * A page's key, for comparing a link with an article: lower case, no trailing slash, no page
 * extension, no `index`/`_index`/`README` at the end (a page bundle `x/index.md` is `x`).
 */
export function pageKey(path: string): string {
  let p = posix(path).toLowerCase();
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  const ext = extensionOf(p);
  if (PAGE_EXTENSIONS.has(ext)) p = p.slice(0, -(ext.length + 1));
  const slash = p.lastIndexOf('/');
  if (INDEX_NAME.test(p.slice(slash + 1))) p = slash <= 0 ? (p.startsWith('/') ? '/' : '') : p.slice(0, slash);
  return p;
}

/** The folder part of a path ('' for a bare name). */
export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : slash === 0 ? '/' : path.slice(0, slash);
}

/** The last segment of a path. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

const DATED = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;

/** The date and name of a Jekyll post file name (`2016-06-20-slug.md`), or null. */
export function datedName(file: string): { year: string; month: string; day: string; name: string } | null {
  const name = basename(posix(file)).replace(/\.[^.]+$/, '');
  const m = DATED.exec(name);
  return m === null ? null : { year: m[1], month: m[2], day: m[3], name: m[4] };
}

/** The `YYYY/MM/DD/slug` or `YYYY/MM/slug` tail of a URL path, lower case, or null. */
export function datedTail(path: string): string | null {
  const segs = pageKey(path).split('/').filter(Boolean);
  for (let i = 0; i + 2 < segs.length; i++) {
    if (!/^\d{4}$/.test(segs[i]) || !/^\d{2}$/.test(segs[i + 1])) continue;
    const rest = segs.slice(i + 2);
    // `/2016/06/20/` is a day's archive, not a post.
    if (rest.length === 1 && /^\d{2}$/.test(rest[0])) return null;
    if (rest.length === 1) return `${segs[i]}/${segs[i + 1]}/${rest[0]}`;
    if (rest.length === 2 && /^\d{2}$/.test(rest[0])) return `${segs[i]}/${segs[i + 1]}/${rest[0]}/${rest[1]}`;
    return null;
  }
  return null;
}
