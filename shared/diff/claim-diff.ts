import type { Claim } from '../claims/types';
import { compareClaims, jaccard, normaliseWording, wordSet } from './claim-fields';
import type { ClaimChangeSet } from './types';

/** Word overlap (Jaccard) from which two claims of the same kind are one claim reworded. */
export const CLAIM_OVERLAP = 0.6;
/** Shortest quote whose identical text alone identifies a claim. */
const MIN_QUOTE_CHARS = 12;

/**
 * Claim-level diff of two versions: claims are matched by key first, then unmatched claims of
 * the same kind by strongly overlapping wording or the same quote; matched pairs are compared
 * field by field. A pair with any field change is `changed`, even under the same key (keys
 * mask digits, so `385` → `400` keeps the key).
 */
export function diffClaims(oldClaims: Claim[], newClaims: Claim[]): ClaimChangeSet {
  const pairs: Array<[Claim, Claim]> = [];
  const byKey = new Map<string, Claim[]>();
  for (const c of oldClaims) {
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  const matchedOld = new Set<Claim>();
  const unmatchedNew: Claim[] = [];
  for (const c of newClaims) {
    const list = byKey.get(c.key);
    const before = list?.shift();
    if (before) {
      pairs.push([before, c]);
      matchedOld.add(before);
    } else unmatchedNew.push(c);
  }
  const unmatchedOld = oldClaims.filter((c) => !matchedOld.has(c));
  const matchedNew = new Set<Claim>();
  for (const [before, after] of matchByContent(unmatchedOld, unmatchedNew)) {
    pairs.push([before, after]);
    matchedOld.add(before);
    matchedNew.add(after);
  }
  const set: ClaimChangeSet = { added: [], removed: [], changed: [], unchanged: [] };
  const order = new Map(newClaims.map((c, i) => [c, i]));
  pairs.sort((x, y) => (order.get(x[1]) ?? 0) - (order.get(y[1]) ?? 0));
  for (const [before, after] of pairs) {
    const changes = compareClaims(before, after);
    if (changes.length) set.changed.push({ before, after, changes });
    else set.unchanged.push({ before, after });
  }
  set.added = unmatchedNew.filter((c) => !matchedNew.has(c));
  set.removed = oldClaims.filter((c) => !matchedOld.has(c));
  return set;
}

// Best-first greedy matching of leftover claims by content (same kind only).
function matchByContent(olds: Claim[], news: Claim[]): Array<[Claim, Claim]> {
  if (!olds.length || !news.length) return [];
  const oldWords = olds.map((c) => wordSet(c.text));
  const newWords = news.map((c) => wordSet(c.text));
  const oldQuotes = olds.map(quoteKey);
  const newQuotes = news.map(quoteKey);
  const candidates: Array<{ o: number; n: number; score: number }> = [];
  for (let o = 0; o < olds.length; o++) {
    for (let n = 0; n < news.length; n++) {
      if (olds[o].kind !== news[n].kind) continue;
      const sameQuote = oldQuotes[o] !== null && oldQuotes[o] === newQuotes[n];
      const a = oldWords[o].size;
      const b = newWords[n].size;
      // Jaccard can reach the threshold only when the sizes are close enough.
      const score = Math.min(a, b) >= CLAIM_OVERLAP * Math.max(a, b) ? jaccard(oldWords[o], newWords[n]) : 0;
      if (score >= CLAIM_OVERLAP || sameQuote) candidates.push({ o, n, score: sameQuote ? Math.max(score, 0.95) : score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.o - y.o || x.n - y.n);
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const out: Array<[Claim, Claim]> = [];
  for (const c of candidates) {
    if (usedO.has(c.o) || usedN.has(c.n)) continue;
    usedO.add(c.o);
    usedN.add(c.n);
    out.push([olds[c.o], news[c.n]]);
  }
  return out;
}

function quoteKey(c: Claim): string | null {
  if (!c.quote) return null;
  const q = normaliseWording(c.quote.text);
  return q.length >= MIN_QUOTE_CHARS ? q : null;
}
