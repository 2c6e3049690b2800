/** Why front matter could not be read: the parser's words, and the 1-based line in the file. */
export interface FrontMatterProblem {
  message: string;
  line: number;
  column?: number;
}

/** The front matter of an article, split from its body. */
export interface FrontMatter {
  format: 'yaml' | 'toml' | 'json' | null;
  /** The mapping read; `{}` when the front matter could not be read. */
  data: Record<string, unknown>;
  /** Offset at which the Markdown body starts. */
  bodyOffset: number;
  /** 0-based line on which the Markdown body starts. */
  bodyLine: number;
  /** 1-based line of each top-level key, so findings about `title` can point at it. */
  keyLines: Map<string, number>;
  /** The first problem with the front matter, or null. The body is read either way. */
  error: FrontMatterProblem | null;
}

/** What a format's reader gives, its lines in the file. */
export interface FrontMatterRead {
  data: Record<string, unknown>;
  keyLines: Map<string, number>;
  error: FrontMatterProblem | null;
}
