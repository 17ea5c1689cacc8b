import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../shared/api';
import type { Claim } from '../../../shared/claims/types';
import type { VerificationRecord } from '../../../shared/verification/types';
import { DEFAULT_FILTER, filterRows, foldText, SOURCE_OPEN, speakersOf } from '../../../renderer/src/claims/claim-filter';
import { upsertRecord } from '../../../renderer/src/state/rows';

const claim = (key: string, text: string, kind: Claim['kind'] = 'quote', speaker: string | null = null): Claim => ({
  key,
  kind,
  text,
  start: 0,
  end: text.length,
  rule: 'test',
  speaker: speaker ? { name: speaker, mention: speaker } : null,
  quote: null,
  date: null,
  quantity: null,
});

const record = (sourceId: string, c: Claim, patch: Partial<VerificationRecord> = {}): VerificationRecord => ({
  claimKey: c.key,
  sourceId,
  status: 'unverified',
  note: '',
  evidence: [],
  assignee: null,
  reviewer: null,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  history: [],
  orphaned: false,
  needsRecheck: null,
  claim: c,
  rev: 1,
  ...patch,
});

const rows: ClaimRow[] = [
  { sourceId: 's1', claim: claim('a', 'Władze Łodzi podały 385 zabitych', 'quantity'), record: null },
  { sourceId: 's1', claim: claim('b', 'Rosja nie może narzucać ograniczeń', 'quote', 'Jens Stoltenberg'), record: null },
  { sourceId: 's2', claim: claim('c', 'Spotkanie 12 stycznia', 'event'), record: null },
];
rows[1].record = record('s1', rows[1].claim, { status: 'false' });
rows[2].record = record('s2', rows[2].claim, { status: 'true', needsRecheck: { previousStatus: 'true', fromVersionId: 'v1', toVersionId: 'v2', changes: [] } });

describe('filterRows', () => {
  it('filters by status, treating rows without a record as Unverified', () => {
    expect(filterRows(rows, { ...DEFAULT_FILTER, status: 'false' }, []).map((r) => r.claim.key)).toEqual(['b']);
    expect(filterRows(rows, { ...DEFAULT_FILTER, status: 'unverified' }, []).map((r) => r.claim.key)).toEqual(['a']);
    expect(filterRows(rows, { ...DEFAULT_FILTER, status: 'recheck' }, []).map((r) => r.claim.key)).toEqual(['c']);
  });

  it('filters by kind, speaker and the open sources', () => {
    expect(filterRows(rows, { ...DEFAULT_FILTER, kind: 'event' }, []).map((r) => r.claim.key)).toEqual(['c']);
    expect(filterRows(rows, { ...DEFAULT_FILTER, speaker: 'Jens Stoltenberg' }, []).map((r) => r.claim.key)).toEqual(['b']);
    expect(filterRows(rows, { ...DEFAULT_FILTER, source: SOURCE_OPEN }, ['s2']).map((r) => r.claim.key)).toEqual(['c']);
    expect(filterRows(rows, { ...DEFAULT_FILTER, source: 's1' }, []).map((r) => r.claim.key)).toEqual(['a', 'b']);
  });

  it('searches without diacritics', () => {
    expect(foldText('Łódź żołnierzy')).toBe('lodz zolnierzy');
    expect(filterRows(rows, { ...DEFAULT_FILTER, text: 'lodzi' }, []).map((r) => r.claim.key)).toEqual(['a']);
    expect(filterRows(rows, { ...DEFAULT_FILTER, text: 'OGRANICZEN' }, []).map((r) => r.claim.key)).toEqual(['b']);
  });

  it('lists speakers by frequency', () => {
    expect(speakersOf(rows)).toEqual(['Jens Stoltenberg']);
  });
});

describe('upsertRecord', () => {
  it('replaces the record of its row and ignores an older revision arriving late', () => {
    const newer = record('s1', rows[1].claim, { status: 'true', rev: 5 });
    const afterNewer = upsertRecord(rows, newer);
    expect(afterNewer[1].record?.status).toBe('true');
    const stale = record('s1', rows[1].claim, { status: 'misleading', rev: 3 });
    expect(upsertRecord(afterNewer, stale)[1].record?.status).toBe('true');
  });

  it('adds a row for a record of a claim not listed (an orphan)', () => {
    const orphan = record('s2', claim('gone', 'Usunięte zdanie'), { orphaned: true });
    const next = upsertRecord(rows, orphan);
    expect(next).toHaveLength(4);
    expect(next[3]).toMatchObject({ sourceId: 's2', claim: { key: 'gone' } });
  });
});
