import type { Evidence } from '../verification/types';
import type { ReportClaim, ReportModel } from './model';

/**
 * The CSV columns, in order. These names are a stable interface for teams' spreadsheets and
 * scripts: add new columns at the end, never rename or reorder.
 *
 * - `source_id`, `source_path`, `source_title`, `article_date`: the article (path relative to the workspace)
 * - `claim_key`: the claim's stable key; `kind`: quote | event | quantity
 * - `text`, `speaker`, `date` (ISO/TIMEX3 value), `quantity` (`value unit` or `value–valueTo unit`)
 * - `status`: the machine id (`true`, `partly-true`, …); `status_label`: its label in the report language
 * - `notes`; `evidence`: one item per line, `url`/`citation` as their value, files as `name (sha256 HASH)`
 * - `assignee`, `reviewer`, `updated_at` (ISO timestamp of the last change), `updated_by`
 * - `needs_recheck`, `orphaned`: `true` | `false`
 */
export const CSV_COLUMNS = [
  'source_id',
  'source_path',
  'source_title',
  'article_date',
  'claim_key',
  'kind',
  'text',
  'speaker',
  'date',
  'quantity',
  'status',
  'status_label',
  'notes',
  'evidence',
  'assignee',
  'reviewer',
  'updated_at',
  'updated_by',
  'needs_recheck',
  'orphaned',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Renders one row per claim as RFC 4180 CSV: UTF-8 byte order mark (so Excel picks UTF-8 for
 * Polish letters), CRLF between records, fields quoted when they hold a comma, quote, CR or LF,
 * and every cell passed through {@link guardCsvCell} against formula injection.
 */
export function renderCsv(model: ReportModel): string {
  const lines = [CSV_COLUMNS.map(csvField).join(',')];
  for (const article of model.articles) {
    for (const claim of article.claims) {
      const row = csvRow(claim, article);
      lines.push(CSV_COLUMNS.map((column) => csvField(guardCsvCell(row[column]))).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The unguarded, unquoted cell values of one claim, by column. */
export function csvRow(claim: ReportClaim, article: { sourceId: string; path: string; title: string; date: string | null }): Record<CsvColumn, string> {
  return {
    source_id: article.sourceId,
    source_path: article.path,
    source_title: article.title,
    article_date: article.date ?? '',
    claim_key: claim.key,
    kind: claim.kind,
    text: claim.text,
    speaker: claim.speaker ?? '',
    date: claim.date ?? '',
    quantity: claim.quantity ?? '',
    status: claim.status,
    status_label: claim.statusLabel,
    notes: claim.note,
    evidence: claim.evidence.map(evidenceCell).join('\n'),
    assignee: claim.assignee ?? '',
    reviewer: claim.reviewer ?? '',
    updated_at: claim.updatedAt ?? '',
    updated_by: claim.lastChange?.by ?? '',
    needs_recheck: claim.recheck ? 'true' : 'false',
    orphaned: claim.orphaned ? 'true' : 'false',
  };
}

function evidenceCell(e: Evidence): string {
  return e.type === 'file' && e.sha256 ? `${e.value} (sha256 ${e.sha256})` : e.value;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// Spreadsheets run a cell that starts with = + - @ (and, in some, TAB or CR) as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain signed number cannot call anything, and `-5` should stay a number in the sheet.
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Guards a cell against CSV formula injection (OWASP): a cell starting with `=`, `+`, `-`, `@`,
 * TAB or CR gets a leading `'`, which spreadsheets treat as "this is text". Plain numbers such as
 * `-5` are left alone. Only the ASCII hyphen-minus triggers a formula: Polish dash-quotes use the
 * en dash `–` or em dash `—`, which stay untouched; a quote opened with an ASCII `-` gets the `'`
 * (a spreadsheet would otherwise show `#NAME?`). A cell that already starts with `'` followed by
 * a guarded start is guarded too, which keeps the rule exactly reversible by {@link unguardCsvCell}.
 */
export function guardCsvCell(value: string): string {
  return needsGuard(value) ? `'${value}` : value;
}

/** Reverses {@link guardCsvCell} (for scripts that read the CSV back). */
export function unguardCsvCell(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

function needsGuard(value: string): boolean {
  // Leading apostrophes are looked through, so `'=1` is guarded as `''=1` and stays reversible.
  const rest = value.slice(/^'*/.exec(value)![0].length);
  return FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest);
}
