import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { SettingError } from '../check/settings.js';
import { CONFIG_FILES, ConfigError } from '../config/load.js';
import type { Engine, RunResult } from '../engine/engine.js';
import { failureText } from '../engine/score.js';
import { isFailure, type RunReport } from '../engine/types.js';
import { expandPatterns } from '../files/expand.js';
import { compareReports } from '../report/baseline.js';
import { printable } from '../report/escape.js';
import { EXIT } from './exit.js';
import { languageNotes } from './explain.js';
import { useColor, writeAll, type CliIO, type OutStream } from './io.js';
import { columnsOf, writeOutputs, type OutputSpec } from './outputs.js';
import type { CliOptions } from './program.js';
import { FolderWatchers } from './watch-dirs.js';
import { isAbove, MARKDOWN, planTargets, watchedFolders, type Plan } from './watch-plan.js';
import { JSON_FORMATS, oneLine, screenText, type RunHead } from './watch-screen.js';

/** The CLI's streams, and what ends a watch (the bin script aborts it on Ctrl-C and SIGTERM). */
export interface WatchIO extends CliIO {
  signal?: AbortSignal;
}

/** What `check` hands a watch: the command line, parsed, and what it read before the first run. */
export interface WatchRun {
  patterns: string[];
  outputs: OutputSpec[];
  options: CliOptions;
  /** `--baseline`: every run's report shows what changed since it, as a run without --watch would. */
  baseline?: RunReport;
  cwd: string;
}

/**
 * Saves are gathered for this long after the last event before a run: an editor's save is
 * several events (a truncate and a write, a temporary file renamed over), and so is saving all
 * open files. SEO_CHECK_WATCH_DEBOUNCE sets it in ms (tests).
 */
export const DEFAULT_DEBOUNCE_MS = 150;

export function debounceOf(env: CliIO['env']): number {
  const given = env.SEO_CHECK_WATCH_DEBOUNCE?.trim();
  return given !== undefined && /^\d{1,6}$/.test(given) ? Number(given) : DEFAULT_DEBOUNCE_MS;
}

/**
 * Events since the last run, by what they can change: the configuration, a file of the run,
 * perhaps which files are in it, or anything in a folder whose watch could not say what changed
 * (the system named nothing, or the folder itself went: its files are all looked at again).
 */
interface Pending {
  config: Set<string>;
  files: Set<string>;
  maybe: Set<string>;
  folders: Set<string>;
  since: number;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function sameKeys(a: ReadonlyMap<string, unknown> | ReadonlySet<string>, b: ReadonlyMap<string, unknown> | ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}

/** A stream that keeps what is written, with the terminal's traits of `like` (colour and width follow stdout). */
function capture(like: OutStream): OutStream & { text: string } {
  const sink = {
    text: '',
    isTTY: like.isTTY,
    columns: like.columns,
    write(chunk: string, callback?: (error?: Error | null) => void): boolean {
      sink.text += chunk;
      callback?.();
      return true;
    },
  };
  return sink;
}

/** A list of names that fits a line: the first few, then how many more. */
function few(names: readonly string[], most = 3): string {
  return names.length <= most ? names.join(', ') : `${names.slice(0, most).join(', ')} and ${names.length - most} more`;
}

class WatchSession {
  private runs = 0;
  private previous: RunReport | undefined;
  /** The run's files: absolute path → the name the report gives it. */
  private files = new Map<string, string>();
  private missing = new Set<string>();
  private plan: Plan;
  private pending: Pending | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;
  private crash: (error: unknown) => void = () => {};
  private readonly watchers: FolderWatchers;
  /** Reports written to files: the watch's own writes, never a reason to run. */
  private readonly written: Set<string>;
  private readonly configFile: string | undefined;
  private readonly configNames: Set<string>;
  private readonly debounce: number;
  private readonly paint: ChalkInstance;

