import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import {
  FactdeskError,
  type ApiArgs,
  type ArticleView,
  type ClaimRow,
  type FactdeskApi,
  type FactdeskEvent,
  type Problem,
  type Profile,
  type WorkspaceInfo,
} from '../../shared/api';
import type { ArticleExtraction, ExtractOptions } from '../../shared/claims/types';
import type { SourceInfo, VersionInfo } from '../../shared/sources';
import type { VerificationRecord } from '../../shared/verification/types';
import { inProcessCompute, type ComputePool } from './compute-pool';
import { readArticleFile } from './ingest';
import { StoreLock } from './lock';
import { SCHEMA_VERSION } from './store/json-doc';
import { mapLimit, WorkspaceStore, type SourceDoc } from './store/workspace-store';
import { ARTICLE_FILE, FolderWatcher } from './watcher';
import { RecordService } from './records';
import { args as check } from './validate';

/** The claim extractor, injected so tests and benchmarks can choose it. */
export interface Extractor {
  version: string;
  extract(text: string, opts: ExtractOptions): ArticleExtraction;
}

export interface BackendOptions {
  folder: string;
  /** Store folder; default `<folder>/.factdesk`. */
  dataDir?: string;
  extractor: Extractor;
  /** Who holds the lock (shown to a second instance): "electron", "serve", "cli". */
  owner?: string;
  /** Watch the folder for changes (default true). */
  watch?: boolean;
  settleMs?: number;
  /**
   * Where extraction and large diffs run (worker threads in the app); by default on this thread
   * with `extractor`. A pool must run the same extractor version.
   */
  compute?: ComputePool;
}

type Listener = (event: FactdeskEvent) => void;

/**
 * The Factdesk back end: plain Node, hosted by Electron main or the HTTP server. It records every
 * version of every article file in the folder, extracts claims and keeps the verification work.
 */
export class Backend implements FactdeskApi {
  readonly folder: string;
  readonly dataDir: string;
  private readonly listeners = new Set<Listener>();
  private readonly problems: Problem[] = [];
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly latest = new Map<string, { versionId: string; extraction: ArticleExtraction }>();
  private watcher: FolderWatcher | null = null;
  private scanning = false;
  /** New sources recorded during the first scan whose claims are extracted in the background. */
  private readonly pendingExtraction = new Set<string>();
  private deferExtraction = false;
  private background: Promise<void> = Promise.resolve();
  private disposed = false;
  private store!: WorkspaceStore;
  private lock!: StoreLock;
  readonly records: RecordService;

  private constructor(private readonly opts: BackendOptions) {
    this.folder = realpathSync(resolve(opts.folder));
    this.dataDir = resolve(opts.dataDir ?? join(this.folder, '.factdesk'));
    this.records = new RecordService(this);
  }

  /** Opens a workspace: takes the store lock, loads the store, scans the folder, starts watching. */
  static async open(opts: BackendOptions): Promise<Backend> {
    if (!existsSync(opts.folder)) throw new FactdeskError('no-folder', `The folder ${opts.folder} does not exist.`);
    const b = new Backend(opts);
    mkdirSync(b.dataDir, { recursive: true });
    b.lock = StoreLock.acquire(b.dataDir, opts.owner ?? 'factdesk');
    try {
      b.store = await WorkspaceStore.open(b.dataDir, (p) => b.report(p));
      await b.scan();
      if (opts.watch !== false) {
        b.watcher = new FolderWatcher(b.folder, {
          ignore: [b.dataDir],
          settleMs: opts.settleMs,
          onPath: (p, settled) => void b.ingestPath(p, settled),
          onDirRemoved: (d) => void b.dirRemoved(d),
        });
        await b.watcher.start();
      }
    } catch (err) {
      b.lock.dispose();
      throw err;
    }
    return b;
  }

  /** Stops watching, waits for pending writes and releases the lock. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.watcher?.dispose();
    await this.background;
    await Promise.allSettled([...this.queues.values()]);
    await this.compute.dispose();
    this.listeners.clear();
    this.lock.dispose();
  }

  /** Subscribes to pushed events; returns the unsubscribe function. */
  onEvent(cb: Listener): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  emit(event: FactdeskEvent): void {
    for (const cb of this.listeners) {
      try {
        cb(event);
      } catch {
        /* a broken listener must not break ingestion */
      }
    }
  }

