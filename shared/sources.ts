/** Text encodings the ingester can decode and records per version. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1250' | 'iso-8859-2';

export type Language = 'pl' | 'en';

/** A file in the watched workspace, as the source list shows it. */
export interface SourceInfo {
  id: string;
  /** Path relative to the workspace folder, with forward slashes. */
  path: string;
  title: string;
  language: Language | null;
  /** Article date: TIMEX3-like (`2022-01`, `2022-01-12`), from the file or set by the user. */
  date: string | null;
  /** True when the user set the date by hand (it wins over the file header). */
  dateSetByUser: boolean;
  versionCount: number;
  latestVersionId: string | null;
  state: 'ok' | 'deleted' | 'skipped';
  /** Why the file is skipped (binary, too large, unreadable), for the user. */
  reason: string | null;
  encoding: TextEncoding | null;
  updatedAt: string;
}

/** One recorded distinct content of a source. */
export interface VersionInfo {
  id: string;
  sourceId: string;
  /** 1-based position in the source's timeline. */
  number: number;
  hash: string;
  size: number;
  encoding: TextEncoding;
  recordedAt: string;
  /** One-line change summary against the previous version, when known. */
  summary: string | null;
}
