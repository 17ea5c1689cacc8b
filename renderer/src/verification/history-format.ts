import { reportLabels } from '../../../shared/report/labels';
import { statusInfo } from '../../../shared/verification/statuses';
import { STATUSES, type HistoryEntry, type HistoryField, type Status } from '../../../shared/verification/types';
import { truncate } from '../ui/format';

// The window speaks English; the report labels already name every history field.
const FIELD_LABEL: Record<HistoryField, string> = reportLabels('en').historyFields;

/** A readable name for a history field. */
export function fieldLabel(field: HistoryField): string {
  return FIELD_LABEL[field] ?? field;
}

/** Shows a history value (status, note, evidence, flag…) as one short line. */
export function formatHistoryValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    if ((STATUSES as readonly string[]).includes(value)) return statusInfo(value as Status).label.en;
    return truncate(value.replace(/\s+/g, ' '), 120);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.value === 'string') return truncate(v.value, 120);
    if (typeof v.previousStatus === 'string') return `was ${formatHistoryValue(v.previousStatus)}`;
    if (typeof v.status === 'string') return formatHistoryValue(v.status);
  }
  try {
    return truncate(JSON.stringify(value), 120);
  } catch {
    return String(value);
  }
}

/** Newest entries first: what a reviewer wants to see on top. */
export function newestFirst(history: readonly HistoryEntry[]): HistoryEntry[] {
  return history.slice().reverse();
}
