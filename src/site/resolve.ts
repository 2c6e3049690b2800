import { anchorForms, hasAnchor, looseAnchor, selfEvidentFragment, slugLike, type AnchorForms } from './anchors.js';
import type { SiteSummary } from './types.js';
import {
  basename,
  datedName,
  datedTail,
  dirname,
  isFileLink,
  isSourceLink,
  joinPath,
  pageKey,
  posix,
  readLink,
  type LinkRef,
} from './url.js';

/**
 * What a link resolved to. `found`: an article (or, for a file, a file on disk); `broken`: it
 * names an article or a heading the run does not hold; `unjudged`: seo-check cannot tell (a file
 * not next to the article, a page outside the articles' URLs, a resolution with several readings).
 */
export type Resolution =
  | { status: 'found'; targets: number[] }
  | { status: 'broken'; reason: 'article' | 'anchor'; targets: number[]; fragment: string | null }
  | { status: 'unjudged'; targets: number[] };

const UNJUDGED: Resolution = { status: 'unjudged', targets: [] };

/** Fragments kramdown and markdown-it-footnote give footnotes, which are no headings. */
const FOOTNOTE = /^fn(?:ref)?[:\-_]?[\w-]+$/i;

function push<K>(map: Map<K, number[]>, key: K, doc: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
}

/** The source path of an article in the keys' coordinates (its absolute path, else its display path). */
function sourceOf(s: SiteSummary): string {
  return posix(s.path ?? s.file);
}

/**
 * Resolves the links of a run's articles to one another, as the generators would: by source
 * path, by URL (front matter permalink, url, aliases), by slug, by a Jekyll post's date and name.
 * Built once per run: hash maps only, so a link costs a few look-ups whatever the run's size.
 */
export class LinkResolver {
  private readonly byPage = new Map<string, number[]>();
  private readonly byUrl = new Map<string, number[]>();
  private readonly bySlug = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();
  private readonly byDated = new Map<string, number[]>();
  /** Folders (page keys) that hold articles of the run. */
  private readonly articleDirs = new Set<string>();
  /** Articles whose front matter URL (not alias) puts them in each URL folder. */
  private readonly urlDirs = new Map<string, number>();
  /** What absolute links say of each URL folder: the paths linked to, those naming articles, which. */
  private readonly folders = new Map<string, { paths: Set<string>; matched: Set<string>; targets: Set<number>; strong: Set<number> }>();
  private readonly hasDated: boolean;
  private readonly anchors: Array<AnchorForms | undefined> = [];
  private readonly pageKeys: string[];

  constructor(
    private readonly summaries: readonly SiteSummary[],
    private readonly fileExists?: (absolutePath: string) => boolean,
  ) {
    let dated = false;
    this.pageKeys = summaries.map((s, i) => {
      const key = pageKey(sourceOf(s));
      push(this.byPage, key, i);
      this.articleDirs.add(dirname(key));
      const name = basename(key);
      push(this.byName, name, i);
      for (const url of [s.url, ...s.aliases]) {
        if (url === null) continue;
        const u = pageKey(url.startsWith('/') ? url : `/${url}`);
        push(this.byUrl, u, i);
        if (url === s.url) this.urlDirs.set(dirname(u), (this.urlDirs.get(dirname(u)) ?? 0) + 1);
      }
      const d = datedName(sourceOf(s));
      const slugs = new Set([name.replace(/^\d{4}-\d{2}-\d{2}-/, ''), ...(s.slug === null ? [] : [s.slug.toLowerCase()])]);
      for (const slug of slugs) {
        push(this.bySlug, slug, i);
        if (d !== null) {
          dated = true;
          push(this.byDated, `${d.year}/${d.month}/${d.day}/${slug}`, i);
          push(this.byDated, `${d.year}/${d.month}/${slug}`, i);
        }
      }
      return key;
    });
    this.hasDated = dated;
  }

