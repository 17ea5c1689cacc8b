import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../shared/diff/claim-diff';
import { changedPart, formatQuantity } from '../../../shared/diff/claim-fields';
import { summarizeChange } from '../../../shared/diff/summary';
import { diffTexts } from '../../../shared/diff/text-diff';
import { claim, dateIn, quantityIn } from './claim-fixtures';

const T385 = 'W zamachu zginęło 385 osób, podała policja.';
const T400 = 'W zamachu zginęło 400 osób, podała policja.';

describe('diffClaims', () => {
  it('identical claims are unchanged', () => {
    const a = claim('k1', T385, { kind: 'quantity', quantity: quantityIn(T385, '385 osób', 385, 'osób') });
    const set = diffClaims([a], [{ ...a, start: 120, end: 120 + a.text.length }]);
    expect(set.unchanged).toHaveLength(1);
    expect(set.changed).toHaveLength(0);
    expect(set.added).toHaveLength(0);
    expect(set.removed).toHaveLength(0);
  });

  it('same key, changed number (385 → 400) is changed with the quantity, not the wording', () => {
    const a = claim('k#', T385, { kind: 'quantity', quantity: quantityIn(T385, '385 osób', 385, 'osób') });
    const b = claim('k#', T400, { kind: 'quantity', quantity: quantityIn(T400, '400 osób', 400, 'osób') });
    const set = diffClaims([a], [b]);
    expect(set.unchanged).toHaveLength(0);
    expect(set.changed).toHaveLength(1);
    expect(set.changed[0].changes).toEqual([{ field: 'quantity', from: '385 osób', to: '400 osób' }]);
  });

  it('same key, a number in the wording that is no extracted quantity still makes it changed', () => {
    const a = claim('k#', 'Rannych zostało 10 Izraelczyków.');
    const b = claim('k#', 'Rannych zostało 12 Izraelczyków.');
    const set = diffClaims([a], [b]);
    expect(set.changed[0].changes).toEqual([{ field: 'text', from: '10', to: '12' }]);
  });

  it('a changed date (12 → 13 stycznia) reports the date values', () => {
    const ta = 'Kryzys sejmowy wybuchł 12 stycznia.';
    const tb = 'Kryzys sejmowy wybuchł 13 stycznia.';
    const a = claim('d', ta, { date: dateIn(ta, '12 stycznia', '2022-01-12') });
    const b = claim('d', tb, { date: dateIn(tb, '13 stycznia', '2022-01-13') });
    expect(diffClaims([a], [b]).changed[0].changes).toEqual([{ field: 'date', from: '2022-01-12', to: '2022-01-13' }]);
  });

  it('today → on Saturday with the same resolved date is a wording change', () => {
    const ta = 'The minister said today that the border will reopen.';
    const tb = 'The minister said on Saturday that the border will reopen.';
    const a = claim('e', ta, { date: dateIn(ta, 'today', '2022-01-15') });
    const b = claim('e', tb, { date: dateIn(tb, 'on Saturday', '2022-01-15') });
    expect(diffClaims([a], [b]).changed[0].changes).toEqual([{ field: 'text', from: 'today', to: 'on Saturday' }]);
  });

  it('today → on Saturday resolving to another day reports the date only', () => {
    const ta = 'The minister said today that the border will reopen.';
    const tb = 'The minister said on Saturday that the border will reopen.';
    const a = claim('e', ta, { date: dateIn(ta, 'today', '2022-01-13') });
    const b = claim('e', tb, { date: dateIn(tb, 'on Saturday', '2022-01-15') });
    expect(diffClaims([a], [b]).changed[0].changes).toEqual([{ field: 'date', from: '2022-01-13', to: '2022-01-15' }]);
  });

  it('a changed speaker is reported by name', () => {
    const a = claim('q', 'Premier powiedział, że podatki nie wzrosną.', {
      kind: 'quote',
      speaker: { name: 'Donald Tusk', mention: 'Premier' },
    });
    const b = claim('q', 'Minister powiedział, że podatki nie wzrosną.', {
      kind: 'quote',
      speaker: { name: 'Jan Nowak', mention: 'Minister' },
    });
    expect(diffClaims([a], [b]).changed[0].changes).toEqual([{ field: 'speaker', from: 'Donald Tusk', to: 'Jan Nowak' }]);
  });

  it('a reworded claim under a new key is matched by overlapping words', () => {
    const a = claim('old-key', 'Rząd przyjął projekt ustawy o obronie ojczyzny na wtorkowym posiedzeniu.');
    const b = claim('new-key', 'Rząd przyjął we wtorek projekt ustawy o obronie ojczyzny na posiedzeniu.');
    const c = claim('other', 'Opozycja zapowiedziała protest przed Sejmem.');
    const set = diffClaims([a], [b, c]);
    expect(set.changed).toHaveLength(1);
    expect(set.changed[0].before.key).toBe('old-key');
    expect(set.changed[0].after.key).toBe('new-key');
    expect(set.changed[0].changes.map((x) => x.field)).toEqual(['text']);
    expect(set.added.map((x) => x.key)).toEqual(['other']);
    expect(set.removed).toEqual([]);
  });

  it('a claim with the same quote but a different frame is matched via the quote', () => {
    const qa = 'Nie będzie żadnych podwyżek podatków';
    const ta = `„${qa}” – zapewnił premier w piątek.`;
    const tb = `Premier zapewnił dziennikarzy w Sejmie: „${qa}”.`;
    const a = claim('qa', ta, { kind: 'quote', quote: { text: qa, start: 1, end: 1 + qa.length, direct: true } });
    const b = claim('qb', tb, { kind: 'quote', quote: { text: qa, start: tb.indexOf(qa), end: tb.indexOf(qa) + qa.length, direct: true } });
    const set = diffClaims([a], [b]);
    expect(set.changed).toHaveLength(1);
    expect(set.changed[0].changes.map((x) => x.field)).toEqual(['text']);
  });

  it('a changed quote reports the changed words', () => {
    const qa = 'Nie będzie żadnych podwyżek podatków w tym roku';
    const qb = 'Nie będzie dużych podwyżek podatków w tym roku';
    const a = claim('q', `„${qa}” – powiedział.`, { kind: 'quote', quote: { text: qa, start: 1, end: 1 + qa.length, direct: true } });
    const b = claim('q', `„${qb}” – powiedział.`, { kind: 'quote', quote: { text: qb, start: 1, end: 1 + qb.length, direct: true } });
    expect(diffClaims([a], [b]).changed[0].changes).toEqual([{ field: 'quote', from: 'żadnych', to: 'dużych' }]);
  });

  it('claims of different kinds are not matched by overlap', () => {
    const a = claim('a', 'Rząd przyjął projekt ustawy o obronie ojczyzny.', { kind: 'event' });
    const b = claim('b', 'Rząd przyjął projekt ustawy o obronie ojczyzny.', { kind: 'quote' });
    const set = diffClaims([a], [b]);
    expect(set.added).toHaveLength(1);
    expect(set.removed).toHaveLength(1);
  });

  it('unrelated claims are added and removed', () => {
    const a = claim('a', 'Powódź zalała trzy wsie na Podkarpaciu.');
    const b = claim('b', 'Inflacja w grudniu wyniosła 8,6 procent.');
    const set = diffClaims([a], [b]);
    expect(set.added.map((c) => c.key)).toEqual(['b']);
    expect(set.removed.map((c) => c.key)).toEqual(['a']);
  });

  it('whitespace, case and quote style in the wording are no change', () => {
    const a = claim('k', 'Minister powiedział: „nie”.');
    const b = claim('k', 'Minister  powiedział: "Nie".');
    expect(diffClaims([a], [b]).unchanged).toHaveLength(1);
  });

  it('duplicate keys pair in order', () => {
    const a1 = claim('dup', 'Zginęło 5 osób.');
    const a2 = claim('dup', 'Zginęło 7 osób.');
    const b1 = claim('dup', 'Zginęło 5 osób.');
    const b2 = claim('dup', 'Zginęło 7 osób.');
    const set = diffClaims([a1, a2], [b1, b2]);
    expect(set.unchanged).toHaveLength(2);
  });
});

