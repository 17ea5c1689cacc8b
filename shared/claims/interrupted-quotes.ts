import type { Claim, QuoteSpan } from './types';

type Found = Omit<Claim, 'key'>;

// The text between two pieces of one interrupted quotation, within a paragraph:
// English `…,” Scholz told reporters in Berlin. “…` / `…,” said Burke, “…` — a closing mark, the
// attribution, an opening mark; Polish dialogue `… – dodaje rolnik. – …` — a dash, the attribution,
// a dash. The attribution itself holds no quotation mark and no dash-led parenthesis.
const EN_GAP = /^[,.!?…]?[ \u00a0]*[”"’'][ \u00a0]*[^\n“”"„«»‘’]{2,200}[,.:][ \u00a0]*[“"‘„]$/u;
const PL_GAP = /^[ \u00a0][-–—][ \u00a0][^\n“”"„«»\-–—]{2,200}[,.:][ \u00a0][-–—][ \u00a0]$/u;

/** Quoted pieces of a quotation: its parts if it was joined before, else the whole span. */
function piecesOf(q: QuoteSpan): Array<{ start: number; end: number }> {
  return q.parts ? q.parts : [{ start: q.start, end: q.end }];
}

/**
 * One quotation interrupted by its attribution — `“Right now we’re clicking,” Tech ace Keely
 * Rochard said. “We’re still reaching our stride.”`, `– Zbiory są gorsze – dodaje rolnik. – Ceny
 * też.` — is one statement: the piece after the attribution joins the piece before it into one claim.
 * It happens only when the pieces share their speaker, the first piece's attribution is what stands
 * between them in the same paragraph, and the second piece has no attribution of its own (`He added:
 * “…”` or `“…” – ocenili.` starts a new statement). The claim's quote spans both pieces; `parts` keeps the quoted words.
 */
export function joinInterruptedQuotes(text: string, claims: Found[]): Found[] {
  const out: Found[] = [];
  for (const c of claims) {
    const p = out[out.length - 1];
    if (p && continues(text, p, c)) {
      const pq = p.quote!;
      const cq = c.quote!;
      const start = Math.min(p.start, c.start);
      const end = Math.max(p.end, c.end);
      out[out.length - 1] = {
        ...p,
        text: text.slice(start, end),
        start,
        end,
        date: p.date ?? c.date,
        quote: { text: text.slice(pq.start, cq.end), start: pq.start, end: cq.end, direct: true, parts: [...piecesOf(pq), ...piecesOf(cq)] },
      };
      continue;
    }
    out.push(c);
  }
  for (const c of out) if (c.quote?.direct && !c.quote.parts) paragraphParts(text, c.quote);
  return out;
}

// A paragraph break inside a quotation, with the next paragraph's opening mark (wire style: `“A …¶“B …”`).
const PARAGRAPH_REOPEN = /\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)*[“"„«][ \t\u00a0]*/gu;

/**
 * A quotation running over paragraphs, each reopened by a quotation mark (`“A …¶¶“B …¶¶“C.”`), is one
 * statement whose quoted words are one piece per paragraph: `parts` keeps them without the marks and
 * the paragraph breaks between them.
 */
function paragraphParts(text: string, q: QuoteSpan): void {
  const inner = text.slice(q.start, q.end);
  if (!inner.includes('\n')) return;
  const parts: Array<{ start: number; end: number }> = [];
  let from = q.start;
  PARAGRAPH_REOPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARAGRAPH_REOPEN.exec(inner))) {
    pushPiece(text, parts, from, q.start + m.index);
    from = q.start + m.index + m[0].length;
  }
  if (!parts.length) return;
  pushPiece(text, parts, from, q.end);
  if (parts.length > 1) q.parts = parts;
}

function pushPiece(text: string, parts: Array<{ start: number; end: number }>, a: number, b: number): void {
  while (b > a && /[\s”"’»]/u.test(text[b - 1])) b--;
  while (a < b && /\s/u.test(text[a])) a++;
  if (b > a) parts.push({ start: a, end: b });
}

function continues(text: string, p: Found, c: Found): boolean {
  const pq = p.quote;
  const cq = c.quote;
  if (!pq?.direct || !cq?.direct || !p.speaker) return false;
  // (A piece with no attribution at all goes on with the first one's speaker whoever the context
  // would have guessed: the attribution between them is the first piece's.)
  const unattributed = c.rule === 'quote.direct.context' && !c.speaker?.mention;
  if (!unattributed && (!c.speaker || p.speaker.name !== c.speaker.name)) return false;
  if (cq.start <= pq.end || p.speaker.start === undefined || p.speaker.start < pq.end || (p.speaker.end ?? 0) > cq.start) return false;
  // The second piece goes on with the first one's speaker: no mention of its own, or the same one,
  // and no attribution after it (`„…” – ocenili.` is a statement of its own).
  if (c.speaker?.mention && c.speaker.start !== p.speaker.start) return false;
  if (!/^[\s\p{P}]*$/u.test(text.slice(cq.end, c.end))) return false;
  // (…nor one the sentence splitter cut off: `“Ariane is back!” exclaimed Martin Sion`.)
  if (/^[^\S\n]*[!?.,”"’»]+[^\S\n]*\p{Ll}/u.test(text.slice(cq.end, cq.end + 40))) return false;
  const gap = text.slice(pq.end, cq.start);
  return EN_GAP.test(gap) || PL_GAP.test(gap);
}
