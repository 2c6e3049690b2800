import type { Link } from '../parse/markdown.js';
import type { ArticleFacts } from '../rules/types.js';
import { tokenize } from '../text/tokenize.js';
import { countPhrases, countTerms, fingerprint, linkSentences, WordKeys } from './features.js';
import { isContent } from './content-words.js';
import { languageTag, SummaryLanguages, type SummaryLanguage } from './language.js';
import type { SiteSummary, SummaryHeading, SummaryLink } from './types.js';
import { readLink } from './url.js';

const MAX_LINKS = 500;
const MAX_HEADINGS = 200;
const MAX_IDS = 500;
const MAX_KEYS = 64;
const MAX_ALIASES = 10;
const KEYPHRASE_KEYS = ['keyphrase', 'keyphrases', 'keywords'];

export interface SummaryOptions {
  /** The language the run matches in (`--lang`), which wins over the front matter's. */
  language?: string;
  /** The run's languages, so that each is loaded once (default: a registry for this call). */
  languages?: SummaryLanguages;
}

/** The normalised key of a keyphrase: the stem keys of its content words, joined by ' '. */
export function phraseKey(words: ReadonlyArray<{ key: string; content: boolean }>): string {
  return words
    .filter((w) => w.content)
    .map((w) => w.key)
    .join(' ');
}

/** A concrete site path from front matter (`/blog/x/`), not a pattern (`/:year/:title/`) or a template. */
function concretePath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (v === '' || /(^|\/):[a-z_]/i.test(v) || v.includes('{{') || /^[a-z][a-z0-9+.-]*:/i.test(v)) return null;
  return v.startsWith('/') ? v : `/${v}`;
}

/**
 * The URL the article is published under (`meta.url`: front matter `permalink`, `url` or `path`),
 * from the site's root: Zola and Eleventy write it without the leading slash.
 */
function articleUrl(facts: ArticleFacts): string | null {
  const url = facts.meta.url;
  if (url === null || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) return url;
  return `/${url}`;
}

/** Other URLs of the article: Hugo's and Zola's `aliases` (a list; a mapping there is matching's aliases), jekyll-redirect-from's `redirect_from`. */
function articleAliases(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['aliases', 'redirect_from']) {
    const v = data[key];
    const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
    for (const item of list) {
      const p = concretePath(item);
      if (p !== null && out.length < MAX_ALIASES) out.push(p);
    }
  }
  return out;
}

function summaryLinks(facts: ArticleFacts): SummaryLink[] {
  const site = facts.links.site;
  const { lines } = facts.doc;
  const out: SummaryLink[] = [];
  for (const raw of facts.doc.links) {
    if (out.length === MAX_LINKS) break;
    // A template the parse layer read to a URL (`{{ site.baseurl }}/x/` → "/x/") gives that URL;
    // the tags that name a file, a post or a page (`{% post_url %}`) are read from the href here.
    const given = raw.targetKind === 'url' && raw.target !== raw.href ? raw.target : null;
    const ref = readLink(raw.href, given, site);
    if (ref.kind === 'other') continue;
    // An absolute URL on the site's host is kept as written, with its path as the target.
    const onHost = given === null && /^(?:https?:)?\/\//i.test(raw.href);
    const target = onHost && ref.kind === 'absolute' ? ref.path + (ref.fragment === null ? '' : `#${ref.fragment}`) : given;
    const start = lines.place(raw.start);
    const end = lines.place(raw.end);
    out.push({ href: raw.href, target, text: raw.text, line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
  }
  return out;
}

function keyphraseLine(facts: ArticleFacts): number {
  for (const key of KEYPHRASE_KEYS) {
    const line = facts.doc.frontMatter.keyLines.get(key);
    if (line !== undefined) return line;
  }
  return 1;
}

/** The endColumn of each of `lines` (1-based), so that a finding about a whole line can say where it ends. */
function lineEnds(facts: ArticleFacts, lines: readonly number[]): Record<number, number> {
  const index = facts.doc.lines;
  const out: Record<number, number> = {};
  for (const l of lines) if (l >= 1 && l <= index.count) out[l] = index.lineText(l - 1).length + 1;
  return out;
}

/** Content keys of the title: from its H1's words, or the front matter title folded alike. */
function titleKeys(facts: ArticleFacts, keys: WordKeys, lang: SummaryLanguage): string[] {
  const { doc, meta } = facts;
  if (meta.title === null) return [];
  if (meta.titleFrom === 'h1') {
    const h1 = doc.blocks.find((b) => b.kind === 'heading' && b.level === 1);
    if (h1 !== undefined) return [...keys.distinct(h1.from, h1.to)].slice(0, MAX_KEYS);
  }
  const words = tokenize(meta.title, lang.folder());
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) if (isContent(words.form(i), lang.functionWords)) out.add(words.key(i));
  return [...out].slice(0, MAX_KEYS);
}

/**
 * The summary of one article for the site stage, from the facts of the per-file stage. `file` is
 * the name reports give it; `path` the absolute path on disk (null for standard input).
 */
export function buildSummary(facts: ArticleFacts, file: string, path: string | null, options: SummaryOptions = {}): SiteSummary {
  const { doc, meta, stats } = facts;
  const tag = options.language !== undefined && options.language.trim() !== '' ? options.language : languageTag(doc.frontMatter.data);
  const lang = (options.languages ?? new SummaryLanguages()).get(tag);
  const { forms } = doc.words;
  const keys = new WordKeys(doc, lang.contentKeys(forms), lang.slots(forms), lang.keySlots(forms));
  const { terms, termCounts, termOf } = countTerms(keys);
  const headingBlocks = doc.blocks.filter((b) => b.kind === 'heading').slice(0, MAX_HEADINGS);
  const headings: SummaryHeading[] = headingBlocks.map((b) => ({ text: b.plain, level: b.level, line: b.line, anchor: b.anchor ?? null }));
  const headingTerms = new Set<string>();
  for (const b of headingBlocks) if (b.level >= 2) keys.distinct(b.from, b.to, headingTerms);
  const line = keyphraseLine(facts);
  // Findings about a keyphrase point at its whole line (the front matter key, or line 1).
  const endColumn = doc.lines.lineText(Math.min(line, doc.lines.count) - 1).length + 1;
  return {
    file,
    path,
    language: lang.code,
    title: meta.title,
    titleLine: meta.lines.title,
    lineEnds: lineEnds(facts, [1, meta.lines.title, meta.lines.description, line, doc.frontMatter.bodyLine + 1]),
    description: meta.description,
    descriptionLine: meta.lines.description,
    slug: meta.slug,
    url: articleUrl(facts),
    aliases: articleAliases(doc.frontMatter.data),
    keyphrases: facts.keyphrases.map((k) => ({ phrase: k.phrase, key: phraseKey(k.target.phrase.words), line, endColumn })),
    headings,
    // Distinct, and bounded as the headings are: a summary crosses to the main thread.
    ids: [...new Set(doc.ids)].slice(0, MAX_IDS),
    links: summaryLinks(facts),
    words: stats.words,
    bodyLine: doc.blocks[0]?.line ?? 1,
    ...fingerprint(doc),
    terms,
    termCounts,
    titleTerms: titleKeys(facts, keys, lang),
    headingTerms: [...headingTerms].slice(0, MAX_KEYS),
    phrases: countPhrases(doc, keys),
    sentences: linkSentences(doc, keys, termOf),
  };
}
