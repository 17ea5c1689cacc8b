import type { VersionInfo } from '../../../shared/sources';
import { formatTime } from '../ui/format';

/** Two selects: which versions to compare (default previous → latest). */
export function VersionPicker({
  versions,
  from,
  to,
  onChange,
}: {
  versions: VersionInfo[];
  from: string | null;
  to: string | null;
  onChange: (which: 'from' | 'to', id: string) => void;
}) {
  const sorted = versions.slice().sort((a, b) => a.number - b.number);
  const options = sorted.map((v) => (
    <option key={v.id} value={v.id}>
      v{v.number} · {formatTime(v.recordedAt)}
    </option>
  ));
  return (
    <div className="version-picker">
      <label className="inline-label">
        From
        <select className="select select--compact" aria-label="From version" value={from ?? ''} onChange={(e) => onChange('from', e.target.value)}>
          {!from && <option value="">—</option>}
          {options}
        </select>
      </label>
      <span aria-hidden="true">→</span>
      <label className="inline-label">
        To
        <select className="select select--compact" aria-label="To version" value={to ?? ''} onChange={(e) => onChange('to', e.target.value)}>
          {!to && <option value="">—</option>}
          {options}
        </select>
      </label>
    </div>
  );
}
