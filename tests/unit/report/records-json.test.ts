import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FactdeskError } from '../../../shared/api';
import { alignSourceIds, exportRecords, mergeRecords, parseRecordsExport, type MergeNote } from '../../../shared/report/records-json';
import { renderReport } from '../../../shared/report/render';
import type { HistoryEntry, VerificationRecord } from '../../../shared/verification/types';
import { claim, entry, evidence, input, record, source } from './fixtures';

const AT = '2024-05-01T12:00:00.000Z';
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const ids = (r: VerificationRecord) => r.history.map((h) => h.id);

function errorOf(content: string): FactdeskError {
  try {
    parseRecordsExport(content);
  } catch (e) {
    expect(e).toBeInstanceOf(FactdeskError);
    return e as FactdeskError;
  }
  throw new Error('parse did not fail');
}

describe('JSON records export and import', () => {
  it('round-trips losslessly into an empty workspace, history included', () => {
    const file = renderReport(input(), 'json', {}, 'pl');
    expect(file).toMatchObject({ fileName: 'factdesk-records-2024-04-02.json', mime: 'application/json' });
    const original = input().rows.map((r) => r.record).filter((r): r is VerificationRecord => !!r);
    const parsed = parseRecordsExport(file.content);
    expect(parsed).toMatchObject({ format: 'factdesk-records', version: 1, exportedAt: '2024-04-02T12:34:56.000Z' });
    expect(parsed.sources.map((s) => s.id).sort()).toEqual(['s-en', 's-evil', 's-pl']);
    const { records, result } = mergeRecords([], parsed.records, AT, 'Bartek');
    expect(result).toEqual({ added: 6, merged: 0, unchanged: 0, problems: [] });
    const byKey = (list: VerificationRecord[]) => [...list].sort((a, b) => a.claimKey.localeCompare(b.claimKey));
    expect(byKey(records)).toStrictEqual(byKey(original));
  });

  it('exports only the filtered records, and re-importing them into the same workspace changes nothing', () => {
    const exp = exportRecords(input(), { statuses: ['false'] });
    expect(exp.records.map((r) => r.claimKey)).toEqual(['evil-1', 'pl-quantity']);
    const local = input().rows.map((r) => r.record).filter((r): r is VerificationRecord => !!r);
    const { records, result } = mergeRecords(clone(local), parseRecordsExport(JSON.stringify(exp)).records, AT, 'Anna');
    expect(result).toEqual({ added: 0, merged: 0, unchanged: 2, problems: [] });
    expect(records).toStrictEqual(local);
  });

  it('explains files it cannot import', () => {
    expect(errorOf('{"format": ').code).toBe('import-not-json');
    const foreign = errorOf(JSON.stringify({ hello: 'world' }));
    expect(foreign.code).toBe('import-foreign');
    expect(foreign.message).toMatch(/not a Factdesk records export/);
    const claimReview = errorOf(renderReport(input(), 'claimreview', {}, 'en').content);
    expect(claimReview.code).toBe('import-foreign');
    expect(claimReview.message).toMatch(/ClaimReview/);
    const exp = exportRecords(input(), {});
    const newer = errorOf(JSON.stringify({ ...exp, version: 2 }));
    expect(newer.code).toBe('import-newer-version');
    expect(newer.message).toMatch(/newer Factdesk \(records format version 2\).*Update Factdesk/);
    expect(errorOf(JSON.stringify({ ...exp, version: undefined })).message).toMatch(/version must be 1/);
    // BOM-prefixed files (saved by an editor) are fine.
    expect(parseRecordsExport(`\uFEFF${JSON.stringify(exp)}`).records).toHaveLength(6);
  });

  it('names the first invalid field with its path', () => {
    const exp = exportRecords(input(), {});
    const broken = (mutate: (e: ReturnType<typeof clone<typeof exp>>) => void) => {
      const c = clone(exp);
      mutate(c);
      return errorOf(JSON.stringify(c));
    };
    const bad = broken((e) => ((e.records[1] as { status: string }).status = 'maybe'));
    expect(bad.code).toBe('import-invalid');
    expect(bad.message).toBe('Invalid Factdesk records file: records[1].status must be one of unverified, in-progress, true, partly-true, misleading, false, unverifiable (found "maybe").');
    expect(broken((e) => ((e.records[0].history[0] as { at: unknown }).at = 'yesterday')).message).toMatch(/records\[0\]\.history\[0\]\.at must be an ISO date and time/);
    expect(broken((e) => e.records[0].history.push(clone(e.records[0].history[0]))).message).toMatch(/history\[\d+\]\.id repeats the id/);
    expect(broken((e) => e.records.push(clone(e.records[0]))).message).toMatch(/records\[6\] repeats the claim of records\[0\]/);
    expect(broken((e) => ((e.records[0].claim as { kind: string }).kind = 'rumour')).message).toMatch(/records\[0\]\.claim\.kind/);
    expect(broken((e) => ((e as { records: unknown }).records = {})).message).toMatch(/records must be a list/);
    const evil = exp.records.findIndex((r) => r.claimKey === 'evil-1');
    for (const path of ['../../etc/passwd', '/etc/passwd', 'evidence/../../x', 'C:/Windows/x', 'evidence\\..\\x', '']) {
      const err = broken((e) => (e.records[evil].evidence[3].storedPath = path));
      expect(err.message, path).toMatch(/evidence\[3\]\.storedPath must be a relative path inside the data folder/);
    }
    expect(broken((e) => (e.records[evil].evidence[3].sha256 = 'xyz')).message).toMatch(/sha256 must be 64 hexadecimal digits/);
  });
});

