import type { ClaimRow } from '../api';
import type { Claim } from '../claims/types';
import type { VerificationRecord } from './types';

/** Joins an article's current claims with its records; records whose claim is gone come last. */
export function claimRows(sourceId: string, claims: readonly Claim[], records: Readonly<Record<string, VerificationRecord>>): ClaimRow[] {
  const rows: ClaimRow[] = [];
  const keys = new Set<string>();
  for (const claim of claims) {
    keys.add(claim.key);
    rows.push({ sourceId, claim, record: records[claim.key] ?? null });
  }
  for (const rec of Object.values(records)) if (!keys.has(rec.claimKey)) rows.push({ sourceId, claim: rec.claim, record: rec });
  return rows;
}
