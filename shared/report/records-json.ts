import { FactdeskError } from '../api';
import type { ClaimKind } from '../claims/types';
import type { SourceInfo } from '../sources';
import { STATUSES, type Evidence, type HistoryEntry, type HistoryField, type VerificationRecord } from '../verification/types';
import { compareStrings, compareTimestamps, filterRows, latestEntry } from './model';
import type { ImportResult, RecordsExport, ReportFilter, ReportInput } from './types';

/** The records format version this build writes and reads. */
export const RECORDS_FORMAT_VERSION = 1;

/** Collects the records (full history included) of the filtered rows into the versioned export. */
export function exportRecords(input: ReportInput, filter: ReportFilter): RecordsExport {
  const records = filterRows(input.rows, filter)
    .map((row) => row.record)
    .filter((r): r is VerificationRecord => r !== null)
    .sort((a, b) => compareStrings(a.sourceId, b.sourceId) || compareStrings(a.claimKey, b.claimKey));
  const used = new Set(records.map((r) => r.sourceId));
  return {
    format: 'factdesk-records',
    version: RECORDS_FORMAT_VERSION,
    exportedAt: input.generatedAt,
    profile: input.profile,
    sources: input.sources.filter((s) => used.has(s.id)),
    records,
  };
}

/** Serialises the records export as the JSON file Factdesk imports back. */
export function renderRecordsJson(input: ReportInput, filter: ReportFilter): string {
  return `${JSON.stringify(exportRecords(input, filter), null, 2)}\n`;
}

/**
 * Parses and validates a records export. Throws a FactdeskError with code `import-not-json`,
 * `import-foreign` (another kind of file, e.g. a ClaimReview export), `import-newer-version`
 * or `import-invalid` (with the JSON path of the first problem).
 */
export function parseRecordsExport(content: string): RecordsExport {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FactdeskError('import-not-json', `The file is not valid JSON (${(error as Error).message}). Choose a Factdesk records export (.json).`);
  }
  if (isClaimReview(data)) {
    throw new FactdeskError(
      'import-foreign',
      'This is a ClaimReview (schema.org) export, which is for publishing and cannot be imported. Choose the JSON records export instead.',
    );
  }
  if (!isObject(data) || data.format !== 'factdesk-records') {
    throw new FactdeskError('import-foreign', 'This file is not a Factdesk records export (it lacks "format": "factdesk-records").');
  }
  const version = data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > RECORDS_FORMAT_VERSION) {
    throw new FactdeskError(
      'import-newer-version',
      `This file was written by a newer Factdesk (records format version ${version}); this Factdesk reads version ${RECORDS_FORMAT_VERSION}. Update Factdesk to import it.`,
    );
  }
  if (version !== RECORDS_FORMAT_VERSION) {
    throw invalid('version', `must be ${RECORDS_FORMAT_VERSION}, found ${JSON.stringify(version)}`);
  }
  timestamp(data.exportedAt, 'exportedAt');
  if (data.profile !== null) {
    const p = object(data.profile, 'profile');
    string(p.name, 'profile.name');
    string(p.organization, 'profile.organization');
    if (p.organizationUrl !== undefined) string(p.organizationUrl, 'profile.organizationUrl');
  }
  array(data.sources, 'sources').forEach((s, i) => checkSource(s, `sources[${i}]`));
  const seen = new Map<string, number>();
  array(data.records, 'records').forEach((r, i) => {
    const path = `records[${i}]`;
    checkRecord(r, path);
    const record = r as VerificationRecord;
    const key = recordKey(record);
    const first = seen.get(key);
    if (first !== undefined) throw invalid(path, `repeats the claim of records[${first}] (${record.sourceId} / ${record.claimKey})`);
    seen.set(key, i);
  });
  return data as unknown as RecordsExport;
}

/**
 * Maps the export's source ids onto this workspace's sources by relative path, since two team
 * members' workspaces may give the same article different ids. Records of articles this
 * workspace lacks (no source with that path or id) keep their id and are listed in `unmatched`.
 */
export function alignSourceIds(exported: RecordsExport, local: readonly SourceInfo[]): { records: VerificationRecord[]; unmatched: SourceInfo[] } {
  const byPath = new Map(local.map((s) => [s.path, s.id]));
  const localIds = new Set(local.map((s) => s.id));
  const ids = new Map<string, string>();
  const unmatched: SourceInfo[] = [];
  for (const s of exported.sources) {
    const id = byPath.get(s.path);
    if (id !== undefined) ids.set(s.id, id);
    else if (!localIds.has(s.id)) unmatched.push(s);
  }
  const records = exported.records.map((r) => {
    const id = ids.get(r.sourceId);
    return id !== undefined && id !== r.sourceId ? { ...r, sourceId: id } : r;
  });
  return { records, unmatched };
}

