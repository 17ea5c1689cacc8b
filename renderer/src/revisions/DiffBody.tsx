import { memo, useEffect, useRef, useState } from 'react';
import type { VersionInfo } from '../../../shared/sources';
import { formatTime } from '../ui/format';
import type { DiffLayout } from './diff-rows';
import { DiffPieces } from './DiffPieces';

const BATCH = 150;

/**
 * The diff text, side by side (one scroll container with two aligned columns, so both sides
 * scroll together by construction) or inline. Rows render in batches as the user scrolls.
 */
export const DiffBody = memo(function DiffBody({
  layout,
  mode,
  from,
  to,
  minRows,
  lang,
}: {
  layout: DiffLayout;
  mode: 'side' | 'inline';
  from: VersionInfo;
  to: VersionInfo;
  /** Rows that must be rendered (the current change may lie beyond the first batch). */
  minRows: number;
  lang: string | undefined;
}) {
  const [limit, setLimit] = useState(BATCH);
  const sentinel = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const shown = Math.min(layout.rows.length, Math.max(limit, minRows));

  useEffect(() => setLimit(BATCH), [layout]);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || shown >= layout.rows.length) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setLimit((l) => l + BATCH),
      { root: scroller.current, rootMargin: '600px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown, layout.rows.length]);

  return (
    <div ref={scroller} className={`diff-scroll diff-scroll--${mode}`} tabIndex={0} role="document" aria-label="Differences" lang={lang}>
      {mode === 'side' && (
        <div className="diff-row diff-row--head" aria-hidden="true">
          <div className="diff-cell">
            v{from.number} · {formatTime(from.recordedAt)}
          </div>
          <div className="diff-cell">
            v{to.number} · {formatTime(to.recordedAt)}
          </div>
        </div>
      )}
      {layout.rows.slice(0, shown).map((row, i) =>
        mode === 'side' ? (
          <div key={i} className="diff-row">
            <div className="diff-cell diff-cell--old">
              <DiffPieces pieces={row.old} />
            </div>
            <div className="diff-cell diff-cell--new">
              <DiffPieces pieces={row.new} />
            </div>
          </div>
        ) : (
          <div key={i} className="diff-row diff-row--inline">
            <div className="diff-cell">
              <DiffPieces pieces={row.inline} />
            </div>
          </div>
        ),
      )}
      {shown < layout.rows.length && (
        <div ref={sentinel} className="diff-more muted small">
          Rendering more… ({layout.rows.length - shown} paragraphs left)
        </div>
      )}
    </div>
  );
});
