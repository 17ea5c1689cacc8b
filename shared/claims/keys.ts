import type { ClaimKind } from './types';

/**
 * Stable claim keys (issue 3, "Stable claim keys"). A key depends on the claim's content, never on
 * its offsets, so the same claim in the next version of an article keeps its key and the
 * verification work attached to it survives edits elsewhere in the text.
 *
 * Key = FNV-1a 64-bit (computed on two 32-bit halves, printed as 16 hex digits) of
 * `kind \0 normalised-text \0 occurrence`, where the normalisation
 * - applies NFKC and lower-cases,
 * - folds every quotation-mark style („ ” “ " « » ‚ ‘ ’ ') to `"` and every dash (- ‐ ‒ – — ―) to `-`,
 * - collapses whitespace runs to one space and trims,
 * - replaces every number (a digit run, including `1 700`, `1,5`, `12.01.2022`) with `#`.
 * So `385 zabitych` → `400 zabitych` and `12 stycznia` → `13 stycznia` KEEP the key on purpose:
 * the claim is the same claim with a changed value, which the diff flags for re-checking (issue 5).
 * `occurrence` numbers identical normalised texts within one article (0, 1, …) in text order.
 */

// Character classes for the one-pass normaliser below: the same sets as the original regexes
// /[„”“"«»‚‘’'‹›]/ → `"`, /[-‐‑‒–—―−]/ → `-`, /\d/ and /\s/ (= what `trim()` removes). A table
// lookup per character is several times cheaper than Set lookups or regex replaces.
const K_PLAIN = 0;
const K_SPACE = 1;
const K_DIGIT = 2;
const K_QUOTE = 3;
const K_DASH = 4;
const KEY_CLASS = new Uint8Array(65536);
for (const c of '„”“"«»‚‘’\'‹›') KEY_CLASS[c.charCodeAt(0)] = K_QUOTE;
for (const c of '-‐‑‒–—―−') KEY_CLASS[c.charCodeAt(0)] = K_DASH;
for (let c = 48; c <= 57; c++) KEY_CLASS[c] = K_DIGIT;
for (const c of [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]) KEY_CLASS[c] = K_SPACE;

/** True for a separator allowed inside a number (`1 700`, `1,5`, `12.01.2022`). */
function isNumberSep(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === 0x2c || c === 0xa0 || c === 0x202f;
}

/** End of the number starting at `i`, greedy: digits, then any separator + digits groups (`1 700,5`). */
function numberEnd(s: string, i: number, n: number): number {
  i++;
  while (i < n && KEY_CLASS[s.charCodeAt(i)] === K_DIGIT) i++;
  while (i + 1 < n && isNumberSep(s.charCodeAt(i)) && KEY_CLASS[s.charCodeAt(i + 1)] === K_DIGIT) {
    i += 2;
    while (i < n && KEY_CLASS[s.charCodeAt(i)] === K_DIGIT) i++;
  }
  return i;
}

/**
 * The normalised form of a claim text used for its key (see the module comment): after NFKC and
 * lower-casing, quotes → `"`, dashes → `-`, numbers → `#`, whitespace runs → one space, trimmed.
 * The one pass that does it (`normaliseToUtf8`) writes UTF-8 bytes for hashing; this string form
 * decodes them (it is for callers and tests, not the hot path).
 */
