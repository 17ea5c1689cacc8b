import type { VersionInfo } from '../../../shared/sources';
import { formatSize, formatTime } from '../ui/format';

/** Every recorded version of the article: number, time, size and change summary; From/To markers. */
export function Timeline({
  versions,
  fromId,
  toId,
  onPick,
}: {
  versions: VersionInfo[];
  fromId: string | null;
  toId: string | null;
  onPick: (which: 'from' | 'to', id: string) => void;
}) {
  return (
    <ol className="timeline" aria-label="Versions">
      {versions
        .slice()
        .sort((a, b) => b.number - a.number)
        .map((v) => (
          <li key={v.id} className={`timeline__item ${v.id === fromId ? 'is-from' : ''} ${v.id === toId ? 'is-to' : ''}`}>
            <div className="timeline__head">
              <strong>v{v.number}</strong>
              <span className="muted small">{formatSize(v.size)}</span>
            </div>
            <time className="muted small" dateTime={v.recordedAt}>
              {formatTime(v.recordedAt)}
            </time>
            <div className="timeline__summary small">{v.summary ?? (v.number === 1 ? 'First version' : '—')}</div>
            <div className="timeline__actions">
              <button
                type="button"
                className="btn-link small"
                aria-pressed={v.id === fromId}
                aria-label={`Compare from version ${v.number}`}
                onClick={() => onPick('from', v.id)}
              >
                from
              </button>
              <button
                type="button"
                className="btn-link small"
                aria-pressed={v.id === toId}
                aria-label={`Compare to version ${v.number}`}
                onClick={() => onPick('to', v.id)}
              >
                to
              </button>
            </div>
          </li>
        ))}
    </ol>
  );
}
