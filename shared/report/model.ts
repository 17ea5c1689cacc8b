import { describeDate } from '../claims/date-labels';
import type { ClaimRow, Profile } from '../api';
import type { Claim, ClaimKind, Speaker } from '../claims/types';
import type { Language, SourceInfo } from '../sources';
import { STATUS_INFO, statusInfo } from '../verification/statuses';
import { STATUSES, type Evidence, type HistoryEntry, type HistoryField, type Status, type VerificationRecord } from '../verification/types';
import { reportLabels, statusLabel, type ReportLabels } from './labels';
import type { ReportFilter, ReportInput, ReportLanguage } from './types';

/** A status with its display data and how many claims of the report have it. */
export interface ReportStatusCount {
  status: Status;
  label: string;
  letter: string;
  icon: string;
  color: string;
  count: number;
}

/** The latest history entry of a record, ready to print. */
export interface ReportChange {
  at: string;
  by: string;
  field: HistoryField;
  /** One line in the report language, e.g. `Status: W toku → Prawda`. */
  text: string;
}

/** One field of a claim that changed between article versions (from → to). */
export interface ReportFieldChange {
  field: string;
  fieldLabel: string;
  from: string | null;
  to: string | null;
}

export interface ReportRecheck {
  previousStatus: Status;
  previousStatusLabel: string;
  previousKey: string | null;
  fromVersionId: string;
  toVersionId: string;
  changes: ReportFieldChange[];
}

/** One claim as every report format prints it. */
export interface ReportClaim {
  sourceId: string;
  key: string;
  kind: ClaimKind;
  kindLabel: string;
  text: string;
  /** Offset in the article (for orphaned claims: in the version they were last seen in). */
  start: number;
  speaker: string | null;
  speakerType: NonNullable<Speaker['type']> | null;
  /** The ISO/TIMEX3 value of the claim's date. */
  date: string | null;
  /** The words the article used for the date, when they differ from the value. */
  dateMention: string | null;
  /** The date for readers (`piątek (data nieznana)`, `12 January 2022`). */
  dateLabel: string | null;
  /** `value unit` or `value–valueTo unit`. */
  quantity: string | null;
  status: Status;
  statusLabel: string;
  statusLetter: string;
  statusIcon: string;
  statusColor: string;
  note: string;
  evidence: Evidence[];
  assignee: string | null;
  reviewer: string | null;
  /** The record's last change, null for a claim nobody touched yet. */
  updatedAt: string | null;
  lastChange: ReportChange | null;
  orphaned: boolean;
  recheck: ReportRecheck | null;
  /** The full record (for the exports that need history), null when the claim has none yet. */
  record: VerificationRecord | null;
}

export interface ReportArticle {
  sourceId: string;
  title: string;
  path: string;
  date: string | null;
  language: Language | null;
  /** False when the row's source is not in the input's source list. */
  known: boolean;
  claims: ReportClaim[];
}

export interface ReportModel {
  lang: ReportLanguage;
  labels: ReportLabels;
  generatedAt: string;
  profile: Profile | null;
  filter: ReportFilter;
  /** Human-readable lines describing the filter; empty when everything is included. */
  scope: string[];
  /** Every status in display order, zero counts included. */
  summary: ReportStatusCount[];
  total: number;
  articles: ReportArticle[];
  /** Claims whose article changed after they were verified, in report order, with their 1-based numbers. */
  recheck: { article: ReportArticle; claim: ReportClaim; articleNo: number; claimNo: number }[];
}

/** The status a row counts as: a claim without a record is unverified. */
export function rowStatus(row: ClaimRow): Status {
  return row.record?.status ?? 'unverified';
}

/** True when the row passes every set criterion of the filter (empty or missing = all). */
export function rowMatches(row: ClaimRow, filter: ReportFilter): boolean {
  if (filter.sourceIds?.length && !filter.sourceIds.includes(row.sourceId)) return false;
  if (filter.statuses?.length && !filter.statuses.includes(rowStatus(row))) return false;
  if (filter.kinds?.length && !filter.kinds.includes(row.claim.kind)) return false;
  const reviewer = filter.reviewer?.trim();
  if (reviewer) {
    const actual = row.record?.reviewer?.trim();
    if (!actual || actual.toLowerCase() !== reviewer.toLowerCase()) return false;
  }
  if (filter.from || filter.to) {
    // A claim nobody worked on has no last change, so a date range never includes it.
    const updated = row.record?.updatedAt;
    if (!updated) return false;
    if (!dateInRange(updated, filter.from, filter.to)) return false;
  }
  return true;
}

/** The rows a filter keeps, in input order. */
export function filterRows(rows: readonly ClaimRow[], filter: ReportFilter): ClaimRow[] {
  return rows.filter((row) => rowMatches(row, filter));
}