/** What the `import` history entry of a merge records (its `to`); `from` holds the local status and rev. */
export interface MergeNote {
  status: VerificationRecord['status'];
  /** History entries that came from the incoming side. */
  addedEntries: number;
  /** Whose current state (status, note, assignee, reviewer, re-check flag) the merge kept. */
  state: 'local' | 'incoming';
  incomingRev: number;
}

/**
 * Merges another team member's records into the local ones without losing either side's history.
 * - a record only the incoming side has is added unchanged (so export → import is lossless);
 * - history is the union of both by entry id, sorted by time (local first on equal times);
 * - status, note, assignee, reviewer and the re-check flag come from the side whose latest
 *   non-import change is newer (local wins ties); the claim snapshot and `orphaned` stay local,
 *   because they describe the article as this workspace has it;
 * - evidence is the union by id, minus items whose last add/remove in the merged history is a removal;
 * - a merge that changes anything appends one `import` history entry (at `at`, by `by`) and bumps `rev`;
 *   importing the same file twice changes nothing the second time.
 */
export function mergeRecords(
  local: VerificationRecord[],
  incoming: VerificationRecord[],
  at: string,
  by: string,
): { records: VerificationRecord[]; result: ImportResult } {
  const result: ImportResult = { added: 0, merged: 0, unchanged: 0, problems: [] };
  const records = [...local];
  const index = new Map(records.map((r, i) => [recordKey(r), i]));
  for (const theirs of incoming) {
    const key = recordKey(theirs);
    const i = index.get(key);
    if (i === undefined) {
      index.set(key, records.length);
      records.push(cloneJson(theirs));
      result.added++;
      continue;
    }
    const merged = mergeRecord(records[i], theirs, at, by, result.problems);
    if (merged) {
      records[i] = merged;
      result.merged++;
    } else {
      result.unchanged++;
    }
  }
  return { records, result };
}

function mergeRecord(mine: VerificationRecord, theirs: VerificationRecord, at: string, by: string, problems: string[]): VerificationRecord | null {
  const label = `${mine.sourceId} / ${mine.claimKey}`;
  const mineById = new Map(mine.history.map((h) => [h.id, h]));
  const theirsIds = new Set(theirs.history.map((h) => h.id));
  const newEntries: HistoryEntry[] = [];
  for (const entry of theirs.history) {
    const known = mineById.get(entry.id);
    if (!known) newEntries.push(cloneJson(entry));
    else if (JSON.stringify(known) !== JSON.stringify(entry)) {
      problems.push(`${label}: history entry ${entry.id} differs between the two sides; kept the local one.`);
    }
  }
  // Stable sort: equal times keep local entries first, each side in its own order.
  const history = [...mine.history, ...newEntries].sort((a, b) => compareTimestamps(a.at, b.at));

  const notImport = (h: HistoryEntry) => h.field === 'import';
  const myLatest = latestEntry(mine.history, notImport);
  const theirLatest = latestEntry(theirs.history, notImport);
  const theirsWin = theirLatest !== null && (myLatest === null || compareTimestamps(theirLatest.at, myLatest.at) > 0);
  const winner = theirsWin ? theirs : mine;
  const loser = theirsWin ? mine : theirs;

  const evidence = mergeEvidence(winner.evidence, loser.evidence, history);
  const state = {
    status: winner.status,
    note: winner.note,
    assignee: winner.assignee,
    reviewer: winner.reviewer,
    needsRecheck: winner.needsRecheck ? cloneJson(winner.needsRecheck) : null,
    evidence,
  };
  const sameState =
    state.status === mine.status &&
    state.note === mine.note &&
    state.assignee === mine.assignee &&
    state.reviewer === mine.reviewer &&
    JSON.stringify(state.needsRecheck) === JSON.stringify(mine.needsRecheck) &&
    JSON.stringify(state.evidence) === JSON.stringify(mine.evidence);
  if (!newEntries.length && sameState) return null;

  const diverged = newEntries.length > 0 && mine.history.some((h) => !theirsIds.has(h.id));
  if (diverged && (loser.status !== winner.status || loser.note !== winner.note)) {
    const latest = theirsWin ? theirLatest : myLatest;
    problems.push(
      `${label}: both sides changed this claim; kept the newer ${theirsWin ? 'incoming' : 'local'} state (status ${winner.status}` +
        `${latest ? `, by ${latest.by} at ${latest.at}` : ''}); the other side's status ${loser.status} and note stay in the history.`,
    );
  }

  const note: MergeNote = { status: state.status, addedEntries: newEntries.length, state: theirsWin ? 'incoming' : 'local', incomingRev: theirs.rev };
  const ids = new Set(history.map((h) => h.id));
  let id = `import-${hash([mine.sourceId, mine.claimKey, at, by, theirs.rev, ...newEntries.map((h) => h.id)].join('\u0000'))}`;
  for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
  history.push({ id, at, by, field: 'import', from: { status: mine.status, rev: mine.rev }, to: note });

  const times = [mine.updatedAt, theirs.updatedAt, at].sort(compareTimestamps);
  return {
    ...mine,
    ...state,
    createdAt: compareTimestamps(theirs.createdAt, mine.createdAt) < 0 ? theirs.createdAt : mine.createdAt,
    updatedAt: times[times.length - 1],
    history,
    rev: Math.max(mine.rev, theirs.rev) + 1,
  };
}

