import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../shared/diff/claim-diff';
import { carryForward, type CarryContext } from '../../../shared/verification/carry-forward';
import type { VerificationRecord } from '../../../shared/verification/types';
import { claim, dateIn, quantityIn, record } from './claim-fixtures';

function ctx(from = 'v1', to = 'v2'): CarryContext {
  let n = 0;
  return { fromVersionId: from, toVersionId: to, at: '2022-01-14T08:00:00Z', by: 'watcher', newId: () => `id-${++n}` };
}

const T385 = 'W zamachu zginęło 385 osób, podała policja.';
const T400 = 'W zamachu zginęło 400 osób, podała policja.';
const c385 = claim('k#', T385, { kind: 'quantity', quantity: quantityIn(T385, '385 osób', 385, 'osób') });
const c400 = claim('k#', T400, { kind: 'quantity', quantity: quantityIn(T400, '400 osób', 400, 'osób') });

const deepCopy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('carryForward', () => {
  it('an unchanged claim under the same key keeps its record untouched', () => {
    const rec = record(c385, 'true');
    const out = carryForward([rec], diffClaims([c385], [{ ...c385, start: 50, end: 50 + c385.text.length }]), ctx());
    expect(out).toEqual([]);
  });

  it('a verified number that changed (385 → 400) keeps status, notes and evidence but is flagged', () => {
    const rec = record(c385, 'true');
    const before = deepCopy(rec);
    const [next] = carryForward([rec], diffClaims([c385], [c400]), ctx());
    expect(next.status).toBe('true');
    expect(next.note).toBe(rec.note);
    expect(next.evidence).toEqual(rec.evidence);
    expect(next.needsRecheck).toEqual({
      previousStatus: 'true',
      fromVersionId: 'v1',
      toVersionId: 'v2',
      changes: [{ field: 'quantity', from: '385 osób', to: '400 osób' }],
    });
    expect(next.claim).toBe(c400);
    expect(next.rev).toBe(rec.rev + 1);
    expect(next.updatedAt).toBe('2022-01-14T08:00:00Z');
    // History: old entries kept verbatim, one recheck entry appended (from: no flag, to: the flag).
    expect(next.history.slice(0, rec.history.length)).toEqual(rec.history);
    expect(next.history).toHaveLength(rec.history.length + 1);
    expect(next.history.at(-1)).toMatchObject({ field: 'recheck', by: 'watcher', from: null, to: next.needsRecheck });
    // The input was not touched.
    expect(rec).toEqual(before);
    expect(next).not.toBe(rec);
  });

  it('an Unverified claim that changed moves to the new claim without a flag', () => {
    const rec = record(c385, 'unverified');
    const [next] = carryForward([rec], diffClaims([c385], [c400]), ctx());
    expect(next.needsRecheck).toBeNull();
    expect(next.claim).toBe(c400);
    expect(next.history).toEqual(rec.history);
  });

  it('a changed date of an event marked True is flagged with the date values', () => {
    const ta = 'Kryzys sejmowy wybuchł 12 stycznia.';
    const tb = 'Kryzys sejmowy wybuchł 13 stycznia.';
    const a = claim('d', ta, { date: dateIn(ta, '12 stycznia', '2022-01-12') });
    const b = claim('d', tb, { date: dateIn(tb, '13 stycznia', '2022-01-13') });
    const [next] = carryForward([record(a, 'true')], diffClaims([a], [b]), ctx());
    expect(next.needsRecheck?.changes).toEqual([{ field: 'date', from: '2022-01-12', to: '2022-01-13' }]);
    expect(next.needsRecheck?.previousStatus).toBe('true');
  });

  it('a reworded claim under a new key moves with previousKey and keeps its status', () => {
    const a = claim('old-key', 'Rząd przyjął projekt ustawy o obronie ojczyzny na wtorkowym posiedzeniu.');
    const b = claim('new-key', 'Rząd przyjął we wtorek projekt ustawy o obronie ojczyzny na posiedzeniu.');
    const rec = record(a, 'misleading');
    const [next] = carryForward([rec], diffClaims([a], [b]), ctx());
    expect(next.claimKey).toBe('new-key');
    expect(next.status).toBe('misleading');
    expect(next.needsRecheck).toMatchObject({ previousStatus: 'misleading', previousKey: 'old-key' });
  });

  it('an unchanged claim whose key changed moves to the new key with a history entry, no flag', () => {
    const a = claim('old-key', 'Rząd przyjął projekt ustawy o obronie ojczyzny.');
    const b = claim('new-key', 'Rząd przyjął projekt ustawy o obronie ojczyzny.');
    const rec = record(a, 'true');
    const [next] = carryForward([rec], diffClaims([a], [b]), ctx());
    expect(next.claimKey).toBe('new-key');
    expect(next.needsRecheck).toBeNull();
    expect(next.history.at(-1)).toMatchObject({ field: 'rekey', from: 'old-key', to: 'new-key' });
  });

  it('a removed claim orphans its record, which is kept with its work', () => {
    const gone = claim('gone', 'Powódź zalała trzy wsie na Podkarpaciu.');
    const rec = record(gone, 'false');
    const [next] = carryForward([rec], diffClaims([gone], []), ctx());
    expect(next.orphaned).toBe(true);
    expect(next.status).toBe('false');
    expect(next.note).toBe(rec.note);
    expect(next.history.at(-1)).toMatchObject({ field: 'orphaned', from: false, to: true });
    expect(rec.orphaned).toBe(false);
  });

  it('an orphaned record whose claim re-appears is attached again; changed content is flagged', () => {
    const rec = record(c385, 'true', { orphaned: true });
    const [back] = carryForward([rec], diffClaims([], [c385]), ctx('v2', 'v3'));
    expect(back.orphaned).toBe(false);
    expect(back.needsRecheck).toBeNull();
    expect(back.history.at(-1)).toMatchObject({ field: 'orphaned', from: true, to: false });
    const [changedBack] = carryForward([rec], diffClaims([], [c400]), ctx('v2', 'v3'));
    expect(changedBack.orphaned).toBe(false);
    expect(changedBack.needsRecheck?.changes).toEqual([{ field: 'quantity', from: '385 osób', to: '400 osób' }]);
  });

  it('records of claims not in the diff and already-orphaned records of removed claims are not returned', () => {
    const other = record(claim('other', 'Coś innego.'), 'true');
    const orphaned = record(claim('gone', 'Zdanie usunięte.'), 'true', { orphaned: true });
    expect(carryForward([other, orphaned], diffClaims([orphaned.claim], []), ctx())).toEqual([]);
  });

  it('a second change before re-check extends the flag from the first checked value', () => {
    const T410 = T385.replace('385', '410');
    const c410 = claim('k#', T410, { kind: 'quantity', quantity: quantityIn(T410, '410 osób', 410, 'osób') });
    const [v2] = carryForward([record(c385, 'true')], diffClaims([c385], [c400]), ctx('v1', 'v2'));
    const [v3] = carryForward([v2], diffClaims([c400], [c410]), ctx('v2', 'v3'));
    expect(v3.needsRecheck).toEqual({
      previousStatus: 'true',
      fromVersionId: 'v1',
      toVersionId: 'v3',
      changes: [{ field: 'quantity', from: '385 osób', to: '410 osób' }],
    });
    // Append-only: v2's entries are a prefix of v3's, and the new entry's `from` is v2's flag.
    expect(v3.history.slice(0, v2.history.length)).toEqual(v2.history);
    expect(v3.history.at(-1)).toMatchObject({ field: 'recheck', from: v2.needsRecheck, to: v3.needsRecheck });
    expect(v3.rev).toBe(v2.rev + 1);
  });

  it('a claim moved onto a key an orphaned record still holds: that record takes the claim', () => {
    const a = claim('a', 'Rząd przyjął projekt ustawy o obronie ojczyzny na wtorkowym posiedzeniu.');
    const b = claim('b', 'Rząd przyjął we wtorek projekt ustawy o obronie ojczyzny na posiedzeniu.');
    const live = record(a, 'true');
    const old = record(b, 'false', { orphaned: true });
    const out = carryForward([live, old], diffClaims([a], [b]), ctx());
    const keys = out.map((r) => r.claimKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(out.find((r) => r.claimKey === 'b')).toMatchObject({ orphaned: false, status: 'false' });
    expect(out.find((r) => r.claimKey === 'a')).toMatchObject({ orphaned: true, status: 'true' });
  });

  it('never mutates any input record or claim', () => {
    const recs: VerificationRecord[] = [record(c385, 'true'), record(claim('gone', 'Zdanie usunięte.'), 'partly-true')];
    const copy = deepCopy(recs);
    const set = diffClaims([c385, recs[1].claim], [c400]);
    const setCopy = deepCopy(set);
    const out = carryForward(recs, set, ctx());
    expect(out).toHaveLength(2);
    expect(recs).toEqual(copy);
    expect(set).toEqual(setCopy);
  });
});
