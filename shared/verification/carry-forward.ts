import type { Claim } from '../claims/types';
import { compareClaims, normaliseWording } from '../diff/claim-fields';
import type { ClaimChangeSet } from '../diff/types';
import type { ClaimFieldChange, HistoryEntry, HistoryField, RecheckFlag, VerificationRecord } from './types';

/** Who and when, and which version step the carried records move across. */
export interface CarryContext {
  fromVersionId: string;
  toVersionId: string;
  at: string;
  by: string;
  newId: () => string;
}

const FIELD_ORDER: ClaimFieldChange['field'][] = ['speaker', 'date', 'quantity', 'quote', 'text'];

/**
 * Carries verification records from one version to the next along a claim diff; returns only
 * the records that change, as new objects (inputs untouched). Unchanged claims keep their
 * record (moved to the new key if it differs); a changed claim's record moves to the new claim
 * and, unless Unverified, is flagged "Needs re-check" with the previous status and the exact
 * changes; a removed claim's record is kept but orphaned; an orphaned record whose claim comes
 * back is attached again. History is only appended to.
 */
export function carryForward(records: VerificationRecord[], set: ClaimChangeSet, ctx: CarryContext): VerificationRecord[] {
  const byKey = new Map<string, VerificationRecord>();
  for (const r of records) if (!byKey.has(r.claimKey)) byKey.set(r.claimKey, r);
  const updated = new Map<VerificationRecord, VerificationRecord>();
  const current = (r: VerificationRecord) => updated.get(r) ?? r;
  const put = (r: VerificationRecord, next: VerificationRecord) => {
    if (next !== r) updated.set(r, next);
  };
  const done = new Set<VerificationRecord>();

  // Keys records leave in this step; a record may move onto one of them but onto no other
  // record's key (the store keeps one record per key).
  const leaving = new Set<string>();
  for (const { before, after } of [...set.unchanged, ...set.changed]) if (before.key !== after.key && byKey.has(before.key)) leaving.add(before.key);

  const move = (before: Claim, after: Claim, changes: ClaimFieldChange[]) => {
    const rec = byKey.get(before.key);
    if (!rec || done.has(rec)) return;
    done.add(rec);
    const occupant = before.key !== after.key ? byKey.get(after.key) : undefined;
    if (occupant && !leaving.has(after.key)) {
      // The new key already has a record (orphaned earlier): it takes the claim, this one is orphaned.
      put(rec, orphan(current(rec), before, ctx));
      done.add(occupant);
      put(occupant, reattach(current(occupant), after, compareClaims(current(occupant).claim, after), ctx));
      return;
    }
    if (!changes.length && before.key === after.key) return;
    put(rec, moveTo(current(rec), before, after, changes, ctx));
  };

  for (const { before, after } of set.unchanged) move(before, after, []);
  for (const { before, after, changes } of set.changed) move(before, after, changes);
  for (const claim of set.removed) {
    const rec = byKey.get(claim.key);
    if (!rec || done.has(rec) || rec.orphaned) continue;
    done.add(rec);
    put(rec, orphan(rec, claim, ctx));
  }
  for (const claim of set.added) {
    const rec = byKey.get(claim.key);
    if (!rec || done.has(rec) || !rec.orphaned) continue;
    done.add(rec);
    put(rec, reattach(rec, claim, compareClaims(rec.claim, claim), ctx));
  }
  return records.filter((r) => updated.has(r)).map((r) => updated.get(r) as VerificationRecord);
}

function moveTo(rec: VerificationRecord, before: Claim, after: Claim, changes: ClaimFieldChange[], ctx: CarryContext): VerificationRecord {
  const next = bump({ ...rec, claimKey: after.key, claim: after, history: [...rec.history] }, ctx);
  const previousKey = before.key !== after.key ? before.key : undefined;
  if (changes.length && rec.status !== 'unverified') {
    flag(next, rec, changes, previousKey, ctx);
  } else if (previousKey) {
    // No re-check needed, but the record now hangs on another key: say so in its history.
    log(next, 'rekey', previousKey, after.key, ctx);
  }
  return next;
}

function orphan(rec: VerificationRecord, lastSeen: Claim, ctx: CarryContext): VerificationRecord {
  if (rec.orphaned) return rec;
  const next = bump({ ...rec, orphaned: true, claim: lastSeen, history: [...rec.history] }, ctx);
  log(next, 'orphaned', false, true, ctx);
  return next;
}

function reattach(rec: VerificationRecord, claim: Claim, changes: ClaimFieldChange[], ctx: CarryContext): VerificationRecord {
  const next = bump({ ...rec, orphaned: false, claim, history: [...rec.history] }, ctx);
  if (rec.orphaned) log(next, 'orphaned', true, false, ctx);
  if (changes.length && rec.status !== 'unverified') flag(next, rec, changes, undefined, ctx);
  return next;
}

// Sets (or extends) the "Needs re-check" flag and records it; `from` is the flag before, so
// undoing the entry restores exactly the previous flag.
function flag(next: VerificationRecord, rec: VerificationRecord, changes: ClaimFieldChange[], previousKey: string | undefined, ctx: CarryContext): void {
  const prior = rec.needsRecheck;
  const merged: RecheckFlag = prior
    ? {
        previousStatus: rec.status,
        fromVersionId: prior.fromVersionId,
        toVersionId: ctx.toVersionId,
        changes: mergeChanges(prior.changes, changes),
      }
    : { previousStatus: rec.status, fromVersionId: ctx.fromVersionId, toVersionId: ctx.toVersionId, changes };
  const firstKey = prior?.previousKey ?? previousKey;
  if (firstKey !== undefined && firstKey !== next.claimKey) merged.previousKey = firstKey;
  next.needsRecheck = merged;
  log(next, 'recheck', prior, merged, ctx);
}

// Changes since the last check: per field, from the earliest value to the latest; a field that
// went back to its checked value drops out (if all did, the latest step is kept, so the flag
// still says why it is there).
function mergeChanges(earlier: ClaimFieldChange[], later: ClaimFieldChange[]): ClaimFieldChange[] {
  const out: ClaimFieldChange[] = [];
  for (const field of FIELD_ORDER) {
    const e = earlier.find((c) => c.field === field);
    const l = later.find((c) => c.field === field);
    if (e && l) {
      if (field === 'text' && !sameValue(e.to, l.from)) {
        // Wording excerpts of two different places: keep both rather than splice them.
        out.push(e, l);
      } else if (!sameValue(e.from, l.to)) out.push({ field, from: e.from, to: l.to });
    } else if (e || l) out.push((e ?? l) as ClaimFieldChange);
  }
  return out.length ? out : later;
}

function sameValue(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : normaliseWording(a) === normaliseWording(b);
}

function bump(rec: VerificationRecord, ctx: CarryContext): VerificationRecord {
  rec.rev += 1;
  rec.updatedAt = ctx.at;
  return rec;
}

function log(rec: VerificationRecord, field: HistoryField, from: unknown, to: unknown, ctx: CarryContext): void {
  const entry: HistoryEntry = { id: ctx.newId(), at: ctx.at, by: ctx.by, field, from, to };
  rec.history.push(entry);
}
