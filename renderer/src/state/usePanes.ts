import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SourceInfo } from '../../../shared/sources';
import type { PaneSide, PanesState } from '../reading/ReadingArea';
import { readStored, writeStored } from './persist';

const KEY = 'factdesk.panes';

interface StoredPanes extends PanesState {
  /** True until the user picks a source: the panes then follow "the first two sources" as files arrive. */
  auto: boolean;
}

const EMPTY: StoredPanes = { left: null, right: null, active: 'left', auto: true };

/** Which source each pane shows (default: the first two), remembered across reloads of the tab. */
export function usePanes(sources: SourceInfo[]) {
  const [stored, setStored] = useState<StoredPanes>(() => readStored('session', KEY, EMPTY));

  const save = useCallback((next: StoredPanes) => {
    setStored(next);
    writeStored('session', KEY, next);
  }, []);

  // Fill the panes with the first sources; a pane whose source vanished gets the next free one.
  useEffect(() => {
    if (sources.length === 0) return;
    const openable = sources.filter((s) => s.state !== 'skipped').map((s) => s.id);
    let left: string | null;
    let right: string | null;
    if (stored.auto) {
      [left = null, right = null] = openable;
    } else {
      const known = (id: string | null) => (id && sources.some((s) => s.id === id) ? id : null);
      left = known(stored.left);
      right = known(stored.right);
      const free = openable.filter((id) => id !== left && id !== right);
      left = left ?? free.shift() ?? null;
      right = right ?? free.shift() ?? null;
    }
    if (left !== stored.left || right !== stored.right) save({ ...stored, left, right });
  }, [sources, stored, save]);

  // Moving the focus between panes is not a choice of sources: it keeps the automatic default.
  const setActive = useCallback((active: PaneSide) => stored.active !== active && save({ ...stored, active }), [stored, save]);
  const openSource = useCallback(
    (sourceId: string, side: PaneSide) => save({ ...stored, [side]: sourceId, active: side, auto: false }),
    [stored, save],
  );
  const swap = useCallback(() => save({ ...stored, left: stored.right, right: stored.left, auto: false }), [stored, save]);
  const panes = useMemo<PanesState>(
    () => ({ left: stored.left, right: stored.right, active: stored.active }),
    [stored.left, stored.right, stored.active],
  );
  return { panes, setActive, openSource, swap };
}