  /**
   * Resolves every link of every article. Absolute links are judged once all have been read: a
   * path that names an article only by its last segment (`/blog/slug`) is found only in a URL
   * folder that holds the run's articles, and a path that names none is broken only there.
   */
  resolveAll(): Resolution[][] {
    const pending: Array<{ doc: number; link: number; key: string; dated: boolean; slugged: number[]; fragment: string | null }> = [];
    const out = this.summaries.map((s, doc) =>
      s.links.map((link, i) => {
        const ref = readLink(link.href, link.target, null);
        if (ref.kind !== 'absolute' || isFileLink(ref.path)) return this.resolve(doc, ref);
        const key = pageKey(ref.path);
        const exact = this.absolute(ref.path);
        const slugged = exact.length > 0 ? exact : (this.bySlug.get(basename(key)) ?? []);
        this.witness(key, slugged, exact.length > 0);
        if (exact.length > 0) return this.withAnchor(exact, ref.fragment);
        pending.push({ doc, link: i, key, dated: datedTail(ref.path) !== null, slugged, fragment: ref.fragment });
        return UNJUDGED;
      }),
    );
    for (const p of pending) {
      const folder = this.articleFolder(dirname(p.key));
      if (p.slugged.length > 0) out[p.doc][p.link] = folder ? this.withAnchor(p.slugged, p.fragment) : { status: 'unjudged', targets: p.slugged };
      else if (folder || (p.dated && this.hasDated)) out[p.doc][p.link] = { status: 'broken', reason: 'article', targets: [], fragment: p.fragment };
    }
    return out;
  }

  /** Records what an absolute link says of its URL folder: one more path, naming articles or not. */
  private witness(key: string, targets: readonly number[], exact: boolean): void {
    const dir = dirname(key);
    let f = this.folders.get(dir);
    if (f === undefined) this.folders.set(dir, (f = { paths: new Set(), matched: new Set(), targets: new Set(), strong: new Set() }));
    f.paths.add(key);
    if (targets.length === 0) return;
    f.matched.add(key);
    for (const t of targets) (exact ? f.strong : f.targets).add(t);
  }

  /**
   * Whether a URL folder holds the run's articles, so that a path there that names none is
   * broken: the run's links name articles there (two by URL, dated path or source path, or three
   * by slug alone), and at least half the paths they link to there are articles of the run. Go's
   * `/blog/` is such a folder; its `/pkg/` is not (`/pkg/strings/` is no post named "strings"),
   * nor is a site's root, where `/about/` and `/tags/` are pages but no articles.
   */
  private articleFolder(dir: string): boolean {
    const f = this.folders.get(dir);
    if (f === undefined) return false;
    const named = f.strong.size >= 2 || f.strong.size + f.targets.size >= 3;
    return named && f.matched.size * 2 >= f.paths.size;
  }

  private resolve(doc: number, ref: LinkRef): Resolution {
    switch (ref.kind) {
      case 'other':
        return UNJUDGED;
      case 'fragment':
        return this.withAnchor([doc], ref.fragment);
      case 'relative':
        return this.relative(doc, ref.path, ref.fragment);
      case 'absolute':
        // A file (an image, a PDF) under the site's root: its static folder is not known.
        return UNJUDGED;
      case 'post': {
        const name = basename(ref.name).toLowerCase().replace(/\.[a-z]+$/, '');
        const found = (this.byName.get(name) ?? []).filter((i) => datedName(sourceOf(this.summaries[i])) !== null);
        return this.foundOrBroken(found, ref.fragment);
      }
      case 'source':
        return this.source(doc, ref.path, ref.fragment, ref.from);
    }
  }

  private foundOrBroken(found: number[], fragment: string | null): Resolution {
    return found.length > 0 ? this.withAnchor(found, fragment) : { status: 'broken', reason: 'article', targets: [], fragment };
  }

  /** Articles whose page key ends with `key` at a folder boundary (`/blog/x` matches `content/blog/x`). */
  private bySuffix(key: string): number[] {
    const tail = key.startsWith('/') ? key : `/${key}`;
    return (this.byName.get(basename(key)) ?? []).filter((i) => {
      const k = this.pageKeys[i];
      return k === key || k.endsWith(tail) || `/${k}` === tail;
    });
  }

  /** Articles an absolute path names outright: by URL, by dated path, or by a source path of two or more segments. */
  private absolute(path: string): number[] {
    const key = pageKey(path);
    const byUrl = this.byUrl.get(key);
    if (byUrl !== undefined) return byUrl;
    const tail = datedTail(path);
    const dated = tail === null ? undefined : this.byDated.get(tail);
    if (dated !== undefined) return dated;
    return key.split('/').filter(Boolean).length >= 2 ? this.bySuffix(key) : [];
  }

