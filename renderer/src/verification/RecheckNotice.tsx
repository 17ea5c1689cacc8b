import type { RecheckFlag } from '../../../shared/verification/types';
import { StatusBadge } from './StatusBadge';

const FIELD = { text: 'Wording', speaker: 'Speaker', date: 'Date', quantity: 'Number', quote: 'Quote' } as const;

/** The "Needs re-check" flag: the status before the change and exactly what changed. */
export function RecheckNotice({ flag, disabled, onDone }: { flag: RecheckFlag; disabled: boolean; onDone: () => void }) {
  return (
    <section className="recheck" aria-label="Needs re-check">
      <div className="recheck__head">
        <strong>Needs re-check</strong>
        <span className="small">
          was <StatusBadge status={flag.previousStatus} compact /> before the article changed
        </span>
      </div>
      <ul className="recheck__changes">
        {flag.changes.map((c, i) => (
          <li key={i}>
            <span className="recheck__field">{FIELD[c.field] ?? c.field}</span>{' '}
            <del>{c.from ?? '—'}</del>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> changed to </span>
            <ins>{c.to ?? '—'}</ins>
          </li>
        ))}
        {flag.changes.length === 0 && <li className="muted">The claim changed between versions.</li>}
      </ul>
      <button type="button" className="btn btn--small" disabled={disabled} onClick={onDone}>
        Mark re-checked
      </button>
    </section>
  );
}
