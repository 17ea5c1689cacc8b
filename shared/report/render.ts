import { renderClaimReview } from './claimreview';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { buildReportModel } from './model';
import { renderRecordsJson } from './records-json';
import type { ReportFile, ReportFilter, ReportFormat, ReportInput, ReportLanguage } from './types';

const FILES: Record<ReportFormat, { base: string; ext: string; mime: string }> = {
  md: { base: 'factdesk-report', ext: 'md', mime: 'text/markdown; charset=utf-8' },
  html: { base: 'factdesk-report', ext: 'html', mime: 'text/html; charset=utf-8' },
  csv: { base: 'factdesk-claims', ext: 'csv', mime: 'text/csv; charset=utf-8' },
  json: { base: 'factdesk-records', ext: 'json', mime: 'application/json' },
  claimreview: { base: 'factdesk-claimreview', ext: 'jsonld', mime: 'application/ld+json' },
};

/**
 * Renders one report file in the given format, filter and label language. The content is a
 * string to be written as UTF-8 unchanged (the CSV already starts with its byte order mark).
 */
export function renderReport(input: ReportInput, format: ReportFormat, filter: ReportFilter, lang: ReportLanguage): ReportFile {
  const file = FILES[format];
  if (!file) throw new Error(`Unknown report format: ${String(format)}`);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(input.generatedAt)?.[0] ?? 'undated';
  const fileName = `${file.base}-${day}.${file.ext}`;
  // The records export is data for Factdesk, not a report: it has no labels and no language.
  if (format === 'json') return { fileName, mime: file.mime, content: renderRecordsJson(input, filter) };
  const model = buildReportModel(input, filter, lang);
  const content =
    format === 'md' ? renderMarkdown(model) : format === 'html' ? renderHtml(model) : format === 'csv' ? renderCsv(model) : renderClaimReview(model);
  return { fileName, mime: file.mime, content };
}