/** Builds the language-specific report model every format renders: filtered, grouped per article, counted. */
export function buildReportModel(input: ReportInput, filter: ReportFilter, lang: ReportLanguage): ReportModel {
  const labels = reportLabels(lang);
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const rows = filterRows(input.rows, filter);

  const groups = new Map<string, ReportClaim[]>();
  for (const row of rows) {
    const list = groups.get(row.sourceId) ?? [];
    list.push(toReportClaim(row, labels, lang));
    groups.set(row.sourceId, list);
  }
  // A source picked explicitly is shown even with no claims in scope, so the reader sees it was checked.
  for (const id of filter.sourceIds ?? []) {
    if (sources.has(id) && !groups.has(id)) groups.set(id, []);
  }

  const articles: ReportArticle[] = [...groups.entries()].map(([sourceId, claims]) => {
    const source = sources.get(sourceId);
    claims.sort(compareClaims);
    return articleOf(sourceId, source, labels, claims);
  });
  articles.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.sourceId, b.sourceId));

  const summary: ReportStatusCount[] = STATUS_INFO.map((info) => ({
    status: info.status,
    label: info.label[lang],
    letter: info.letter,
    icon: info.icon,
    color: info.color,
    count: 0,
  }));
  let total = 0;
  const recheck: ReportModel['recheck'] = [];
  articles.forEach((article, a) => {
    article.claims.forEach((claim, c) => {
      total++;
      const entry = summary.find((s) => s.status === claim.status);
      if (entry) entry.count++;
      if (claim.recheck) recheck.push({ article, claim, articleNo: a + 1, claimNo: c + 1 });
    });
  });

  return {
    lang,
    labels,
    generatedAt: input.generatedAt,
    profile: input.profile,
    filter,
    scope: describeFilter(filter, sources, labels, lang),
    summary,
    total,
    articles,
    recheck,
  };
}

function articleOf(sourceId: string, source: SourceInfo | undefined, labels: ReportLabels, claims: ReportClaim[]): ReportArticle {
  if (!source) {
    return { sourceId, title: `${labels.unknownSource} (${sourceId})`, path: '', date: null, language: null, known: false, claims };
  }
  return {
    sourceId,
    title: source.title || source.path,
    path: source.path,
    date: source.date,
    language: source.language,
    known: true,
    claims,
  };
}

// Claims follow the article's reading order; orphaned ones (offsets of an older version) come last.
function compareClaims(a: ReportClaim, b: ReportClaim): number {
  if (a.orphaned !== b.orphaned) return a.orphaned ? 1 : -1;
  return a.start - b.start || compareStrings(a.key, b.key);
}

function toReportClaim(row: ClaimRow, labels: ReportLabels, lang: ReportLanguage): ReportClaim {
  const { claim, record } = row;
  const status = rowStatus(row);
  const info = statusInfo(status);
  return {
    sourceId: row.sourceId,
    key: claim.key,
    kind: claim.kind,
    kindLabel: labels.kinds[claim.kind] ?? claim.kind,
    text: claim.text,
    start: claim.start,
    speaker: claim.speaker?.name || null,
    speakerType: claim.speaker ? (claim.speaker.type ?? 'unknown') : null,
    date: claim.date?.value ?? null,
    dateMention: claim.date && claim.date.mention && claim.date.mention !== claim.date.value ? claim.date.mention : null,
    dateLabel: claim.date ? describeDate(claim.date.value, lang) : null,
    quantity: formatQuantity(claim),
    status,
    statusLabel: info.label[lang],
    statusLetter: info.letter,
    statusIcon: info.icon,
    statusColor: info.color,
    note: record?.note ?? '',
    evidence: record?.evidence ?? [],
    assignee: record?.assignee ?? null,
    reviewer: record?.reviewer ?? null,
    updatedAt: record?.updatedAt ?? null,
    lastChange: record ? lastChange(record, labels, lang) : null,
    orphaned: record?.orphaned ?? false,
    recheck: record?.needsRecheck ? recheckOf(record, labels, lang) : null,
    record,
  };
}

/** Formats a claim's quantity as `value unit` or `value–valueTo unit`; null when it has none. */
export function formatQuantity(claim: Pick<Claim, 'quantity'>): string | null {
  const q = claim.quantity;
  if (!q) return null;
  const amount = q.valueTo !== undefined && q.valueTo !== q.value ? `${q.value}–${q.valueTo}` : `${q.value}`;
  return q.unit ? `${amount} ${q.unit}` : amount;
}

function recheckOf(record: VerificationRecord, labels: ReportLabels, lang: ReportLanguage): ReportRecheck {
  const flag = record.needsRecheck!;
  return {
    previousStatus: flag.previousStatus,
    previousStatusLabel: statusLabel(flag.previousStatus, lang),
    previousKey: flag.previousKey ?? null,
    fromVersionId: flag.fromVersionId,
    toVersionId: flag.toVersionId,
    changes: flag.changes.map((c) => ({
      field: c.field,
      fieldLabel: labels.changeFields[c.field] ?? c.field,
      from: c.from,
      to: c.to,
    })),
  };
}

/** The record's latest history entry (by time; on equal times the later one in the list). */
export function latestEntry(history: readonly HistoryEntry[], skip?: (entry: HistoryEntry) => boolean): HistoryEntry | null {
  let best: HistoryEntry | null = null;
  for (const entry of history) {
    if (skip?.(entry)) continue;
    if (!best || compareTimestamps(entry.at, best.at) >= 0) best = entry;
  }
  return best;
}

