import type { Claim, QuantityValue } from '../claims/types';
import type { ClaimFieldChange } from '../verification/types';

const DOUBLE_QUOTES = /[„”“‟«»〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛‹›]/g;
const DASHES = /[‐‑‒–—―−]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Longest from/to string shown for a change. */
const MAX_SHOWN = 80;

/** Normalises claim wording for comparison: NFC, plain quotes and dashes, single spaces, lower case. */
export function normaliseWording(s: string): string {
  return s
    .normalize('NFC')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The set of lower-cased words of a text. */
export function wordSet(s: string): Set<string> {
  return new Set(normaliseWording(s).match(WORD) ?? []);
}

/** Jaccard index of two word sets (0…1). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) common++;
  return common / (a.size + b.size - common);
}

/** A quantity as people read it: `385 zabitych`, `10–15 osób`, `5%`. */
export function formatQuantity(q: QuantityValue | null): string | null {
  if (!q) return null;
  const value = q.valueTo !== undefined && q.valueTo !== q.value ? `${q.value}–${q.valueTo}` : String(q.value);
  if (!q.unit) return value;
  return q.unit === '%' ? `${value}%` : `${value} ${q.unit}`;
}

/**
 * What differs between two versions of one claim, field by field (speaker, date, quantity,
 * quote, then wording), as short readable from/to strings. Wording differences that are just
 * the changed date, number, quote or speaker mention are not reported a second time.
 */
export function compareClaims(before: Claim, after: Claim): ClaimFieldChange[] {
  const changes: ClaimFieldChange[] = [];
  const masked: Array<'speaker' | 'date' | 'quantity' | 'quote'> = [];

  const speakerA = before.speaker?.name ?? null;
  const speakerB = after.speaker?.name ?? null;
  if (norm(speakerA) !== norm(speakerB)) {
    changes.push({ field: 'speaker', from: speakerA, to: speakerB });
    masked.push('speaker');
  }
  const dateA = before.date?.value ?? null;
  const dateB = after.date?.value ?? null;
  if (dateA !== dateB) {
    changes.push({ field: 'date', from: dateA, to: dateB });
    masked.push('date');
  }
  if (!sameQuantity(before.quantity, after.quantity)) {
    changes.push({ field: 'quantity', from: formatQuantity(before.quantity), to: formatQuantity(after.quantity) });
    masked.push('quantity');
  }
  const quoteA = before.quote?.text ?? null;
  const quoteB = after.quote?.text ?? null;
  if (norm(quoteA) !== norm(quoteB)) {
    const [from, to] = quoteA !== null && quoteB !== null ? changedPart(quoteA, quoteB) : [shorten(quoteA), shorten(quoteB)];
    changes.push({ field: 'quote', from, to });
    masked.push('quote');
  }
  if (normaliseWording(before.text) !== normaliseWording(after.text)) {
    const a = maskMentions(before, masked);
    const b = maskMentions(after, masked);
    if (normaliseWording(a) !== normaliseWording(b)) {
      const [from, to] = changedPart(before.text, after.text);
      changes.push({ field: 'text', from, to });
    }
  }
  return changes;
}

function norm(s: string | null): string | null {
  return s === null ? null : normaliseWording(s);
}

function sameQuantity(a: QuantityValue | null, b: QuantityValue | null): boolean {
  if (!a || !b) return a === b;
  return a.value === b.value && (a.valueTo ?? a.value) === (b.valueTo ?? b.value) && normaliseWording(a.unit) === normaliseWording(b.unit);
}

// The claim text with the mentions of changed fields blanked, so the rest can be compared.
function maskMentions(c: Claim, fields: Array<'speaker' | 'date' | 'quantity' | 'quote'>): string {
  const spans: Array<[number, number]> = [];
  const add = (mention: string | undefined, start: number | undefined, end: number | undefined) => {
    if (!mention) return;
    if (start !== undefined && end !== undefined && start >= c.start && end <= c.end && c.text.slice(start - c.start, end - c.start) === mention) {
      spans.push([start - c.start, end - c.start]);
      return;
    }
    const at = c.text.indexOf(mention);
    if (at >= 0) spans.push([at, at + mention.length]);
  };
  for (const f of fields) {
    if (f === 'speaker' && c.speaker) add(c.speaker.mention, c.speaker.start, c.speaker.end);
    if (f === 'date' && c.date) add(c.date.mention, c.date.start, c.date.end);
    if (f === 'quantity' && c.quantity) add(c.quantity.mention, c.quantity.start, c.quantity.end);
    if (f === 'quote' && c.quote) add(c.quote.text, c.quote.start, c.quote.end);
  }
  if (!spans.length) return c.text;
  spans.sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    if (s < at) {
      at = Math.max(at, e);
      continue;
    }
    out += c.text.slice(at, s) + ' \u0000 ';
    at = e;
  }
  return out + c.text.slice(at);
}

/**
 * The differing middle of two texts, word-wise (common leading and trailing words dropped),
 * with one word of context when one side would be empty: `today` → `on Saturday`.
 */
export function changedPart(a: string, b: string): [string, string] {
  const wa = a.trim().split(/\s+/).filter(Boolean);
  const wb = b.trim().split(/\s+/).filter(Boolean);
  const same = (x: string, y: string) => normaliseWording(x) === normaliseWording(y);
  let p = 0;
  while (p < wa.length && p < wb.length && same(wa[p], wb[p])) p++;
  let s = 0;
  while (s < wa.length - p && s < wb.length - p && same(wa[wa.length - 1 - s], wb[wb.length - 1 - s])) s++;
  let from = p;
  let toA = wa.length - s;
  let toB = wb.length - s;
  if (from === toA || from === toB) {
    // A pure insertion or deletion reads better with a neighbouring word.
    if (from > 0) from--;
    else if (s > 0) {
      toA++;
      toB++;
    }
  }
  return [clip(wa.slice(from, toA).join(' ')), clip(wb.slice(from, toB).join(' '))];
}

function clip(s: string): string {
  return s.length <= MAX_SHOWN ? s : `${s.slice(0, MAX_SHOWN - 1).trimEnd()}…`;
}

function shorten(s: string | null): string | null {
  return s === null ? null : clip(s);
}
