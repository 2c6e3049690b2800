import { argsOf, TagKind, tagAt, type Arg, type Args, type Tag } from './template-syntax.js';

/*
 * What a template tag stands for, as far as a reader and the checks are concerned: an image (its
 * alt text for the image checks, its caption for the reader), a comment, the opening of a pair
 * whose content is code or a comment, a Go string of Markdown, a code sample, or text the site
 * fills in that seo-check cannot know (not prose).
 */

export type Meaning =
  | { kind: 'image'; src: string; alt: string; captions: Arg[] }
  | { kind: 'comment'; text: string }
  /** Opens a pair (`{% raw %}` … `{% endraw %}`) whose content is code, or a comment. */
  | { kind: 'pair'; content: 'code' | 'comment' }
  /** `{{raw "…"}}` (the Go blog): the string is Markdown, written into the page as it stands. */
  | { kind: 'markdown'; literal: Arg }
  /** `{{code "…"}}`, `{{play "…"}}` (the Go blog): a code sample read from a file. */
  | { kind: 'code' }
  | { kind: 'other' };

/** Pairs whose content is shown as written, not as prose: Liquid, Nunjucks and Hugo code blocks. */
const CODE_PAIRS = new Set(['raw', 'verbatim', 'highlight', 'codeblock']);
/** Names that hold an image (`image`, `image_with_class`, Hugo's `figure`, `img`, `picture`, …). */
const IMAGE_NAME = ['image', 'img', 'figure', 'picture', 'photo'];
const INCLUDES = new Set(['include', 'render', 'partial', 'include_relative']);
const SRC_KEYS = ['src', 'image', 'url', 'path', 'file', 'source'];
/** Arguments shown to the reader under an image (Hugo's `figure` shows its title as a heading). */
const CAPTION_KEYS = ['caption', 'title'];

function isImageName(name: string): boolean {
  return IMAGE_NAME.some((n) => name.includes(n));
}

export function meaningOf(src: string, tag: Tag): Meaning {
  if (tag.kind === TagKind.Comment) return { kind: 'comment', text: commentText(src, tag) };
  const { name } = tag;
  if (tag.closing) return { kind: 'other' };
  if (tag.kind === TagKind.Statement && name === 'comment') return { kind: 'pair', content: 'comment' };
  // Liquid 5's inline comment: {% # note %}.
  if (tag.kind === TagKind.Statement && name.startsWith('#')) return { kind: 'comment', text: src.slice(tag.innerStart, tag.innerEnd).trim().slice(1).trim() };
  if (tag.kind !== TagKind.Output && CODE_PAIRS.has(name)) return { kind: 'pair', content: 'code' };
  if (tag.kind === TagKind.Output) {
    if (name === 'code' || name === 'play') return { kind: 'code' };
    if (name === 'raw') {
      const literal = argsOf(src, tag).positional[0];
      return literal?.quoted ? { kind: 'markdown', literal } : { kind: 'other' };
    }
  }
  const args = argsOf(src, tag);
  if (INCLUDES.has(name)) return showsImage(args) ? image(args, false, tag) : { kind: 'other' };
  if (isImageName(name)) return image(args, true, tag);
  return { kind: 'other' };
}

