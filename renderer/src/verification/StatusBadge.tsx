import type { CSSProperties } from 'react';
import { statusInfo } from '../../../shared/verification/statuses';
import type { Status } from '../../../shared/verification/types';

/** A status shown by colour AND letter (readable without colour), with its label. */
export function StatusBadge({ status, compact = false }: { status: Status; compact?: boolean }) {
  const info = statusInfo(status);
  return (
    <span className={`status-badge ${compact ? 'status-badge--compact' : ''}`} style={{ '--status': info.color } as CSSProperties}>
      <span className="status-badge__letter" aria-hidden="true">
        {info.letter}
      </span>
      <span className="status-badge__label">{info.label.en}</span>
    </span>
  );
}