  private relative(doc: number, path: string, fragment: string | null): Resolution {
    const s = this.summaries[doc];
    const source = sourceOf(s);
    const fileDir = dirname(source);
    if (isFileLink(path)) {
      if (s.path === null || this.fileExists === undefined) return UNJUDGED;
      return this.fileExists(joinPath(fileDir, path)) ? { status: 'found', targets: [] } : UNJUDGED;
    }
    // A source file (`x.md`) is relative to the file; a URL (`x/`, `x.html`) to the page, whose
    // folder is the file's own for a bundle (`x/index.md`) and the file without its extension
    // for a leaf with pretty URLs (`x.md` → `x/`).
    const readings: Array<{ key: string; url: boolean }> = [{ key: pageKey(joinPath(fileDir, path)), url: false }];
    const pretty = this.pageKeys[doc];
    if (!isSourceLink(path) && pretty !== pageKey(fileDir)) readings.push({ key: pageKey(joinPath(pretty, path)), url: false });
    if (s.url !== null) {
      const base = s.url.startsWith('/') ? s.url : `/${s.url}`;
      readings.push({ key: pageKey(joinPath(base.endsWith('/') ? base : dirname(base), path)), url: true });
    }
    const found = new Set<number>();
    for (const r of readings) for (const i of (r.url ? this.byUrl : this.byPage).get(r.key) ?? []) found.add(i);
    if (found.size > 0) return this.withAnchor([...found].sort((a, b) => a - b), fragment);
    // A file on disk that the run was not given is no broken link.
    if (s.path !== null && this.onDisk(fileDir, path)) return { status: 'found', targets: [] };
    // Not found: broken when it names a source file, or when every reading points into a folder
    // that holds articles of the run; else it may be a page that is no article (a tag, the index).
    const inArticles = readings.every((r) => (r.url ? (this.urlDirs.get(dirname(r.key)) ?? 0) >= 2 : this.articleDirs.has(dirname(r.key))));
    return inArticles || isSourceLink(path) ? { status: 'broken', reason: 'article', targets: [], fragment } : UNJUDGED;
  }

  /** Whether the page a relative link names exists on disk (as a source file or a bundle). */
  private onDisk(fileDir: string, path: string): boolean {
    if (this.fileExists === undefined) return false;
    const p = joinPath(fileDir, path);
    const bare = p.replace(/\.html?$/i, '');
    return [p, `${bare}.md`, `${bare}/index.md`, `${bare}/_index.md`].some((f) => this.fileExists!(f));
  }

  /** Jekyll `{% link %}` (from the site's root) and Hugo `ref`/`relref` (from the article, else by name). */
  private source(doc: number, path: string, fragment: string | null, from: 'root' | 'article'): Resolution {
    if (path === '') return this.withAnchor([doc], fragment);
    const key = pageKey(path);
    if (from === 'article') {
      const near = this.byPage.get(pageKey(joinPath(dirname(sourceOf(this.summaries[doc])), path)));
      if (near !== undefined) return this.withAnchor(near, fragment);
    }
    const found = key.includes('/') ? this.bySuffix(key.replace(/^\//, '')) : (this.byName.get(key) ?? this.bySlug.get(key) ?? []);
    return this.foundOrBroken(found, fragment);
  }

  private anchorsOf(doc: number): AnchorForms {
    let forms = this.anchors[doc];
    if (forms === undefined) this.anchors[doc] = forms = anchorForms(this.summaries[doc].headings, this.summaries[doc].ids);
    return forms;
  }

  /** A found link with a fragment: the fragment must be a heading of (one of) the targets. */
  private withAnchor(targets: number[], fragment: string | null): Resolution {
    if (fragment === null || selfEvidentFragment(fragment) || FOOTNOTE.test(fragment)) return { status: 'found', targets };
    const loose = looseAnchor(fragment);
    if (loose === '' || targets.some((t) => hasAnchor(this.anchorsOf(t), loose))) return { status: 'found', targets };
    // Several articles could be meant, or the fragment is no slug (an HTML id): not judged.
    if (targets.length > 1 || !slugLike(fragment)) return { status: 'unjudged', targets };
    return { status: 'broken', reason: 'anchor', targets, fragment };
  }

}
