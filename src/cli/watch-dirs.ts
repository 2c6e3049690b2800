import { watch, type FSWatcher } from 'node:fs';

/** What happened in a watched folder: the name of the entry that changed (null when the system did not say). */
export type FolderEvent = (dir: string, name: string | null) => void;

/**
 * One `fs.watch` per folder, kept in step with the folders a run needs. A folder that cannot be
 * watched (deleted between the plan and the watch, or past the system's limit of watches) is
 * left out; the problem is told once per folder and reason.
 */
export class FolderWatchers {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly told = new Set<string>();

  constructor(
    private readonly onEvent: FolderEvent,
    private readonly onProblem: (dir: string, reason: string) => void,
  ) {}

  /** Watches exactly `dirs`: new ones are opened, those no longer needed closed. */
  update(dirs: ReadonlySet<string>): void {
    for (const [dir, w] of this.watchers) {
      if (dirs.has(dir)) continue;
      w.close();
      this.watchers.delete(dir);
    }
    for (const dir of dirs) if (!this.watchers.has(dir)) this.open(dir);
  }

  has(dir: string): boolean {
    return this.watchers.has(dir);
  }

  get size(): number {
    return this.watchers.size;
  }

  close(): void {
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private open(dir: string): void {
    let w: FSWatcher;
    try {
      w = watch(dir, { persistent: true }, (_type, name) => this.onEvent(dir, name === null ? null : String(name)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      // Gone since the plan: the next run's plan watches the folder above it.
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      this.tell(dir, code);
      return;
    }
    w.on('error', (error: NodeJS.ErrnoException) => {
      w.close();
      this.watchers.delete(dir);
      if (error.code !== 'ENOENT' && error.code !== 'EPERM') this.tell(dir, error.code ?? error.message);
      // Whatever it held is looked at again, and the next plan watches what is there now.
      this.onEvent(dir, null);
    });
    this.watchers.set(dir, w);
  }

  private tell(dir: string, reason: string): void {
    const key = `${dir}\0${reason}`;
    if (this.told.has(key)) return;
    this.told.add(key);
    this.onProblem(dir, reason === 'ENOSPC' ? 'ENOSPC: the system limit of watched folders is reached (fs.inotify.max_user_watches)' : reason);
  }
}
