import { describe, expect, it } from 'vitest';
import { buildReportModel, dateInRange, formatQuantity, formatTimestamp, rowMatches } from '../../../shared/report/model';
import { reportLabels, statusLabel } from '../../../shared/report/labels';
import { STATUS_INFO } from '../../../shared/verification/statuses';
import { claim, entry, input, record, REC_PL_QUOTE, rows } from './fixtures';

const keys = (m: ReturnType<typeof buildReportModel>) => m.articles.map((a) => [a.sourceId, a.claims.map((c) => c.key)]);

describe('buildReportModel', () => {
  it('groups per article in path order and claims in reading order with orphans last', () => {
    const m = buildReportModel(input(), {}, 'pl');
    expect(keys(m)).toEqual([
      ['s-en', ['en-quote', 'en-event']],
      ['s-evil', ['evil-1']],
      ['s-pl', ['pl-event', 'pl-quote', 'pl-quantity', 'pl-orphan']],
    ]);
    const pl = m.articles[2];
    expect(pl).toMatchObject({ title: 'Stoltenberg: rozmowy z Rosją mogą utorować drogę', path: 'pl/stoltenberg.txt', date: '2022-01-10', language: 'pl', known: true });
  });

  it('is deterministic whatever the input order', () => {
    const reversed = input({ rows: rows().reverse(), sources: input().sources.slice().reverse() });
    expect(keys(buildReportModel(reversed, {}, 'en'))).toEqual(keys(buildReportModel(input(), {}, 'en')));
  });

  it('counts every status in display order, rows without a record as unverified', () => {
    const m = buildReportModel(input(), {}, 'en');
    expect(m.summary.map((s) => s.status)).toEqual(STATUS_INFO.map((s) => s.status));
    const counts = Object.fromEntries(m.summary.map((s) => [s.status, s.count]));
    expect(counts).toEqual({ unverified: 1, 'in-progress': 0, true: 1, 'partly-true': 1, misleading: 1, false: 2, unverifiable: 1 });
    expect(m.total).toBe(7);
    const plEvent = m.articles[2].claims[0];
    expect(plEvent).toMatchObject({ key: 'pl-event', status: 'unverified', statusLabel: 'Unverified', record: null, lastChange: null, note: '' });
  });

  it('fills every per-claim field', () => {
    const m = buildReportModel(input(), {}, 'pl');
    const q = m.articles[2].claims[1];
    expect(q).toMatchObject({
      kind: 'quote',
      kindLabel: 'Cytat',
      speaker: 'Jens Stoltenberg',
      speakerType: 'person',
      date: '2022-01-10',
      dateMention: 'w poniedziałek',
      quantity: null,
      status: 'true',
      statusLabel: 'Prawda',
      statusLetter: 'T',
      assignee: 'Paweł Łęcki',
      reviewer: 'Anna Żółkiewska',
      updatedAt: '2024-03-02T10:15:00.000Z',
      orphaned: false,
      recheck: null,
    });
    expect(q.evidence.map((e) => e.id)).toEqual(['ev-1', 'ev-2']);
    expect(q.lastChange).toEqual({ at: '2024-03-02T10:15:00.000Z', by: 'Anna Żółkiewska', field: 'status', text: 'Status: W toku → Prawda' });
    const n = m.articles[2].claims[2];
    expect(n.quantity).toBe('10–15 osób');
    expect(n.lastChange?.text).toBe('Do ponownego sprawdzenia');
    expect(m.articles[2].claims[3]).toMatchObject({ key: 'pl-orphan', orphaned: true, statusLabel: 'Wprowadza w błąd' });
  });

  it('lists claims needing re-check with their changes in both languages', () => {
    const pl = buildReportModel(input(), {}, 'pl');
    expect(pl.recheck.map((r) => r.claim.key)).toEqual(['pl-quantity']);
    expect(pl.recheck[0].claim.recheck).toEqual({
      previousStatus: 'false',
      previousStatusLabel: 'Fałsz',
      previousKey: null,
      fromVersionId: 's-pl-v1',
      toVersionId: 's-pl-v2',
      changes: [
        { field: 'quantity', fieldLabel: 'Liczba', from: '10 osób', to: '10–15 osób' },
        { field: 'text', fieldLabel: 'Treść', from: 'W zamachu zginęło 10 osób | <b>x</b>.', to: 'W zamachu zginęło 10–15 osób | w tym dzieci.' },
      ],
    });
    const en = buildReportModel(input(), {}, 'en');
    expect(en.recheck[0].claim.recheck?.changes.map((c) => c.fieldLabel)).toEqual(['Quantity', 'Text']);
  });

  it('filters by source, status, kind, reviewer and an inclusive date range', () => {
    const k = (f: Parameters<typeof buildReportModel>[1]) => buildReportModel(input(), f, 'en').articles.flatMap((a) => a.claims.map((c) => c.key));
    expect(k({ sourceIds: ['s-en'] })).toEqual(['en-quote', 'en-event']);
    expect(k({ statuses: ['false'] })).toEqual(['evil-1', 'pl-quantity']);
    expect(k({ statuses: ['unverified'] })).toEqual(['pl-event']);
    expect(k({ kinds: ['quantity'] })).toEqual(['pl-quantity']);
    // Case-insensitive and trimmed, Polish letters included; claims without a reviewer never match.
    expect(k({ reviewer: ' ANNA ŻÓŁKIEWSKA ' })).toEqual(['pl-quote', 'pl-quantity']);
    expect(k({ from: '2024-03-02', to: '2024-03-07' })).toEqual(['en-quote', 'pl-quote']);
    expect(k({ from: '2024-03-31', to: '2024-03-31' })).toEqual(['en-event']);
    expect(k({ to: '2024-01-20' })).toEqual(['pl-orphan']);
    expect(k({ from: '2024-02', to: '2024-02' })).toEqual(['pl-quantity']);
    expect(k({ statuses: ['false'], kinds: ['quote'] })).toEqual(['evil-1']);
    // Empty lists and blank fields mean "all".
    expect(k({ sourceIds: [], statuses: [], kinds: [], reviewer: '  ' })).toHaveLength(7);
  });

  it('shows an explicitly chosen source even when none of its claims is in scope', () => {
    const m = buildReportModel(input(), { sourceIds: ['s-empty', 's-en'] }, 'pl');
    expect(m.articles.map((a) => [a.sourceId, a.claims.length])).toEqual([
      ['s-en', 2],
      ['s-empty', 0],
    ]);
    expect(m.scope).toEqual(['artykuły: Pusty artykuł, Deficit "falls" to 3%, Treasury says']);
  });

  it('keeps rows of a source missing from the source list', () => {
    const m = buildReportModel(input({ sources: [] }), { sourceIds: ['s-en'] }, 'en');
    expect(m.articles[0]).toMatchObject({ sourceId: 's-en', known: false, title: 'Unknown article (s-en)' });
  });

  it('describes the filter in the report language', () => {
    const m = buildReportModel(input(), { statuses: ['partly-true', 'false'], kinds: ['quote'], reviewer: 'John', from: '2024-01-01' }, 'pl');
    expect(m.scope).toEqual(['statusy: Częściowo prawda, Fałsz', 'rodzaje: Cytat', 'weryfikator: John', 'ostatnia zmiana: 2024-01-01 – …']);
    expect(buildReportModel(input(), {}, 'en').scope).toEqual([]);
  });

  it('describes the last change of each kind of history entry', () => {
    const c = claim('k');
    const last = (h: ReturnType<typeof entry>[], lang: 'pl' | 'en' = 'en') =>
      buildReportModel(input({ rows: [{ sourceId: 's-pl', claim: c, record: record('s-pl', c, { history: h }) }] }), {}, lang).articles[0].claims[0].lastChange?.text;
    const t = '2024-03-01T08:00:00.000Z';
    expect(last([entry('a', t, 'x', 'note', 'stara', 'nowa\nnotatka')])).toBe('Note: stara → nowa notatka');
    expect(last([entry('a', t, 'x', 'evidence-add', null, { id: 'e', value: 'https://a.example' })])).toBe('Evidence added: https://a.example');
    expect(last([entry('a', t, 'x', 'assignee', null, 'Ola')], 'pl')).toBe('Przypisanie: — → Ola');
    expect(last([entry('a', t, 'x', 'status', 'true', 'false'), entry('b', t, 'x', 'undo', 'false', 'true', 'a')])).toBe('Undone: Status');
    expect(last([entry('a', t, 'x', 'import', null, { addedEntries: 3 })], 'pl')).toBe('Import: scalono pracę innej osoby (3 nowe wpisy historii)');
    expect(last([entry('a', t, 'x', 'import', null, { addedEntries: 12 })], 'pl')).toContain('12 nowych wpisów');
    expect(last([entry('a', t, 'x', 'note', '', 'a'.repeat(500))])!.length).toBeLessThan(140);
    // Later entries win; on equal times the later one in the list.
    expect(last([entry('b', '2024-03-02T00:00:00Z', 'x', 'created', null, null), entry('a', t, 'x', 'note', '', 'old')])).toBe('Created');
  });
});