  constructor(
    private readonly engine: Engine,
    private readonly io: WatchIO,
    private readonly run: WatchRun,
  ) {
    const { config, color } = run.options;
    this.configFile = typeof config === 'string' ? resolve(run.cwd, config) : undefined;
    // -c names the one file that counts; --no-config reads none (a .gitignore still counts: it hides files).
    this.configNames = new Set(config === undefined ? CONFIG_FILES : []);
    this.written = new Set(run.outputs.flatMap((o) => (o.path === null ? [] : [resolve(run.cwd, o.path)])));
    this.debounce = debounceOf(io.env);
    this.paint = new Chalk({ level: useColor(color, io.stdout, io.env) ? 1 : 0 });
    this.plan = planTargets(run.patterns, run.cwd);
    this.watchers = new FolderWatchers(
      (dir, name) => this.onEvent(dir, name),
      (dir, reason) => void writeAll(io.stderr, `seo-check: cannot watch ${printable(dir)} (${printable(reason)})\n`),
    );
  }

  async start(): Promise<number> {
    const signal = this.io.signal;
    if (signal?.aborted === true) return EXIT.ok;
    const stopped = new Promise<void>((done) => signal?.addEventListener('abort', () => done(), { once: true }));
    const crashed = new Promise<never>((_, fail) => {
      this.crash = fail;
    });
    // A bug in a run after the watch ended must not be an unhandled rejection.
    crashed.catch(() => {});
    try {
      await Promise.race([this.launch(null), crashed]);
      await writeAll(this.io.stderr, this.startMessage());
      await Promise.race([stopped, crashed]);
    } finally {
      this.stopped = true;
      clearTimeout(this.timer);
      this.watchers.close();
      await this.running;
    }
    return EXIT.ok;
  }

  private startMessage(): string {
    const names = [...this.files.values()].map(printable);
    const named = this.plan.trees.size === 0 && names.length <= 5 && names.length > 0;
    const what = named ? few(names, 5) : `${names.length} ${names.length === 1 ? 'file' : 'files'} (${few(this.run.patterns.map(printable), 5)}; new ones join)`;
    const whose = named && names.length === 1 ? 'its' : 'their';
    return `seo-check: watching ${what} and ${whose} configuration; press Ctrl-C to stop\n`;
  }

  private display(path: string): string {
    const rel = relative(this.run.cwd, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
  }

  /** What an event can change, or null when it is none of the watch's business. */
  private classify(dir: string, name: string | null): { kind: keyof Omit<Pending, 'since'>; path: string } | null {
    if (name === null) return { kind: 'folders', path: dir };
    const path = join(dir, name);
    if (this.written.has(path)) return null;
    if (name === '.gitignore' || (this.configFile === undefined ? this.configNames.has(name) : path === this.configFile)) return { kind: 'config', path };
    if (this.files.has(path) || this.plan.named.has(path)) return { kind: 'files', path };
    const { named, roots, trees } = this.plan;
    // A folder on the way to a missing name or a glob's start, made again.
    if ([...named, ...roots].some((n) => isAbove(path, n))) return { kind: 'maybe', path };
    if (trees.has(dir) && (MARKDOWN.test(name) || trees.has(path) || isFolder(path))) return { kind: 'maybe', path };
    return null;
  }

  private onEvent(dir: string, name: string | null): void {
    if (this.stopped) return;
    const event = this.classify(dir, name);
    if (event === null) return;
    this.pending ??= { config: new Set(), files: new Set(), maybe: new Set(), folders: new Set(), since: Date.now() };
    this.pending[event.kind].add(event.path);
    this.schedule();
  }

  /** Runs once events have stopped for the debounce time, or have gone on for ten of them; never two runs at once. */
  private schedule(): void {
    if (this.stopped || this.running !== null || this.pending === null) return;
    clearTimeout(this.timer);
    const longest = Math.max(10 * this.debounce, 1000);
    const wait = Math.max(0, Math.min(this.debounce, this.pending.since + longest - Date.now()));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const pending = this.pending;
      this.pending = null;
      if (pending !== null) void this.launch(pending);
    }, wait);
  }

