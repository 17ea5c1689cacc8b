import type { Claim } from '../../../shared/claims/types';
import type { ClaimChangeSet } from '../../../shared/diff/types';
import { truncate } from '../ui/format';

const FIELD = { text: 'Wording', speaker: 'Speaker', date: 'Date', quantity: 'Number', quote: 'Quote' } as const;
const KIND = { quote: 'Quote', event: 'Event', quantity: 'Number' } as const;

/** The claim-level diff: added, removed and changed claims (with from → to per field). */
export function ClaimChanges({ set }: { set: ClaimChangeSet }) {
  const total = set.added.length + set.removed.length + set.changed.length;
  return (
    <section className="claim-changes" aria-label="Claim changes">
      <h3 className="subhead">
        Claims: {set.changed.length} changed · {set.added.length} added · {set.removed.length} removed ·{' '}
        {set.unchanged.length} unchanged
      </h3>
      {total === 0 && <p className="muted small">No claim changed between these versions.</p>}
      {set.changed.length > 0 && (
        <ul className="claim-change-list" aria-label="Changed claims">
          {set.changed.map((c, i) => (
            <li key={i} className="claim-change claim-change--changed">
              <ClaimLine claim={c.after} />
              <ul className="claim-change__fields">
                {c.changes.map((f, j) => (
                  <li key={j}>
                    <span className="recheck__field">{FIELD[f.field] ?? f.field}</span> <del>{f.from ?? '—'}</del>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> changed to </span>
                    <ins>{f.to ?? '—'}</ins>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {set.added.length > 0 && (
        <ul className="claim-change-list" aria-label="Added claims">
          {set.added.map((c) => (
            <li key={c.key} className="claim-change claim-change--added">
              <span className="flag flag--added">Added</span> <ClaimLine claim={c} />
            </li>
          ))}
        </ul>
      )}
      {set.removed.length > 0 && (
        <ul className="claim-change-list" aria-label="Removed claims">
          {set.removed.map((c) => (
            <li key={c.key} className="claim-change claim-change--removed">
              <span className="flag flag--removed">Removed</span> <ClaimLine claim={c} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ClaimLine({ claim }: { claim: Claim }) {
  return (
    <span className="claim-line">
      <span className={`kind kind--${claim.kind}`}>{KIND[claim.kind]}</span>
      {claim.speaker && <strong> {claim.speaker.name}:</strong>} {truncate(claim.text, 160)}
    </span>
  );
}
