import type { HistoryEntry } from '../../../shared/verification/types';
import { formatTime } from '../ui/format';
import { fieldLabel, formatHistoryValue, newestFirst } from './history-format';

/** The append-only history of a record: who, when, what, from → to (newest first). */
export function HistoryList({ history }: { history: readonly HistoryEntry[] }) {
  if (history.length === 0) return <p className="muted small">No changes yet.</p>;
  return (
    <ol className="history" aria-label="History">
      {newestFirst(history).map((h) => (
        <li key={h.id} className={`history__item history__item--${h.field}`}>
          <div className="history__head">
            <span className="history__field">{fieldLabel(h.field)}</span>
            <span className="muted small">
              {h.by || 'unknown'} · <time dateTime={h.at}>{formatTime(h.at)}</time>
            </span>
          </div>
          {h.field !== 'created' && (
            <div className="history__change">
              <span className="from">{formatHistoryValue(h.from)}</span>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> to </span>
              <span className="to">{formatHistoryValue(h.to)}</span>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