  private launch(pending: Pending | null): Promise<void> {
    const done = this.execute(pending)
      .catch((error: unknown) => this.crash(error))
      .finally(() => {
        this.running = null;
        this.schedule();
      });
    this.running = done;
    return done;
  }

  /**
   * Why the run: the configuration, else the run's files that changed, joined or left it (not an
   * editor's lock file that looked like an article, nor a new folder: the files it brought). A run
   * for folders alone (one deleted or made again, with no file of the run in it) names them.
   */
  private reason(p: Pending | null, files?: ReadonlyMap<string, string>): string {
    if (p === null) return 'first run';
    const shown = (paths: Iterable<string>) => [...paths].map((path) => this.display(path));
    if (p.config.size > 0) return `configuration changed: ${few(shown(p.config))}`;
    const changed = new Set(p.files);
    if (files !== undefined) {
      for (const f of files.keys()) if (!this.files.has(f)) changed.add(f);
      for (const f of this.files.keys()) if (!files.has(f)) changed.add(f);
    }
    return `changed: ${few(shown(changed.size > 0 ? changed : [...p.folders, ...p.maybe]))}`;
  }

  private head(reason: string): RunHead {
    this.runs++;
    return { run: this.runs, time: new Date(), reason };
  }

  /** Watches what the plan and the run's files need now. */
  private watch(plan: Plan, files: ReadonlyMap<string, string>): void {
    this.plan = plan;
    if (!this.stopped) this.watchers.update(watchedFolders(plan, files.keys(), this.run.cwd, this.configFile));
  }

  private async execute(p: Pending | null): Promise<void> {
    const { engine, run } = this;
    if (p !== null && p.config.size > 0) engine.reloadConfiguration();
    const plan = planTargets(run.patterns, run.cwd);
    let files: Map<string, string>;
    try {
      // The engine expands the patterns again; this expansion tells which files the watch follows.
      const { ignores } = await engine.settingsFor('here.md');
      const expansion = await expandPatterns(plan.present, { cwd: run.cwd, ignores });
      files = new Map(expansion.files.map((f) => [resolve(run.cwd, f), f]));
    } catch (error) {
      return this.refused(error, plan, p);
    }
    const missing = new Set(plan.missing);
    if (p !== null && p.config.size === 0 && p.files.size === 0 && p.folders.size === 0 && sameKeys(files, this.files) && sameKeys(missing, this.missing)) {
      // Only names that could have joined the run changed, and none did (a file not matched or
      // ignored, an editor's lock file, an empty folder): the same run, nothing to show.
      this.watch(plan, this.files);
      return;
    }
    // Watched before the run, so that a save while it runs is not missed.
    this.watch(plan, files);
    let result;
    try {
      result = await engine.runFiles(plan.present);
    } catch (error) {
      return this.refused(error, plan, p);
    }
    const problems = await this.show(result, this.reason(p, files));
    await this.tell(this.comings(plan, files, p === null), result.report, problems, result.unmatched);
    this.previous = result.report;
    this.files = files;
    this.missing = missing;
  }

  /** Draws the run (to stdout) and writes the report files; what could not be written is kept for the notes. */
  private async show(result: RunResult, reason: string): Promise<string[]> {
    const { io, run } = this;
    const { report } = result;
    const stdout = capture(io.stdout);
    const { color, quiet, errorOnUnmatchedPattern } = run.options;
    const settings = { color, quiet, errorOnUnmatchedPattern, sources: result.sources, baseline: run.baseline && compareReports(run.baseline, report) };
    const problems = await writeOutputs(report, run.outputs, settings, { ...io, stdout }, run.cwd);
    const head = this.head(reason);
    const toStdout = run.outputs.find((o) => o.path === null);
    if (toStdout !== undefined && JSON_FORMATS.has(toStdout.format)) {
      await writeAll(io.stdout, oneLine(stdout.text));
      return problems;
    }
    const change = this.previous && compareReports(this.previous, report);
    const screen = { head, clear: io.stdout.isTTY === true && head.run > 1, report, body: stdout.text, ...(change === undefined ? {} : { change }) };
    await writeAll(io.stdout, screenText(screen, this.paint, columnsOf(io)));
    return problems;
  }

