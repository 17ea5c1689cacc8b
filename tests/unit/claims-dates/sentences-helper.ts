import type { Sentence } from '../../../shared/text/types';

/**
 * A deliberately simple sentence splitter for these tests (the real one lives in
 * shared/text/sentences.ts): breaks after . ! ? before an upper-case letter, a digit or a quote,
 * and at line breaks.
 */
export function simpleSentences(text: string, from = 0): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+/g;
  let paragraph = 0;
  let lastEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index + m[0].length <= from) continue;
    if (/\n\s*\n/.test(text.slice(lastEnd, m.index))) paragraph++;
    lastEnd = m.index + m[0].length;
    const lineStart = Math.max(m.index, from);
    const line = text.slice(lineStart, lastEnd);
    const cut = /(?<=[.!?…])\s+(?=[\p{Lu}\d"„])/gu;
    let s = 0;
    let c: RegExpExecArray | null;
    const pieces: [number, number][] = [];
    while ((c = cut.exec(line)) !== null) {
      pieces.push([s, c.index]);
      s = c.index + c[0].length;
    }
    pieces.push([s, line.length]);
    for (const [a, b] of pieces) {
      const seg = line.slice(a, b).trim();
      if (!seg) continue;
      const start = lineStart + a + line.slice(a, b).indexOf(seg);
      out.push({ start, end: start + seg.length, text: seg, paragraph, kind: 'sentence' });
    }
  }
  return out;
}
