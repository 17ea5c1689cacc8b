import type { ReportFilter, ReportFormat, ReportLanguage } from '../../../shared/report/types';
import { readStored, writeStored } from '../state/persist';

export interface ReportOptions {
  format: ReportFormat;
  lang: ReportLanguage;
  filter: Required<ReportFilter>;
}

export const FORMATS: { format: ReportFormat; label: string }[] = [
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON (re-importable)' },
  { format: 'claimreview', label: 'ClaimReview JSON-LD' },
];

const KEY = 'factdesk.report';
const DEFAULTS: ReportOptions = {
  format: 'html',
  lang: 'en',
  filter: { sourceIds: [], statuses: [], kinds: [], reviewer: '', from: '', to: '' },
};

/** Remembered report format and language (filters start empty each time). */
export function loadReportOptions(): ReportOptions {
  const s = readStored('local', KEY, { format: DEFAULTS.format, lang: DEFAULTS.lang });
  const format = FORMATS.some((f) => f.format === s.format) ? s.format : DEFAULTS.format;
  return { ...DEFAULTS, format, lang: s.lang === 'pl' ? 'pl' : 'en' };
}

/** Remembers format and language. */
export function saveReportOptions(o: ReportOptions): void {
  writeStored('local', KEY, { format: o.format, lang: o.lang });
}

/** The filter as the API wants it: empty fields left out (= all). */
export function apiFilter(f: Required<ReportFilter>): ReportFilter {
  const out: ReportFilter = {};
  if (f.sourceIds.length) out.sourceIds = f.sourceIds;
  if (f.statuses.length) out.statuses = f.statuses;
  if (f.kinds.length) out.kinds = f.kinds;
  if (f.reviewer.trim()) out.reviewer = f.reviewer.trim();
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  return out;
}
