import { FactdeskError, type ApiArgs, type ClaimRow } from '../../shared/api';
import type { ArticleExtraction } from '../../shared/claims/types';
import type { VersionInfo } from '../../shared/sources';
import { addEvidence, applyChange, newRecord, undoLast, validateChange, type ChangeContext } from '../../shared/verification/record-changes';
import { diffClaims } from '../../shared/diff/claim-diff';
import { summarizeChange } from '../../shared/diff/summary';
import type { VersionDiff } from '../../shared/diff/types';
import { carryForward } from '../../shared/verification/carry-forward';
import { claimRows } from '../../shared/verification/claim-rows';
import { STATUSES, type VerificationRecord } from '../../shared/verification/types';
import { alignSourceIds, parseRecordsExport, mergeRecords } from '../../shared/report/records-json';
import { renderReport } from '../../shared/report/render';
import type { ImportResult, ReportFile, ReportFormat, ReportInput } from '../../shared/report/types';

const REPORT_FORMATS: ReportFormat[] = ['md', 'html', 'csv', 'json', 'claimreview'];
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
    if (a.withRecordsOnly !== undefined && typeof a.withRecordsOnly !== 'boolean') throw new FactdeskError('bad-request', 'Argument "withRecordsOnly" must be true or false.');
    if (a.withRecordsOnly && !a.sourceId) {
      // Records files exist only for articles someone worked on: no extraction of the rest needed.
      const known = new Set((await this.b.listSources()).map((s) => s.id));
      const out: ClaimRow[] = [];
      for (const sourceId of (await this.b.workspaceStore.recordSourceIds()).filter((id) => known.has(id))) {
        const records = (await this.b.workspaceStore.records(sourceId)).data.records;
        if (!Object.keys(records).length) continue;
        const latest = await this.b.latestExtraction(sourceId);
        out.push(...claimRows(sourceId, latest?.extraction.claims ?? [], records).filter((r) => r.record));
      }
      return out;
    }
    const ids = a.sourceId ? [this.b.requireSource(a.sourceId).source.id] : (await this.b.listSources()).map((s) => s.id);
    const rows: ClaimRow[] = [];
    for (const sourceId of ids) {
      const latest = this.b.requireSource(sourceId).versions.length ? await this.b.latestExtraction(sourceId) : null;
      const records = (await this.b.workspaceStore.records(sourceId)).data.records;
      rows.push(...claimRows(sourceId, latest?.extraction.claims ?? [], records));
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

  async updateRecord(a: ApiArgs<'updateRecord'>): Promise<VerificationRecord> {
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

  async undoRecord(a: ApiArgs<'undoRecord'>): Promise<VerificationRecord> {
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
  async onNewVersion(sourceId: string, from: VersionInfo, to: VersionInfo, before: ArticleExtraction, after: ArticleExtraction): Promise<string | null> {
    const store = this.b.workspaceStore;
    const set = diffClaims(before.claims, after.claims);
    let summary: string | null = null;
    if (from.id !== to.id) {
      const text = await this.b.compute.diff(await store.getText(from.hash), await store.getText(to.hash), {});
      summary = summarizeChange(text, set);
    }
    await this.b.serial(`records:${sourceId}`, async () => {
      const doc = await store.records(sourceId);
      const records = Object.values(doc.data.records);
      if (!records.length) return;
      const changed = carryForward(records, set, { fromVersionId: from.id, toVersionId: to.id, at: now(), by: 'Factdesk', newId });
      if (!changed.length) return;
      const byKey = { ...doc.data.records };
      // A record's first history entry ("created") identifies it even when its claim key moves.
      const keyOf = new Map(records.map((r) => [r.history[0]?.id, r.claimKey]));
      for (const rec of changed) {
        const oldKey = keyOf.get(rec.history[0]?.id);
        if (oldKey && oldKey !== rec.claimKey && byKey[oldKey]?.history[0]?.id === rec.history[0]?.id) delete byKey[oldKey];
        byKey[rec.claimKey] = rec;
      }
      doc.data.records = byKey;
      await doc.write();
      for (const rec of changed) this.b.emit({ type: 'record', record: rec });
    });
    return summary;
  }

  /** Word- and claim-level diff of two versions of one article. */
  async diffVersions(a: ApiArgs<'diffVersions'>): Promise<VersionDiff> {
    check(a, { sourceId: 'string', fromVersionId: 'string?', toVersionId: 'string?', options: 'object?' });
    const doc = this.b.requireSource(a.sourceId);
    const versions = doc.versions;
    if (!versions.length) throw new FactdeskError('not-found', `${doc.source.path} has no recorded version.`);
    const find = (id: string) => {
      const v = versions.find((x) => x.id === id);
      if (!v) throw new FactdeskError('not-found', `No version ${id} of ${doc.source.path}.`);
      return v;
    };
    const to = a.toVersionId ? find(a.toVersionId) : versions.at(-1)!;
    const from = a.fromVersionId ? find(a.fromVersionId) : versions[Math.max(0, to.number - 2)];
    const [oldView, newView] = await Promise.all([
      this.b.getArticle({ sourceId: a.sourceId, versionId: from.id }),
      this.b.getArticle({ sourceId: a.sourceId, versionId: to.id }),
    ]);
    const options = a.options ?? {};
    const big = oldView.text.length + newView.text.length > 200_000;
    if (big) this.b.emit({ type: 'progress', task: 'diff', done: 0, total: 1 });
    const text = await this.b.compute.diff(oldView.text, newView.text, options);
    if (big) this.b.emit({ type: 'progress', task: 'diff', done: 1, total: 1 });
    return {
      sourceId: a.sourceId,
      from,
      to,
      oldText: oldView.text,
      newText: newView.text,
      text,
      claims: diffClaims(oldView.extraction?.claims ?? [], newView.extraction?.claims ?? []),
    };
  }

  /** Renders a report of the whole workspace (filtered) in one format. */
  async buildReport(a: ApiArgs<'buildReport'>): Promise<ReportFile> {
    check(a, { format: 'string', filter: 'object?', lang: 'string?' });
    if (!REPORT_FORMATS.includes(a.format)) throw new FactdeskError('bad-request', `Unknown report format "${a.format}"; use ${REPORT_FORMATS.join(', ')}.`);
    if (a.lang !== undefined && a.lang !== 'pl' && a.lang !== 'en') throw new FactdeskError('bad-request', 'The report language must be "pl" or "en".');
    const input: ReportInput = {
      generatedAt: now(),
      profile: (await this.b.getWorkspace()).profile,
      sources: await this.b.listSources(),
      rows: await this.listClaims({}),
    };
    return renderReport(input, a.format, a.filter ?? {}, a.lang ?? 'en');
  }

  /** Merges a JSON records export into this workspace; both sides' history is kept. */
  async importRecords(a: ApiArgs<'importRecords'>): Promise<ImportResult> {
    check(a, { content: 'string' });
    let data;
    try {
      data = parseRecordsExport(a.content);
    } catch (err) {
      throw new FactdeskError((err as FactdeskError).code ?? 'invalid-import', (err as Error).message);
    }
    const total: ImportResult = { added: 0, merged: 0, unchanged: 0, problems: [] };
    const local = await this.b.listSources();
    const localIds = new Set(local.map((s) => s.id));
    const aligned = alignSourceIds(data, local);
    for (const s of aligned.unmatched) total.problems.push(`${s.path} is not in this workspace: its records were not imported.`);
    const bySource = new Map<string, VerificationRecord[]>();
    for (const rec of aligned.records) {
      if (!localIds.has(rec.sourceId)) continue;
      bySource.set(rec.sourceId, [...(bySource.get(rec.sourceId) ?? []), rec]);
    }
    for (const [sourceId, incoming] of bySource) {
      await this.b.serial(`records:${sourceId}`, async () => {
        const doc = await this.b.workspaceStore.records(sourceId);
        const { records, result } = mergeRecords(Object.values(doc.data.records), incoming, now(), this.b.profileName());
        const changed = records.filter((r) => doc.data.records[r.claimKey] !== r);
        doc.data.records = Object.fromEntries(records.map((r) => [r.claimKey, r]));
        await doc.write();
        for (const r of changed) this.b.emit({ type: 'record', record: r });
        total.added += result.added;
        total.merged += result.merged;
        total.unchanged += result.unchanged;
        total.problems.push(...result.problems);
      });
    }
    return total;
  }
}