/** A file name or URL that is an image's (a query or fragment after it allowed). */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|ico|heic)(?:[?#].*)?$/i;

/**
 * Whether an include shows an image: it has alt text, names an image file (`src`, `image`), or
 * is an image's own include (`figure.html`, `image-with-caption.html`). An include with a `url`,
 * `path` or `file` alone is a video, a card, a button as often: not taken for an image.
 */
function showsImage(args: Args): boolean {
  if (args.named.has('alt')) return true;
  if (['src', 'image'].some((k) => IMAGE_FILE.test(args.named.get(k)?.value ?? ''))) return true;
  const file = args.positional[0]?.value ?? '';
  return isImageName(file.toLowerCase());
}

/** An image tag: its source, its alt text and the captions it shows. */
function image(args: Args, positional: boolean, tag: Tag): Meaning {
  const named = (keys: readonly string[]) => keys.map((k) => args.named.get(k)).find((a) => a !== undefined);
  const strings = positional ? args.positional.filter((a) => a.quoted) : [];
  const src = named(SRC_KEYS)?.value ?? strings[0]?.value ?? '';
  const captions = CAPTION_KEYS.flatMap((k) => (args.named.has(k) ? [args.named.get(k)!] : []));
  // `{% image "src" "alt" %}`, `{% image_with_class "src" "class" "alt" %}`: the alt comes last.
  let alt = args.named.get('alt')?.value ?? (strings.length >= 2 ? strings[strings.length - 1].value : undefined);
  // Hugo's figure writes its caption as the alt text when it has none.
  if (alt === undefined && tag.kind !== TagKind.Statement && tag.kind !== TagKind.Output) alt = args.named.get('caption')?.value;
  return { kind: 'image', src, alt: alt ?? '', captions };
}

function commentText(src: string, tag: Tag): string {
  let text = src.slice(tag.innerStart, tag.innerEnd).trim();
  if (text.startsWith('/*')) text = text.slice(2);
  if (text.endsWith('*/')) text = text.slice(0, -2);
  return text.trim();
}

/** How a link's `target` was read from its destination. */
export type TargetKind =
  /** A URL or path, as written or after the site's template filters. */
  | 'url'
  /** A source file a Jekyll `{% link %}` tag names ("_posts/2016-06-20-x.md"). */
  | 'file'
  /** A post a Jekyll `{% post_url %}` tag names ("2016-06-20-x"). */
  | 'post'
  /** A page a Hugo `ref` or `relref` shortcode names ("x.md"). */
  | 'ref'
  /** Template output seo-check cannot know (`{{ page.url }}`): `target` is the destination as written. */
  | 'template';

/** Filters that give a path back as a URL on the site: the path is the target. */
const PATH_FILTERS = new Set(['url', 'relative_url', 'absolute_url', 'prepend', 'uri_escape', 'escape', 'safe', 'strip']);
/** Variables that hold the site's base path or host: links under them are the site's own. */
const BASE_VARIABLES = new Set(['site.baseurl', 'site.base_url', 'site.url', 'baseurl', 'base_url', '.site.baseurl']);

/**
 * The destination `src[from, to)` as the site generator resolves it: `{{ site.baseurl }}/x/` and
 * `{{ "/x/" | url }}` give "/x/", `{% link p.md %}` the file, `{% post_url n %}` the post,
 * `{{< ref "x.md" >}}` the reference; anything else is 'template'.
 */
export function resolveTarget(src: string, from: number, to: number): { target: string; kind: TargetKind } {
  let target = '';
  let kind: TargetKind = 'url';
  let at = from;
  while (at < to) {
    const open = src.indexOf('{', at);
    const tag = open === -1 || open >= to ? null : tagAt(src, open, to);
    if (tag === null) {
      const next = open === -1 || open >= to ? to : open + 1;
      target += src.slice(at, next);
      at = next;
      continue;
    }
    target += src.slice(at, tag.start);
    const piece = resolveTag(src, tag);
    if (piece === null) return { target: src.slice(from, to), kind: 'template' };
    if (piece.kind !== 'url') {
      // One named page per destination, with at most a fragment or query after it.
      if (kind !== 'url' || target !== '') return { target: src.slice(from, to), kind: 'template' };
      kind = piece.kind;
    }
    target += piece.value;
    at = tag.end;
  }
  return { target, kind };
}

function resolveTag(src: string, tag: Tag): { value: string; kind: TargetKind } | null {
  const args = argsOf(src, tag);
  const first = args.positional[0];
  if (tag.kind === TagKind.Statement) {
    if (tag.name === 'link' && first !== undefined) return { value: first.value, kind: 'file' };
    if (tag.name === 'post_url' && first !== undefined) return { value: first.value, kind: 'post' };
    return null;
  }
  if (tag.kind === TagKind.Shortcode || tag.kind === TagKind.MarkdownShortcode) {
    const path = args.named.get('path') ?? first;
    if ((tag.name === 'ref' || tag.name === 'relref') && path !== undefined) return { value: path.value, kind: 'ref' };
    return null;
  }
  if (tag.kind !== TagKind.Output || !args.filters.every((f) => PATH_FILTERS.has(f))) return null;
  if (BASE_VARIABLES.has(tag.name) && args.positional.length === 0) return { value: '', kind: 'url' };
  if (first?.quoted && args.positional.length === 1) return { value: first.value, kind: 'url' };
  return null;
}
