import type { Claim } from '../../../shared/claims/types';
import type { VerificationRecord } from '../../../shared/verification/types';

/** A hand-built claim: the text is placed at `start` in an imaginary body. */
export function claim(key: string, text: string, extra: Partial<Claim> = {}, start = 0): Claim {
  return {
    key,
    kind: 'event',
    text,
    start,
    end: start + text.length,
    rule: 'test',
    speaker: null,
    quote: null,
    date: null,
    quantity: null,
    ...extra,
  };
}

/** Date field for a mention found in the claim text. */
export function dateIn(text: string, mention: string, value: string, start = 0): Claim['date'] {
  const at = text.indexOf(mention);
  return { value, mention, start: start + at, end: start + at + mention.length };
}

/** Quantity field for a mention found in the claim text. */
export function quantityIn(text: string, mention: string, value: number, unit: string, start = 0): Claim['quantity'] {
  const at = text.indexOf(mention);
  return { value, unit, mention, start: start + at, end: start + at + mention.length };
}

/** A record for a claim with the given status and one creation history entry. */
export function record(c: Claim, status: VerificationRecord['status'], extra: Partial<VerificationRecord> = {}): VerificationRecord {
  return {
    claimKey: c.key,
    sourceId: 'src-1',
    status,
    note: 'checked against the ministry statement',
    evidence: [{ id: 'ev1', type: 'url', value: 'https://example.org/statement', addedAt: '2022-01-12T10:00:00Z', addedBy: 'ala' }],
    assignee: 'ala',
    reviewer: null,
    createdAt: '2022-01-12T09:00:00Z',
    updatedAt: '2022-01-12T10:00:00Z',
    history: [{ id: 'h0', at: '2022-01-12T09:00:00Z', by: 'ala', field: 'created', from: null, to: c.key }],
    orphaned: false,
    needsRecheck: null,
    claim: c,
    rev: 3,
    ...extra,
  };
}
