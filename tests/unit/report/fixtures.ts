import type { ClaimRow, Profile } from '../../../shared/api';
import type { Claim } from '../../../shared/claims/types';
import type { SourceInfo } from '../../../shared/sources';
import type { ReportInput } from '../../../shared/report/types';
import type { Evidence, HistoryEntry, VerificationRecord } from '../../../shared/verification/types';

// Hand-built fixtures. The first Polish quote is a sentence from Polish Wikinews (CC BY 2.5),
// shortened; everything else is made up for the tests.

export const HOSTILE = `"><img src=x onerror=alert(1)><script>alert('x')</script>`;

export function source(id: string, over: Partial<SourceInfo> = {}): SourceInfo {
  return {
    id,
    path: `${id}.txt`,
    title: id,
    language: 'pl',
    date: null,
    dateSetByUser: false,
    versionCount: 1,
    latestVersionId: `${id}-v1`,
    state: 'ok',
    reason: null,
    encoding: 'utf-8',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...over,
  };
}

export function claim(key: string, over: Partial<Claim> = {}): Claim {
  return {
    key,
    kind: 'event',
    text: `Claim ${key}.`,
    start: 0,
    end: 10,
    rule: 'test',
    speaker: null,
    quote: null,
    date: null,
    quantity: null,
    ...over,
  };
}

export function entry(id: string, at: string, by: string, field: HistoryEntry['field'], from: unknown, to: unknown, undoes?: string): HistoryEntry {
  return undoes ? { id, at, by, field, from, to, undoes } : { id, at, by, field, from, to };
}

export function evidence(id: string, type: Evidence['type'], value: string, addedAt: string, addedBy: string, over: Partial<Evidence> = {}): Evidence {
  return { id, type, value, addedAt, addedBy, ...over };
}

export function record(sourceId: string, c: Claim, over: Partial<VerificationRecord> = {}): VerificationRecord {
  const history = over.history ?? [entry(`${c.key}-h0`, '2024-03-01T08:00:00.000Z', 'Anna', 'created', null, null)];
  return {
    claimKey: c.key,
    sourceId,
    status: 'unverified',
    note: '',
    evidence: [],
    assignee: null,
    reviewer: null,
    createdAt: history[0]?.at ?? '2024-03-01T08:00:00.000Z',
    updatedAt: history[history.length - 1]?.at ?? '2024-03-01T08:00:00.000Z',
    history,
    orphaned: false,
    needsRecheck: null,
    claim: c,
    rev: history.length,
    ...over,
  };
}

export const PROFILE: Profile = { name: 'Anna Żółkiewska', organization: 'Fundacja Sprawdzam', organizationUrl: 'https://sprawdzam.example.org/fakty' };

export const SOURCES: SourceInfo[] = [
  source('s-pl', { path: 'pl/stoltenberg.txt', title: 'Stoltenberg: rozmowy z Rosją mogą utorować drogę', date: '2022-01-10', language: 'pl' }),
  source('s-en', { path: 'en/deficit.txt', title: 'Deficit "falls" to 3%, Treasury says', date: '2023-03', language: 'en' }),
  source('s-evil', { path: 'evil/<b>x</b>.txt', title: HOSTILE, date: 'XXXX-01-12', language: null }),
  source('s-empty', { path: 'pl/pusty.txt', title: 'Pusty artykuł', language: 'pl' }),
];

