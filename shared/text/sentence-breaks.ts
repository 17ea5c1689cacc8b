/**
 * UAX #29 sentence boundaries for plain Latin text, in JavaScript. Intl.Segmenter gives the same
 * breaks, but crossing into ICU costs several times more than this scan; a chunk with any
 * character outside the small alphabet below is left to the segmenter. Line breaks count as spaces
 * (the caller segments wrapped lines that way). Checked against Intl.Segmenter by
 * tests/unit/text/sentence-breaks.test.ts.
 */

// Sentence_Break classes of the alphabet (0 = not handled here).
const SB_NONE = 0;
const SB_SP = 1;
const SB_LOWER = 2;
const SB_UPPER = 3;
const SB_NUMERIC = 4;
const SB_ATERM = 5;
const SB_STERM = 6;
const SB_CLOSE = 7;
const SB_SCONTINUE = 8;
const SB_OTHER = 9;

const SB_CLASS = new Uint8Array(0x2100);
for (const c of [0x20, 0x09, 0x0a, 0x0d, 0xa0]) SB_CLASS[c] = SB_SP;
for (let c = 0x61; c <= 0x7a; c++) SB_CLASS[c] = SB_LOWER;
for (let c = 0x41; c <= 0x5a; c++) SB_CLASS[c] = SB_UPPER;
for (let c = 0x30; c <= 0x39; c++) SB_CLASS[c] = SB_NUMERIC;
// Latin-1 and Latin Extended-A letters are all Lu or Ll.
for (let c = 0xc0; c < 0x180; c++) {
  if (c === 0xd7 || c === 0xf7) continue;
  const ch = String.fromCharCode(c);
  SB_CLASS[c] = /\p{Lu}/u.test(ch) ? SB_UPPER : /\p{Ll}/u.test(ch) ? SB_LOWER : SB_NONE;
}
SB_CLASS[0x2e] = SB_ATERM;
SB_CLASS[0x21] = SB_STERM;
SB_CLASS[0x3f] = SB_STERM;
for (const c of '"\'()[]{}«»‘’‚‛“”„‟‹›') SB_CLASS[c.charCodeAt(0)] = SB_CLOSE;
for (const c of ',-:;–—') SB_CLASS[c.charCodeAt(0)] = SB_SCONTINUE;
for (const c of '#$%&*+/<=>@\\^_`|~…€§°×÷‐‑‒―') SB_CLASS[c.charCodeAt(0)] = SB_OTHER;

/**
 * Pushes onto `raw` the start of every sentence of text[start, end) as Intl.Segmenter (sentence
 * granularity) would return them for that chunk alone, and returns true; returns false, pushing
 * nothing, when the chunk holds a character this scan does not handle.
 */
export function latinSentenceStarts(text: string, start: number, end: number, raw: number[]): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2100 || SB_CLASS[c] === SB_NONE) return false;
  }
  raw.push(start);
  let i = start;
  while (i < end) {
    const k = SB_CLASS[text.charCodeAt(i)];
    if (k !== SB_ATERM && k !== SB_STERM) {
      i++;
      continue;
    }
    // A terminator, then Close* Sp*: the only place a break may follow (SB9, SB10, SB11).
    let p = i + 1;
    while (p < end && SB_CLASS[text.charCodeAt(p)] === SB_CLOSE) p++;
    while (p < end && SB_CLASS[text.charCodeAt(p)] === SB_SP) p++;
    if (p >= end) break;
    const next = SB_CLASS[text.charCodeAt(p)];
    // SB8a: another terminator or a continuation follows (the last terminator decides).
    if (next === SB_ATERM || next === SB_STERM || next === SB_SCONTINUE) {
      i = p;
      continue;
    }
    if (k === SB_ATERM) {
      if (p === i + 1) {
        // SB6: `3.5`; SB7: `U.S.A`, `e.g.The`.
        if (next === SB_NUMERIC) {
          i = p;
          continue;
        }
        const before = i > start ? SB_CLASS[text.charCodeAt(i - 1)] : SB_NONE;
        if (next === SB_UPPER && (before === SB_UPPER || before === SB_LOWER)) {
          i = p;
          continue;
        }
      }
      // SB8: no break when the next letter (past non-letters) is lower-case.
      let q = p;
      let kq = next;
      while (kq !== SB_LOWER && kq !== SB_UPPER && kq !== SB_ATERM && kq !== SB_STERM) {
        if (++q >= end) break;
        kq = SB_CLASS[text.charCodeAt(q)];
      }
      if (q < end && kq === SB_LOWER) {
        i = p;
        continue;
      }
    }
    raw.push(p);
    i = p;
  }
  return true;
}