  /** Files that left the run and names that went or came back, one line each. */
  private comings(plan: Plan, files: ReadonlyMap<string, string>, first: boolean): string[] {
    const lines: string[] = [];
    for (const name of plan.missing) {
      if (!this.missing.has(name)) lines.push(`${name}: ${first ? 'no such file or folder' : 'deleted'}, watching its folder for its return`);
    }
    for (const name of this.missing) if (!plan.missing.includes(name)) lines.push(`${name}: back, watched again`);
    const named = [...plan.named];
    for (const [path, name] of this.files) {
      if (files.has(path) || existsSync(path) || named.some((n) => n === path || isAbove(n, path))) continue;
      lines.push(`${name}: deleted, no longer watched`);
    }
    return lines;
  }

  /** The run's notes on stderr, as a run without --watch gives them, after the screen (which would clear them). */
  private async tell(comings: string[], report: RunReport, problems: string[], unmatched: string[]): Promise<void> {
    const { errorOnUnmatchedPattern } = this.run.options;
    const lines = [
      ...comings,
      ...problems,
      ...report.results.filter(isFailure).map((r) => `${r.file}${r.line === undefined ? '' : `:${r.line}`}: ${r.error}`),
      ...unmatched.map((p) => `no Markdown files match '${p}'${errorOnUnmatchedPattern ? '' : ' (ignored)'}`),
      ...report.summary.failures.map((f) => failureText(f)),
    ];
    const notes = lines.map((l) => `seo-check: ${printable(l)}\n`).join('') + languageNotes(report.results);
    if (notes !== '') await writeAll(this.io.stderr, notes);
  }

  /**
   * A configuration that cannot be used ends a run without --watch; a watch shows why and goes
   * on, the last good run still the one the next compares with.
   */
  private async refused(error: unknown, plan: Plan, p: Pending | null): Promise<void> {
    let lines: string[];
    if (error instanceof ConfigError) lines = error.lines;
    else if (error instanceof SettingError) lines = [error.message];
    else throw error;
    const head = this.head(this.reason(p));
    const toStdout = this.run.outputs.find((o) => o.path === null);
    if (toStdout === undefined || !JSON_FORMATS.has(toStdout.format)) {
      await writeAll(this.io.stdout, screenText({ head, clear: this.io.stdout.isTTY === true && head.run > 1, body: '' }, this.paint, columnsOf(this.io)));
    }
    const why = [...lines, 'no report until the configuration is fixed; still watching'];
    await writeAll(this.io.stderr, why.map((l) => `seo-check: ${printable(l)}\n`).join(''));
    this.watch(plan, this.files);
  }
}

/**
 * `seo-check --watch <files, folders or globs…>`: runs, then runs again on every save until
 * `io.signal` aborts (Ctrl-C, SIGTERM), and returns 0. One engine serves the whole session, so
 * that its caches make each run after the first fast; a change to a configuration file or a
 * .gitignore makes it read the configuration again. Each run redraws the screen: the run's score,
 * what changed since the previous run, then the report; JSON formats print one line per run.
 */
export async function runWatch(engine: Engine, io: WatchIO, run: WatchRun): Promise<number> {
  if (run.patterns.includes('-')) {
    await writeAll(io.stderr, 'seo-check: --watch watches files: standard input (-) cannot be watched\n');
    return EXIT.usage;
  }
  return new WatchSession(engine, io, run).start();
}
