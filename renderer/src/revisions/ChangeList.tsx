import type { DiffLayout } from './diff-rows';
import { describeChange } from './diff-rows';

const MAX = 500;

/** The list of word-level changes, stepped with n/p or clicked. */
export function ChangeList({ layout, current, onPick }: { layout: DiffLayout; current: number; onPick: (i: number) => void }) {
  const { changes } = layout;
  if (changes.length === 0) return <p className="muted small">No differences{' '}with the current noise settings.</p>;
  return (
    <ol className="changes" aria-label="Changes">
      {changes.slice(0, Math.max(MAX, current + 1)).map((c, i) => (
        <li key={i}>
          <button
            type="button"
            className={`change-link ${i === current ? 'is-current' : ''} change-link--${c.hunk.kind}`}
            aria-current={i === current ? 'true' : undefined}
            onClick={() => onPick(i)}
          >
            <span className="change-link__n">{i + 1}</span> {describeChange(c.hunk)}
          </button>
        </li>
      ))}
      {changes.length > MAX && current < MAX && <li className="muted small">… {changes.length - MAX} more (step with n)</li>}
    </ol>
  );
}
