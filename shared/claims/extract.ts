import type { ArticleExtraction, Claim, DateMention, DateValue, ExtractOptions, MetadataSpan } from './types';
import type { Sentence } from '../text/types';
import { splitSentences } from '../text/sentences';
import { detectMetadata, hidesDates, parseHeaderDate } from './metadata';
import { detectLanguage } from './language';
import { findDates } from './dates';
import { findEvents } from './events';
import { findQuantities } from './quantities';
import { findQuotes } from './quotes';
import { keysInOrder } from './keys';

const KIND_ORDER: Record<Claim['kind'], number> = { quote: 0, event: 1, quantity: 2 };

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `r` overlaps one of `spans`. */
function overlapsAny(spans: MetadataSpan[], r: { start: number; end: number }): boolean {
  return spans.some((m) => overlaps(m, r));
}

/** True when `r` lies within one of `spans`. */
function withinAny(spans: MetadataSpan[], r: { start: number; end: number }): boolean {
  return spans.some((m) => m.start <= r.start && r.end <= m.end);
}

/** The first temporal expression inside [start, end), as a claim date. */
function dateWithin(dates: DateMention[], start: number, end: number): DateValue | null {
  for (const d of dates) {
    if (d.start >= end) break;
    if (d.start >= start && d.end <= end) return { value: d.value, mention: d.mention, start: d.start, end: d.end };
  }
  return null;
}

/** The sentence containing offset `pos` (binary search; sentences are sorted and disjoint). */
function sentenceAt(sentences: Sentence[], pos: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/**
 * Extracts an article's metadata, language, temporal expressions and claims (quotes with speakers,
 * dated events, quantities) with stable keys, sorted by position. Deterministic; every offset is a
 * JS string index into `text` (`claim.text === text.slice(claim.start, claim.end)`).
 */
export function extractArticle(text: string, opts: ExtractOptions = {}): ArticleExtraction {
  const meta = detectMetadata(text);
  const language = opts.lang ?? detectLanguage(text.slice(meta.bodyStart, meta.bodyStart + 20000) || text);
  // A user-set date wins over the header only when it overrides; otherwise the header anchors.
  const date = opts.dateOverrides && opts.date ? opts.date : meta.headerDate ?? opts.date ?? null;
  const metaSpans: MetadataSpan[] = meta.metadata;

  // A metadata span covering a whole unit drops it; one covering its beginning (a dateline
  // `BRUSSELS (Reuters) - …` in the first sentence) is cut off.
  const sentences: Sentence[] = [];
  for (const s of splitSentences(text, language, meta.bodyStart)) {
    let start = s.start;
    for (const m of metaSpans) if (m.start <= start && m.end > start) start = m.end;
    while (start < s.end && /\s/u.test(text[start])) start++;
    if (start >= s.end || metaSpans.some((m) => m.start >= start && m.start < s.end)) {
      if (start >= s.end || metaSpans.some((m) => m.start <= start && m.end >= s.end)) continue;
    }
    sentences.push(start === s.start ? s : { ...s, start, text: text.slice(start, s.end) });
  }
  // A title's temporal expressions are the article's too (`Alarm powodziowy od niedzieli`); a date
  // header, byline or dateline is not running text.
  // (A date line at the top — `May 29, 2007`, `Wed, January 09, 2019` — is a date of the text too;
  // the corpus field `date 2022-01` is not.)
  // (Nor a publication stamp among the bylines: `Publikacja: 13.11.2025 13:12`, `Updated: May 3, 2024`.)
  const nonTitleMeta = metaSpans.filter(hidesDates);
  // (A header giving only the month, `date 2019-10`, followed at once by a full dateline, `17.10.2019`:
  // that day anchors `dzisiaj`, `wczoraj` and the weekdays.)
  let anchor = date;
  if (date && /^\d{4}-\d{2}$/.test(date) && !opts.dateOverrides) {
    const full = parseHeaderDate(text, skipSpaces(text, meta.bodyStart));
    if (full && full.value.length === 10 && full.value.startsWith(date)) anchor = full.value;
  }
  const dates = findDates(text, language, anchor).filter((d) => !nonTitleMeta.some((m) => overlaps(m, d))).sort((a, b) => a.start - b.start || a.end - b.end);
  // Names in the title seed the speaker table (`Weto Lecha Kaczyńskiego` → later `Kaczyński`).
  const titleRanges: Array<[number, number]> = metaSpans.filter((m) => m.kind === 'title').map((m) => [m.start, m.end]);

  // findQuotes returns fresh objects with a `date` slot: filled in place (same property order as a copy).
  const quotes = findQuotes(text, sentences, language, titleRanges);
  for (const c of quotes) c.date = c.date ?? dateWithin(dates, c.start, c.end);
  const events = findEvents(text, sentences, dates, language);
  const quantities: Array<Omit<Claim, 'key'>> = [];
  for (const q of findQuantities(text, language)) {
    if (overlapsAny(metaSpans, q)) continue;
    const s = sentenceAt(sentences, q.start);
    if (!s) continue;
    quantities.push({
      kind: 'quantity',
      text: s.text,
      start: s.start,
      end: s.end,
      rule: 'quantity',
      speaker: null,
      quote: null,
      date: dateWithin(dates, s.start, s.end),
      quantity: { value: q.value, unit: q.unit, mention: q.mention, start: q.start, end: q.end, ...(q.valueTo !== undefined ? { valueTo: q.valueTo } : {}) },
    });
  }

  const all = [...quotes, ...events, ...quantities].filter((c) => !withinAny(metaSpans, c) && !(c.quote && overlapsAny(metaSpans, c.quote)) && c.end > c.start);
  all.sort(
    (a, b) =>
      a.start - b.start ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.quote?.start ?? a.quantity?.start ?? 0) - (b.quote?.start ?? b.quantity?.start ?? 0) ||
      a.end - b.end,
  );
  // Key material: the claim text, plus what distinguishes several claims of one sentence.
  const keys = keysInOrder(all, (c) => (c.kind === 'quote' ? `${c.text}\u0001${c.quote?.text ?? ''}` : c.kind === 'quantity' ? `${c.text}\u0001${c.quantity?.unit ?? ''}` : c.text));
  // The claim objects were all built above for this call: the key is appended in place (it lands
  // last, exactly where a `{ ...c, key }` copy would put it) instead of copying every claim.
  const claims = all as Claim[];
  for (let k = 0; k < claims.length; k++) claims[k].key = keys[k];
  return { language, date, title: meta.title, metadata: metaSpans, dates, claims };
}

/** Extracts several articles (same options for each), in order. */
export function extractArticles(texts: string[], opts: ExtractOptions = {}): ArticleExtraction[] {
  return texts.map((t) => extractArticle(t, opts));
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && /\s/u.test(text[pos])) pos++;
  return pos;
}
