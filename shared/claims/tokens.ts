/**
 * A flat, linear-time tokenizer shared by the date and quantity recognisers.
 *
 * Why not `Intl.Segmenter` (word granularity): it is quadratic on long strings in Node 20, and the
 * recognisers need exact whitespace information (a thousands separator is one space, `F-16` has
 * none) that word segmentation throws away.
 */

/** Token kinds. */
export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

/** Whitespace before a token. */
export const GAP_NONE = 0;
export const GAP_ONE = 1;
export const GAP_MORE = 2;
export const GAP_NEWLINE = 3;

/** Tokens of one text, as parallel arrays (cheap to build for a 1 MB article). */
export interface Tokens {
  text: string;
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Whitespace before the token: GAP_NONE, GAP_ONE (one space-like char), GAP_MORE, GAP_NEWLINE. */
  gap: Uint8Array;
  raw: string[];
  /** Lower-cased token text. */
  lc: string[];
}

// Character classes, filled lazily from the Unicode regexes on first sight of a code unit.
const C_UNKNOWN = 0;
const C_LETTER = 1;
const C_SPACE = 2;
const C_OTHER = 3;
const C_DIGIT = 4;
const C_NEWLINE = 5;
const charClass = new Uint8Array(65536);
const LETTER_RE = /^[\p{L}\p{M}]$/u;
const SPACE_RE = /^\s$/u;

function classOf(c: number): number {
  let k = charClass[c];
  if (k !== C_UNKNOWN) return k;
  if (c >= 48 && c <= 57) k = C_DIGIT;
  else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) k = C_NEWLINE;
  else if (c >= 0xd800 && c <= 0xdfff) k = C_OTHER; // surrogate halves: letters of astral scripts are rare in news
  else {
    const ch = String.fromCharCode(c);
    k = LETTER_RE.test(ch) ? C_LETTER : SPACE_RE.test(ch) ? C_SPACE : C_OTHER;
  }
  charClass[c] = k;
  return k;
}

let cacheText: string | null = null;
let cacheTokens: Tokens | null = null;

/** Splits text into word, number and punctuation tokens with offsets; memoises the last text. */
export function tokenize(text: string): Tokens {
  if (cacheTokens && cacheText === text) return cacheTokens;
  const len = text.length;
  const cap = Math.max(16, (len >> 2) + 16);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let gap = new Uint8Array(cap);
  const raw: string[] = [];
  const lc: string[] = [];
  let n = 0;
  let spaces = 0;
  let newline = false;
  let p = 0;
  while (p < len) {
    const cls = classOf(text.charCodeAt(p));
    if (cls === C_SPACE || cls === C_NEWLINE) {
      spaces++;
      if (cls === C_NEWLINE) newline = true;
      p++;
      continue;
    }
    const s = p;
    p++;
    let k: number;
    if (cls === C_LETTER) {
      while (p < len && classOf(text.charCodeAt(p)) === C_LETTER) p++;
      k = WORD;
    } else if (cls === C_DIGIT) {
      while (p < len && classOf(text.charCodeAt(p)) === C_DIGIT) p++;
      k = NUM;
    } else k = PUNCT;
    if (n >= start.length) {
      start = grow32(start);
      end = grow32(end);
      kind = grow8(kind);
      gap = grow8(gap);
    }
    start[n] = s;
    end[n] = p;
    kind[n] = k;
    gap[n] = newline ? GAP_NEWLINE : spaces === 0 ? GAP_NONE : spaces === 1 ? GAP_ONE : GAP_MORE;
    const t = text.slice(s, p);
    raw.push(t);
    lc.push(k === WORD ? t.toLowerCase() : t);
    n++;
    spaces = 0;
    newline = false;
  }
  const tokens: Tokens = { text, n, start, end, kind, gap, raw, lc };
  cacheText = text;
  cacheTokens = tokens;
  return tokens;
}

function grow32(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
function grow8(a: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(tk: Tokens, i: number): boolean {
  const r = tk.raw[i];
  return tk.kind[i] === WORD && r !== tk.lc[i] && r[0] !== tk.lc[i][0];
}

/** True when the token is the first of a sentence (start of text, after . ! ? or a line break, allowing opening quotes/dashes). */
export function sentenceInitial(tk: Tokens, i: number): boolean {
  let j = i;
  // Skip opening quotes, brackets and dashes that may precede the first word.
  while (j > 0 && tk.gap[j] !== GAP_NEWLINE) {
    const p = tk.raw[j - 1];
    if (tk.kind[j - 1] === PUNCT && OPENERS.has(p)) j--;
    else break;
  }
  if (j === 0 || tk.gap[j] === GAP_NEWLINE) return true;
  const p = tk.raw[j - 1];
  return tk.kind[j - 1] === PUNCT && (p === '.' || p === '!' || p === '?' || p === '…' || p === ':');
}

const OPENERS = new Set(['"', '„', '“', '”', '«', '»', '‘', '’', "'", '(', '[', '-', '–', '—', '*', '#']);

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tk: Tokens, offset: number): number {
  let lo = 0;
  let hi = tk.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tk.start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
