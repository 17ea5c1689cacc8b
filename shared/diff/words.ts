import type { TextSpan } from './paragraphs';

// One token: a digit-grouped number (`1 700`, with any space kind), a number with decimal or
// group punctuation (`1,5`, `12.01.2022`), a word of any script (letters, combining marks and
// digits, inner apostrophes: `Łódź`, `don’t`), a whitespace run, or any other single code point.
// Every alternative is bounded, so tokenising stays linear.
const TOKEN =
  /\p{Nd}{1,3}(?:[ \u00a0\u202f\u2009]\p{Nd}{3})+(?!\p{Nd})|\p{Nd}+(?:[.,]\p{Nd}+)*|[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}_]/u;
const WS_FIRST = /^\s/;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Significant tokens of a text range (words, numbers, punctuation; whitespace skipped). */
export interface Tokens {
  starts: number[];
  ends: number[];
}

/** Tokenises text[start, end) into words, numbers and single punctuation marks, with offsets. */
export function tokenize(text: string, start: number, end: number): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    // Whitespace runs are gaps, compared separately (a digit group starts with a digit, not a space).
    if (WS_FIRST.test(m[0])) continue;
    starts.push(start + m.index);
    ends.push(start + m.index + m[0].length);
  }
  return { starts, ends };
}

/** Counts the words and numbers in text[start, end). */
export function countWords(text: string, start: number, end: number): number {
  if (start >= end) return 0;
  const slice = text.slice(start, end);
  let n = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) if (WORD_START.test(m[0])) n++;
  return n;
}

/** A multiset of lower-cased words, for paragraph similarity. */
export interface WordBag {
  counts: Map<string, number>;
  size: number;
}

/** Builds the lower-cased word multiset of a span (after the given normaliser). */
export function wordBag(text: string, span: TextSpan, normalise: (s: string) => string): WordBag {
  const counts = new Map<string, number>();
  let size = 0;
  const slice = normalise(text.slice(span.start, span.end)).toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    size++;
  }
  return { counts, size };
}

/** Share of words two bags have in common (Dice coefficient over multisets, 0…1). */
export function bagSimilarity(a: WordBag, b: WordBag): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [w, n] of small.counts) {
    const m = large.counts.get(w);
    if (m) common += Math.min(n, m);
  }
  return (2 * common) / (a.size + b.size);
}