function mergeEvidence(winner: Evidence[], loser: Evidence[], history: HistoryEntry[]): Evidence[] {
  const union = [...winner];
  const ids = new Set(winner.map((e) => e.id));
  for (const e of loser) if (!ids.has(e.id)) union.push(cloneJson(e));
  // The last add/remove of an id in the merged history decides whether it stays (undo flips it).
  const removed = new Set<string>();
  const byId = new Map(history.map((h) => [h.id, h]));
  for (const entry of history) {
    let event = entry;
    let removes = entry.field === 'evidence-remove';
    if (entry.field === 'undo' && entry.undoes) {
      const undone = byId.get(entry.undoes);
      if (!undone) continue;
      event = undone;
      removes = undone.field === 'evidence-add';
    }
    if (event.field !== 'evidence-add' && event.field !== 'evidence-remove') continue;
    const id = event.field === 'evidence-add' ? evidenceId(event.to) ?? evidenceId(event.from) : evidenceId(event.from) ?? evidenceId(event.to);
    if (!id) continue;
    if (removes) removed.add(id);
    else removed.delete(id);
  }
  return union.filter((e) => !removed.has(e.id));
}

// History values are `unknown`: an evidence may be recorded as the object or as its id.
function evidenceId(value: unknown): string | null {
  if (typeof value === 'string' && value) return value;
  if (isObject(value) && typeof value.id === 'string') return value.id;
  return null;
}

function recordKey(r: Pick<VerificationRecord, 'sourceId' | 'claimKey'>): string {
  return `${r.sourceId}\u0000${r.claimKey}`;
}

// FNV-1a, twice with different seeds: a short deterministic id without node:crypto.
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

// ---- validation -------------------------------------------------------------------------------

const KINDS: readonly ClaimKind[] = ['quote', 'event', 'quantity'];
const HISTORY_FIELDS: readonly HistoryField[] = [
  'created', 'status', 'note', 'evidence-add', 'evidence-remove', 'assignee', 'reviewer', 'recheck', 'orphaned', 'rekey', 'undo', 'import',
];
const CHANGE_FIELDS = ['text', 'speaker', 'date', 'quantity', 'quote'];

function checkSource(value: unknown, path: string): void {
  const s = object(value, path) as Partial<Record<keyof SourceInfo, unknown>>;
  string(s.id, `${path}.id`);
  string(s.path, `${path}.path`);
  string(s.title, `${path}.title`);
}

function checkRecord(value: unknown, path: string): void {
  const r = object(value, path);
  nonEmpty(r.claimKey, `${path}.claimKey`);
  nonEmpty(r.sourceId, `${path}.sourceId`);
  oneOf(r.status, STATUSES, `${path}.status`);
  string(r.note, `${path}.note`);
  array(r.evidence, `${path}.evidence`).forEach((e, i) => checkEvidence(e, `${path}.evidence[${i}]`));
  nullable(r.assignee, `${path}.assignee`);
  nullable(r.reviewer, `${path}.reviewer`);
  timestamp(r.createdAt, `${path}.createdAt`);
  timestamp(r.updatedAt, `${path}.updatedAt`);
  const ids = new Set<string>();
  array(r.history, `${path}.history`).forEach((h, i) => {
    const p = `${path}.history[${i}]`;
    const entry = object(h, p);
    nonEmpty(entry.id, `${p}.id`);
    if (ids.has(entry.id as string)) throw invalid(`${p}.id`, `repeats the id ${JSON.stringify(entry.id)}`);
    ids.add(entry.id as string);
    timestamp(entry.at, `${p}.at`);
    string(entry.by, `${p}.by`);
    oneOf(entry.field, HISTORY_FIELDS, `${p}.field`);
    if (!('from' in entry) || !('to' in entry)) throw invalid(p, 'must have "from" and "to"');
    if (entry.undoes !== undefined) string(entry.undoes, `${p}.undoes`);
  });
  if (typeof r.orphaned !== 'boolean') throw invalid(`${path}.orphaned`, 'must be true or false');
  if (r.needsRecheck !== null) {
    const f = object(r.needsRecheck, `${path}.needsRecheck`);
    oneOf(f.previousStatus, STATUSES, `${path}.needsRecheck.previousStatus`);
    string(f.fromVersionId, `${path}.needsRecheck.fromVersionId`);
    string(f.toVersionId, `${path}.needsRecheck.toVersionId`);
    if (f.previousKey !== undefined) string(f.previousKey, `${path}.needsRecheck.previousKey`);
    array(f.changes, `${path}.needsRecheck.changes`).forEach((c, i) => {
      const p = `${path}.needsRecheck.changes[${i}]`;
      const change = object(c, p);
      oneOf(change.field, CHANGE_FIELDS, `${p}.field`);
      nullable(change.from, `${p}.from`);
      nullable(change.to, `${p}.to`);
    });
  }
  checkClaim(r.claim, `${path}.claim`);
  if (r.claimKey !== (r.claim as Record<string, unknown>).key) throw invalid(`${path}.claim.key`, 'must equal the record\'s claimKey');
  if (typeof r.rev !== 'number' || !Number.isInteger(r.rev) || r.rev < 0) throw invalid(`${path}.rev`, 'must be a whole number');
}

