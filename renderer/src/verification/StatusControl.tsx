import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { STATUS_INFO } from '../../../shared/verification/statuses';
import type { Status } from '../../../shared/verification/types';

/**
 * The "Status" radio group. Arrow keys move focus only; Space/Enter/click (or the digit keys)
 * set the status — every status change is a recorded action, so browsing must not record one.
 */
export function StatusControl({
  value,
  disabled,
  onChange,
}: {
  value: Status;
  disabled: boolean;
  onChange: (status: Status) => void;
}) {
  const labelId = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const checkedIndex = Math.max(0, STATUS_INFO.findIndex((s) => s.status === value));
  const [focusIndex, setFocusIndex] = useState(checkedIndex);
  useEffect(() => setFocusIndex(checkedIndex), [checkedIndex]);

  const move = (to: number) => {
    const n = STATUS_INFO.length;
    const i = (to + n) % n;
    setFocusIndex(i);
    refs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(focusIndex + 1),
      ArrowDown: () => move(focusIndex + 1),
      ArrowLeft: () => move(focusIndex - 1),
      ArrowUp: () => move(focusIndex - 1),
      Home: () => move(0),
      End: () => move(STATUS_INFO.length - 1),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div className="field">
      <span id={labelId} className="field__label">
        Status
      </span>
      <div id="status-control" className="status-control" role="radiogroup" aria-labelledby={labelId} onKeyDown={onKeyDown}>
        {STATUS_INFO.map((s, i) => (
          <button
            key={s.status}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="radio"
            aria-checked={s.status === value}
            aria-keyshortcuts={s.key}
            tabIndex={i === focusIndex ? 0 : -1}
            aria-disabled={disabled || undefined}
            className="status-option"
            style={{ '--status': s.color } as CSSProperties}
            onClick={() => !disabled && s.status !== value && onChange(s.status)}
            onFocus={() => setFocusIndex(i)}
          >
            <span className="status-option__letter" aria-hidden="true">
              {s.letter}
            </span>
            <span className="status-option__label">{s.label.en}</span>
            <kbd className="status-option__key" aria-hidden="true">
              {s.key}
            </kbd>
          </button>
        ))}
      </div>
    </div>
  );
}
