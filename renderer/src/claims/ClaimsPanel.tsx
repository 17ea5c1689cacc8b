import { useId, useState } from 'react';
import type { ClaimRow } from '../../../shared/api';
import type { SourceInfo } from '../../../shared/sources';
import type { Status } from '../../../shared/verification/types';
import { keyOfRow } from '../state/rows';
import { ErrorAlert } from '../ui/ErrorAlert';
import { baseName } from '../ui/format';
import { BulkBar } from './BulkBar';
import { ClaimFilters } from './ClaimFilters';
import { SOURCE_ALL, SOURCE_OPEN, type ClaimFilter } from './claim-filter';
import { ClaimItem } from './ClaimItem';

const PAGE = 300;

/** The triage list: filters, bulk bar and the (paged) list of claims labelled "Claims". */
export function ClaimsPanel(props: {
  /** Shown in large workspaces, where not every claim is listed. */
  scopeNote?: string | null;
  rows: ClaimRow[];
  total: number;
  filter: ClaimFilter;
  speakers: string[];
  sources: SourceInfo[];
  selectedKey: string | null;
  checked: ReadonlySet<string>;
  error: string | null;
  bulkBusy: boolean;
  onFilter: (filter: ClaimFilter) => void;
  onSelect: (row: ClaimRow) => void;
  onMove: (delta: 1 | -1) => void;
  onToggle: (rowKey: string) => void;
  onBulk: (status: Status) => void;
  onCheckAll: () => void;
  onClearChecks: () => void;
}) {
  const headingId = useId();
  const [limit, setLimit] = useState(PAGE);
  const { rows, filter } = props;
  const showSource = filter.source === SOURCE_ALL || filter.source === SOURCE_OPEN;
  const names = new Map(props.sources.map((s) => [s.id, baseName(s.path)]));
  const selectedIndex = props.selectedKey ? rows.findIndex((r) => keyOfRow(r) === props.selectedKey) : -1;
  // Keep the selected claim rendered even when it lies beyond the current page.
  const shown = Math.max(limit, selectedIndex + 1);

  return (
    <section className="claims">
      <div className="panel-head">
        <h2 id={headingId} className="panel-title">
          Claims{' '}
          <span className="count" aria-label={`${rows.length} of ${props.total} shown`}>
            {rows.length === props.total ? rows.length : `${rows.length} / ${props.total}`}
          </span>
        </h2>
      </div>
      {props.scopeNote && (
        <p className="muted claims__scope" role="note">
          {props.scopeNote}
        </p>
      )}
      <ClaimFilters filter={filter} speakers={props.speakers} sources={props.sources} onChange={props.onFilter} />
      <BulkBar
        count={props.checked.size}
        busy={props.bulkBusy}
        onApply={props.onBulk}
        onSelectAll={props.onCheckAll}
        onClear={props.onClearChecks}
      />
      <ErrorAlert message={props.error} />
      <ul
        className="claim-list"
        aria-label="Claims"
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          e.preventDefault();
          props.onMove(e.key === 'ArrowDown' ? 1 : -1);
        }}
      >
        {rows.slice(0, shown).map((row, i) => {
          const key = keyOfRow(row);
          return (
            <ClaimItem
              key={key}
              row={row}
              rowKey={key}
              index={i}
              selected={key === props.selectedKey}
              tabbable={selectedIndex === -1 ? i === 0 : i === selectedIndex}
              checked={props.checked.has(key)}
              sourceName={showSource ? (names.get(row.sourceId) ?? null) : null}
              onSelect={props.onSelect}
              onToggle={props.onToggle}
            />
          );
        })}
      </ul>
      {rows.length === 0 && <p className="empty">{props.total === 0 ? 'No claims extracted yet.' : 'No claim matches the filters.'}</p>}
      {rows.length > shown && (
        <button type="button" className="btn btn--small btn--block" onClick={() => setLimit(shown + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more of {rows.length - shown}
        </button>
      )}
    </section>
  );
}