function checkEvidence(value: unknown, path: string): void {
  const e = object(value, path);
  nonEmpty(e.id, `${path}.id`);
  oneOf(e.type, ['url', 'citation', 'file'], `${path}.type`);
  string(e.value, `${path}.value`);
  timestamp(e.addedAt, `${path}.addedAt`);
  string(e.addedBy, `${path}.addedBy`);
  if (e.sha256 !== undefined && (typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(e.sha256))) {
    throw invalid(`${path}.sha256`, 'must be 64 hexadecimal digits');
  }
  if (e.storedPath !== undefined) {
    // The store resolves this against its data folder: an imported file must not point outside it.
    const p = e.storedPath;
    if (typeof p !== 'string' || !p || p.startsWith('/') || p.includes('\\') || /^[a-z]:/i.test(p) || p.split('/').some((s) => s === '..' || s === '')) {
      throw invalid(`${path}.storedPath`, 'must be a relative path inside the data folder');
    }
  }
}

function checkClaim(value: unknown, path: string): void {
  const c = object(value, path);
  nonEmpty(c.key, `${path}.key`);
  oneOf(c.kind, KINDS, `${path}.kind`);
  string(c.text, `${path}.text`);
  integer(c.start, `${path}.start`);
  integer(c.end, `${path}.end`);
  string(c.rule, `${path}.rule`);
  if (c.speaker !== null) {
    const s = object(c.speaker, `${path}.speaker`);
    string(s.name, `${path}.speaker.name`);
    string(s.mention, `${path}.speaker.mention`);
  }
  if (c.quote !== null) {
    const q = object(c.quote, `${path}.quote`);
    string(q.text, `${path}.quote.text`);
    if (typeof q.direct !== 'boolean') throw invalid(`${path}.quote.direct`, 'must be true or false');
  }
  if (c.date !== null) {
    const d = object(c.date, `${path}.date`);
    string(d.value, `${path}.date.value`);
    string(d.mention, `${path}.date.mention`);
  }
  if (c.quantity !== null) {
    const q = object(c.quantity, `${path}.quantity`);
    if (typeof q.value !== 'number' || !Number.isFinite(q.value)) throw invalid(`${path}.quantity.value`, 'must be a number');
    string(q.unit, `${path}.quantity.unit`);
    string(q.mention, `${path}.quantity.mention`);
  }
}

function invalid(path: string, message: string): FactdeskError {
  return new FactdeskError('import-invalid', `Invalid Factdesk records file: ${path} ${message}.`);
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (!isObject(value)) throw invalid(path, 'must be an object');
  return value;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw invalid(path, 'must be a list');
  return value;
}

function string(value: unknown, path: string): void {
  if (typeof value !== 'string') throw invalid(path, 'must be text');
}

function nonEmpty(value: unknown, path: string): void {
  if (typeof value !== 'string' || !value) throw invalid(path, 'must be non-empty text');
}

function nullable(value: unknown, path: string): void {
  if (value !== null && typeof value !== 'string') throw invalid(path, 'must be text or null');
}

function integer(value: unknown, path: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(path, 'must be a whole number');
}

function timestamp(value: unknown, path: string): void {
  if (typeof value !== 'string' || !Number.isFinite(Date.parse(value))) throw invalid(path, 'must be an ISO date and time');
}

function oneOf(value: unknown, allowed: readonly string[], path: string): void {
  if (typeof value !== 'string' || !allowed.includes(value)) throw invalid(path, `must be one of ${allowed.join(', ')} (found ${JSON.stringify(value)})`);
}

function isClaimReview(data: unknown): boolean {
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
  return items.some((item) => isObject(item) && (item['@type'] === 'ClaimReview' || '@context' in item));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