describe('helpers', () => {
  it('matches date ranges on the UTC day, inclusive, with partial bounds', () => {
    expect(dateInRange('2024-03-31T23:30:00.000Z', '2024-03-31', '2024-03-31')).toBe(true);
    expect(dateInRange('2024-04-01T01:30:00+02:00', '2024-04-01')).toBe(false); // 2024-03-31 in UTC
    expect(dateInRange('2024-03-15T00:00:00Z', '2024', '2024-03')).toBe(true);
    expect(dateInRange('2024-04-01T00:00:00Z', undefined, '2024-03')).toBe(false);
  });

  it('formats quantities and timestamps', () => {
    expect(formatQuantity({ quantity: { value: 3.5, unit: '%', mention: '3,5 proc.' } })).toBe('3.5 %');
    expect(formatQuantity({ quantity: { value: 7, valueTo: 7, unit: '', mention: '7' } })).toBe('7');
    expect(formatQuantity({ quantity: null })).toBeNull();
    expect(formatTimestamp('2024-03-02T10:15:30.000Z')).toBe('2024-03-02 10:15 UTC');
    expect(formatTimestamp('nonsense')).toBe('nonsense');
  });

  it('gives row status and labels from statuses.ts', () => {
    expect(rowMatches(rows()[2], { statuses: ['unverified'] })).toBe(true);
    expect(statusLabel('partly-true', 'pl')).toBe('Częściowo prawda');
    expect(reportLabels('pl').reportTitle).toBe('Raport weryfikacji');
    expect(reportLabels('en').reportTitle).toBe('Verification report');
    expect(REC_PL_QUOTE.status).toBe('true');
  });
});