const quotePl = claim('pl-quote', {
  kind: 'quote',
  text: '„Nie sądzę, abyśmy mogli oczekiwać, że te spotkania rozwiążą wszystkie problemy” – powiedział szef NATO.',
  start: 200,
  end: 300,
  speaker: { name: 'Jens Stoltenberg', mention: 'szef NATO', type: 'person' },
  quote: { text: 'Nie sądzę, abyśmy mogli oczekiwać, że te spotkania rozwiążą wszystkie problemy', start: 201, end: 280, direct: true },
  date: { value: '2022-01-10', mention: 'w poniedziałek' },
});
const quantityPl = claim('pl-quantity', {
  kind: 'quantity',
  text: 'W zamachu zginęło 10–15 osób | w tym dzieci.',
  start: 400,
  end: 450,
  quantity: { value: 10, valueTo: 15, unit: 'osób', mention: '10–15 osób' },
});
const eventPl = claim('pl-event', { kind: 'event', text: '- Nie zgadzam się - powiedział premier w Łodzi.', start: 100, end: 150 });
const orphanPl = claim('pl-orphan', { kind: 'event', text: 'Ministrowie spotkali się w piątek.', start: 5, end: 40 });
const quoteEn = claim('en-quote', {
  kind: 'quote',
  text: 'The deficit fell to 3%, "the lowest in a decade", the Treasury said.',
  start: 10,
  end: 80,
  speaker: { name: 'Treasury', mention: 'the Treasury', type: 'organization' },
  quote: { text: 'the lowest in a decade', start: 34, end: 56, direct: true },
  date: { value: '2023-03-14', mention: 'on Tuesday' },
});
const eventEn = claim('en-event', { kind: 'event', text: '=HYPERLINK("http://evil.example","click")', start: 90, end: 130 });
const evilClaim = claim('evil-1', {
  kind: 'quote',
  text: `<script>alert("x")</script> ${HOSTILE} & &amp; # not a heading`,
  start: 0,
  end: 60,
  speaker: { name: '<b onmouseover=alert(1)>Boss</b>', mention: 'boss', type: 'person' },
});

export const REC_PL_QUOTE = record('s-pl', quotePl, {
  status: 'true',
  note: 'Potwierdzone w nagraniu konferencji.\n# nie nagłówek\n| nie tabela |\r\n\r\nDrugi akapit, "cytat".',
  reviewer: 'Anna Żółkiewska',
  assignee: 'Paweł Łęcki',
  evidence: [
    evidence('ev-1', 'url', 'https://www.nato.int/cps/en/natohq/opinions.htm', '2024-03-01T09:00:00.000Z', 'Anna'),
    evidence('ev-2', 'citation', 'Transkrypcja, s. 3', '2024-03-01T09:05:00.000Z', 'Anna'),
  ],
  history: [
    entry('q-1', '2024-03-01T08:00:00.000Z', 'Anna', 'created', null, null),
    entry('q-2', '2024-03-01T08:30:00.000Z', 'Anna', 'status', 'unverified', 'in-progress'),
    entry('q-3', '2024-03-02T10:15:00.000Z', 'Anna Żółkiewska', 'status', 'in-progress', 'true'),
  ],
  updatedAt: '2024-03-02T10:15:00.000Z',
});

export const REC_PL_QUANTITY = record('s-pl', quantityPl, {
  status: 'false',
  note: '=1+1 to nie formuła',
  reviewer: 'anna żółkiewska',
  history: [
    entry('n-1', '2024-02-10T08:00:00.000Z', 'Paweł', 'created', null, null),
    entry('n-2', '2024-02-11T08:00:00.000Z', 'Paweł', 'status', 'unverified', 'false'),
    entry('n-3', '2024-02-12T08:00:00.000Z', 'system', 'recheck', null, { previousStatus: 'false' }),
  ],
  updatedAt: '2024-02-12T08:00:00.000Z',
  needsRecheck: {
    previousStatus: 'false',
    fromVersionId: 's-pl-v1',
    toVersionId: 's-pl-v2',
    changes: [
      { field: 'quantity', from: '10 osób', to: '10–15 osób' },
      { field: 'text', from: 'W zamachu zginęło 10 osób | <b>x</b>.', to: 'W zamachu zginęło 10–15 osób | w tym dzieci.' },
    ],
  },
});

