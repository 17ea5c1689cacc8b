export const STATUSES = [
  'unverified',
  'in-progress',
  'true',
  'partly-true',
  'misleading',
  'false',
  'unverifiable',
] as const;

export type Status = (typeof STATUSES)[number];

export interface Evidence {
  id: string;
  type: 'url' | 'citation' | 'file';
  /** URL, citation text, or the attached file's original name. */
  value: string;
  /** For files: SHA-256 of the content and where the store keeps the copy (relative to the data dir). */
  sha256?: string;
  storedPath?: string;
  addedAt: string;
  addedBy: string;
}

export type HistoryField =
  | 'created'
  | 'status'
  | 'note'
  | 'evidence-add'
  | 'evidence-remove'
  | 'assignee'
  | 'reviewer'
  | 'recheck'
  | 'orphaned'
  /** The record moved to another claim key (its claim was re-keyed, content unchanged). */
  | 'rekey'
  | 'undo'
  | 'import';

/** One append-only history entry of a verification record. */
export interface HistoryEntry {
  id: string;
  at: string;
  by: string;
  field: HistoryField;
  from: unknown;
  to: unknown;
  /** For `undo`: the id of the entry that was undone. */
  undoes?: string;
}

/** What changed in a claim between two versions (for "Needs re-check"). */
export interface ClaimFieldChange {
  field: 'text' | 'speaker' | 'date' | 'quantity' | 'quote';
  from: string | null;
  to: string | null;
}

export interface RecheckFlag {
  previousStatus: Status;
  fromVersionId: string;
  toVersionId: string;
  changes: ClaimFieldChange[];
  /** The key the claim had in the earlier version, when the key itself changed. */
  previousKey?: string;
}

/** The fact-checker's work on one claim; hangs on the claim key, survives re-extraction. */
export interface VerificationRecord {
  claimKey: string;
  sourceId: string;
  status: Status;
  note: string;
  evidence: Evidence[];
  assignee: string | null;
  reviewer: string | null;
  createdAt: string;
  updatedAt: string;
  history: HistoryEntry[];
  /** The claim is not in the latest version of its article any more. */
  orphaned: boolean;
  needsRecheck: RecheckFlag | null;
  /** Snapshot of the claim when last seen, so orphaned records stay readable and exportable. */
  claim: import('../claims/types').Claim;
  /** Monotonic revision for optimistic concurrency. */
  rev: number;
}
