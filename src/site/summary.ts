import type { Link } from '../parse/markdown.js';
import type { ArticleFacts } from '../rules/types.js';
import { tokenize } from '../text/tokenize.js';
import { headingAnchors } from './anchors.js';
import { countPhrases, countTerms, fingerprint, isContent, linkSentences, WordKeys } from './features.js';
import { languageTag, SummaryLanguages, type SummaryLanguage } from './language.js';
import type { SiteSummary, SummaryHeading, SummaryLink } from './types.js';
import { readLink } from './url.js';

const MAX_LINKS = 500;
const MAX_HEADINGS = 200;
const MAX_KEYS = 64;
const MAX_ALIASES = 10;
const KEYPHRASE_KEYS = ['keyphrase', 'keyphrases', 'keywords'];

export interface SummaryOptions {
  /** The language the run matches in (`--lang`), which wins over the front matter's. */
  language?: string;
  /** The run's languages, so that each is loaded once (default: a registry for this call). */
  languages?: SummaryLanguages;
}

/** What the parse layer will add to a link (target, text, end); read when present. */
type LinkFromParser = Link & Partial<{ target: string | null; text: string; column: number; endLine: number; endColumn: number }>;

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
 * The URL the article is published under: `meta.url` once the front matter layer gives it; until
 * then front matter `permalink` or `url`, and Zola's `path` in TOML front matter.
 */
function articleUrl(facts: ArticleFacts): string | null {
  const given = (facts.meta as { url?: string | null }).url;
  if (given !== undefined) return given;
  const fm = facts.doc.frontMatter;
  return concretePath(fm.data.permalink) ?? concretePath(fm.data.url) ?? (fm.format === 'toml' ? concretePath(fm.data.path) : null);
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
  const out: SummaryLink[] = [];
  for (const raw of facts.doc.links as LinkFromParser[]) {
    if (out.length === MAX_LINKS) break;
    const given = raw.target ?? null;
    const ref = readLink(raw.href, given, site);
    if (ref.kind === 'other') continue;
    // An absolute URL on the site's host is kept as written, with its path as the target.
    const onHost = given === null && /^(?:https?:)?\/\//i.test(raw.href);
    const target = onHost && ref.kind === 'absolute' ? ref.path + (ref.fragment === null ? '' : `#${ref.fragment}`) : given;
    const column = raw.column ?? 1;
    out.push({
      href: raw.href,
      target,
      text: raw.text ?? '',
      line: raw.line,
      column,
      endLine: raw.endLine ?? raw.line,
      endColumn: raw.endColumn ?? column,
    });
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
  const keys = new WordKeys(doc, (id) => lang.isContent(doc.words.forms, id), lang.slots(doc.words.forms));
  const { terms, termCounts, termOf } = countTerms(keys);
  const headingBlocks = doc.blocks.filter((b) => b.kind === 'heading').slice(0, MAX_HEADINGS);
  const anchors = headingAnchors(headingBlocks.map((b) => b.plain));
  const headings: SummaryHeading[] = headingBlocks.map((b, i) => ({ text: anchors[i].text, level: b.level, line: b.line, anchor: anchors[i].anchor }));
  const headingTerms = new Set<string>();
  for (const b of headingBlocks) if (b.level >= 2) keys.distinct(b.from, b.to, headingTerms);
  const line = keyphraseLine(facts);
  return {
    file,
    path,
    language: lang.code,
    title: meta.title,
    titleLine: meta.lines.title,
    description: meta.description,
    descriptionLine: meta.lines.description,
    slug: meta.slug,
    url: articleUrl(facts),
    aliases: articleAliases(doc.frontMatter.data),
    keyphrases: facts.keyphrases.map((k) => ({ phrase: k.phrase, key: phraseKey(k.target.phrase.words), line })),
    headings,
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
