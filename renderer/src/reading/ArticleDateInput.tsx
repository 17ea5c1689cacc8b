import { useEffect, useId, useState } from 'react';
import type { FactdeskClient } from '../../../shared/api';
import type { SourceInfo } from '../../../shared/sources';
import { errorMessage } from '../ui/errors';

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The article date in the pane header: shows where it came from and lets the user correct it. */
export function ArticleDateInput({
  client,
  source,
  onSaved,
}: {
  client: FactdeskClient;
  source: SourceInfo;
  onSaved: (source: SourceInfo) => void;
}) {
  const [value, setValue] = useState(source.date ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  useEffect(() => setValue(source.date ?? ''), [source.id, source.date]);

  const save = async (next: string | null) => {
    if ((next ?? '') === (source.date ?? '') && !(next === null && source.dateSetByUser)) return;
    if (next !== null && !DATE_PATTERN.test(next)) {
      setError('Use YYYY, YYYY-MM or YYYY-MM-DD.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      onSaved(await client.call('setArticleDate', { sourceId: source.id, date: next }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <span className="date-input">
      <label htmlFor={id}>Date</label>
      <input
        id={id}
        aria-label="Article date"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        className="input input--date"
        value={value}
        placeholder="YYYY-MM-DD"
        spellCheck={false}
        disabled={saving}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => void save(value.trim() || null)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save(value.trim() || null);
          if (e.key === 'Escape') {
            setValue(source.date ?? '');
            setError(null);
          }
        }}
      />
      <span className="muted small" title={source.dateSetByUser ? 'Set by you' : 'From the file'}>
        {source.date ? (source.dateSetByUser ? 'set by you' : 'from file') : 'none'}
      </span>
      {source.dateSetByUser && (
        <button type="button" className="btn-link small" onClick={() => void save(null)}>
          Reset
        </button>
      )}
      {error && (
        <span id={`${id}-err`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
