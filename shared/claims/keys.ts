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

const QUOTES = /[„”“"«»‚‘’'‹›]/gu;
const DASHES = /[-‐‑‒–—―−]/gu;
const NUMBER = /\d+(?:[ \u00a0\u202f.,]\d+)*/gu;

/** The normalised form of a claim text used for its key (see the module comment). */
export function normaliseForKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(NUMBER, '#')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** FNV-1a 64-bit over the UTF-8 bytes of `s`, as 16 hex digits (two 32-bit halves, no BigInt). */
export function fnv1a64(s: string): string {
  // 64-bit state as four 16-bit limbs (h3 highest) so every product stays exact in doubles.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const step = (byte: number) => {
    h0 ^= byte;
    // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3;
    const t3 = h3 * 0x1b3;
    // 2^40 = limb 2 shifted by 8 bits.
    const s2 = t2 + (h0 << 8);
    const s3 = t3 + (h1 << 8);
    let c = t0;
    h0 = c & 0xffff;
    c = t1 + (c >>> 16);
    h1 = c & 0xffff;
    c = s2 + Math.floor(c / 0x10000);
    h2 = c & 0xffff;
    c = s3 + Math.floor(c / 0x10000);
    h3 = c & 0xffff;
  };
  for (let i = 0; i < s.length; i++) {
    let cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 0x80) step(cp);
    else if (cp < 0x800) {
      step(0xc0 | (cp >> 6));
      step(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      step(0xe0 | (cp >> 12));
      step(0x80 | ((cp >> 6) & 0x3f));
      step(0x80 | (cp & 0x3f));
    } else {
      step(0xf0 | (cp >> 18));
      step(0x80 | ((cp >> 12) & 0x3f));
      step(0x80 | ((cp >> 6) & 0x3f));
      step(0x80 | (cp & 0x3f));
    }
    cp = 0;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** A stable short key for a claim of `kind` with `text`, the `occurrence`-th with that normalised text. */
export function claimKey(kind: ClaimKind, text: string, occurrence = 0): string {
  return fnv1a64(`${kind}\u0000${normaliseForKey(text)}\u0000${occurrence}`);
}

/**
 * Assigns keys to claims in text order: `material` gives the text a claim's key is built from;
 * identical normalised material gets occurrence 0, 1, 2, … .
 */
export function assignKeys<T extends { kind: ClaimKind }>(claims: T[], material: (c: T) => string): Array<T & { key: string }> {
  const seen = new Map<string, number>();
  return claims.map((c) => {
    const text = material(c);
    const id = c.kind + '\u0000' + normaliseForKey(text);
    const occ = seen.get(id) ?? 0;
    seen.set(id, occ + 1);
    return { ...c, key: claimKey(c.kind, text, occ) };
  });
}
