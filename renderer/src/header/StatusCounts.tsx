import type { CSSProperties } from 'react';
import type { ClaimRow } from '../../../shared/api';
import { STATUS_INFO } from '../../../shared/verification/statuses';
import type { Status } from '../../../shared/verification/types';
import { rowStatus } from '../claims/claim-filter';

/** Claims per status across the workspace (colour AND letter); a click filters the list. */
export function StatusCounts({ rows, active, onPick }: { rows: ClaimRow[]; active: string; onPick: (status: Status) => void }) {
  const counts = new Map<Status, number>();
  let recheck = 0;
  for (const r of rows) {
    counts.set(rowStatus(r), (counts.get(rowStatus(r)) ?? 0) + 1);
    if (r.record?.needsRecheck) recheck++;
  }
  return (
    <ul className="status-counts" aria-label="Claims per status">
      {STATUS_INFO.map((s) => (
        <li key={s.status}>
          <button
            type="button"
            className={`status-count ${active === s.status ? 'is-active' : ''}`}
            style={{ '--status': s.color } as CSSProperties}
            title={`${s.label.en} — show only these`}
            aria-pressed={active === s.status}
            onClick={() => onPick(s.status)}
          >
            <span className="status-count__letter" aria-hidden="true">
              {s.letter}
            </span>
            <span className="visually-hidden">{s.label.en}</span>
            <span className="status-count__n">{counts.get(s.status) ?? 0}</span>
          </button>
        </li>
      ))}
      {recheck > 0 && (
        <li>
          <span className="flag flag--recheck">{recheck} need re-check</span>
        </li>
      )}
    </ul>
  );
}
