import { basename, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../engine/engine.js';

const MARKDOWN_IDS = new Set(['markdown', 'mdx', 'markdown.mdx', 'quarto', 'rmd']);
const MARKDOWN_EXTENSIONS = /\.(?:md|mdx|markdown|mdown|mkd)$/i;

/** Whether a document is an article: Markdown by the client's language id, or by its name. */
export function isMarkdown(languageId: string, path: string): boolean {
  return MARKDOWN_IDS.has(languageId.toLowerCase()) || MARKDOWN_EXTENSIONS.test(path);
}

/**
 * One long-lived engine per workspace folder, its `cwd` the folder, so that each keeps its
 * configuration and word tables (bounded by the engine) between edits; documents outside every
 * folder share one more. The engine finds each document's configuration from its path.
 */
export class Workspaces {
  private folders: Array<{ path: string; engine: Engine }> = [];
  private outside: Engine | null = null;

  constructor(private readonly fallbackCwd: string) {}

  /** The file system path of a document: its file, or for an unsaved one (`untitled:`) a name in the first folder. */
  pathOf(uri: string): string {
    if (uri.startsWith('file:')) {
      try {
        return fileURLToPath(uri);
      } catch {
        // A file URI with a host (a UNC share elsewhere): named as the other schemes are.
      }
    }
    const name = basename(decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:/i, ''))) || 'untitled';
    return join(this.folders[0]?.path ?? this.fallbackCwd, MARKDOWN_EXTENSIONS.test(name) ? name : `${name}.md`);
  }

  add(folderUri: string): void {
    const path = this.pathOf(folderUri);
    if (this.folders.some((f) => f.path === path)) return;
    this.folders.push({ path, engine: new Engine({ cwd: path, env: process.env }) });
    // The longest folder first: a document in a nested folder belongs to the innermost.
    this.folders.sort((a, b) => b.path.length - a.path.length);
  }

  remove(folderUri: string): void {
    const path = this.pathOf(folderUri);
    for (const f of this.folders.filter((f) => f.path === path)) f.engine.dispose();
    this.folders = this.folders.filter((f) => f.path !== path);
  }

  engineFor(path: string): Engine {
    const folder = this.folders.find((f) => path === f.path || path.startsWith(f.path.endsWith(sep) ? f.path : f.path + sep));
    if (folder !== undefined) return folder.engine;
    this.outside ??= new Engine({ cwd: this.fallbackCwd, env: process.env });
    return this.outside;
  }

  /** Every engine reads its configuration files again on its next analysis. */
  reloadConfiguration(): void {
    for (const f of this.folders) f.engine.reloadConfiguration();
    this.outside?.reloadConfiguration();
  }

  dispose(): void {
    for (const f of this.folders) f.engine.dispose();
    this.outside?.dispose();
    this.folders = [];
    this.outside = null;
  }
}