describe('alignSourceIds', () => {
  it('maps another workspace’s source ids onto local ones by path and lists unknown articles', () => {
    const exp = exportRecords(input(), {});
    const local = [source('local-1', { path: 'pl/stoltenberg.txt' }), source('s-en', { path: 'en/renamed.txt' })];
    const { records, unmatched } = alignSourceIds(exp, local);
    expect(records.filter((r) => r.sourceId === 'local-1').map((r) => r.claimKey).sort()).toEqual(['pl-orphan', 'pl-quantity', 'pl-quote']);
    // Same id, different path: kept as is (the file was renamed on one side).
    expect(records.filter((r) => r.sourceId === 's-en')).toHaveLength(2);
    expect(unmatched.map((s) => s.id)).toEqual(['s-evil']);
    expect(records.find((r) => r.claimKey === 'evil-1')!.sourceId).toBe('s-evil');
    // The export itself is not modified.
    expect(exp.records.some((r) => r.sourceId === 'local-1')).toBe(false);
  });
});

describe('mergeRecords: two people working on the same claim', () => {
  const c = claim('shared-claim', { text: 'Rząd wydał 2,5 mld zł na łączność.' });
  const base: HistoryEntry[] = [
    entry('h1', '2024-04-01T08:00:00.000Z', 'Anna', 'created', null, null),
    entry('h2', '2024-04-01T09:00:00.000Z', 'Anna', 'status', 'unverified', 'in-progress'),
    entry('h0e', '2024-04-01T09:00:00.000Z', 'Anna', 'evidence-add', null, { id: 'ev-0', value: 'https://gov.example/budzet' }),
  ];
  const ev0 = evidence('ev-0', 'url', 'https://gov.example/budzet', '2024-04-01T09:00:00.000Z', 'Anna');
  const evA = evidence('ev-a', 'citation', 'Ustawa budżetowa, art. 5', '2024-04-03T10:00:00.000Z', 'Anna');
  const evB = evidence('ev-b', 'url', 'https://stat.example/łączność', '2024-04-04T10:00:00.000Z', 'Bartek');

  const anna = record('s-pl', c, {
    status: 'in-progress',
    note: 'Notatka Anny: kwota się zgadza.',
    evidence: [ev0, evA],
    history: [
      ...base,
      entry('a1', '2024-04-03T09:00:00.000Z', 'Anna', 'note', '', 'Notatka Anny: kwota się zgadza.'),
      entry('a2', '2024-04-03T10:00:00.000Z', 'Anna', 'evidence-add', null, evA),
    ],
    rev: 5,
  });
  const bartek = record('s-pl', c, {
    status: 'false',
    note: '',
    reviewer: 'Bartek',
    evidence: [evB],
    history: [
      ...base,
      entry('b1', '2024-04-04T10:00:00.000Z', 'Bartek', 'evidence-add', null, evB),
      entry('b2', '2024-04-04T11:00:00.000Z', 'Bartek', 'evidence-remove', ev0, null),
      entry('b3', '2024-04-05T08:00:00.000Z', 'Bartek', 'status', 'in-progress', 'false'),
      entry('b4', '2024-04-05T08:00:00.000Z', 'Bartek', 'reviewer', null, 'Bartek'),
    ],
    rev: 7,
  });

  it('keeps both histories, takes the newer state, unions evidence minus removals and notes the import', () => {
    const { records, result } = mergeRecords([clone(anna)], [clone(bartek)], AT, 'Anna');
    expect(result.added).toBe(0);
    expect(result.merged).toBe(1);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^s-pl \/ shared-claim: both sides changed this claim; kept the newer incoming state \(status false, by Bartek at 2024-04-05T08:00:00.000Z\)/);
    const m = records[0];
    expect(ids(m)).toEqual(['h1', 'h2', 'h0e', 'a1', 'a2', 'b1', 'b2', 'b3', 'b4', expect.stringMatching(/^import-/)]);
    const imp = m.history[m.history.length - 1];
    expect(imp).toMatchObject({ at: AT, by: 'Anna', field: 'import', from: { status: 'in-progress', rev: 5 } });
    expect(imp.to).toEqual({ status: 'false', addedEntries: 4, state: 'incoming', incomingRev: 7 } satisfies MergeNote);
    expect(m).toMatchObject({ status: 'false', note: '', reviewer: 'Bartek', rev: 8, updatedAt: AT, createdAt: '2024-04-01T08:00:00.000Z' });
    // ev-0 was removed by Bartek after it was added; Anna's ev-a and Bartek's ev-b both survive.
    expect(m.evidence.map((e) => e.id)).toEqual(['ev-b', 'ev-a']);
    // Nothing of either side's history is lost.
    for (const h of [...anna.history, ...bartek.history]) expect(m.history).toContainEqual(h);
    // The inputs are not mutated.
    expect(anna.history).toHaveLength(5);
  });

  it('is idempotent: importing the same file again changes nothing', () => {
    const once = mergeRecords([clone(anna)], [clone(bartek)], AT, 'Anna').records;
    const twice = mergeRecords(clone(once), [clone(bartek)], '2024-05-02T00:00:00.000Z', 'Anna');
    expect(twice.result).toEqual({ added: 0, merged: 0, unchanged: 1, problems: [] });
    expect(twice.records).toStrictEqual(once);
    // Importing Anna's own older export back into the merged workspace changes nothing either.
    expect(mergeRecords(clone(once), [clone(anna)], AT, 'Anna').result.unchanged).toBe(1);
  });

  it('reaches the same state whichever side imports', () => {
    const atAnna = mergeRecords([clone(anna)], [clone(bartek)], AT, 'Anna').records[0];
    const atBartek = mergeRecords([clone(bartek)], [clone(anna)], AT, 'Bartek').records[0];
    const state = (r: VerificationRecord) => ({
      status: r.status,
      note: r.note,
      reviewer: r.reviewer,
      evidence: r.evidence.map((e) => e.id).sort(),
      history: r.history.filter((h) => h.field !== 'import').map((h) => h.id),
    });
    expect(state(atBartek)).toEqual(state(atAnna));
    expect((atBartek.history.at(-1)!.to as MergeNote).state).toBe('local');
  });

  it('keeps the local state when the local side changed last, and on equal times', () => {
    const later = clone(anna);
    later.history.push(entry('a3', '2024-04-06T08:00:00.000Z', 'Anna', 'status', 'in-progress', 'true'));
    later.status = 'true';
    const m = mergeRecords([later], [clone(bartek)], AT, 'Anna').records[0];
    expect(m).toMatchObject({ status: 'true', note: 'Notatka Anny: kwota się zgadza.', reviewer: null });
    expect(m.history.map((h) => h.id)).toContain('b3');

    const tie = clone(anna);
    tie.history.push(entry('a4', '2024-04-05T08:00:00.000Z', 'Anna', 'status', 'in-progress', 'misleading'));
    tie.status = 'misleading';
    const t = mergeRecords([tie], [clone(bartek)], AT, 'Anna').records[0];
    expect(t.status).toBe('misleading');
    // Equal times: local entries first, each side in its own order.
    expect(ids(t).slice(-4)).toEqual(['a4', 'b3', 'b4', expect.stringMatching(/^import-/)]);
  });

  it('fast-forwards without a conflict when the other side only continued this side’s work', () => {
    const continued = clone(anna);
    continued.history.push(entry('c1', '2024-04-07T08:00:00.000Z', 'Bartek', 'status', 'in-progress', 'true'));
    continued.status = 'true';
    continued.rev = 6;
    const { records, result } = mergeRecords([clone(anna)], [continued], AT, 'Anna');
    expect(result).toEqual({ added: 0, merged: 1, unchanged: 0, problems: [] });
    expect(records[0].status).toBe('true');
    expect(records[0].evidence.map((e) => e.id)).toEqual(['ev-0', 'ev-a']);
  });

  it('adds claims only the other side has, reports differing entries with the same id', () => {
    const other = record('s-en', claim('other'), { status: 'true' });
    const tampered = clone(anna);
    tampered.history[0].by = 'Mallory';
    const { records, result } = mergeRecords([clone(anna)], [tampered, other], AT, 'Anna');
    expect(result.added).toBe(1);
    expect(result.unchanged).toBe(1);
    expect(result.problems).toEqual(['s-pl / shared-claim: history entry h1 differs between the two sides; kept the local one.']);
    expect(records.map((r) => r.claimKey)).toEqual(['shared-claim', 'other']);
    expect(records[0].history[0].by).toBe('Anna');
  });

  it('lets an undo bring removed evidence back', () => {
    const undone = clone(bartek);
    undone.history.push(entry('b5', '2024-04-05T09:00:00.000Z', 'Bartek', 'undo', null, null, 'b2'));
    undone.evidence = [evB, ev0];
    const m = mergeRecords([clone(anna)], [undone], AT, 'Anna').records[0];
    expect(m.evidence.map((e) => e.id).sort()).toEqual(['ev-0', 'ev-a', 'ev-b']);
  });

  it('always yields the union of both histories, sorted by time, without duplicates', () => {
    const times = fc.integer({ min: 0, max: 50 }).map((n) => new Date(Date.UTC(2024, 3, 1) + n * 3600_000).toISOString());
    const side = (prefix: string) => fc.array(times, { maxLength: 8 }).map((ts) => ts.map((t, i) => entry(`${prefix}${i}`, t, prefix, 'note', '', `${prefix}${i}`)));
    fc.assert(
      fc.property(side('s'), side('l'), side('i'), (shared, mine, theirs) => {
        const l = record('s-pl', c, { history: [...shared, ...mine], note: 'l' });
        const r = record('s-pl', c, { history: [...shared, ...theirs], note: 'i' });
        const { records, result } = mergeRecords([l], [r], AT, 'x');
        const m = records[0];
        // Nothing new from the other side: the local record is left exactly as it was.
        if (result.unchanged) {
          expect(m).toBe(l);
          return;
        }
        const nonImport = m.history.filter((h) => h.field !== 'import');
        expect(new Set(nonImport.map((h) => h.id))).toEqual(new Set([...l.history, ...r.history].map((h) => h.id)));
        expect(nonImport).toHaveLength(new Set(nonImport.map((h) => h.id)).size);
        for (let k = 1; k < nonImport.length; k++) expect(nonImport[k - 1].at <= nonImport[k].at).toBe(true);
        // Merging again is a no-op.
        expect(mergeRecords([m], [r], AT, 'x').result.unchanged).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
