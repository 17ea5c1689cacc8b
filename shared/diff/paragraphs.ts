/** A run of a text: JS string indices, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Longest unit the paragraph alignment works with; longer blocks are cut at lines, then sentences. */
export const MAX_UNIT_CHARS = 4000;

const BLANK_LINE = /\n[^\S\n]*\n/g;
const LINE_BREAK = /\n/g;
// End of a sentence: terminal punctuation, optional closing quotes/brackets, then whitespace.
const SENTENCE_END = /[.!?…]+["'”»)\]]*\s+/g;
const WS = /\s/;
const DIGIT = /\d/;

/**
 * Splits a text into alignment units: blank-line separated paragraphs with surrounding
 * whitespace trimmed off (the whitespace stays between units). A paragraph longer than
 * `maxChars` is cut into its lines, a line into its sentences, and a sentence without end at
 * content-defined word boundaries, so that an edit moves no unit boundary but its own.
 */
export function splitUnits(text: string, maxChars = MAX_UNIT_CHARS): TextSpan[] {
  const units: TextSpan[] = [];
  let blockStart = 0;
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    addBlock(text, blockStart, m.index, maxChars, units, 0);
    blockStart = m.index + m[0].length;
  }
  addBlock(text, blockStart, text.length, maxChars, units, 0);
  return units;
}

// level 0: paragraph, 1: line, 2: sentence.
function addBlock(text: string, start: number, end: number, maxChars: number, out: TextSpan[], level: number): void {
  while (start < end && WS.test(text[start])) start++;
  while (end > start && WS.test(text[end - 1])) end--;
  if (start >= end) return;
  if (end - start <= maxChars) {
    out.push({ start, end });
    return;
  }
  const parts = level === 0 ? pieces(text, start, end, LINE_BREAK) : level === 1 ? pieces(text, start, end, SENTENCE_END) : [];
  if (parts.length > 1) {
    for (const p of parts) addBlock(text, p.start, p.end, maxChars, out, level + 1);
  } else if (level < 2) {
    addBlock(text, start, end, maxChars, out, level + 1);
  } else {
    contentCut(text, start, end, maxChars, out);
  }
}

// Pieces of [start, end) separated just after each match of `re` (the match stays with the left piece).
function pieces(text: string, start: number, end: number, re: RegExp): TextSpan[] {
  const out: TextSpan[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const cut = m.index + m[0].length;
    if (cut >= slice.length) break;
    out.push({ start: start + from, end: start + cut });
    from = cut;
  }
  out.push({ start: start + from, end });
  return out;
}

// Cuts text without line or sentence breaks before words chosen by their first characters
// alone (content-defined chunking, about one word in 32): after an edit, later cuts fall on the
// same words, so the units re-align instead of all shifting. Only a stretch of `maxChars`
// without such a word is cut at its last space.
function contentCut(text: string, start: number, end: number, maxChars: number, out: TextSpan[]): void {
  let s = start;
  let lastSpace = -1;
  const emit = (cut: number) => {
    let e = cut;
    while (e > s && WS.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    s = cut;
    while (s < end && WS.test(text[s])) s++;
    lastSpace = -1;
  };
  for (let i = start + 1; i < end; i++) {
    if (i - s >= maxChars) {
      emit(lastSpace > s ? lastSpace : isLowSurrogate(text.charCodeAt(i)) ? i - 1 : i);
      if (i < s) i = s;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) continue;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 32;
    if (next === 32 || next === 9 || next === 10 || next === 13 || next === 0xa0) continue;
    // Never inside a digit group such as `1 700`.
    if (DIGIT.test(text[i - 1]) && next >= 48 && next <= 57) continue;
    lastSpace = i;
    const c2 = i + 2 < end ? text.charCodeAt(i + 2) : 0;
    const c3 = i + 3 < end ? text.charCodeAt(i + 3) : 0;
    if (((next * 31 + c2 * 7 + c3) & 31) === 0) emit(i);
  }
  if (s < end) out.push({ start: s, end });
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
