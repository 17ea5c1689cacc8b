import type { ClaimKind } from '../claims/types';
import type { Language } from '../sources';
import { statusInfo } from '../verification/statuses';
import type { ClaimFieldChange, Evidence, HistoryField, Status } from '../verification/types';
import type { ReportLanguage } from './types';

/** Every fixed string a report prints, in one language. */
export interface ReportLabels {
  reportTitle: string;
  generatedAt: string;
  organization: string;
  preparedBy: string;
  filter: string;
  filterAll: string;
  filterSources: string;
  filterStatuses: string;
  filterKinds: string;
  filterReviewer: string;
  filterDates: string;
  summary: string;
  status: string;
  count: string;
  total: string;
  articles: string;
  article: string;
  path: string;
  articleDate: string;
  language: string;
  claims: string;
  noClaims: string;
  kind: string;
  text: string;
  speaker: string;
  date: string;
  quantity: string;
  notes: string;
  evidence: string;
  assignee: string;
  reviewer: string;
  lastChange: string;
  orphaned: string;
  orphanedHint: string;
  needsRecheck: string;
  recheckDone: string;
  backInArticle: string;
  changedSinceVerified: string;
  changedSinceVerifiedHint: string;
  noRecheck: string;
  previousStatus: string;
  previousKey: string;
  field: string;
  before: string;
  after: string;
  none: string;
  unknownSource: string;
  utc: string;
  mergedEntries: (count: number) => string;
  kinds: Record<ClaimKind, string>;
  historyFields: Record<HistoryField, string>;
  changeFields: Record<ClaimFieldChange['field'], string>;
  evidenceTypes: Record<Evidence['type'], string>;
  languages: Record<Language, string>;
}

const PL: ReportLabels = {
  reportTitle: 'Raport weryfikacji',
  generatedAt: 'Wygenerowano',
  organization: 'Organizacja',
  preparedBy: 'Przygotowane przez',
  filter: 'Zakres',
  filterAll: 'wszystkie twierdzenia',
  filterSources: 'artykuły',
  filterStatuses: 'statusy',
  filterKinds: 'rodzaje',
  filterReviewer: 'weryfikator',
  filterDates: 'ostatnia zmiana',
  summary: 'Podsumowanie',
  status: 'Status',
  count: 'Liczba',
  total: 'Razem',
  articles: 'Artykuły',
  article: 'Artykuł',
  path: 'Plik',
  articleDate: 'Data artykułu',
  language: 'Język',
  claims: 'Twierdzenia',
  noClaims: 'Brak twierdzeń w tym zakresie.',
  kind: 'Rodzaj',
  text: 'Treść',
  speaker: 'Autor wypowiedzi',
  date: 'Data',
  quantity: 'Liczba w twierdzeniu',
  notes: 'Notatki',
  evidence: 'Dowody',
  assignee: 'Przypisane do',
  reviewer: 'Weryfikator',
  lastChange: 'Ostatnia zmiana',
  orphaned: 'Osierocone',
  orphanedHint: 'Twierdzenia nie ma już w najnowszej wersji artykułu.',
  needsRecheck: 'Do ponownego sprawdzenia',
  recheckDone: 'Ponowne sprawdzenie zakończone',
  backInArticle: 'Twierdzenie wróciło do artykułu',
  changedSinceVerified: 'Zmienione od weryfikacji',
  changedSinceVerifiedHint: 'Twierdzenia, które zmieniły się w nowszej wersji artykułu po nadaniu im statusu.',
  noRecheck: 'Żadne twierdzenie nie zmieniło się od weryfikacji.',
  previousStatus: 'Poprzedni status',
  previousKey: 'Poprzedni klucz',
  field: 'Pole',
  before: 'Było',
  after: 'Jest',
  none: '—',
  unknownSource: 'Nieznany artykuł',
  utc: 'UTC',
  mergedEntries: (n) => `scalono pracę innej osoby (${n} ${plural(n, 'nowy wpis', 'nowe wpisy', 'nowych wpisów')} historii)`,
  kinds: { quote: 'Cytat', event: 'Zdarzenie', quantity: 'Liczba' },
  historyFields: {
    created: 'Utworzono',
    status: 'Status',
    note: 'Notatka',
    'evidence-add': 'Dodano dowód',
    'evidence-remove': 'Usunięto dowód',
    assignee: 'Przypisanie',
    reviewer: 'Weryfikator',
    recheck: 'Ponowne sprawdzenie',
    orphaned: 'Osierocenie',
    rekey: 'Nowy klucz twierdzenia',
    undo: 'Cofnięto',
    import: 'Import',
  },
  changeFields: { text: 'Treść', speaker: 'Autor wypowiedzi', date: 'Data', quantity: 'Liczba', quote: 'Cytat' },
  evidenceTypes: { url: 'Link', citation: 'Cytowanie', file: 'Plik' },
  languages: { pl: 'polski', en: 'angielski' },
};

