import type { ArticleExtraction, Claim } from './claims/types';
import type { SourceInfo, VersionInfo } from './sources';
import type { DiffOptions, VersionDiff } from './diff/types';
import type { ImportResult, ReportFile, ReportFilter, ReportFormat, ReportLanguage } from './report/types';
import type { Status, VerificationRecord } from './verification/types';

/** Something the user must know about (a file moved aside, a skipped file, a failed write). */
export interface Problem {
  code: string;
  message: string;
  path?: string;
  at: string;
}

/** The local reviewer profile (Settings). */
export interface Profile {
  name: string;
  organization: string;
  organizationUrl?: string;
}

export interface WorkspaceInfo {
  folder: string;
  dataDir: string;
  schemaVersion: number;
  profile: Profile | null;
  problems: Problem[];
  /** True while the first scan of the folder is still running. */
  scanning: boolean;
}

export interface ArticleView {
  source: SourceInfo;
  version: VersionInfo;
  text: string;
  extraction: ArticleExtraction | null;
}

/** One claim of the latest version of a source together with its verification record. */
export interface ClaimRow {
  sourceId: string;
  claim: Claim;
  record: VerificationRecord | null;
}

/**
 * The only thing the renderer knows about the back end. Every method takes one JSON-serialisable
 * argument object and resolves to a JSON-serialisable value; both transports carry it unchanged.
 */
export interface FactdeskApi {
  getWorkspace(args: Record<string, never>): Promise<WorkspaceInfo>;
  listSources(args: Record<string, never>): Promise<SourceInfo[]>;
  listVersions(args: { sourceId: string }): Promise<VersionInfo[]>;
  getArticle(args: { sourceId: string; versionId?: string }): Promise<ArticleView>;
  setArticleDate(args: { sourceId: string; date: string | null }): Promise<SourceInfo>;
  setProfile(args: { profile: Profile }): Promise<Profile>;
  /**
   * Claims of the latest version of one source (or of all), with their records; orphaned records
   * too. `withRecordsOnly`: only claims someone has worked on, across the workspace (cheap at any size).
   */
  listClaims(args: { sourceId?: string; withRecordsOnly?: boolean }): Promise<ClaimRow[]>;
  /** Applies one change to a claim's record; resolves once it is on disk. */
  updateRecord(args: { sourceId: string; claimKey: string; change: RecordChange; baseRev?: number }): Promise<VerificationRecord>;
  bulkSetStatus(args: { items: { sourceId: string; claimKey: string }[]; status: Status }): Promise<VerificationRecord[]>;
  /** Reverts the last change of the record (itself recorded in history). */
  undoRecord(args: { sourceId: string; claimKey: string }): Promise<VerificationRecord>;
  /** Copies a local file into the store (with its SHA-256) and adds it as evidence. */
  attachEvidenceFile(args: { sourceId: string; claimKey: string; fileName: string; dataBase64: string }): Promise<VerificationRecord>;
  /** Word- and claim-level diff of two versions (default: previous against latest). */
  diffVersions(args: { sourceId: string; fromVersionId?: string; toVersionId?: string; options?: DiffOptions }): Promise<VersionDiff>;
  buildReport(args: { format: ReportFormat; filter?: ReportFilter; lang?: ReportLanguage }): Promise<ReportFile>;
  /** Merges a JSON records export (another team member's work) into this workspace. */
  importRecords(args: { content: string }): Promise<ImportResult>;
}

/** One change to a verification record. */
export type RecordChange =
  | { status: Status }
  | { note: string }
  | { addEvidence: { type: 'url' | 'citation'; value: string } }
  | { removeEvidence: string }
  | { assignee: string | null }
  | { reviewer: string | null }
  | { clearRecheck: true };

export type ApiMethod = keyof FactdeskApi;
export type ApiArgs<M extends ApiMethod> = Parameters<FactdeskApi[M]>[0];
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<FactdeskApi[M]>>;

/** Runtime list of methods, used by transports to route and reject unknown calls. */
export const API_METHODS = [
  'getWorkspace',
  'listSources',
  'listVersions',
  'getArticle',
  'setArticleDate',
  'setProfile',
  'listClaims',
  'updateRecord',
  'bulkSetStatus',
  'undoRecord',
  'attachEvidenceFile',
  'diffVersions',
  'buildReport',
  'importRecords',
] as const satisfies readonly ApiMethod[];

type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
// Compile error when a method is added to FactdeskApi but not to API_METHODS.
const _allListed: MissingMethods extends never ? true : false = true;
void _allListed;

/** Events pushed from the back end to every window. */
export type FactdeskEvent =
  | { type: 'source'; source: SourceInfo }
  | { type: 'record'; record: VerificationRecord }
  | { type: 'problem'; problem: Problem }
  | { type: 'progress'; task: string; done: number; total: number };

/** Errors cross the transport boundary as data. */
export interface ApiError {
  code: string;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error with a stable code, thrown by the back end and carried to the caller as data. */
export class FactdeskError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'FactdeskError';
  }
}

/** A transport-independent client: what the renderer and the contract tests program against. */
export interface FactdeskClient {
  call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiValue<M>>;
  onEvent(cb: (event: FactdeskEvent) => void): () => void;
}

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

/** What the Electron preload exposes as `window.factdesk`: one named function per method, plus events. */
export type FactdeskBridge = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<ApiValue<M>>>;
} & {
  onEvent(cb: (event: FactdeskEvent) => void): () => void;
};

/**
 * Extras only the Electron shell offers (the HTTP server has no equivalent), so they are optional:
 * the renderer feature-detects them on `window.factdesk`.
 */
export interface ShellExtras {
  /** Renders report HTML to an A4 PDF and saves it where the user chooses; `path` is null when cancelled. */
  printToPdf?(html: string, suggestedName: string): Promise<ApiResult<{ path: string | null }>>;
}