  report(problem: Problem): void {
    this.problems.push(problem);
    if (this.problems.length > 200) this.problems.shift();
    this.emit({ type: 'problem', problem });
  }

  get compute(): ComputePool {
    return (this.computePool ??= this.opts.compute ?? inProcessCompute(this.opts.extractor));
  }
  private computePool: ComputePool | null = null;

  get workspaceStore(): WorkspaceStore {
    return this.store;
  }

  /** Runs `fn` after every earlier task with the same key (one file, one records shard). */
  serial<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(key) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }

  // ---- scanning and ingestion -------------------------------------------------------------

  private async scan(): Promise<void> {
    this.scanning = true;
    // Cold start: record versions first so the source list is usable at once; claims of new
    // sources follow in the background (files that changed while closed are extracted inline,
    // because their verification records must be carried forward before anyone sees them).
    this.deferExtraction = true;
    const files = await this.listArticleFiles(this.folder);
    const seen = new Set(files.map((f) => this.rel(f)));
    let done = 0;
    const total = files.length;
    await mapLimit(files, 8, async (file) => {
      await this.ingestPath(file);
      done++;
      if (done % 100 === 0 || done === total) this.emit({ type: 'progress', task: 'scan', done, total });
    });
    for (const doc of this.store.sources()) {
      if (!seen.has(doc.source.path) && doc.source.state !== 'deleted') await this.ingestPath(join(this.folder, doc.source.path));
    }
    this.deferExtraction = false;
    if (this.pendingExtraction.size) this.background = this.extractPending();
    else this.scanning = false;
  }

  /** Extracts the claims of sources recorded without them, then updates their titles and dates. */
  private async extractPending(): Promise<void> {
    const ids = [...this.pendingExtraction];
    let done = 0;
    // Keep every compute thread fed while other articles are between disk reads and writes.
    await mapLimit(ids, this.compute.size * 3, async (id) => {
      if (this.disposed) return;
      const path = this.store.source(id)?.source.path;
      if (path) {
        await this.serial(`file:${path}`, async () => {
          if (this.disposed || !this.pendingExtraction.has(id)) return;
          this.pendingExtraction.delete(id);
          const doc = this.requireSource(id);
          const latest = await this.latestExtraction(id);
          if (!latest) return;
          const x = latest.extraction;
          const text = await this.store.getText(latest.version.hash);
          const source: SourceInfo = {
            ...doc.source,
            title: titleOf(text, x, doc.source.path),
            language: x.language,
            date: doc.source.dateSetByUser ? doc.source.date : x.date,
          };
          await this.saveAndAnnounce({ ...doc, source });
        }).catch((err) => this.report({ code: 'extract-failed', message: `Claim extraction failed for ${path}: ${(err as Error).message}`, path, at: now() }));
      }
      done++;
      if (done % 100 === 0 || done === ids.length) this.emit({ type: 'progress', task: 'extract', done, total: ids.length });
      // Yield to the event loop between articles so API calls and file events stay responsive.
      await new Promise((r) => setImmediate(r));
    });
    this.scanning = false;
  }

  /** Resolves once background extraction after the first scan has finished (tests, bench). */
  whenIdle(): Promise<void> {
    return this.background;
  }

  private async listArticleFiles(dir: string): Promise<string[]> {
    const out: string[] = [];
    const walk = async (d: string) => {
      let entries;
      try {
        entries = await readdir(d, { withFileTypes: true });
      } catch (err) {
        this.report({ code: 'unreadable-folder', message: `Cannot read folder ${d}: ${(err as Error).message}`, path: d, at: now() });
        return;
      }
      for (const e of entries) {
        const full = join(d, e.name);
        if (e.isDirectory()) {
          if (full === this.dataDir || e.name === '.git' || e.name === 'node_modules' || e.name === '.factdesk') continue;
          await walk(full);
        } else if (e.isFile() && ARTICLE_FILE.test(e.name)) out.push(full);
      }
    };
    await walk(dir);
    return out.sort();
  }

  private rel(abs: string): string {
    return relative(this.folder, abs).split(sep).join('/');
  }

  private findByPath(path: string): SourceDoc | undefined {
    return this.store.sources().find((d) => d.source.path === path);
  }

  /** Records the current state of one file (new version, skipped, deleted); idempotent. */
  /**
   * Records the file at `absPath` as it is now. `settled` false is a watcher's first look, right as a
   * change is seen: an empty file then is most likely a write in progress (`writeFileSync` truncates
   * before it writes), so it is left to the settled look that always follows.
   */
  ingestPath(absPath: string, settled = true): Promise<void> {
    const path = this.rel(absPath);
    if (path.startsWith('..')) return Promise.resolve();
    return this.serial(`file:${path}`, async () => {
      if (this.disposed) return;
      try {
        await this.ingestNow(absPath, path, settled);
      } catch (err) {
        this.report({ code: 'ingest-failed', message: `Could not record ${path}: ${(err as Error).message}`, path, at: now() });
      }
    });
  }

  private async ingestNow(absPath: string, path: string, settled: boolean): Promise<void> {
    const reading = await readArticleFile(absPath);
    if (!settled && reading.kind === 'text' && reading.size === 0) return;
    let doc = this.findByPath(path);
    if (reading.kind === 'missing') {
      if (doc && doc.source.state !== 'deleted') {
        doc = { ...doc, source: { ...doc.source, state: 'deleted', reason: 'the file was deleted or moved', updatedAt: now() } };
        await this.saveAndAnnounce(doc);
      }
      return;
    }
    if (reading.kind === 'skipped') {
      if (doc?.source.state === 'skipped' && doc.source.reason === reading.reason) return;
      const base = doc ?? this.newSourceDoc(path);
      doc = { ...base, source: { ...base.source, state: 'skipped', reason: reading.reason, updatedAt: now() } };
      await this.saveAndAnnounce(doc);
      return;
    }
    if (!doc) doc = this.renamedFrom(reading.hash, path) ?? this.newSourceDoc(path);
    const last = doc.versions.at(-1);
    if (last && last.hash === reading.hash && doc.source.path === path) {
      if (doc.source.state !== 'ok') {
        doc = { ...doc, source: { ...doc.source, state: 'ok', reason: null, updatedAt: now() } };
        await this.saveAndAnnounce(doc);
      }
      return;
    }
    if (last && last.hash === reading.hash) {
      // A rename: the same content under a new path keeps the source, its history and records.
      doc = { ...doc, source: { ...doc.source, path, state: 'ok', reason: null, updatedAt: now() } };
      await this.saveAndAnnounce(doc);
      return;
    }
    if (reading.warning) this.report({ code: 'encoding-repaired', message: `${path}: ${reading.warning}.`, path, at: now() });
    await this.store.putText(reading.hash, reading.text);
    const version: VersionInfo = {
      id: `${doc.source.id}-v${doc.versions.length + 1}`,
      sourceId: doc.source.id,
      number: doc.versions.length + 1,
      hash: reading.hash,
      size: reading.size,
      encoding: reading.encoding,
      recordedAt: now(),
      summary: null,
    };
    if (!last && this.deferExtraction) {
      const source: SourceInfo = {
        ...doc.source,
        path,
        title: firstLine(reading.text) || basename(path),
        versionCount: 1,
        latestVersionId: version.id,
        state: 'ok',
        reason: null,
        encoding: reading.encoding,
        updatedAt: now(),
      };
      this.pendingExtraction.add(source.id);
      await this.saveAndAnnounce({ ...doc, source, versions: [version] });
      return;
    }
    const previous = last ? await this.latestExtraction(doc.source.id) : null;
    const extraction = await this.extractVersion(version, reading.text, doc.source);
    const source: SourceInfo = {
      ...doc.source,
      path,
      title: titleOf(reading.text, extraction, path),
      language: extraction.language,
      date: doc.source.dateSetByUser ? doc.source.date : extraction.date,
      versionCount: doc.versions.length + 1,
      latestVersionId: version.id,
      state: 'ok',
      reason: null,
      encoding: reading.encoding,
      updatedAt: now(),
    };
    this.latest.set(source.id, { versionId: version.id, extraction });
    this.pendingExtraction.delete(source.id);
    if (previous && last) version.summary = await this.records.onNewVersion(source.id, last, version, previous.extraction, extraction);
    await this.saveAndAnnounce({ ...doc, source, versions: [...doc.versions, version] });
  }

  private renamedFrom(hash: string, path: string): SourceDoc | undefined {
    return this.store
      .sources()
      .find(
        (d) =>
          d.source.state !== 'skipped' &&
          d.source.path !== path &&
          d.versions.at(-1)?.hash === hash &&
          // The old path is gone: the watcher may report the new name before the old one's removal.
          !existsSync(join(this.folder, d.source.path)),
      );
  }

  private newSourceDoc(path: string): SourceDoc {
    return {
      schemaVersion: SCHEMA_VERSION,
      source: {
        id: this.store.newSourceId(path),
        path,
        title: basename(path),
        language: null,
        date: null,
        dateSetByUser: false,
        versionCount: 0,
        latestVersionId: null,
        state: 'ok',
        reason: null,
        encoding: null,
        updatedAt: now(),
      },
      versions: [],
    };
  }

  private async saveAndAnnounce(doc: SourceDoc): Promise<void> {
    await this.store.saveSource(doc);
    this.emit({ type: 'source', source: doc.source });
  }

  private async dirRemoved(absDir: string): Promise<void> {
    const prefix = this.rel(absDir) + '/';
    for (const d of this.store.sources()) if (d.source.path.startsWith(prefix)) await this.ingestPath(join(this.folder, d.source.path));
  }

  private extractOptions(source: SourceInfo): ExtractOptions {
    return source.dateSetByUser ? { date: source.date, dateOverrides: true } : {};
  }

  /** Extracts (or loads the cached extraction of) one version. */
  private async extractVersion(version: VersionInfo, text: string, source: SourceInfo): Promise<ArticleExtraction> {
    const opts = this.extractOptions(source);
    const cached = await this.store.getExtraction(version.id);
    const anchor = opts.date ?? null;
    if (cached && cached.extractorVersion === this.opts.extractor.version && cached.anchorDate === anchor && cached.dateOverrides === !!opts.dateOverrides) {
      return cached.extraction;
    }
    let extraction: ArticleExtraction;
    try {
      extraction = await this.compute.extract(text, opts);
    } catch (err) {
      this.report({ code: 'extract-failed', message: `Claim extraction failed for ${source.path}: ${(err as Error).message}`, path: source.path, at: now() });
      extraction = { language: 'pl', date: null, title: null, metadata: [], dates: [], claims: [] };
    }
    await this.store.putExtraction(version.id, {
      schemaVersion: SCHEMA_VERSION,
      extractorVersion: this.opts.extractor.version,
      anchorDate: anchor,
      dateOverrides: !!opts.dateOverrides,
      extraction,
    });
    return extraction;
  }

  /** The extraction of a source's latest version (cached in memory). */
  async latestExtraction(sourceId: string): Promise<{ version: VersionInfo; extraction: ArticleExtraction } | null> {
    const doc = this.requireSource(sourceId);
    const version = doc.versions.at(-1);
    if (!version) return null;
    const hit = this.latest.get(sourceId);
    if (hit && hit.versionId === version.id) return { version, extraction: hit.extraction };
    const extraction = await this.extractVersion(version, await this.store.getText(version.hash), doc.source);
    this.latest.set(sourceId, { versionId: version.id, extraction });
    return { version, extraction };
  }

  requireSource(sourceId: string): SourceDoc {
    const doc = this.store.source(sourceId);
    if (!doc) throw new FactdeskError('not-found', `No source with id ${JSON.stringify(sourceId)}.`);
    return doc;
  }

  profileName(): string {
    return this.store.meta.data.profile?.name || 'anonymous';
  }

  // ---- API ---------------------------------------------------------------------------------

  async getWorkspace(): Promise<WorkspaceInfo> {
    return {
      folder: this.folder,
      dataDir: this.dataDir,
      schemaVersion: SCHEMA_VERSION,
      profile: this.store.meta.data.profile,
      problems: [...this.problems],
      scanning: this.scanning,
    };
  }

  async listSources(): Promise<SourceInfo[]> {
    return this.store
      .sources()
      .map((d) => d.source)
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  async listVersions(a: ApiArgs<'listVersions'>): Promise<VersionInfo[]> {
    check(a, { sourceId: 'string' });
    return this.requireSource(a.sourceId).versions;
  }

  async getArticle(a: ApiArgs<'getArticle'>): Promise<ArticleView> {
    check(a, { sourceId: 'string', versionId: 'string?' });
    const doc = this.requireSource(a.sourceId);
    const version = a.versionId ? doc.versions.find((v) => v.id === a.versionId) : doc.versions.at(-1);
    if (!version) {
      throw new FactdeskError('not-found', a.versionId ? `No version ${a.versionId} of ${doc.source.path}.` : `${doc.source.path} has no readable version${doc.source.reason ? `: ${doc.source.reason}` : ''}.`);
    }
    const text = await this.store.getText(version.hash);
    const extraction =
      version.id === doc.versions.at(-1)?.id ? (await this.latestExtraction(doc.source.id))!.extraction : await this.extractVersion(version, text, doc.source);
    return { source: doc.source, version, text, extraction };
  }

  async setArticleDate(a: ApiArgs<'setArticleDate'>): Promise<SourceInfo> {
    check(a, { sourceId: 'string', date: 'string|null' });
    if (a.date !== null && !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(a.date)) {
      throw new FactdeskError('invalid-date', `"${a.date}" is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.`);
    }
    return this.serial(`file:${this.requireSource(a.sourceId).source.path}`, async () => {
      const doc = this.requireSource(a.sourceId);
      const before = this.latest.get(doc.source.id)?.extraction ?? (await this.latestExtraction(doc.source.id))?.extraction ?? null;
      const source: SourceInfo = { ...doc.source, date: a.date, dateSetByUser: a.date !== null, updatedAt: now() };
      const version = doc.versions.at(-1);
      if (version) {
        const extraction = await this.extractVersion(version, await this.store.getText(version.hash), source);
        if (a.date === null) source.date = extraction.date;
        this.latest.set(source.id, { versionId: version.id, extraction });
        if (before) await this.records.onNewVersion(source.id, version, version, before, extraction);
      }
      await this.saveAndAnnounce({ ...doc, source });
      return source;
    });
  }

  async setProfile(a: ApiArgs<'setProfile'>): Promise<Profile> {
    check(a, { profile: 'object' });
    const p = a.profile as Partial<Profile>;
    if (typeof p.name !== 'string' || !p.name.trim() || p.name.length > 200) throw new FactdeskError('invalid-profile', 'The reviewer name must be 1–200 characters.');
    if (typeof p.organization !== 'string' || p.organization.length > 200) throw new FactdeskError('invalid-profile', 'The organisation must be text of at most 200 characters.');
    if (p.organizationUrl !== undefined && p.organizationUrl !== '' && (typeof p.organizationUrl !== 'string' || !/^https?:\/\/\S+$/.test(p.organizationUrl))) {
      throw new FactdeskError('invalid-profile', 'The organisation URL must start with http:// or https://.');
    }
    const profile: Profile = { name: p.name.trim(), organization: p.organization.trim(), ...(p.organizationUrl ? { organizationUrl: p.organizationUrl } : {}) };
    this.store.meta.data = { ...this.store.meta.data, profile };
    await this.store.meta.write();
    return profile;
  }

  async listClaims(a: ApiArgs<'listClaims'>): Promise<ClaimRow[]> {
    return this.records.listClaims(a);
  }
  async updateRecord(a: ApiArgs<'updateRecord'>): Promise<VerificationRecord> {
    return this.records.updateRecord(a);
  }
  async bulkSetStatus(a: ApiArgs<'bulkSetStatus'>): Promise<VerificationRecord[]> {
    return this.records.bulkSetStatus(a);
  }
  async undoRecord(a: ApiArgs<'undoRecord'>): Promise<VerificationRecord> {
    return this.records.undoRecord(a);
  }
  async attachEvidenceFile(a: ApiArgs<'attachEvidenceFile'>): Promise<VerificationRecord> {
    return this.records.attachEvidenceFile(a);
  }
  async diffVersions(a: ApiArgs<'diffVersions'>) {
    return this.records.diffVersions(a);
  }
  async buildReport(a: ApiArgs<'buildReport'>) {
    return this.records.buildReport(a);
  }
  async importRecords(a: ApiArgs<'importRecords'>) {
    return this.records.importRecords(a);
  }
}

/** A new random id for history entries and evidence. */
export const newId = (): string => randomUUID();

export function now(): string {
  return new Date().toISOString();
}

/** The headline the extractor found, else the first line that is not a date header or byline. */
function titleOf(text: string, x: ArticleExtraction, path: string): string {
  if (x.title?.trim()) return x.title.trim();
  let blanked = text;
  for (const m of x.metadata) blanked = blanked.slice(0, m.start) + ' '.repeat(m.end - m.start) + blanked.slice(m.end);
  return firstLine(blanked) || firstLine(text) || basename(path);
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  const t = line.trim();
  return t.length > 100 ? t.slice(0, 97) + '…' : t;
}
