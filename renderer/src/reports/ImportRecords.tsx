import { useId, useState } from 'react';
import type { FactdeskClient } from '../../../shared/api';
import type { ImportResult } from '../../../shared/report/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { errorMessage } from '../ui/errors';

/** Merges a colleague's JSON records export into this workspace and shows what happened. */
export function ImportRecords({ client, onImported }: { client: FactdeskClient; onImported: () => void }) {
  const id = useId();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await client.call('importRecords', { content: await file.text() }));
      onImported();
    } catch (e) {
      setError(`${file.name}: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section className="import" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="subhead">
        Import records
      </h3>
      <p className="muted small">Merge a JSON export from a colleague; both histories are kept.</p>
      <input
        id={`${id}-file`}
        type="file"
        className="visually-hidden file-input"
        accept=".json,application/json"
        aria-label="Import records (JSON)"
        disabled={busy}
        onChange={(e) => void onFile(e.target)}
      />
      <label htmlFor={`${id}-file`} className="btn btn--small btn--file" aria-hidden="true">
        {busy ? 'Importing…' : 'Choose JSON file…'}
      </label>
      <ErrorAlert message={error} />
      {result && (
        <div className="import__result" role="status">
          Imported: {result.added} added, {result.merged} merged, {result.unchanged} unchanged.
          {result.problems.length > 0 && (
            <ul className="problems">
              {result.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
