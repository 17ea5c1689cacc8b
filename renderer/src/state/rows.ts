import type { ClaimRow } from '../../../shared/api';
import type { SourceInfo } from '../../../shared/sources';
import type { VerificationRecord } from '../../../shared/verification/types';

/** Identifies a claim across sources: claim keys are only unique within one source. */
export interface ClaimRef {
  sourceId: string;
  claimKey: string;
}

/** Builds the string key of a claim reference (used for maps, sets and DOM data attributes). */
export function rowKey(sourceId: string, claimKey: string): string {
  return `${sourceId}\u241f${claimKey}`;
}

/** The row key of a claim row. */
export function keyOfRow(row: ClaimRow): string {
  return rowKey(row.sourceId, row.claim.key);
}

/** Replaces the record of its row (or adds an orphan row for a record we have not seen yet). */
export function upsertRecord(rows: ClaimRow[], record: VerificationRecord): ClaimRow[] {
  const index = rows.findIndex((r) => r.sourceId === record.sourceId && r.claim.key === record.claimKey);
  if (index === -1) return [...rows, { sourceId: record.sourceId, claim: record.claim, record }];
  const current = rows[index].record;
  // Events and call results can arrive in either order: never go back to an older revision.
  if (current && current.rev > record.rev) return rows;
  const next = rows.slice();
  next[index] = { ...rows[index], record };
  return next;
}

/** Replaces every row of one source with a freshly listed set. */
export function replaceSourceRows(rows: ClaimRow[], sourceId: string, fresh: ClaimRow[]): ClaimRow[] {
  return [...rows.filter((r) => r.sourceId !== sourceId), ...fresh];
}

/** Orders rows by source path, then live claims by position, orphaned ones last. */
export function sortRows(rows: ClaimRow[], sources: SourceInfo[]): ClaimRow[] {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  return rows.slice().sort((a, b) => {
    const sa = order.get(a.sourceId) ?? Number.MAX_SAFE_INTEGER;
    const sb = order.get(b.sourceId) ?? Number.MAX_SAFE_INTEGER;
    if (sa !== sb) return sa - sb;
    const oa = a.record?.orphaned ? 1 : 0;
    const ob = b.record?.orphaned ? 1 : 0;
    if (oa !== ob) return oa - ob;
    return a.claim.start - b.claim.start;
  });
}
