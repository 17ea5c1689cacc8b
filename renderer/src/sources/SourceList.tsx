import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SourceInfo } from '../../../shared/sources';
import type { PaneSide, PanesState } from '../reading/ReadingArea';
import { revealInContainer } from '../ui/scroll';
import { SourceOption } from './SourceOption';

const FILTER_FROM = 12;
/** Rendering thousands of options costs more than it helps: page them; the filter finds the rest. */
const PAGE = 400;

/**
 * The workspace's sources as a listbox. Arrow keys or j/k move, Enter opens in the active pane,
 * Shift+Enter in the other one; clicking opens in the active pane.
 */
export function SourceList({
  sources,
  panes,
  onOpen,
  onActivePane,
}: {
  sources: SourceInfo[];
  panes: PanesState;
  onOpen: (sourceId: string, side: PaneSide) => void;
  onActivePane: (side: PaneSide) => void;
}) {
  const baseId = useId();
  const [cursor, setCursor] = useState(0);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const listRef = useRef<HTMLUListElement>(null);
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    const all = q ? sources.filter((s) => s.path.toLowerCase().includes(q) || s.title.toLowerCase().includes(q)) : sources;
    return all.length > limit ? all.slice(0, limit) : all;
  }, [sources, query, limit]);
  const matching = query.trim() ? null : sources.length;
  const at = Math.min(cursor, Math.max(0, visible.length - 1));
  const optionId = (i: number) => `${baseId}-opt-${i}`;

  useEffect(() => {
    const el = document.getElementById(optionId(at));
    if (el && listRef.current) revealInContainer(listRef.current, el, 'nearest');
  }, [at]);

  const open = (index: number, side: PaneSide) => {
    const s = visible[index];
    if (s && s.state !== 'skipped') onOpen(s.id, side);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const other: PaneSide = panes.active === 'left' ? 'right' : 'left';
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
      case 'j':
        setCursor(Math.min(visible.length - 1, at + 1));
        break;
      case 'ArrowUp':
      case 'k':
        setCursor(Math.max(0, at - 1));
        break;
      case 'Home':
        setCursor(0);
        break;
      case 'End':
        setCursor(visible.length - 1);
        break;
      case 'Enter':
        open(at, e.shiftKey ? other : panes.active);
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  return (
    <section className="sources">
      <div className="panel-head">
        <h2 id={`${baseId}-h`} className="panel-title">
          Sources <span className="count">{sources.length}</span>
        </h2>
        <div className="segmented" role="radiogroup" aria-label="Open sources in">
          {(['left', 'right'] as const).map((side) => (
            <button
              key={side}
              type="button"
              role="radio"
              aria-checked={panes.active === side}
              className="segmented__item"
              onClick={() => onActivePane(side)}
            >
              {side === 'left' ? 'Left' : 'Right'}
            </button>
          ))}
        </div>
      </div>
      {sources.length > FILTER_FROM && (
        <input
          className="input input--search"
          type="search"
          aria-label="Filter sources"
          placeholder="Filter sources…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <ul
        ref={listRef}
        className="source-list"
        role="listbox"
        aria-label="Sources"
        tabIndex={0}
        aria-activedescendant={visible.length ? optionId(at) : undefined}
        title="↑/↓ or j/k move · Enter opens in the active pane · Shift+Enter in the other · s swaps"
        onKeyDown={onKeyDown}
      >
        {visible.map((s, i) => (
          <SourceOption
            key={s.id}
            id={optionId(i)}
            source={s}
            focused={i === at}
            openIn={[...(panes.left === s.id ? (['L'] as const) : []), ...(panes.right === s.id ? (['R'] as const) : [])]}
            onClick={() => {
              setCursor(i);
              open(i, panes.active);
            }}
          />
        ))}
      </ul>
      {sources.length === 0 && <p className="empty">No .txt or .md files in the folder yet.</p>}
      {matching !== null && matching > visible.length && (
        <button type="button" className="btn btn--small btn--block" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, matching - visible.length)} more of {matching - visible.length} (or filter)
        </button>
      )}
    </section>
  );
}
