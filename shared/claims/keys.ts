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

/**
 * The normalised form of a claim text used for its key (see the module comment). One pass after
 * NFKC + lower-casing instead of four regex replaces (keys are built for every claim): quotes →
 * `"`, dashes → `-`, numbers → `#`, whitespace runs → one space, trimmed. Output is identical to
 * the former chain of regex replaces (quote marks, dashes, numbers, whitespace runs) and `trim()`.
 */
export function normaliseForKey(text: string): string {
  const s = text.normalize('NFKC').toLowerCase();
  const n = s.length;
  let out = '';
  // Unchanged characters are copied in runs: [run, i) is pending output.
  let run = 0;
  let pendingSpace = false;
  let i = 0;
  while (i < n) {
    const k = KEY_CLASS[s.charCodeAt(i)];
    if (k === K_PLAIN) {
      if (pendingSpace) {
        out += ' ';
        pendingSpace = false;
      }
      i++;
      continue;
    }
    out += s.slice(run, i);
    if (k === K_SPACE) {
      // A run of whitespace becomes one space, emitted only before later text (trim).
      while (i < n && KEY_CLASS[s.charCodeAt(i)] === K_SPACE) i++;
      pendingSpace = out.length > 0;
      run = i;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    if (k === K_DIGIT) {
      // Greedy, like /\d+(?:[ \u00a0\u202f.,]\d+)*/: digits, then separator+digits groups.
      i++;
      while (i < n && KEY_CLASS[s.charCodeAt(i)] === K_DIGIT) i++;
      while (i + 1 < n && isNumberSep(s.charCodeAt(i)) && KEY_CLASS[s.charCodeAt(i + 1)] === K_DIGIT) {
        i += 2;
        while (i < n && KEY_CLASS[s.charCodeAt(i)] === K_DIGIT) i++;
      }
      out += '#';
    } else {
      out += k === K_QUOTE ? '"' : '-';
      i++;
    }
    run = i;
  }
  return out + s.slice(run, n);
}

// Scratch buffer for the UTF-8 bytes being hashed (grown on demand, reused across calls).
let utf8 = new Uint8Array(1024);

/** Writes the UTF-8 bytes of `s` into `utf8`, returning their count. */
function encodeUtf8(s: string): number {
  if (utf8.length < s.length * 3) utf8 = new Uint8Array(s.length * 3);
  const b = utf8;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp < 0x80) b[n++] = cp;
    else if (cp < 0x800) {
      b[n++] = 0xc0 | (cp >> 6);
      b[n++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      b[n++] = 0xe0 | (cp >> 12);
      b[n++] = 0x80 | ((cp >> 6) & 0x3f);
      b[n++] = 0x80 | (cp & 0x3f);
    } else {
      i++; // the low surrogate
      b[n++] = 0xf0 | (cp >> 18);
      b[n++] = 0x80 | ((cp >> 12) & 0x3f);
      b[n++] = 0x80 | ((cp >> 6) & 0x3f);
      b[n++] = 0x80 | (cp & 0x3f);
    }
  }
  return n;
}

/** FNV-1a 64-bit over the UTF-8 bytes of `s`, as 16 hex digits (two 32-bit halves, no BigInt). */
export function fnv1a64(s: string): string {
  const n = encodeUtf8(s);
  const b = utf8;
  // The state as two 32-bit halves. The prime is 2^40 + 0x1b3, so h * prime = h * 0x1b3 +
  // (lo << 40) mod 2^64: the low half times 0x1b3 is done in 16-bit pieces (int32 arithmetic
  // only), its carry and `lo << 8` go into the high half.
  let hi = 0xcbf29ce4 | 0;
  let lo = 0x84222325 | 0;
  for (let i = 0; i < n; i++) {
    const x = lo ^ b[i];
    const p0 = (x & 0xffff) * 0x1b3;
    const p1 = (x >>> 16) * 0x1b3 + (p0 >>> 16);
    lo = ((p1 & 0xffff) << 16) | (p0 & 0xffff);
    hi = (Math.imul(hi, 0x1b3) + (p1 >>> 16) + (x << 8)) | 0;
  }
  hi >>>= 0;
  lo >>>= 0;
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The key of an already normalised text (so `assignKeys` normalises each claim only once). */
function keyOfNormalised(kind: ClaimKind, normalised: string, occurrence: number): string {
  return fnv1a64(`${kind}\u0000${normalised}\u0000${occurrence}`);
}

/** A stable short key for a claim of `kind` with `text`, the `occurrence`-th with that normalised text. */
export function claimKey(kind: ClaimKind, text: string, occurrence = 0): string {
  return keyOfNormalised(kind, normaliseForKey(text), occurrence);
}

/**
 * Assigns keys to claims in text order: `material` gives the text a claim's key is built from;
 * identical normalised material gets occurrence 0, 1, 2, … .
 */
export function assignKeys<T extends { kind: ClaimKind }>(claims: T[], material: (c: T) => string): Array<T & { key: string }> {
  const seen = new Map<string, number>();
  return claims.map((c) => {
    const norm = normaliseForKey(material(c));
    const id = c.kind + '\u0000' + norm;
    const occ = seen.get(id) ?? 0;
    seen.set(id, occ + 1);
    return { ...c, key: keyOfNormalised(c.kind, norm, occ) };
  });
}
