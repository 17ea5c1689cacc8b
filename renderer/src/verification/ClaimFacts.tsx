import type { ReactNode } from 'react';
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
              <span className="muted">
                {quotedLength(claim.quote)} characters{claim.quote.parts ? ` in ${claim.quote.parts.length} pieces` : ''}, marked above
              </span>
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

function quotedLength(q: NonNullable<Claim['quote']>): number {
  return q.parts ? q.parts.reduce((n, p) => n + p.end - p.start, 0) : q.text.length;
}

/** The claim sentence with its quoted words marked (each piece of an interrupted quotation). */
function ClaimText({ claim }: { claim: Claim }) {
  const q = claim.quote;
  const pieces = (q?.parts ?? (q ? [q] : []))
    .map((p) => [p.start - claim.start, p.end - claim.start] as const)
    .filter(([from, to]) => from >= 0 && to <= claim.text.length && from < to);
  if (!q || !pieces.length) return <>{claim.text}</>;
  const out: ReactNode[] = [];
  let at = 0;
  for (const [from, to] of pieces) {
    if (from < at) continue;
    out.push(claim.text.slice(at, from));
    out.push(
      <mark key={from} className={`facts__q ${q.direct ? 'facts__q--direct' : ''}`}>
        {claim.text.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  out.push(claim.text.slice(at));
  return <>{out}</>;
}
