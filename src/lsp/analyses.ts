import type { Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../config/load.js';
import { SettingError } from '../check/settings.js';
import type { Engine } from '../engine/engine.js';
import { isFailure, type FileReport } from '../engine/types.js';
import { megabytes } from '../read/files.js';
import { lineDiagnostic, toDiagnostics } from './diagnostics.js';
import { isMarkdown, type Workspaces } from './workspace.js';

/** One open document's analysis: the version analysed, its text as the client had it, what was found. */
export interface DocState {
  uri: string;
  version: number;
  text: string;
  path: string;
  engine: Engine;
  /** Null when the document was not analysed (not Markdown, too large, bad configuration) or could not be. */
  report: FileReport | null;
  diagnostics: Diagnostic[];
}

/** An analysis that took longer than this (a very large document) makes the next wait twice as long. */
const SLOW_MS = 50;

export interface AnalysesOptions {
  /** Milliseconds to wait after an edit before analysing: edits within it are analysed once. */
  debounce: number;
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

/**
 * Analyses open documents, newest version only. An edit (re)starts the document's timer, so a
 * burst of edits is analysed once, after it; after an analysis slower than SLOW_MS the wait grows
 * to twice what it took, so that a huge document cannot keep the server busy while it is typed in. An
 * analysis runs to its end once started (the engine cannot stop midway), but its result is
 * dropped, never published, when a newer version arrived meanwhile. Only open documents have
 * state: closing one forgets it.
 */
export class Analyses {
  private readonly states = new Map<string, DocState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, { version: number; done: Promise<DocState | null> }>();
  private readonly costs = new Map<string, number>();
  /** Counts configuration changes: an analysis begun under an older configuration is not published. */
  private generation = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspaces: Workspaces,
    private readonly options: AnalysesOptions,
  ) {}

  /** Analyses the document once edits pause (at once with `delay` 0). */
  schedule(uri: string, delay?: number): void {
    clearTimeout(this.timers.get(uri));
    const cost = this.costs.get(uri) ?? 0;
    const wait = delay ?? (cost < SLOW_MS ? this.options.debounce : Math.max(this.options.debounce, 2 * cost));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const log = (error: unknown) => this.options.log(`seo-check: ${(error as Error)?.stack ?? error}`);
        try {
          this.refresh(uri).catch(log);
        } catch (error) {
          log(error);
        }
      }, wait),
    );
  }

  /** The analysis of the document's current version: the one made, the one running, or one made now. */
  async current(uri: string): Promise<DocState | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = this.documents.get(uri);
      if (doc === undefined) return null;
      const state = this.states.get(uri);
      if (state !== undefined && state.version === doc.version) return state;
      const made = await this.refresh(uri);
      // Null: a newer version came while it ran; try that one.
      if (made !== null) return made;
    }
    return null;
  }

  /** The configuration changed: every open document is analysed again, now. */
  rerunAll(): void {
    this.generation++;
    this.states.clear();
    this.running.clear();
    for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
  }

  /** Forgets a closed document and clears its diagnostics. */
  close(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.states.delete(uri);
    this.running.delete(uri);
    this.costs.delete(uri);
    this.options.publish(uri, undefined, []);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.states.clear();
    this.running.clear();
    this.costs.clear();
  }

  /** How many documents have state (for tests of boundedness). */
  get size(): number {
    return this.states.size;
  }

  private refresh(uri: string): Promise<DocState | null> {
    const doc = this.documents.get(uri);
    if (doc === undefined) return Promise.resolve(null);
    const running = this.running.get(uri);
    if (running !== undefined && running.version === doc.version) return running.done;
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const generation = this.generation;
    const done: Promise<DocState | null> = this.analyse(doc).then((state) => {
      if (this.running.get(uri)?.done === done) this.running.delete(uri);
      const now = this.documents.get(uri);
      // A newer version (or a close, or a new configuration) came while this one ran: its result is not worth showing.
      if (now === undefined || now.version !== state.version || generation !== this.generation) return null;
      this.states.set(uri, state);
      this.options.publish(uri, state.version, state.diagnostics);
      return state;
    });
    this.running.set(uri, { version: doc.version, done });
    return done;
  }

  private async analyse(doc: TextDocument): Promise<DocState> {
    const text = doc.getText();
    const path = this.workspaces.pathOf(doc.uri);
    const engine = this.workspaces.engineFor(path);
    const state: DocState = { uri: doc.uri, version: doc.version, text, path, engine, report: null, diagnostics: [] };
    if (!isMarkdown(doc.languageId, path)) return state;
    const started = performance.now();
    try {
      const { maxBytes } = await engine.settingsFor(path);
      // A UTF-16 unit is at most 3 bytes of UTF-8: only text near the limit is measured.
      if (text.length * 3 > maxBytes && Buffer.byteLength(text) > maxBytes) {
        state.diagnostics = [lineDiagnostic(text, 1, `Not analysed: the document is ${megabytes(Buffer.byteLength(text))}, over the ${megabytes(maxBytes)} limit`, 'max-size')];
        return state;
      }
      const result = await engine.analyze({ path, text });
      state.report = isFailure(result) ? null : result;
      state.diagnostics = toDiagnostics(result, text);
    } catch (error) {
      // A configuration file that cannot be read or is invalid: the document says so, once.
      const known = error instanceof ConfigError || error instanceof SettingError;
      if (!known) this.options.log(`seo-check: internal error on ${path}: ${(error as Error)?.stack ?? error}`);
      state.diagnostics = [lineDiagnostic(text, 1, known ? `Configuration: ${(error as Error).message}` : `seo-check internal error: ${(error as Error)?.message ?? error}`, known ? 'configuration' : undefined)];
    } finally {
      if (this.documents.get(doc.uri) !== undefined) this.costs.set(doc.uri, performance.now() - started);
    }
    return state;
  }
}
