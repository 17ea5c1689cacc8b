import { useId, useState, type FormEvent } from 'react';
import type { Evidence } from '../../../shared/verification/types';
import { formatTime } from '../ui/format';
import { readFileBase64, safeHref } from './evidence-file';

/** Warn before reading very large files into memory in the window. */
const LARGE_FILE = 50 * 1024 * 1024;

/** Evidence of a claim: the list, and adding a URL, a citation or a local file. */
export function EvidenceSection({
  evidence,
  disabled,
  onAdd,
  onAttach,
  onRemove,
  onError,
}: {
  evidence: Evidence[];
  disabled: boolean;
  onAdd: (type: 'url' | 'citation', value: string) => Promise<boolean>;
  onAttach: (fileName: string, dataBase64: string) => Promise<boolean>;
  onRemove: (id: string) => void;
  onError: (message: string) => void;
}) {
  const id = useId();
  const [type, setType] = useState<'url' | 'citation'>('url');
  const [value, setValue] = useState('');
  const [reading, setReading] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v = value.trim();
    if (!v) return;
    if (type === 'url' && !safeHref(v)) {
      onError(`“${v.length > 80 ? `${v.slice(0, 80)}…` : v}” is not a web address. Use a full http:// or https:// URL, or add it as a citation.`);
      return;
    }
    if (await onAdd(type, v)) setValue('');
  };

  const attach = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > LARGE_FILE && !window.confirm(`${file.name} is ${Math.round(file.size / 1048576)} MB. Attach anyway?`)) {
      input.value = '';
      return;
    }
    setReading(true);
    try {
      await onAttach(file.name, await readFileBase64(file));
    } catch (error) {
      onError(`Cannot read ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setReading(false);
      input.value = '';
    }
  };

  return (
    <div className="field">
      <span className="field__label">
        Evidence <span className="count">{evidence.length}</span>
      </span>
      {evidence.length > 0 && (
        <ul className="evidence-list" aria-label="Evidence">
          {evidence.map((ev) => (
            <EvidenceItem key={ev.id} evidence={ev} disabled={disabled} onRemove={() => onRemove(ev.id)} />
          ))}
        </ul>
      )}
      <form className="evidence-form" onSubmit={(e) => void submit(e)}>
        <select
          className="select select--compact"
          aria-label="Evidence type"
          value={type}
          onChange={(e) => setType(e.target.value as 'url' | 'citation')}
        >
          <option value="url">URL</option>
          <option value="citation">Citation</option>
        </select>
        <input
          id="evidence-value"
          className="input"
          aria-label={type === 'url' ? 'Evidence URL' : 'Evidence citation'}
          placeholder={type === 'url' ? 'https://…   (e)' : 'Source, page, date…'}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && (e.target as HTMLInputElement).blur()}
        />
        {/* Never disabled while another save runs: Enter would then silently do nothing. */}
        <button type="submit" className="btn btn--small" disabled={!value.trim()}>
          Add
        </button>
      </form>
      <div className="evidence-attach">
        {/* The input comes first so `input:focus-visible + label` can show the focus ring. */}
        <input
          id={`${id}-file`}
          type="file"
          className="visually-hidden file-input"
          aria-label="Attach evidence file"
          disabled={disabled || reading}
          onChange={(e) => void attach(e.target)}
        />
        <label htmlFor={`${id}-file`} className="btn btn--small btn--file" aria-hidden="true">
          {reading ? 'Reading…' : 'Attach file…'}
        </label>
        <span className="muted small">kept in the store with its SHA-256</span>
      </div>
    </div>
  );
}

function EvidenceItem({ evidence, disabled, onRemove }: { evidence: Evidence; disabled: boolean; onRemove: () => void }) {
  const href = evidence.type === 'url' ? safeHref(evidence.value) : null;
  return (
    <li className="evidence">
      <span className={`tag tag--${evidence.type}`}>{evidence.type === 'url' ? 'URL' : evidence.type === 'file' ? 'File' : 'Cite'}</span>
      <span className="evidence__value">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {evidence.value}
          </a>
        ) : (
          evidence.value
        )}
        {evidence.sha256 && (
          <span className="mono muted small" title={`SHA-256 ${evidence.sha256}`}>
            {' '}
            sha256:{evidence.sha256.slice(0, 12)}…
          </span>
        )}
        <span className="muted small">
          {' '}
          · {evidence.addedBy || 'unknown'} · {formatTime(evidence.addedAt)}
        </span>
      </span>
      <button type="button" className="btn-link small" disabled={disabled} onClick={onRemove} aria-label={`Remove evidence ${evidence.value}`}>
        Remove
      </button>
    </li>
  );
}
