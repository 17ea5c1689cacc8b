import { isVerdict, statusInfo } from '../verification/statuses';
import type { HistoryEntry, Status, VerificationRecord } from '../verification/types';
import { latestEntry, type ReportArticle, type ReportClaim, type ReportModel } from './model';

/*
 * Rating mapping (schema.org Rating, worstRating 1 … bestRating 5), kept in statuses.ts as `rating`:
 *   True (Prawda)                      → 5
 *   Partly true (Częściowo prawda)     → 3  the middle of the scale: parts hold, parts do not
 *   Misleading (Wprowadza w błąd)      → 2  facts may be right, the impression they give is not
 *   False (Fałsz)                      → 1
 *   Unverified, In progress, Unverifiable → no verdict: such claims are not published at all.
 * 4 is deliberately unused: we have no "mostly true" verdict. Readers and search engines show
 * `alternateName` (the verdict text in the report language); the number only orders verdicts.
 */

export interface ClaimReviewPerson {
  '@type': 'Person' | 'Organization';
  name: string;
  url?: string;
}

/** One schema.org ClaimReview, ready to embed in a page as JSON-LD. */
export interface ClaimReviewItem {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  inLanguage: string;
  datePublished: string;
  author: ClaimReviewPerson;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: 5;
    worstRating: 1;
    alternateName: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: ClaimReviewPerson;
    datePublished?: string;
    appearance: {
      '@type': 'NewsArticle' | 'CreativeWork';
      headline: string;
      name: string;
      inLanguage?: string;
      datePublished?: string;
      url?: string;
    };
  };
}

/** One ClaimReview per claim of the report that has a verdict (True, Partly true, Misleading, False). */
export function buildClaimReviews(model: ReportModel): ClaimReviewItem[] {
  const items: ClaimReviewItem[] = [];
  const org = model.profile?.organization?.trim() || model.profile?.name?.trim() || 'Factdesk';
  const orgUrl = httpUrl(model.profile?.organizationUrl);
  for (const article of model.articles) {
    for (const claim of article.claims) {
      if (!isVerdict(claim.status)) continue;
      items.push(claimReview(claim, article, org, orgUrl, model));
    }
  }
  return items;
}

/**
 * Serialises the ClaimReview items as a JSON-LD array (each item carries its own `@context`, so
 * it can be embedded alone). `<`, `>` and `&` are written as \u escapes: the same JSON, but safe
 * to paste into a `<script type="application/ld+json">` even when article text holds `</script>`.
 */
export function renderClaimReview(model: ReportModel): string {
  const json = JSON.stringify(buildClaimReviews(model), null, 2).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${json}\n`;
}

function claimReview(claim: ReportClaim, article: ReportArticle, org: string, orgUrl: string | null, model: ReportModel): ClaimReviewItem {
  const info = statusInfo(claim.status);
  const author: ClaimReviewPerson = { '@type': 'Organization', name: org };
  if (orgUrl) author.url = orgUrl;
  const articleDate = isoDate(article.date);
  const appearance: ClaimReviewItem['itemReviewed']['appearance'] = {
    '@type': article.known ? 'NewsArticle' : 'CreativeWork',
    headline: article.title,
    name: article.title,
  };
  if (article.language) appearance.inLanguage = article.language;
  if (articleDate) appearance.datePublished = articleDate;
  const itemReviewed: ClaimReviewItem['itemReviewed'] = { '@type': 'Claim', appearance };
  if (claim.speaker) itemReviewed.author = { '@type': claim.speakerType === 'organization' ? 'Organization' : 'Person', name: claim.speaker };
  if (articleDate) itemReviewed.datePublished = articleDate;

  // The org URL is where reviews get published; the fragment names the claim (source + key: unique).
  const url = orgUrl ? `${orgUrl.replace(/#.*$/, '')}#claim-${encodeURIComponent(claim.sourceId)}-${encodeURIComponent(claim.key)}` : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(url ? { url } : {}),
    claimReviewed: claim.text.replace(/\s+/g, ' ').trim(),
    inLanguage: model.lang,
    datePublished: verdictDate(claim.record, claim.status) ?? model.generatedAt.slice(0, 10),
    author,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: info.rating!,
      bestRating: 5,
      worstRating: 1,
      alternateName: info.label[model.lang],
    },
    itemReviewed,
  };
}

/** The day (UTC, `YYYY-MM-DD`) the record got its current status, from its history. */
export function verdictDate(record: VerificationRecord | null, status: Status): string | null {
  if (!record) return null;
  const byId = new Map(record.history.map((h) => [h.id, h]));
  // A status change to the current status, or an undo that brought the current status back.
  const setsStatus = (h: HistoryEntry) =>
    (h.field === 'status' && h.to === status) ||
    (h.field === 'undo' && !!h.undoes && byId.get(h.undoes)?.field === 'status' && byId.get(h.undoes)?.from === status);
  const entry = latestEntry(record.history, (h) => !setsStatus(h));
  return utcDay(entry?.at ?? record.updatedAt);
}

function utcDay(timestamp: string): string | null {
  const t = Date.parse(timestamp);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

// schema.org wants ISO 8601; article dates are TIMEX3-like and may hold `XXXX` placeholders.
function isoDate(date: string | null): string | null {
  return date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? date : null;
}

function httpUrl(url: string | undefined): string | null {
  const trimmed = url?.trim();
  return trimmed && /^https?:\/\/[^\s<>"]+$/i.test(trimmed) ? trimmed : null;
}
