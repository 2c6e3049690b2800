import { PhraseModel } from './keyphrases.js';
import { LinkResolver, type Resolution } from './resolve.js';
import { TermModel, type Prominence } from './tfidf.js';
import type { SiteSummary } from './types.js';

/** The order summaries are read in: by file, then path, so that findings never depend on input order. */
export function compareSummaries(a: SiteSummary, b: SiteSummary): number {
  return cmp(a.file, b.file) || cmp(a.path ?? '', b.path ?? '') || cmp(a.title ?? '', b.title ?? '') || cmp(a.bodyHash, b.bodyHash);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ContextOptions {
  /** Whether a file exists (for links to images and other files next to an article). */
  fileExists?: (absolutePath: string) => boolean;
  prominence?: Prominence;
}

/**
 * What several site rules and the suggestions share, each computed once, on first need: link
 * resolution, the TF-IDF model of terms and phrases. Rules read the run's summaries through it,
 * in its sorted order; an article is its index in `summaries`.
 */
export class SiteContext {
  readonly summaries: readonly SiteSummary[];
  private resolutions?: Resolution[][];
  private termModel?: TermModel;
  private phraseModel?: PhraseModel;
  private linked?: Array<Set<number>>;

  constructor(
    summaries: readonly SiteSummary[],
    private readonly options: ContextOptions = {},
  ) {
    this.summaries = [...summaries].sort(compareSummaries);
  }

  /** Every link of every article, resolved (same indices as `summaries[doc].links`). */
  links(): Resolution[][] {
    this.resolutions ??= new LinkResolver(this.summaries, this.options.fileExists).resolveAll();
    return this.resolutions;
  }

  /** For each article, the other articles it links to (found or ambiguous links; any reading counts). */
  outLinks(): Array<Set<number>> {
    this.linked ??= this.links().map((links, doc) => {
      const out = new Set<number>();
      for (const r of links) for (const t of r.targets) if (t !== doc) out.add(t);
      return out;
    });
    return this.linked;
  }

  terms(): TermModel {
    this.termModel ??= new TermModel(this.summaries, this.options.prominence);
    return this.termModel;
  }

  phrases(): PhraseModel {
    this.phraseModel ??= new PhraseModel(this.summaries, this.terms());
    return this.phraseModel;
  }
}