export function normaliseForKey(text: string): string {
  const n = normaliseToUtf8(text, 0);
  const b = utf8;
  let out = '';
  for (let i = 0; i < n; ) {
    const c = b[i];
    let cp: number;
    if (c < 0x80) {
      cp = c;
      i += 1;
    } else if (c < 0xe0) {
      cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      i += 3;
    } else {
      cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
      i += 4;
    }
    // (A lone surrogate was written as itself: `fromCharCode` gives it back unchanged.)
    out += cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return out;
}

// Scratch buffer for the UTF-8 bytes being hashed (grown on demand, reused across calls).
let utf8 = new Uint8Array(1024);

/** Writes the UTF-8 bytes of `s` into `utf8` from byte `at` on, returning the new byte count. */
function encodeUtf8(s: string, at = 0): number {
  if (utf8.length < at + s.length * 3) {
    const grown = new Uint8Array(Math.max(utf8.length * 2, at + s.length * 3));
    grown.set(utf8.subarray(0, at));
    utf8 = grown;
  }
  return encodeRange(s, 0, s.length, at);
}

/** Writes the UTF-8 bytes of `s[from, to)` into `utf8` from byte `at` on (capacity ensured by the caller). */
function encodeRange(s: string, from: number, to: number, at: number): number {
  const b = utf8;
  let n = at;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) b[n++] = c;
    else if (c < 0x800) {
      b[n++] = 0xc0 | (c >> 6);
      b[n++] = 0x80 | (c & 0x3f);
    } else {
      let cp = c;
      // A surrogate pair is one code point (as `codePointAt` reads it); a lone surrogate is encoded as itself.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      if (cp < 0x10000) {
        b[n++] = 0xe0 | (cp >> 12);
        b[n++] = 0x80 | ((cp >> 6) & 0x3f);
        b[n++] = 0x80 | (cp & 0x3f);
      } else {
        b[n++] = 0xf0 | (cp >> 18);
        b[n++] = 0x80 | ((cp >> 12) & 0x3f);
        b[n++] = 0x80 | ((cp >> 6) & 0x3f);
        b[n++] = 0x80 | (cp & 0x3f);
      }
    }
  }
  return n;
}

/**
 * Writes the UTF-8 bytes of the key-normalised `text` (see `normaliseForKey`) into `utf8` from byte
 * `at` on, in one pass without building the normalised string (unchanged runs are encoded as runs,
 * so surrogate pairs are never split). Returns the new byte count.
 */
function normaliseToUtf8(text: string, at: number): number {
  const s = text.normalize('NFKC').toLowerCase();
  const n = s.length;
  if (utf8.length < at + n * 3 + 4) {
    const grown = new Uint8Array(Math.max(utf8.length * 2, at + n * 3 + 4));
    grown.set(utf8.subarray(0, at));
    utf8 = grown;
  }
  const b = utf8;
  let out = at;
  let run = 0;
  let pendingSpace = false;
  let i = 0;
  while (i < n) {
    const k = KEY_CLASS[s.charCodeAt(i)];
    if (k === K_PLAIN) {
      if (pendingSpace) {
        b[out++] = 0x20;
        pendingSpace = false;
      }
      i++;
      continue;
    }
    out = encodeRange(s, run, i, out);
    if (k === K_SPACE) {
      while (i < n && KEY_CLASS[s.charCodeAt(i)] === K_SPACE) i++;
      pendingSpace = out > at;
      run = i;
      continue;
    }
    if (pendingSpace) {
      b[out++] = 0x20;
      pendingSpace = false;
    }
    if (k === K_DIGIT) {
      i = numberEnd(s, i, n);
      b[out++] = 0x23; // '#'
    } else {
      b[out++] = k === K_QUOTE ? 0x22 : 0x2d;
      i++;
    }
    run = i;
  }
  return encodeRange(s, run, n, out);
}

// FNV-1a state after the bytes hashed so far, as two 32-bit halves (module scratch: no allocation).
let hHi = 0;
let hLo = 0;

/** Continues the FNV-1a state (hHi, hLo) over `utf8[0..n)`. */
function fnvUpdate(n: number): void {
  const b = utf8;
  // The prime is 2^40 + 0x1b3, so h * prime = h * 0x1b3 + (lo << 40) mod 2^64: the low half times
  // 0x1b3 is done in 16-bit pieces (int32 arithmetic only), its carry and `lo << 8` go into the high half.
  let hi = hHi;
  let lo = hLo;
  for (let i = 0; i < n; i++) {
    const x = lo ^ b[i];
    const p0 = (x & 0xffff) * 0x1b3;
    const p1 = (x >>> 16) * 0x1b3 + (p0 >>> 16);
    lo = ((p1 & 0xffff) << 16) | (p0 & 0xffff);
    hi = (Math.imul(hi, 0x1b3) + (p1 >>> 16) + (x << 8)) | 0;
  }
  hHi = hi;
  hLo = lo;
}

