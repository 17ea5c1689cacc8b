import { watch, type FSWatcher } from 'chokidar';

/** Article files the workspace records. */
export const ARTICLE_FILE = /\.(txt|md)$/i;

export interface WatcherOptions {
  /** Absolute paths (and everything below them) that are never watched, e.g. the store. */
  ignore: string[];
  /**
   * A path that changed (added, changed, removed): called at once (`settled` false) and again after
   * `settleMs` (`settled` true). A read at once may see a write half done — a file truncated before
   * its new text lands — so the caller should not record an empty file until the settled call.
   */
  onPath: (absPath: string, settled: boolean) => void;
  /** A directory that disappeared (its files may not get their own events). */
  onDirRemoved: (absPath: string) => void;
  /**
   * chokidar can drop a second change within ~50 ms of the first, so every event is followed by
   * a re-read after this delay; ingestion is idempotent (content hash), so extra reads are cheap.
   */
  settleMs?: number;
}

/** Watches a folder recursively for article files (atomic saves included). */
export class FolderWatcher {
  private watcher: FSWatcher | null = null;
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly folder: string,
    private readonly opts: WatcherOptions,
  ) {}

  /** Starts watching; resolves once the watcher is ready (initial files are scanned elsewhere). */
  start(): Promise<void> {
    const ignored = (path: string) =>
      this.opts.ignore.some((dir) => path === dir || path.startsWith(dir + '/')) ||
      /(^|\/)(\.git|node_modules)(\/|$)/.test(path);
    const w = watch(this.folder, { ignoreInitial: true, ignored, persistent: true, atomic: true });
    this.watcher = w;
    const onFile = (path: string) => {
      if (!ARTICLE_FILE.test(path)) return;
      this.opts.onPath(path, false);
      this.settle(path);
    };
    w.on('add', onFile).on('change', onFile).on('unlink', onFile);
    w.on('unlinkDir', (path) => this.opts.onDirRemoved(path));
    w.on('error', () => {
      /* reported by the back end through the re-scan; a watcher error must not crash the app */
    });
    return new Promise((resolve) => w.once('ready', () => resolve()));
  }

  private settle(path: string): void {
    clearTimeout(this.timers.get(path));
    this.timers.set(
      path,
      setTimeout(() => {
        this.timers.delete(path);
        this.opts.onPath(path, true);
      }, this.opts.settleMs ?? 150),
    );
  }

  /** Stops watching and cancels pending re-reads. */
  async dispose(): Promise<void> {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await this.watcher?.close();
    this.watcher = null;
  }
}
