import type { ClaimRow, Profile } from '../api';
import type { ClaimKind } from '../claims/types';
import type { SourceInfo } from '../sources';
import type { Status, VerificationRecord } from '../verification/types';

export type ReportFormat = 'md' | 'html' | 'csv' | 'json' | 'claimreview';
export type ReportLanguage = 'pl' | 'en';

/** What goes into a report. Empty or missing fields mean "all". */
export interface ReportFilter {
  sourceIds?: string[];
  statuses?: Status[];
  kinds?: ClaimKind[];
  reviewer?: string;
  /** Inclusive ISO dates (YYYY-MM-DD) on the record's last change. */
  from?: string;
  to?: string;
}

export interface ReportInput {
  generatedAt: string;
  profile: Profile | null;
  sources: SourceInfo[];
  rows: ClaimRow[];
}

export interface ReportFile {
  fileName: string;
  mime: string;
  content: string;
}

/** The versioned JSON export that Factdesk can import back. */
export interface RecordsExport {
  format: 'factdesk-records';
  version: 1;
  exportedAt: string;
  profile: Profile | null;
  sources: SourceInfo[];
  records: VerificationRecord[];
}

export interface ImportResult {
  added: number;
  merged: number;
  unchanged: number;
  problems: string[];
}
