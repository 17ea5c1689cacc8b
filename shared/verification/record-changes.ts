import { FactdeskError, type RecordChange } from '../api';
import type { Claim } from '../claims/types';
import { STATUSES, type Evidence, type HistoryEntry, type HistoryField, type VerificationRecord } from './types';

/** Longest note accepted (about 30 pages of text); longer input is refused, not truncated. */
export const MAX_NOTE_CHARS = 100_000;
export const MAX_FIELD_CHARS = 2_000;

export interface ChangeContext {
  by: string;
  at: string;
  newId: () => string;
}

/** A fresh Unverified record for a claim. */
export function newRecord(claim: Claim, sourceId: string, ctx: ChangeContext): VerificationRecord {
  return {
    claimKey: claim.key,
    sourceId,
    status: 'unverified',
    note: '',
    evidence: [],
    assignee: null,
    reviewer: null,
    createdAt: ctx.at,
    updatedAt: ctx.at,
    history: [{ id: ctx.newId(), at: ctx.at, by: ctx.by, field: 'created', from: null, to: claim.key }],
    orphaned: false,
    needsRecheck: null,
    claim,
    rev: 1,
  };
}

/** Checks a change from the outside world and throws a clear `invalid-change` error when it is bad. */
export function validateChange(change: unknown): RecordChange {
  const bad = (message: string): never => {
    throw new FactdeskError('invalid-change', message);
  };
  if (!change || typeof change !== 'object' || Array.isArray(change)) return bad('A change must be an object such as {"status":"false"}.');
  const keys = Object.keys(change);
  if (keys.length !== 1) return bad(`A change names exactly one field; got ${keys.length ? keys.join(', ') : 'none'}.`);
  const c = change as Record<string, unknown>;
  if ('status' in c) {
    if (!(STATUSES as readonly unknown[]).includes(c.status)) return bad(`Unknown status ${JSON.stringify(c.status)}; use one of ${STATUSES.join(', ')}.`);
  } else if ('note' in c) {
    if (typeof c.note !== 'string') return bad('A note must be text.');
    if (c.note.length > MAX_NOTE_CHARS) return bad(`The note is ${c.note.length.toLocaleString('en')} characters long; the limit is ${MAX_NOTE_CHARS.toLocaleString('en')}. Attach long material as an evidence file instead.`);
  } else if ('addEvidence' in c) {
    const e = c.addEvidence as Record<string, unknown> | null;
    if (!e || typeof e !== 'object' || typeof e.value !== 'string') return bad('Evidence needs a type and a value.');
    const value = e.value.trim();
    if (!value) return bad('Evidence is empty.');
    if (value.length > MAX_FIELD_CHARS) return bad(`Evidence text is longer than ${MAX_FIELD_CHARS} characters.`);
    if (e.type === 'url') {
      if (!isHttpUrl(value)) return bad(`"${value.slice(0, 80)}" is not a valid web address: it must start with http:// or https:// and name a host.`);
    } else if (e.type !== 'citation') return bad('Evidence type must be "url" or "citation" (files are attached separately).');
    return { addEvidence: { type: e.type, value } };
  } else if ('removeEvidence' in c) {
    if (typeof c.removeEvidence !== 'string') return bad('removeEvidence takes the evidence id.');
  } else if ('assignee' in c || 'reviewer' in c) {
    const v = c.assignee ?? c.reviewer;
    if (v !== null && (typeof v !== 'string' || v.length > 200)) return bad('A name must be text of at most 200 characters, or null.');
  } else if ('clearRecheck' in c) {
    if (c.clearRecheck !== true) return bad('clearRecheck must be true.');
  } else return bad(`Unknown change field "${keys[0]}".`);
  return change as RecordChange;
}

const HTTP_URL = /^https?:\/\/(?:[^\s:@/?#]+(?::[^\s@/?#]*)?@)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}|localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\])(?::\d{1,5})?(?:[/?#]\S*)?$/u;

/** True for an absolute http(s) URL with a real host name (no spaces). */
export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value);
}

