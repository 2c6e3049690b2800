import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';

/** What happened in a watched folder: the name of the entry that changed (null when the system did not say). */
export type FolderEvent = (dir: string, name: string | null) => void;

/**
 * One `fs.watch` per folder, kept in step with the folders a run needs. A folder that cannot be
 * watched (deleted between the plan and the watch, or past the system's limit of watches) is
 * left out; the problem is told once per folder and reason.
 */
export class FolderWatchers {
  /** Each watch, and the folder it was opened on (device and inode). */
  private readonly watchers = new Map<string, { watcher: FSWatcher; id: string | null }>();
  private readonly told = new Set<string>();

  constructor(
    private readonly onEvent: FolderEvent,
    private readonly onProblem: (dir: string, reason: string) => void,
  ) {}

  /** Watches exactly `dirs`: new ones are opened, those no longer needed closed. */
  update(dirs: ReadonlySet<string>): void {
    for (const [dir, w] of this.watchers) {
      // A folder deleted and made again (a branch switched, a build's output) is another folder
      // under the same name: the old watch hears nothing of it, so it is opened again. (The
      // event for the folder itself says so too; this is for one that came too late.)
      if (dirs.has(dir) && folderId(dir) === w.id) continue;
      w.watcher.close();
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
    for (const w of this.watchers.values()) w.watcher.close();
    this.watchers.clear();
  }

  private open(dir: string): void {
    let w: FSWatcher;
    const id = folderId(dir);
    const self = basename(dir);
    try {
      w = watch(dir, { persistent: true }, (_type, raw) => {
        const name = raw === null ? null : String(raw);
        // Linux names the folder itself when it is deleted or moved away, and the watch then
        // hears nothing more, even when a folder of the same name (often the same inode number)
        // is made at once: the watch is opened again on whatever is there now, and what the
        // folder held is looked at again. (An entry named as its folder, gone, costs a reopening.)
        if (name === self && !existsSync(join(dir, name))) {
          this.drop(dir, w);
          if (folderId(dir) !== null) this.open(dir);
          this.onEvent(dir, null);
          return;
        }
        this.onEvent(dir, name);
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      // Gone since the plan: the next run's plan watches the folder above it.
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      this.tell(dir, code);
      return;
    }
    w.on('error', (error: NodeJS.ErrnoException) => {
      this.drop(dir, w);
      if (error.code !== 'ENOENT' && error.code !== 'EPERM') this.tell(dir, error.code ?? error.message);
      // Whatever it held is looked at again, and the next plan watches what is there now.
      this.onEvent(dir, null);
    });
    this.watchers.set(dir, { watcher: w, id });
  }

  /** Closes `w`, and forgets it if it is still the watch of `dir`. */
  private drop(dir: string, w: FSWatcher): void {
    w.close();
    if (this.watchers.get(dir)?.watcher === w) this.watchers.delete(dir);
  }

  private tell(dir: string, reason: string): void {
    const key = `${dir}\0${reason}`;
    if (this.told.has(key)) return;
    this.told.add(key);
    this.onProblem(dir, reason === 'ENOSPC' ? 'ENOSPC: the system limit of watched folders is reached (fs.inotify.max_user_watches)' : reason);
  }
}

/** Which folder `dir` is now (device and inode), or null when there is none. */
function folderId(dir: string): string | null {
  try {
    const s = statSync(dir);
    return s.isDirectory() ? `${s.dev}:${s.ino}` : null;
  } catch {
    return null;
  }
}