function lastChange(record: VerificationRecord, labels: ReportLabels, lang: ReportLanguage): ReportChange | null {
  const entry = latestEntry(record.history);
  if (!entry) return null;
  return { at: entry.at, by: entry.by, field: entry.field, text: describeChange(entry, record.history, labels, lang) };
}

/** One line saying what a history entry changed, in the report language. */
export function describeChange(entry: HistoryEntry, history: readonly HistoryEntry[], labels: ReportLabels, lang: ReportLanguage): string {
  const name = labels.historyFields[entry.field] ?? entry.field;
  const from = formatValue(entry.from, entry.field, lang);
  const to = formatValue(entry.to, entry.field, lang);
  switch (entry.field) {
    case 'created':
      return name;
    case 'evidence-add':
      return to ? `${name}: ${to}` : name;
    case 'evidence-remove':
      return from ? `${name}: ${from}` : name;
    case 'recheck':
      return entry.to ? labels.needsRecheck : labels.recheckDone;
    case 'orphaned':
      return entry.to === false ? labels.backInArticle : labels.orphaned;
    case 'undo': {
      const undone = entry.undoes ? history.find((h) => h.id === entry.undoes) : undefined;
      return undone ? `${name}: ${labels.historyFields[undone.field] ?? undone.field}` : name;
    }
    case 'import': {
      const added = isObject(entry.to) && typeof entry.to.addedEntries === 'number' ? entry.to.addedEntries : null;
      return added === null ? name : `${name}: ${labels.mergedEntries(added)}`;
    }
    default:
      return `${name}: ${from ?? labels.none} → ${to ?? labels.none}`;
  }
}

const MAX_VALUE_LENGTH = 120;

// History values are `unknown` (the store decides their shape): print strings, statuses by label,
// and for objects the field a person recognises (an evidence's value, a speaker's name).
function formatValue(value: unknown, field: HistoryField, lang: ReportLanguage): string | null {
  if (value === null || value === undefined || value === '') return null;
  let text: string;
  if (typeof value === 'string') {
    text = field === 'status' && (STATUSES as readonly string[]).includes(value) ? statusLabel(value as Status, lang) : value;
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    text = String(value);
  } else if (isObject(value)) {
    const named = value.value ?? value.name ?? value.status;
    text = typeof named === 'string' ? named : JSON.stringify(value);
  } else {
    text = JSON.stringify(value) ?? String(value);
  }
  return shorten(text);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > MAX_VALUE_LENGTH ? `${chars.slice(0, MAX_VALUE_LENGTH - 1).join('')}…` : flat;
}

function describeFilter(filter: ReportFilter, sources: Map<string, SourceInfo>, labels: ReportLabels, lang: ReportLanguage): string[] {
  const lines: string[] = [];
  if (filter.sourceIds?.length) {
    const names = filter.sourceIds.map((id) => sources.get(id)?.title || sources.get(id)?.path || id);
    lines.push(`${labels.filterSources}: ${names.join(', ')}`);
  }
  if (filter.statuses?.length) lines.push(`${labels.filterStatuses}: ${filter.statuses.map((s) => statusLabel(s, lang)).join(', ')}`);
  if (filter.kinds?.length) lines.push(`${labels.filterKinds}: ${filter.kinds.map((k) => labels.kinds[k] ?? k).join(', ')}`);
  if (filter.reviewer?.trim()) lines.push(`${labels.filterReviewer}: ${filter.reviewer.trim()}`);
  if (filter.from || filter.to) lines.push(`${labels.filterDates}: ${filter.from ?? '…'} – ${filter.to ?? '…'}`);
  return lines;
}

/**
 * True when an ISO timestamp's calendar date (UTC, as stored) lies within the inclusive range.
 * Bounds may be partial (`2024-05` covers the whole month): both sides compare on the bound's length.
 */
export function dateInRange(timestamp: string, from?: string, to?: string): boolean {
  const day = utcDay(timestamp);
  if (from && day.slice(0, from.length) < from) return false;
  if (to && day.slice(0, to.length) > to) return false;
  return true;
}

function utcDay(timestamp: string): string {
  const t = Date.parse(timestamp);
  if (!Number.isFinite(t) || /^\d{4}-\d{2}-\d{2}$/.test(timestamp)) return timestamp.slice(0, 10);
  return new Date(t).toISOString().slice(0, 10);
}

/** Orders two timestamps by the instant they name; unparsable ones fall back to text order. */
export function compareTimestamps(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta - tb;
  return compareStrings(a, b);
}

/** `2024-05-01 10:00 UTC` for an ISO timestamp; anything unparsable is returned as it is. */
export function formatTimestamp(timestamp: string): string {
  const t = Date.parse(timestamp);
  if (!Number.isFinite(t) || !timestamp.includes('T')) return timestamp;
  const iso = new Date(t).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Locale-independent string order, so reports are byte-identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