/** Resets the FNV-1a state to the 64-bit offset basis. */
function fnvReset(): void {
  hHi = 0xcbf29ce4 | 0;
  hLo = 0x84222325 | 0;
}

/** The current FNV-1a state as 16 hex digits. */
function fnvHex(hi: number, lo: number): string {
  // Nibble by nibble: `toString(16)` of a value ≥ 2^31 takes V8's slow double-to-radix path.
  const h = HEX_DIGITS;
  return String.fromCharCode(
    h[(hi >>> 28) & 15], h[(hi >>> 24) & 15], h[(hi >>> 20) & 15], h[(hi >>> 16) & 15],
    h[(hi >>> 12) & 15], h[(hi >>> 8) & 15], h[(hi >>> 4) & 15], h[hi & 15],
    h[(lo >>> 28) & 15], h[(lo >>> 24) & 15], h[(lo >>> 20) & 15], h[(lo >>> 16) & 15],
    h[(lo >>> 12) & 15], h[(lo >>> 8) & 15], h[(lo >>> 4) & 15], h[lo & 15],
  );
}
const HEX_DIGITS = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** FNV-1a 64-bit over the UTF-8 bytes of `s`, as 16 hex digits (two 32-bit halves, no BigInt). */
export function fnv1a64(s: string): string {
  fnvReset();
  fnvUpdate(encodeUtf8(s));
  return fnvHex(hHi, hLo);
}

/** The key of an already normalised text (so `assignKeys` normalises each claim only once). */
function keyOfNormalised(kind: ClaimKind, normalised: string, occurrence: number): string {
  return fnv1a64(`${kind}\u0000${normalised}\u0000${occurrence}`);
}

/** A stable short key for a claim of `kind` with `text`, the `occurrence`-th with that normalised text. */
export function claimKey(kind: ClaimKind, text: string, occurrence = 0): string {
  return keyOfNormalised(kind, normaliseForKey(text), occurrence);
}

/** Key material seen so far with one hash: its UTF-8 bytes (`kind \0 normalised`) and its count. */
interface Seen {
  bytes: Uint8Array;
  count: number;
}

/**
 * The keys of `claims` in order (see `assignKeys`). `kind \0 normalised` is written as UTF-8
 * straight into the hash buffer (no normalised string), hashed once and continued with
 * `\0 occurrence`; occurrences are counted per that hash, exact bytes compared on a hit.
 */
export function keysInOrder<T extends { kind: ClaimKind }>(claims: T[], material: (c: T) => string): string[] {
  const seen = new Map<number, Seen[]>();
  const keys: string[] = new Array(claims.length);
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    let nb = encodeUtf8(c.kind);
    utf8[nb++] = 0;
    nb = normaliseToUtf8(material(c), nb);
    fnvReset();
    fnvUpdate(nb);
    const hi = hHi;
    const lo = hLo;
    let list = seen.get(lo);
    if (!list) seen.set(lo, (list = []));
    let entry: Seen | undefined;
    for (const e of list) if (sameBytes(e.bytes, nb)) entry = e;
    if (!entry) list.push((entry = { bytes: utf8.slice(0, nb), count: 0 }));
    const occ = entry.count++;
    // Continue the hash over `\0` + the decimal occurrence (ASCII).
    const tail = '\u0000' + occ;
    for (let i = 0; i < tail.length; i++) utf8[i] = tail.charCodeAt(i);
    hHi = hi;
    hLo = lo;
    fnvUpdate(tail.length);
    keys[k] = fnvHex(hHi, hLo);
  }
  return keys;
}

/** True when `a` equals the first `n` bytes of the hash buffer. */
function sameBytes(a: Uint8Array, n: number): boolean {
  if (a.length !== n) return false;
  const b = utf8;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Assigns keys to claims in text order: `material` gives the text a claim's key is built from;
 * identical normalised material gets occurrence 0, 1, 2, … .
 */
export function assignKeys<T extends { kind: ClaimKind }>(claims: T[], material: (c: T) => string): Array<T & { key: string }> {
  const keys = keysInOrder(claims, material);
  return claims.map((c, k) => ({ ...c, key: keys[k] }));
}
