import type { ClaimKind } from '../../../shared/claims/types';
import type { SourceInfo } from '../../../shared/sources';
import { STATUS_INFO } from '../../../shared/verification/statuses';
import { baseName } from '../ui/format';
import { SOURCE_ALL, SOURCE_OPEN, type ClaimFilter } from './claim-filter';

const KINDS: { kind: ClaimKind; label: string }[] = [
  { kind: 'quote', label: 'Quotes' },
  { kind: 'event', label: 'Events' },
  { kind: 'quantity', label: 'Numbers' },
];

/** Search box and the status / kind / speaker / source filters of the claims panel. */
export function ClaimFilters({
  filter,
  speakers,
  sources,
  onChange,
}: {
  filter: ClaimFilter;
  speakers: string[];
  sources: SourceInfo[];
  onChange: (filter: ClaimFilter) => void;
}) {
  const set = <K extends keyof ClaimFilter>(key: K, value: ClaimFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <div className="filters">
      <input
        id="claim-search"
        className="input input--search"
        type="search"
        aria-label="Search claims"
        placeholder="Search claims…  /"
        value={filter.text}
        onChange={(e) => set('text', e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            if (filter.text) set('text', '');
            else (e.target as HTMLInputElement).blur();
          }
        }}
      />
      <div className="filters__row">
        <select
          className="select select--compact"
          aria-label="Status filter"
          value={filter.status}
          onChange={(e) => set('status', e.target.value as ClaimFilter['status'])}
        >
          <option value="all">All statuses</option>
          {STATUS_INFO.map((s) => (
            <option key={s.status} value={s.status}>
              {s.letter} · {s.label.en}
            </option>
          ))}
          <option value="recheck">Needs re-check</option>
          <option value="orphaned">Orphaned</option>
        </select>
        <select
          className="select select--compact"
          aria-label="Kind filter"
          value={filter.kind}
          onChange={(e) => set('kind', e.target.value as ClaimFilter['kind'])}
        >
          <option value="all">All kinds</option>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__row">
        <select
          className="select select--compact"
          aria-label="Speaker filter"
          value={filter.speaker}
          onChange={(e) => set('speaker', e.target.value)}
        >
          <option value="">All speakers</option>
          {speakers.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select
          className="select select--compact"
          aria-label="Source filter"
          value={filter.source}
          onChange={(e) => set('source', e.target.value)}
        >
          <option value={SOURCE_ALL}>All sources</option>
          <option value={SOURCE_OPEN}>Open in panes</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {baseName(s.path)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
