import type { Claim } from '../claims/types';
import type { VersionInfo } from '../sources';
import type { ClaimFieldChange } from '../verification/types';

/** Noise controls: differences of these kinds are not shown as changes. */
export interface DiffOptions {
  ignoreWhitespace?: boolean;
  /** Typographic vs straight quotes: „ ” “ ‘ ’ « » vs " ' */
  ignoreQuoteStyle?: boolean;
  /** Dash variants: - – — ‒ − */
  ignoreDashes?: boolean;
  /** Number formatting: `1 700` vs `1700`, `1,5` vs `1.5` grouping. */
  ignoreNumberFormat?: boolean;
}

/** A run of the two texts; offsets are JS string indices into the old and new text. */
export interface DiffHunk {
  kind: 'equal' | 'insert' | 'delete' | 'replace';
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  oldText: string;
  newText: string;
  /** A whole paragraph replaced by a rewritten one (shown as replaced, not as word confetti). */
  rewritten?: boolean;
}

export interface TextDiff {
  hunks: DiffHunk[];
  stats: { wordsAdded: number; wordsRemoved: number; changes: number };
  /** The texts are essentially unrelated (a full rewrite). */
  rewritten: boolean;
  /** A time/edit limit was hit and a coarser result is shown. */
  coarse: boolean;
}

export interface ClaimChange {
  before: Claim;
  after: Claim;
  changes: ClaimFieldChange[];
}

export interface ClaimChangeSet {
  added: Claim[];
  removed: Claim[];
  changed: ClaimChange[];
  /** Pairs that match with no change (same key, same content). */
  unchanged: { before: Claim; after: Claim }[];
}

export interface VersionDiff {
  sourceId: string;
  from: VersionInfo;
  to: VersionInfo;
  oldText: string;
  newText: string;
  text: TextDiff;
  claims: ClaimChangeSet;
}