export const REC_PL_ORPHAN = record('s-pl', orphanPl, {
  status: 'misleading',
  note: 'Linia pierwsza\nLinia druga bez przecinka',
  orphaned: true,
  history: [
    entry('o-1', '2024-01-05T08:00:00.000Z', 'Paweł', 'created', null, null),
    entry('o-2', '2024-01-06T08:00:00.000Z', 'Paweł', 'status', 'unverified', 'misleading'),
    entry('o-3', '2024-01-20T08:00:00.000Z', 'system', 'orphaned', false, true),
  ],
  updatedAt: '2024-01-20T08:00:00.000Z',
});

export const REC_EN_QUOTE = record('s-en', quoteEn, {
  status: 'partly-true',
  reviewer: 'John',
  assignee: '@mallory',
  note: '-5 % is what the report says; +3 pp',
  history: [
    entry('e-1', '2024-03-05T08:00:00.000Z', 'John', 'created', null, null),
    entry('e-2', '2024-03-05T09:00:00.000Z', 'John', 'status', 'unverified', 'false'),
    entry('e-3', '2024-03-06T09:00:00.000Z', 'John', 'status', 'false', 'partly-true'),
    entry('e-4', '2024-03-07T09:00:00.000Z', 'John', 'note', '', '-5 % is what the report says; +3 pp'),
  ],
  updatedAt: '2024-03-07T09:00:00.000Z',
});

export const REC_EN_EVENT = record('s-en', eventEn, {
  status: 'unverifiable',
  note: '@SUM(A1:A9)',
  history: [entry('v-1', '2024-03-31T23:30:00.000Z', 'John', 'status', 'unverified', 'unverifiable')],
  updatedAt: '2024-03-31T23:30:00.000Z',
});

export const REC_EVIL = record('s-evil', evilClaim, {
  status: 'false',
  note: `</textarea><svg onload=alert(1)> ${HOSTILE}`,
  reviewer: `<i>${HOSTILE}</i>`,
  evidence: [
    evidence('x-1', 'url', 'javascript:alert(1)', '2024-03-10T08:00:00.000Z', 'Eve'),
    evidence('x-2', 'citation', '<iframe src="https://evil.example/">', '2024-03-10T08:00:00.000Z', 'Eve'),
    evidence('x-3', 'url', 'https://example.org/a"onmouseover="alert(1)', '2024-03-10T08:00:00.000Z', 'Eve'),
    evidence('x-4', 'file', 'skan<script>.pdf', '2024-03-10T08:00:00.000Z', 'Eve', { sha256: 'a'.repeat(64), storedPath: 'evidence/aa/skan.pdf' }),
  ],
  history: [
    entry('x-h1', '2024-03-10T08:00:00.000Z', `Eve ${HOSTILE}`, 'status', 'unverified', 'false'),
    entry('x-h2', '2024-03-10T08:00:00.000Z', `Eve ${HOSTILE}`, 'note', '', `</textarea><svg onload=alert(1)> ${HOSTILE}`),
  ],
  updatedAt: '2024-03-10T08:00:00.000Z',
});

/** Rows as listClaims returns them: one claim (pl-event) without a record. */
export function rows(): ClaimRow[] {
  return [
    { sourceId: 's-pl', claim: quantityPl, record: REC_PL_QUANTITY },
    { sourceId: 's-pl', claim: quotePl, record: REC_PL_QUOTE },
    { sourceId: 's-pl', claim: eventPl, record: null },
    { sourceId: 's-pl', claim: orphanPl, record: REC_PL_ORPHAN },
    { sourceId: 's-en', claim: eventEn, record: REC_EN_EVENT },
    { sourceId: 's-en', claim: quoteEn, record: REC_EN_QUOTE },
    { sourceId: 's-evil', claim: evilClaim, record: REC_EVIL },
  ];
}

export function input(over: Partial<ReportInput> = {}): ReportInput {
  return { generatedAt: '2024-04-02T12:34:56.000Z', profile: PROFILE, sources: SOURCES, rows: rows(), ...over };
}
