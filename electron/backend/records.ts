import { FactdeskError, type ApiArgs, type ClaimRow } from '../../shared/api';
import type { ArticleExtraction } from '../../shared/claims/types';
import type { VersionInfo } from '../../shared/sources';
import { addEvidence, applyChange, newRecord, undoLast, validateChange, type ChangeContext } from '../../shared/verification/record-changes';
import { STATUSES, type VerificationRecord } from '../../shared/verification/types';
import type { Backend } from './backend';
import { newId, now } from './backend';
import { args as check } from './validate';

/** Largest evidence file accepted (copied into the store). */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

/** Verification records: per-claim work that hangs on claim keys, one small file per source. */
export class RecordService {
  constructor(private readonly b: Backend) {}

  private ctx(): ChangeContext {
    return { by: this.b.profileName(), at: now(), newId };
  }

  /** Claims of the latest version(s) with their records, plus orphaned records. */
  async listClaims(a: ApiArgs<'listClaims'>): Promise<ClaimRow[]> {
    check(a, { sourceId: 'string?' });
    const ids = a.sourceId ? [this.b.requireSource(a.sourceId).source.id] : (await this.b.listSources()).map((s) => s.id);
    const rows: ClaimRow[] = [];
    for (const sourceId of ids) {
      const latest = this.b.requireSource(sourceId).versions.length ? await this.b.latestExtraction(sourceId) : null;
      const records = (await this.b.workspaceStore.records(sourceId)).data.records;
      const keys = new Set<string>();
      for (const claim of latest?.extraction.claims ?? []) {
        keys.add(claim.key);
        rows.push({ sourceId, claim, record: records[claim.key] ?? null });
      }
      for (const rec of Object.values(records)) if (!keys.has(rec.claimKey)) rows.push({ sourceId, claim: rec.claim, record: rec });
    }
    return rows;
  }

  /** Applies `mutate` to one record (created on first touch) and writes only that source's file. */
  private mutate(sourceId: string, claimKey: string, mutate: (rec: VerificationRecord) => VerificationRecord): Promise<VerificationRecord> {
    this.b.requireSource(sourceId);
    return this.b.serial(`records:${sourceId}`, async () => {
      const doc = await this.b.workspaceStore.records(sourceId);
      let rec = doc.data.records[claimKey];
      if (!rec) {
        const claim = (await this.b.latestExtraction(sourceId))?.extraction.claims.find((c) => c.key === claimKey);
        if (!claim) throw new FactdeskError('not-found', `No claim ${claimKey} in the latest version of this article.`);
        rec = newRecord(claim, sourceId, this.ctx());
      }
      const next = mutate(rec);
      if (next === rec && doc.data.records[claimKey]) return rec;
      doc.data.records[claimKey] = next;
      await doc.write();
      this.b.emit({ type: 'record', record: next });
      return next;
    });
  }

  updateRecord(a: ApiArgs<'updateRecord'>): Promise<VerificationRecord> {
    check(a, { sourceId: 'string', claimKey: 'string', change: 'object', baseRev: 'number?' });
    const change = validateChange(a.change);
    // A stale baseRev is not refused: the change lands on top and history keeps both people's edits.
    return this.mutate(a.sourceId, a.claimKey, (rec) => applyChange(rec, change, this.ctx()));
  }

  async bulkSetStatus(a: ApiArgs<'bulkSetStatus'>): Promise<VerificationRecord[]> {
    check(a, { items: 'array', status: 'string' });
    if (!(STATUSES as readonly string[]).includes(a.status)) throw new FactdeskError('invalid-change', `Unknown status ${JSON.stringify(a.status)}.`);
    const out: VerificationRecord[] = [];
    for (const item of a.items) {
      check(item, { sourceId: 'string', claimKey: 'string' });
      out.push(await this.mutate(item.sourceId, item.claimKey, (rec) => applyChange(rec, { status: a.status }, this.ctx())));
    }
    return out;
  }

  undoRecord(a: ApiArgs<'undoRecord'>): Promise<VerificationRecord> {
    check(a, { sourceId: 'string', claimKey: 'string' });
    return this.mutate(a.sourceId, a.claimKey, (rec) => undoLast(rec, this.ctx()));
  }

  async attachEvidenceFile(a: ApiArgs<'attachEvidenceFile'>): Promise<VerificationRecord> {
    check(a, { sourceId: 'string', claimKey: 'string', fileName: 'string', dataBase64: 'string' });
    if (!a.fileName.trim()) throw new FactdeskError('invalid-evidence', 'The attached file has no name.');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(a.dataBase64)) throw new FactdeskError('invalid-evidence', 'The attached file data is not valid base64.');
    const bytes = Buffer.from(a.dataBase64, 'base64');
    if (bytes.length === 0) throw new FactdeskError('invalid-evidence', `The attached file ${a.fileName} is empty or could not be read.`);
    if (bytes.length > MAX_EVIDENCE_BYTES) throw new FactdeskError('invalid-evidence', `The attached file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 25 MB.`);
    const { sha256, storedPath } = await this.b.workspaceStore.putEvidence(a.fileName, bytes);
    const ctx = this.ctx();
    return this.mutate(a.sourceId, a.claimKey, (rec) =>
      addEvidence(rec, { id: ctx.newId(), type: 'file', value: a.fileName, sha256, storedPath, addedAt: ctx.at, addedBy: ctx.by }, ctx),
    );
  }

  /** Carries verification across a new version; returns the version's one-line change summary. */
  async onNewVersion(_sourceId: string, _from: VersionInfo, _to: VersionInfo, _before: ArticleExtraction, _after: ArticleExtraction): Promise<string | null> {
    return null;
  }

  async diffVersions(_a: ApiArgs<'diffVersions'>): Promise<never> {
    throw new FactdeskError('not-implemented', 'Version diffs are not available yet.');
  }

  async buildReport(_a: ApiArgs<'buildReport'>): Promise<never> {
    throw new FactdeskError('not-implemented', 'Reports are not available yet.');
  }

  async importRecords(_a: ApiArgs<'importRecords'>): Promise<never> {
    throw new FactdeskError('not-implemented', 'Import is not available yet.');
  }
}
