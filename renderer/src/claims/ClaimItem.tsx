import { describeDate } from '../../../shared/claims/date-labels';
import { memo } from 'react';
import type { ClaimRow } from '../../../shared/api';
import { StatusBadge } from '../verification/StatusBadge';
import { rowStatus } from './claim-filter';

const KIND = { quote: 'Quote', event: 'Event', quantity: 'Number' } as const;

/** One claim in the triage list: status, kind, speaker, date, flags and the (clamped) text. */
export const ClaimItem = memo(function ClaimItem({
  row,
  rowKey,
  index,
  selected,
  tabbable,
  checked,
  sourceName,
  onSelect,
  onToggle,
}: {
  row: ClaimRow;
  rowKey: string;
  index: number;
  selected: boolean;
  /** One item of the list is in the Tab order (roving tabindex); arrows and j/k move inside. */
  tabbable: boolean;
  checked: boolean;
  sourceName: string | null;
  onSelect: (row: ClaimRow) => void;
  onToggle: (rowKey: string) => void;
}) {
  const { claim, record } = row;
  return (
    <li className={`claim-item ${selected ? 'is-selected' : ''} ${checked ? 'is-checked' : ''}`}>
      <input
        type="checkbox"
        className="claim-item__check"
        checked={checked}
        aria-label={`Select claim ${index + 1} for bulk change`}
        onChange={() => onToggle(rowKey)}
        tabIndex={-1}
      />
      <button
        type="button"
        className="claim-item__main"
        data-row-key={rowKey}
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(row)}
      >
        <span className="claim-item__line">
          <StatusBadge status={rowStatus(row)} compact />
          <span className={`kind kind--${claim.kind}`}>{KIND[claim.kind]}</span>
          {claim.speaker && <span className="claim-item__speaker">{claim.speaker.name}</span>}
          {claim.date && (
            <span className="claim-item__date" title={claim.date.value}>
              {describeDate(claim.date.value, 'en')}
            </span>
          )}
          {record?.needsRecheck && <span className="flag flag--recheck">Needs re-check</span>}
          {record?.orphaned && <span className="flag flag--orphan">Orphaned</span>}
          {record?.note && <span className="claim-item__noted" title="Has a note" aria-label="has a note">✎</span>}
        </span>
        <span className="claim-item__text">{claim.text}</span>
        {sourceName && <span className="claim-item__source mono">{sourceName}</span>}
      </button>
    </li>
  );
});
