import { describeDate } from '../../../shared/claims/date-labels';
import type { Claim } from '../../../shared/claims/types';

const KIND = { quote: 'Quote', event: 'Dated event', quantity: 'Number' } as const;

/** What the extractor found: kind, text, speaker, quote, date and number, and the rule. */
export function ClaimFacts({ claim, sourceLabel }: { claim: Claim; sourceLabel: string }) {
  return (
    <div className="facts">
      <div className="facts__top">
        <span className={`kind kind--${claim.kind}`}>{KIND[claim.kind]}</span>
        <span className="mono small muted" title={sourceLabel}>
          {sourceLabel}
        </span>
      </div>
      <blockquote className="facts__text">
        <ClaimText claim={claim} />
      </blockquote>
      <dl className="facts__list">
        {claim.speaker && (
          <>
            <dt>Speaker</dt>
            <dd>
              <strong>{claim.speaker.name}</strong>
              {claim.speaker.mention && claim.speaker.mention !== claim.speaker.name && (
                <span className="muted"> as “{claim.speaker.mention}”</span>
              )}
              {!claim.speaker.mention && <span className="muted"> (subject-less verb)</span>}
            </dd>
          </>
        )}
        {claim.quote && (
          <>
            <dt>Quote</dt>
            <dd>
              {claim.quote.direct ? 'direct (verbatim)' : 'reported speech'} ·{' '}
              <span className="muted">{claim.quote.text.length} characters, marked above</span>
            </dd>
          </>
        )}
        {claim.date && (
          <>
            <dt>Date</dt>
            <dd>
              {describeDate(claim.date.value, 'en')} <span className="mono muted">{claim.date.value}</span>{' '}
              <span className="muted">from “{claim.date.mention}”</span>
            </dd>
          </>
        )}
        {claim.quantity && (
          <>
            <dt>Number</dt>
            <dd>
              <span className="mono">
                {claim.quantity.value.toLocaleString()}
                {claim.quantity.valueTo !== undefined ? `–${claim.quantity.valueTo.toLocaleString()}` : ''}
              </span>{' '}
              {claim.quantity.unit} <span className="muted">from “{claim.quantity.mention}”</span>
            </dd>
          </>
        )}
        <dt>Rule</dt>
        <dd className="mono small">{claim.rule}</dd>
      </dl>
    </div>
  );
}

/** The claim sentence with its quoted words marked (when the offsets fall inside the claim). */
function ClaimText({ claim }: { claim: Claim }) {
  const q = claim.quote;
  const from = q ? q.start - claim.start : -1;
  const to = q ? q.end - claim.start : -1;
  if (!q || from < 0 || to > claim.text.length || from >= to) return <>{claim.text}</>;
  return (
    <>
      {claim.text.slice(0, from)}
      <mark className={`facts__q ${q.direct ? 'facts__q--direct' : ''}`}>{claim.text.slice(from, to)}</mark>
      {claim.text.slice(to)}
    </>
  );
}
