import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ClaimRow } from '../../../shared/api';
import { DEFAULT_FILTER, type ClaimFilter } from '../claims/claim-filter';
import { readStored, writeStored } from './persist';
import type { ClaimRef } from './rows';

const SELECTED_KEY = 'factdesk.selected';
const FILTER_KEY = 'factdesk.filter';

/** The selected claim (followed across a key change after re-extraction) and the list filter. */
export function useSelection(rows: ClaimRow[]) {
  const [selected, setSelected] = useState<ClaimRef | null>(() => readStored<ClaimRef | null>('session', SELECTED_KEY, null));
  const [scrollNonce, setScrollNonce] = useState(0);
  const [filter, setFilterState] = useState<ClaimFilter>(() => readStored('session', FILTER_KEY, DEFAULT_FILTER));

  const select = useCallback((ref: ClaimRef | null, scroll: boolean) => {
    setSelected(ref);
    writeStored('session', SELECTED_KEY, ref);
    if (scroll) setScrollNonce((n) => n + 1);
  }, []);

  const setFilter = useCallback((next: ClaimFilter) => {
    setFilterState(next);
    writeStored('session', FILTER_KEY, next);
  }, []);

  const selectedRow = useMemo(() => {
    if (!selected) return null;
    const same = (r: ClaimRow) => r.sourceId === selected.sourceId;
    return (
      rows.find((r) => same(r) && r.claim.key === selected.claimKey) ??
      // The claim changed and got a new key: its record remembers the old one.
      rows.find((r) => same(r) && r.record?.needsRecheck?.previousKey === selected.claimKey) ??
      null
    );
  }, [rows, selected]);

  // Adopt the claim's new key, so the selection survives the flag (and its previousKey) being cleared.
  useEffect(() => {
    if (selected && selectedRow && selectedRow.claim.key !== selected.claimKey) {
      select({ sourceId: selectedRow.sourceId, claimKey: selectedRow.claim.key }, false);
    }
  }, [selected, selectedRow, select]);

  return { selected, selectedRow, select, scrollNonce, filter, setFilter };
}
