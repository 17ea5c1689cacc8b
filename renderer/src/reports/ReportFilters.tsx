import type { ClaimKind } from '../../../shared/claims/types';
import type { ReportFilter } from '../../../shared/report/types';
import type { SourceInfo } from '../../../shared/sources';
import { STATUS_INFO } from '../../../shared/verification/statuses';
import { baseName } from '../ui/format';

const KINDS: { kind: ClaimKind; label: string }[] = [
  { kind: 'quote', label: 'Quotes' },
  { kind: 'event', label: 'Events' },
  { kind: 'quantity', label: 'Numbers' },
];

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** What goes into the report: sources, statuses, kinds, reviewer, date range (empty = all). */
export function ReportFilters({
  filter,
  sources,
  onChange,
}: {
  filter: Required<ReportFilter>;
  sources: SourceInfo[];
  onChange: (f: Required<ReportFilter>) => void;
}) {
  return (
    <div className="report-filters">
      <fieldset className="checks">
        <legend>Sources {filter.sourceIds.length === 0 && <span className="muted">(all)</span>}</legend>
        <div className="checks__scroll">
          {sources.map((s) => (
            <label key={s.id} className="check">
              <input
                type="checkbox"
                checked={filter.sourceIds.includes(s.id)}
                onChange={() => onChange({ ...filter, sourceIds: toggle(filter.sourceIds, s.id) })}
              />
              <span className="mono small">{baseName(s.path)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="checks checks--grid">
        <legend>Statuses {filter.statuses.length === 0 && <span className="muted">(all)</span>}</legend>
        {STATUS_INFO.map((s) => (
          <label key={s.status} className="check">
            <input
              type="checkbox"
              checked={filter.statuses.includes(s.status)}
              onChange={() => onChange({ ...filter, statuses: toggle(filter.statuses, s.status) })}
            />
            {s.label.en}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>Kinds {filter.kinds.length === 0 && <span className="muted">(all)</span>}</legend>
        {KINDS.map((k) => (
          <label key={k.kind} className="check">
            <input type="checkbox" checked={filter.kinds.includes(k.kind)} onChange={() => onChange({ ...filter, kinds: toggle(filter.kinds, k.kind) })} />
            {k.label}
          </label>
        ))}
        <label className="stacked">
          <span>Reviewer</span>
          <input className="input" value={filter.reviewer} onChange={(e) => onChange({ ...filter, reviewer: e.target.value })} placeholder="anyone" />
        </label>
        <label className="stacked">
          <span>Changed from</span>
          <input className="input" type="date" value={filter.from} onChange={(e) => onChange({ ...filter, from: e.target.value })} />
        </label>
        <label className="stacked">
          <span>Changed until</span>
          <input className="input" type="date" value={filter.to} onChange={(e) => onChange({ ...filter, to: e.target.value })} />
        </label>
      </fieldset>
    </div>
  );
}
