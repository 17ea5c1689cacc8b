import { useEffect, useId, useState } from 'react';

/** A name field (assignee / reviewer) saved on blur or Enter, with a "Me" shortcut. */
export function PersonField({
  label,
  value,
  me,
  disabled,
  onSave,
}: {
  label: string;
  value: string | null;
  me: string | null;
  disabled: boolean;
  onSave: (value: string | null) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const save = (next: string) => {
    const v = next.trim() || null;
    if (v !== (value ?? null)) onSave(v);
  };
  return (
    <div className="person-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="person-field__row">
        <input
          id={id}
          className="input"
          value={draft}
          placeholder="—"
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => save(draft)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save(draft);
            if (e.key === 'Escape') setDraft(value ?? '');
          }}
        />
        {me && me !== value && (
          <button
            type="button"
            className="btn btn--small"
            disabled={disabled}
            aria-label={`Set ${label.toLowerCase()} to me (${me})`}
            onClick={() => {
              setDraft(me);
              onSave(me);
            }}
          >
            Me
          </button>
        )}
      </div>
    </div>
  );
}
