/**
 * Extensions of pages, shared by the slug of a URL (src/measure/meta.ts) and link resolution
 * (src/site/url.ts): a path ending so names an article or its output, not a file to download.
 */
export const PAGE_EXTENSIONS: ReadonlySet<string> = new Set(['md', 'markdown', 'mdx', 'mdown', 'html', 'htm', 'xhtml', 'shtml', 'php', 'asp', 'aspx']);

/** Extensions of source files, which name an article outright. */
export const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set(['md', 'markdown', 'mdx', 'mdown']);
