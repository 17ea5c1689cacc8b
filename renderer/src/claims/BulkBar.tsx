import { useState } from 'react';
import { STATUS_INFO } from '../../../shared/verification/statuses';
import type { Status } from '../../../shared/verification/types';

/** Appears while claims are ticked (x): sets one status on all of them at once. */
export function BulkBar({
  count,
  busy,
  onApply,
  onSelectAll,
  onClear,
}: {
  count: number;
  busy: boolean;
  onApply: (status: Status) => void;
  onSelectAll: () => void;
  onClear: () => void;
}) {
  const [status, setStatus] = useState<Status>('in-progress');
  if (count === 0) return null;
  return (
    <div className="bulk-bar" role="group" aria-label="Bulk change">
      <span className="bulk-bar__count">{count} selected</span>
      <select
        id="bulk-status"
        className="select select--compact"
        aria-label="Bulk status"
        value={status}
        onChange={(e) => setStatus(e.target.value as Status)}
      >
        {STATUS_INFO.map((s) => (
          <option key={s.status} value={s.status}>
            {s.letter} · {s.label.en}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn--small btn--primary" disabled={busy} onClick={() => onApply(status)}>
        Set status
      </button>
      <button type="button" className="btn-link small" onClick={onSelectAll}>
        All shown
      </button>
      <button type="button" className="btn-link small" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