const EN: ReportLabels = {
  reportTitle: 'Verification report',
  generatedAt: 'Generated',
  organization: 'Organization',
  preparedBy: 'Prepared by',
  filter: 'Scope',
  filterAll: 'all claims',
  filterSources: 'articles',
  filterStatuses: 'statuses',
  filterKinds: 'kinds',
  filterReviewer: 'reviewer',
  filterDates: 'last change',
  summary: 'Summary',
  status: 'Status',
  count: 'Count',
  total: 'Total',
  articles: 'Articles',
  article: 'Article',
  path: 'File',
  articleDate: 'Article date',
  language: 'Language',
  claims: 'Claims',
  noClaims: 'No claims in this scope.',
  kind: 'Kind',
  text: 'Text',
  speaker: 'Speaker',
  date: 'Date',
  quantity: 'Quantity',
  notes: 'Notes',
  evidence: 'Evidence',
  assignee: 'Assignee',
  reviewer: 'Reviewer',
  lastChange: 'Last change',
  orphaned: 'Orphaned',
  orphanedHint: 'The claim is no longer in the latest version of the article.',
  needsRecheck: 'Needs re-check',
  recheckDone: 'Re-check done',
  backInArticle: 'The claim is back in the article',
  changedSinceVerified: 'Changed since verified',
  changedSinceVerifiedHint: 'Claims that changed in a newer version of the article after they got a status.',
  noRecheck: 'No claim changed since it was verified.',
  previousStatus: 'Previous status',
  previousKey: 'Previous key',
  field: 'Field',
  before: 'Before',
  after: 'After',
  none: '—',
  unknownSource: 'Unknown article',
  utc: 'UTC',
  mergedEntries: (n) => `merged another person's work (${n} new history ${n === 1 ? 'entry' : 'entries'})`,
  kinds: { quote: 'Quote', event: 'Event', quantity: 'Quantity' },
  historyFields: {
    created: 'Created',
    status: 'Status',
    note: 'Note',
    'evidence-add': 'Evidence added',
    'evidence-remove': 'Evidence removed',
    assignee: 'Assignee',
    reviewer: 'Reviewer',
    recheck: 'Re-check',
    orphaned: 'Orphaned',
    rekey: 'Claim re-keyed',
    undo: 'Undone',
    import: 'Import',
  },
  changeFields: { text: 'Text', speaker: 'Speaker', date: 'Date', quantity: 'Quantity', quote: 'Quote' },
  evidenceTypes: { url: 'Link', citation: 'Citation', file: 'File' },
  languages: { pl: 'Polish', en: 'English' },
};

/** The report's fixed strings in the requested language. */
export function reportLabels(lang: ReportLanguage): ReportLabels {
  return lang === 'pl' ? PL : EN;
}

/** The label of a status in the report language (from statuses.ts, the single source of labels). */
export function statusLabel(status: Status, lang: ReportLanguage): string {
  return statusInfo(status).label[lang];
}

// Polish has three plural forms: 1 wpis, 2–4 wpisy (but 12–14 wpisów), 5+ wpisów.
function plural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const tens = n % 100;
  const units = n % 10;
  if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return few;
  return many;
}