/** Applies one validated change, appending to history; returns a new record (input untouched). */
export function applyChange(rec: VerificationRecord, change: RecordChange, ctx: ChangeContext): VerificationRecord {
  const next: VerificationRecord = { ...rec, evidence: [...rec.evidence], history: [...rec.history] };
  const log = (field: HistoryField, from: unknown, to: unknown) =>
    next.history.push({ id: ctx.newId(), at: ctx.at, by: ctx.by, field, from, to });
  if ('status' in change) {
    if (change.status === rec.status) return rec;
    log('status', rec.status, change.status);
    next.status = change.status;
  } else if ('note' in change) {
    if (change.note === rec.note) return rec;
    log('note', rec.note, change.note);
    next.note = change.note;
  } else if ('addEvidence' in change) {
    const ev: Evidence = { id: ctx.newId(), type: change.addEvidence.type, value: change.addEvidence.value, addedAt: ctx.at, addedBy: ctx.by };
    log('evidence-add', null, ev);
    next.evidence.push(ev);
  } else if ('removeEvidence' in change) {
    const ev = rec.evidence.find((e) => e.id === change.removeEvidence);
    if (!ev) throw new FactdeskError('not-found', `No evidence ${change.removeEvidence} on this claim.`);
    log('evidence-remove', ev, null);
    next.evidence = next.evidence.filter((e) => e.id !== ev.id);
  } else if ('assignee' in change) {
    if (change.assignee === rec.assignee) return rec;
    log('assignee', rec.assignee, change.assignee);
    next.assignee = change.assignee;
  } else if ('reviewer' in change) {
    if (change.reviewer === rec.reviewer) return rec;
    log('reviewer', rec.reviewer, change.reviewer);
    next.reviewer = change.reviewer;
  } else if ('clearRecheck' in change) {
    if (!rec.needsRecheck) return rec;
    log('recheck', rec.needsRecheck, null);
    next.needsRecheck = null;
  }
  next.updatedAt = ctx.at;
  next.rev = rec.rev + 1;
  return next;
}

/** Adds an evidence item that was prepared elsewhere (an attached file). */
export function addEvidence(rec: VerificationRecord, ev: Evidence, ctx: ChangeContext): VerificationRecord {
  return {
    ...rec,
    evidence: [...rec.evidence, ev],
    history: [...rec.history, { id: ctx.newId(), at: ctx.at, by: ctx.by, field: 'evidence-add', from: null, to: ev }],
    updatedAt: ctx.at,
    rev: rec.rev + 1,
  };
}

const UNDOABLE: HistoryField[] = ['status', 'note', 'evidence-add', 'evidence-remove', 'assignee', 'reviewer', 'recheck'];

/** Reverts the most recent change not yet undone, recording the undo itself in history. */
export function undoLast(rec: VerificationRecord, ctx: ChangeContext): VerificationRecord {
  const undone = new Set(rec.history.filter((h) => h.field === 'undo').map((h) => h.undoes));
  const target = [...rec.history].reverse().find((h) => UNDOABLE.includes(h.field) && !undone.has(h.id));
  if (!target) throw new FactdeskError('nothing-to-undo', 'There is no change to undo on this claim.');
  const next: VerificationRecord = { ...rec, evidence: [...rec.evidence] };
  switch (target.field) {
    case 'status': next.status = target.from as VerificationRecord['status']; break;
    case 'note': next.note = target.from as string; break;
    case 'assignee': next.assignee = target.from as string | null; break;
    case 'reviewer': next.reviewer = target.from as string | null; break;
    case 'recheck': next.needsRecheck = target.from as VerificationRecord['needsRecheck']; break;
    case 'evidence-add': next.evidence = next.evidence.filter((e) => e.id !== (target.to as Evidence).id); break;
    case 'evidence-remove': next.evidence.push(target.from as Evidence); break;
  }
  const entry: HistoryEntry = { id: ctx.newId(), at: ctx.at, by: ctx.by, field: 'undo', from: target.to, to: target.from, undoes: target.id };
  next.history = [...rec.history, entry];
  next.updatedAt = ctx.at;
  next.rev = rec.rev + 1;
  return next;
}