describe('claim field formatting', () => {
  it('formats quantities with units and ranges', () => {
    expect(formatQuantity({ value: 385, unit: 'zabitych', mention: '385 zabitych' })).toBe('385 zabitych');
    expect(formatQuantity({ value: 10, valueTo: 15, unit: 'osób', mention: '10–15 osób' })).toBe('10–15 osób');
    expect(formatQuantity({ value: 51, unit: '%', mention: '51%' })).toBe('51%');
    expect(formatQuantity(null)).toBeNull();
  });

  it('shows a pure insertion with a neighbouring word', () => {
    expect(changedPart('ankieta została przeprowadzona', 'ankieta CBOS została przeprowadzona')).toEqual(['ankieta', 'ankieta CBOS']);
  });
});

describe('summarizeChange', () => {
  it('summarises words and claims in one short line', () => {
    const text = diffTexts('Zginęło 385 osób.', 'Zginęło 400 osób w piątek.');
    const a = claim('k', T385, { kind: 'quantity', quantity: quantityIn(T385, '385 osób', 385, 'osób') });
    const b = claim('k', T400, { kind: 'quantity', quantity: quantityIn(T400, '400 osób', 400, 'osób') });
    const extra = claim('x', 'Nowe zdanie o piątku.');
    expect(summarizeChange(text, diffClaims([a], [b, extra]))).toBe('+3 −1 words · claims +1 −0 ~1');
  });

  it('says when nothing changed, and when only formatting did', () => {
    const empty = { added: [], removed: [], changed: [], unchanged: [] };
    expect(summarizeChange(diffTexts('a b', 'a b'), empty)).toBe('no changes');
    expect(summarizeChange(diffTexts('a b', 'a  b'), empty)).toBe('formatting only · claims +0 −0 ~0');
  });

  it('marks a rewrite', () => {
    const s = summarizeChange(diffTexts('Powódź zalała wsie.', 'Inflacja spadła mocno.'), { added: [], removed: [], changed: [], unchanged: [] });
    expect(s).toBe('rewritten +3 −3 words · claims +0 −0 ~0');
  });
});
