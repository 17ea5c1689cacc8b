import { useState } from 'react';
import type { DiffPiece } from './diff-rows';

const LONG = 2400;
const KEEP = 500;

/** The pieces of one side of a row: equal text, `<del>` and `<ins>` (colour AND strike/underline). */
export function DiffPieces({ pieces }: { pieces: DiffPiece[] }) {
  return (
    <>
      {pieces.map((p, i) => {
        if (p.kind === 'equal') return <EqualText key={i} text={p.text} />;
        const cls = `diff-${p.kind} ${p.rewritten ? 'is-rewritten' : ''}`;
        return p.kind === 'delete' ? (
          <del key={i} className={cls} data-change={p.change ?? undefined}>
            {p.text}
          </del>
        ) : (
          <ins key={i} className={cls} data-change={p.change ?? undefined}>
            {p.text}
          </ins>
        );
      })}
    </>
  );
}

/** Unchanged text; very long runs collapse to their ends so huge diffs stay cheap to render. */
function EqualText({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  if (open || text.length <= LONG) return <>{text}</>;
  const hidden = text.length - 2 * KEEP;
  return (
    <>
      {text.slice(0, KEEP)}
      <button type="button" className="diff-fold" onClick={() => setOpen(true)}>
        … {hidden.toLocaleString()} unchanged characters — show …
      </button>
      {text.slice(text.length - KEEP)}
    </>
  );
}
