import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem, Profile } from '../../../shared/api';
import type { ArticleExtraction } from '../../../shared/claims/types';
import type { SourceInfo, VersionInfo } from '../../../shared/sources';
import type { VerificationRecord } from '../../../shared/verification/types';
import { JsonDoc, SCHEMA_VERSION, type Versioned } from './json-doc';

export interface MetaDoc extends Versioned {
  createdAt: string;
  profile: Profile | null;
}

/** One source and its version timeline: rewritten only when that source changes. */
export interface SourceDoc extends Versioned {
  source: SourceInfo;
  versions: VersionInfo[];
}

/** The verification records of one source, keyed by claim key: a status change rewrites only this. */
export interface RecordsDoc extends Versioned {
  records: Record<string, VerificationRecord>;
}

/** Cached extraction of one version (immutable except when the article date is corrected). */
export interface ExtractionDoc extends Versioned {
  extractorVersion: string;
  anchorDate: string | null;
  dateOverrides: boolean;
  extraction: ArticleExtraction;
}

const isObj = (d: unknown): d is Record<string, unknown> => !!d && typeof d === 'object' && !Array.isArray(d);

/**
 * The on-disk store of a workspace, sharded so that a small change rewrites a small file:
 * `meta.json`, `sources/<id>.json` (timeline), `records/<id>.json` (verification work),
 * `texts/<sha256>.txt` and `claims/<versionId>.json` (immutable), `evidence/`, `corrupt/`.
 */
export class WorkspaceStore {
  private readonly sourceDocs = new Map<string, JsonDoc<SourceDoc>>();
  private readonly recordDocs = new Map<string, Promise<JsonDoc<RecordsDoc>>>();

  private constructor(
    readonly dataDir: string,
    readonly meta: JsonDoc<MetaDoc>,
    private readonly report: (p: Problem) => void,
  ) {}

  /** Opens the store in `dataDir`, creating its folders, and loads every source timeline. */
  static async open(dataDir: string, report: (p: Problem) => void): Promise<WorkspaceStore> {
    for (const sub of ['sources', 'records', 'texts', 'claims', 'evidence']) mkdirSync(join(dataDir, sub), { recursive: true });
    const corrupt = join(dataDir, 'corrupt');
    const meta = await JsonDoc.open<MetaDoc>(
      join(dataDir, 'meta.json'),
      () => ({ schemaVersion: SCHEMA_VERSION, createdAt: new Date().toISOString(), profile: null }),
      (d) => isObj(d) && d.schemaVersion === SCHEMA_VERSION,
      report,
      corrupt,
    );
    if (!existsSync(meta.path)) await meta.write();
    const store = new WorkspaceStore(dataDir, meta, report);
    const files = (await readdir(join(dataDir, 'sources'))).filter((f) => f.endsWith('.json'));
    await mapLimit(files, 32, async (file) => {
      const doc = await store.openSourceDoc(join(dataDir, 'sources', file));
      if (doc.data.source) store.sourceDocs.set(doc.data.source.id, doc);
    });
    return store;
  }

  private openSourceDoc(path: string): Promise<JsonDoc<SourceDoc>> {
    return JsonDoc.open<SourceDoc>(
      path,
      () => ({ schemaVersion: SCHEMA_VERSION, source: undefined as unknown as SourceInfo, versions: [] }),
      (d) => isObj(d) && d.schemaVersion === SCHEMA_VERSION && isObj(d.source) && Array.isArray(d.versions),
      this.report,
      join(this.dataDir, 'corrupt'),
    );
  }

  /** All source timelines, in no particular order. */
  sources(): SourceDoc[] {
    return [...this.sourceDocs.values()].map((d) => d.data);
  }

  source(id: string): SourceDoc | undefined {
    return this.sourceDocs.get(id)?.data;
  }

  /** A fresh, unused source id derived from the path. */
  newSourceId(path: string): string {
    const base = createHash('sha1').update(path).digest('hex').slice(0, 12);
    let id = base;
    for (let i = 2; this.sourceDocs.has(id); i++) id = `${base}-${i}`;
    return id;
  }

  /** Creates or rewrites one source's timeline file. */
  async saveSource(doc: SourceDoc): Promise<void> {
    let jd = this.sourceDocs.get(doc.source.id);
    if (!jd) {
      jd = await this.openSourceDoc(join(this.dataDir, 'sources', `${doc.source.id}.json`));
      this.sourceDocs.set(doc.source.id, jd);
    }
    jd.data = doc;
    await jd.write();
  }

  /** Stores an article text once under its content hash. */
  async putText(hash: string, text: string): Promise<void> {
    const path = join(this.dataDir, 'texts', `${hash}.txt`);
    if (existsSync(path)) return;
    await writeAtomic(path, text);
  }

  async getText(hash: string): Promise<string> {
    return readFile(join(this.dataDir, 'texts', `${hash}.txt`), 'utf8');
  }

  /** Reads a cached extraction, or null when missing or unreadable (it is derived data). */
  async getExtraction(versionId: string): Promise<ExtractionDoc | null> {
    try {
      const doc = JSON.parse(await readFile(join(this.dataDir, 'claims', `${versionId}.json`), 'utf8'));
      return isObj(doc) && doc.schemaVersion === SCHEMA_VERSION ? (doc as unknown as ExtractionDoc) : null;
    } catch {
      return null;
    }
  }

  async putExtraction(versionId: string, doc: ExtractionDoc): Promise<void> {
    await writeAtomic(join(this.dataDir, 'claims', `${versionId}.json`), JSON.stringify(doc));
  }

  /** The records document of one source (opened once, then cached). */
  records(sourceId: string): Promise<JsonDoc<RecordsDoc>> {
    let doc = this.recordDocs.get(sourceId);
    if (!doc) {
      doc = JsonDoc.open<RecordsDoc>(
        join(this.dataDir, 'records', `${sourceId}.json`),
        () => ({ schemaVersion: SCHEMA_VERSION, records: {} }),
        (d) => isObj(d) && d.schemaVersion === SCHEMA_VERSION && isObj(d.records),
        this.report,
        join(this.dataDir, 'corrupt'),
      );
      this.recordDocs.set(sourceId, doc);
    }
    return doc;
  }

  /** Ids of sources that have a records file (for reports over the whole workspace). */
  async recordSourceIds(): Promise<string[]> {
    const files = await readdir(join(this.dataDir, 'records'));
    return files.filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  }

  /** Copies an evidence file into the store under its SHA-256; returns the hash and stored path. */
  async putEvidence(fileName: string, bytes: Buffer): Promise<{ sha256: string; storedPath: string }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const safe = fileName.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(-80) || 'file';
    const storedPath = `evidence/${sha256.slice(0, 16)}-${safe}`;
    const full = join(this.dataDir, storedPath);
    if (!existsSync(full)) await writeAtomic(full, bytes);
    return { sha256, storedPath };
  }
}

/** Writes a file via a temp file and rename, so a crash never leaves half a file. */
export async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** Runs `fn` over items with at most `limit` in flight. */
export async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
