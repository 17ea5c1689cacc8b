import type { ClaimRow } from '../../../shared/api';
import type { ClaimKind } from '../../../shared/claims/types';
import type { Status } from '../../../shared/verification/types';

/** What the claims panel shows. `source`: the open panes, all sources, or one source id. */
export interface ClaimFilter {
  status: Status | 'all' | 'recheck' | 'orphaned';
  kind: ClaimKind | 'all';
  speaker: string;
  source: string;
  text: string;
}

export const SOURCE_OPEN = '@open';
export const SOURCE_ALL = '@all';

export const DEFAULT_FILTER: ClaimFilter = { status: 'all', kind: 'all', speaker: '', source: SOURCE_ALL, text: '' };

/** Lower-cases and strips diacritics so `lodz` finds `Łódź` and `zolnierzy` finds `żołnierzy`. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l');
}

/** The status a row shows: its record's, or Unverified when nobody touched it yet. */
export function rowStatus(row: ClaimRow): Status {
  return row.record?.status ?? 'unverified';
}

/** Applies the panel filters; `openIds` are the sources in the two panes. */
export function filterRows(rows: readonly ClaimRow[], filter: ClaimFilter, openIds: readonly string[]): ClaimRow[] {
  const q = foldText(filter.text.trim());
  return rows.filter((row) => {
    if (filter.source === SOURCE_OPEN ? !openIds.includes(row.sourceId) : filter.source !== SOURCE_ALL && row.sourceId !== filter.source)
      return false;
    if (filter.status === 'recheck') {
      if (!row.record?.needsRecheck) return false;
    } else if (filter.status === 'orphaned') {
      if (!row.record?.orphaned) return false;
    } else if (filter.status !== 'all' && rowStatus(row) !== filter.status) return false;
    if (filter.kind !== 'all' && row.claim.kind !== filter.kind) return false;
    if (filter.speaker && row.claim.speaker?.name !== filter.speaker) return false;
    if (q) {
      const hay = foldText(`${row.claim.text} ${row.claim.speaker?.name ?? ''} ${row.record?.note ?? ''}`);
      if (!hay.includes(q)) return false;
    }
    return true;
  });
}

/** Distinct speaker names, most frequent first, for the speaker filter. */
export function speakersOf(rows: readonly ClaimRow[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const name = r.claim.speaker?.name;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
}
