import type { Language } from '../sources';
import type { Sentence } from './types';
import { abbreviationKind, wordBeforeDot } from './abbreviations';
import { findQuotePairs, outermostPairs } from './quote-marks';
import { speechVerb } from '../claims/speech-verbs';
import { latinSentenceStarts } from './sentence-breaks';

// Intl.Segmenter is linear at sentence granularity, but we still never hand it a huge string:
// long prose blocks are cut at a sentence-looking point into chunks of about this size.
const CHUNK = 6000;
// A quote longer than this is not kept inside one unit (a stray mark must not swallow an article).
const MAX_QUOTE_UNIT = 4000;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: Language): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

const LIST_MARKER = /^[ \t]*(?:[*•·▪◦‣]|\d{1,3}[.)]|[a-z]\))[ \t]+\S/u;
const DASH_LINE = /^[ \t]*[-–—][ \t]+\S/u;
const TERMINAL = /[.!?…;:,]$/u;
const CLOSING_QUOTES = '"”“»«’\'″';
// Sentence-initial words after which `2022 r.` is an adverbial, not the end of a sentence.
const ADVERBIAL_START = new Set([
  'w', 'we', 'od', 'do', 'po', 'przed', 'na', 'pod', 'z', 'za', 'latem', 'wiosną', 'jesienią', 'zimą',
  'już', 'jeszcze', 'dopiero', 'także', 'również', 'około', 'ok', 'pomiędzy', 'między', 'aż', 'dzięki', 'wraz',
]);
const EN_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'he', 'she', 'they', 'we', 'i', 'but', 'and', 'this', 'that',
  'these', 'those', 'there', 'however', 'as', 'after', 'before', 'when', 'while', 'if', 'for', 'its', 'his',
  'her', 'their', 'our', 'some', 'many', 'most', 'no', 'yet', 'so', 'meanwhile', 'still', 'then', 'what',
]);

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}
function isLowerLetter(c: string | undefined): boolean {
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

interface Block {
  start: number;
  end: number;
  kind: Sentence['kind'] | 'prose';
  /** Raw Intl.Segmenter starts (absolute offsets, any order) of a prose block. */
  raw?: number[];
}

/** One paragraph's blocks, before sentence splitting. */
interface ParagraphBlocks {
  blocks: Block[];
  nonEmpty: number;
  paragraph: number;
}

/**
 * Splits an article into sentence-like units (sentences, headlines, list items) with
 * `Intl.Segmenter` plus repairs for Polish/English abbreviations, sentences starting with a digit,
 * multi-sentence quotes with their attribution, headline lines and lists. Linear in text length.
 */
export function splitSentences(text: string, lang: Language, bodyStart = 0): Sentence[] {
  const out: Sentence[] = [];
  // (With single-line paragraphs, a line that is only an attribution tail — `— podkreślił.` under a
  // block quote — still belongs to the line above.)
  // (A blank line inside a sentence — a web copy's broken line, `we can turn` / `the tide," Baqir said` — is
  // no paragraph break: after a letter or a comma, before a lower-case letter.)
  const paraRe = singleNewlineParagraphs(text, bodyStart) ? /\n(?![ \t]*[-–—][ \t]+\p{Ll})(?:[ \t\r]*\n)*/gu : /(?<![\p{L},\s])\n(?:[ \t\r]*\n)+|\n(?:[ \t\r]*\n)+(?![ \t\r\n]*\p{Ll})/gu;
  let paragraph = 0;
  let pos = 0;
  const paras: ParagraphBlocks[] = [];
  for (;;) {
    const m = paraRe.exec(text);
    const pEnd = m ? m.index : text.length;
    const start = Math.max(pos, bodyStart);
    if (start < pEnd) paras.push(paragraphBlocks(text, start, pEnd, paragraph));
    if (!m) break;
    pos = m.index + m[0].length;
    paragraph++;
  }
  // All prose blocks are segmented first, in a few Intl.Segmenter calls (see segmentBlocks).
  const prose: Block[] = [];
  for (const p of paras) for (const b of p.blocks) if (b.kind === 'prose') prose.push(b);
  segmentBlocks(text, prose, lang);
  for (const p of paras) emitParagraph(text, p, lang, out);
  return out;
}

/**
 * True when the text separates paragraphs by single line breaks (web copies: no blank line after
 * the body starts, and lines far longer than a hard-wrapped text's), so every line is a paragraph.
 */
function singleNewlineParagraphs(text: string, bodyStart: number): boolean {
  let lines = 0;
  let longest = 0;
  let lineStart = bodyStart;
  let blank = false;
  for (let i = bodyStart; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    const len = i - lineStart;
    if (len > longest) longest = len;
    if (i < text.length) {
      lines++;
      if (text.slice(lineStart, i).trim() === '' && i > bodyStart) blank = true;
    }
    lineStart = i + 1;
    if (blank) return false;
  }
  return lines >= 2 && longest > 110;
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return [start, end];
}

function push(text: string, out: Sentence[], start: number, end: number, paragraph: number, kind: Sentence['kind']): void {
  const [s, e] = trimRange(text, start, end);
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), paragraph, kind });
}

function lineEndsTerminal(text: string, start: number, end: number): boolean {
  const [s, e] = trimRange(text, start, end);
  if (e <= s) return true;
  let k = e;
  while (k > s && CLOSING_QUOTES.includes(text[k - 1])) k--;
  return TERMINAL.test(text.slice(Math.max(s, k - 1), k)) || k === s;
}

function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const w = !/\s/u.test(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

const WRAPPED_END = /(?:,|(?:^|\s)(?:the|a|an|of|to|and|or|that|with|for|in|on|by|from|at|as|is|was|were|are|has|have|had|will|would|its|his|her|their|w|we|z|ze|na|do|że|iż|oraz|i|a|się|jest|są|o|od|po|przez|dla|który|która|które))$/u;

function headlineLike(text: string, start: number, end: number): boolean {
  const [s, e] = trimRange(text, start, end);
  if (e - s === 0 || e - s > 250) return false;
  if (lineEndsTerminal(text, s, e)) return false;
  if (DASH_LINE.test(text.slice(s, Math.min(e, s + 4)))) return false;
  // A line ending in a comma or a function word (`… Cyrus Vance said that with`) is a hard-wrapped
  // sentence going on, never a title.
  if (WRAPPED_END.test(text.slice(Math.max(s, e - 12), e))) return false;
  // A long line with a comma clause (`… skrytykował Jan Grabiec, szef Kancelarii …`) is a sentence
  // whose final period was lost, not a headline.
  const words = wordCount(text, s, e);
  if (words > 12 && /,\s+\p{Ll}/u.test(text.slice(s, e))) return false;
  return words <= 30;
}

/** True when a dash line carries a speech-verb attribution (`… – powiedział X`): a quote, not a list item. */
function hasDashAttribution(line: string): boolean {
  const re = /\s[-–—]\s*(\p{L}+)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) if (speechVerb(m[1], undefined)) return true;
  return false;
}

/** Appends prose `[s, e)` to `blocks`, extending a prose block that ends before it. */
function addProse(blocks: Block[], s: number, e: number): void {
  const last = blocks[blocks.length - 1];
  if (last && last.kind === 'prose' && last.end <= s) last.end = e;
  else blocks.push({ start: s, end: e, kind: 'prose' });
}

/** Splits a paragraph into headline, list-item and prose blocks. */
function paragraphBlocks(text: string, pStart: number, pEnd: number, paragraph: number): ParagraphBlocks {
  // Lines with their ranges.
  const lines: Array<[number, number]> = [];
  let ls = pStart;
  for (let i = pStart; i <= pEnd; i++) {
    if (i === pEnd || text[i] === '\n') {
      lines.push([ls, i]);
      ls = i + 1;
    }
  }
  const nonEmpty = lines.filter(([s, e]) => trimRange(text, s, e)[1] > trimRange(text, s, e)[0]);
  const markerLines = nonEmpty.filter(([s, e]) => LIST_MARKER.test(text.slice(s, Math.min(e, s + 8))));
  const dashLines = nonEmpty.filter(([s, e]) => DASH_LINE.test(text.slice(s, Math.min(e, s + 6))));
  // In Polish news a line opened by a dash is usually a quote; it is a list only when several
  // short dash lines stand together and none carries an attribution.
  const dashList =
    dashLines.length >= 2 &&
    dashLines.length >= nonEmpty.length - 1 &&
    dashLines.every(([s, e]) => e - s <= 200 && !hasDashAttribution(text.slice(s, e)));
  const isList = markerLines.length >= 2 || (markerLines.length === 1 && nonEmpty.length === 1 && /^[ \t]*[*•·▪◦‣]/u.test(text.slice(markerLines[0][0], markerLines[0][1]))) || dashList;

  const blocks: Block[] = [];
  if (isList) {
    let cur: Block | null = null;
    for (const [s, e] of nonEmpty) {
      const line = text.slice(s, Math.min(e, s + 8));
      if (LIST_MARKER.test(line) || (dashList && DASH_LINE.test(line))) {
        cur = { start: s, end: e, kind: 'list-item' };
        blocks.push(cur);
      } else if (cur) {
        cur.end = e; // continuation line of an item
      } else if (headlineLike(text, s, e)) {
        blocks.push({ start: s, end: e, kind: 'headline' });
      } else {
        addProse(blocks, s, e);
      }
    }
  } else if (nonEmpty.length === 1) {
    const [s, e] = nonEmpty[0];
    blocks.push({ start: s, end: e, kind: headlineLike(text, s, e) ? 'headline' : 'prose' });
  } else {
    // A short unpunctuated line followed by a line starting a new sentence is a headline line
    // (a title directly above its text); otherwise lines are wrapped prose.
    for (let k = 0; k < nonEmpty.length; k++) {
      const [s, e] = nonEmpty[k];
      const prevTerminal = k === 0 || lineEndsTerminal(text, nonEmpty[k - 1][0], nonEmpty[k - 1][1]) || blocks[blocks.length - 1]?.kind === 'headline';
      const next = nonEmpty[k + 1];
      const nextStartsNew = next ? /^[ \t]*[\p{Lu}\d"„“«»\-–—]/u.test(text.slice(next[0], next[0] + 3)) : true;
      if (prevTerminal && nextStartsNew && e - s <= 120 && headlineLike(text, s, e)) blocks.push({ start: s, end: e, kind: 'headline' });
      else addProse(blocks, s, e);
    }
  }

  return { blocks, nonEmpty: nonEmpty.length, paragraph };
}

/** Emits a paragraph's units (its prose blocks already carry their raw segment starts). */
function emitParagraph(text: string, p: ParagraphBlocks, lang: Language, out: Sentence[]): void {
  const paragraph = p.paragraph;
  for (const b of p.blocks) {
    if (b.kind !== 'prose') {
      push(text, out, b.start, b.end, paragraph, b.kind);
      continue;
    }
    const units = segmentProse(text, b.start, b.end, lang, b.raw!);
    if (units.length === 1 && p.nonEmpty === 1 && headlineLike(text, units[0][0], units[0][1])) {
      push(text, out, units[0][0], units[0][1], paragraph, 'headline');
      continue;
    }
    for (const [s, e] of units) push(text, out, s, e, paragraph, 'sentence');
  }
}

/** A chunk of a prose block waiting for Intl.Segmenter. */
interface PendingChunk {
  block: Block;
  cs: number;
  chunk: string;
}

/**
 * Fills `raw` (Intl.Segmenter starts, absolute offsets) of every prose block. Blocks are cut into
 * chunks of about CHUNK characters; a one-sentence chunk needs no segmenter, the others are
 * joined with U+2029 (a paragraph separator: UAX #29 always breaks after it, and no rule looks
 * across it) into strings of about CHUNK characters, so the segmenter is called a few times per
 * article instead of once per paragraph. Segments are walked with `containing()`, about twice as
 * fast as the segments' iterator in V8. Plain Latin chunks skip the segmenter (`latinSentenceStarts`).
 */
function segmentBlocks(text: string, blocks: Block[], lang: Language): void {
  const pending: PendingChunk[] = [];
  let joinedLength = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const joined = pending.length === 1 ? pending[0].chunk : pending.map((p) => p.chunk).join('\u2029');
    const segs = segmenter(lang).segment(joined);
    let j = 0;
    let off = 0; // offset of pending[j] in `joined`
    for (let k = 0; k < joined.length; ) {
      const seg = segs.containing(k)!;
      const idx = seg.index;
      while (j + 1 < pending.length && idx >= off + pending[j].chunk.length + 1) {
        off += pending[j].chunk.length + 1;
        j++;
      }
      pending[j].block.raw!.push(pending[j].cs + idx - off);
      k = idx + seg.segment.length;
    }
    pending.length = 0;
    joinedLength = 0;
  };
  for (const b of blocks) {
    b.raw = [];
    const { start, end } = b;
    let cs = start;
    while (cs < end) {
      let ce = Math.min(end, cs + CHUNK);
      if (ce < end) {
        // Cut after sentence-final punctuation + space if there is one in the last 2000 chars.
        let cut = -1;
        for (let i = ce - 1; i > ce - 2000 && i > cs; i--) {
          if (/\s/u.test(text[i]) && /[.!?…]/u.test(text[i - 1])) {
            cut = i + 1;
            break;
          }
        }
        if (cut < 0) for (let i = ce - 1; i > ce - 2000 && i > cs; i--) if (/\s/u.test(text[i])) { cut = i + 1; break; }
        if (cut > cs) ce = cut;
      }
      if (oneSentence(text, cs, ce)) b.raw.push(cs);
      else if (!latinSentenceStarts(text, cs, ce, b.raw)) {
        // Newlines inside a prose block are wrapped lines: segment them as spaces (same length).
        const chunk = text.slice(cs, ce).replace(/[\n\r]/g, ' ');
        pending.push({ block: b, cs, chunk });
        joinedLength += chunk.length + 1;
        if (joinedLength >= CHUNK) flush();
      }
      cs = ce;
    }
  }
  flush();
}

// For `oneSentence`: 1 = a character that can never start or end a UAX #29 sentence break (no
// STerm/ATerm, no paragraph separator), 2 = a sentence terminator `.` `!` `?`, 3 = Close (quotes,
// closing brackets), 4 = Sp. Everything else (0) is left to Intl.Segmenter.
const SB_SAFE = new Uint8Array(0x2100);
for (let c = 0x20; c < 0x7f; c++) SB_SAFE[c] = 1;
for (let c = 0xc0; c < 0x250; c++) SB_SAFE[c] = 1;
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x20ac]) SB_SAFE[c] = 1;
for (const c of '.!?') SB_SAFE[c.charCodeAt(0)] = 2;
for (const c of '"\'”’»)]') SB_SAFE[c.charCodeAt(0)] = 3;
for (const c of '„“‘«([') SB_SAFE[c.charCodeAt(0)] = 1;
for (const c of [0x20, 0x09, 0x0a, 0x0d, 0xa0]) SB_SAFE[c] = 4;

/**
 * True when Intl.Segmenter would return one segment for text[start, end): only plain Latin text,
 * whose sole terminators form the final run `[.!?]+ Close* Sp*`. UAX #29 breaks only after a
 * terminator run (SB11) or a paragraph separator (SB4), so such a chunk has no inner break; the
 * check saves running the segmenter over the many one-sentence paragraphs of news text.
 */
function oneSentence(text: string, start: number, end: number): boolean {
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = c < 0x2100 ? SB_SAFE[c] : 0;
    if (k === 2) break;
    if (k === 0) return false;
  }
  while (i < end && text.charCodeAt(i) < 0x80 && SB_SAFE[text.charCodeAt(i)] === 2) i++;
  while (i < end && text.charCodeAt(i) < 0x2100 && SB_SAFE[text.charCodeAt(i)] === 3) i++;
  while (i < end && text.charCodeAt(i) < 0x2100 && SB_SAFE[text.charCodeAt(i)] === 4) i++;
  return i === end;
}

function segmentProse(text: string, start: number, end: number, lang: Language, raw: number[]): Array<[number, number]> {
  const set = new Set<number>(raw);
  set.add(start);

  // Missed breaks: `Brukseli. 12 stycznia odbędzie się…` (UAX #29 does not break before a digit
  // that is followed by a lower-case word).
  const digitRe = /([.!?…])(["”»’)]*)(\s+)(?=\d)/gu;
  const block = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = digitRe.exec(block))) {
    const punct = start + m.index;
    if (m[1] === '.') {
      const w = wordBeforeDot(text, punct);
      if (w === '' || abbreviationKind(w, lang) === 'continue' || w.length === 1) continue;
    }
    set.add(punct + 1 + m[2].length + m[3].length);
  }

  // `…bronić". - USA konsultują…`: a dash is SContinue in UAX #29, so a dash-introduced quote after
  // a full stop gets no break of its own.
  // (Also a dash glued to the capital it opens: `… uczynić - mówi J.P. Kopański. -Chcemy …`.)
  // (…or a number and a word opening the line: `… Powiatowych. – 14 listopada podpisywaliśmy umowę`, not
  // a figure in a list: `w 2023 r. – 38, a w 2024 r. – 67`.)
  const dashRe = /([.!?…])(["”»’)]*)(\s+)(?=[-–—](?:\s+[\p{Lu}"„«'‚]|\s+\p{N}+\s+\p{Ll}{3}|\p{Lu}\p{Ll}))/gu;
  while ((m = dashRe.exec(block))) {
    const punct = start + m.index;
    if (m[1] === '.') {
      const w = wordBeforeDot(text, punct);
      if (w !== '' && (abbreviationKind(w, lang) === 'continue' || (w.length === 1 && isUpper(w)))) continue;
    }
    set.add(punct + 1 + m[2].length + m[3].length);
  }

  // `… has dwindled.“We used to say …`: a quotation opened right after a full stop, with no space.
  // (A plain scan for the rare pair first: a Unicode-property regex over every block costs more.)
  const gluedRe = /[.!?][“„«]/g;
  while ((m = gluedRe.exec(block))) {
    const punct = start + m.index;
    if (!isLowerLetter(text[punct - 1]) || !isLowerLetter(text[punct - 2]) || !isUpper(text[punct + 2])) continue;
    if (text[punct] === '.') {
      const w = wordBeforeDot(text, punct);
      if (w !== '' && abbreviationKind(w, lang) === 'continue') continue;
    }
    set.add(punct + 1);
  }

  let starts = [...set].filter((s) => s >= start && s < end).sort((a, b) => a - b);

  // Repairs that remove wrong breaks.
  const pairs = outermostPairs(findQuotePairs(text, start, end)).filter((p) => p.close - p.open <= MAX_QUOTE_UNIT);
  let pi = 0;
  const kept: number[] = [];
  for (const s of starts) {
    if (kept.length === 0) {
      kept.push(s);
      continue;
    }
    // Inside a quotation: keep a multi-sentence quote whole.
    while (pi < pairs.length && pairs[pi].close < s) pi++;
    if (pi < pairs.length && pairs[pi].open < s && s <= pairs[pi].close) continue;
    if (!wrongBreak(text, s, kept[kept.length - 1], lang)) kept.push(s);
  }
  starts = kept;
  const units: Array<[number, number]> = [];
  for (let k = 0; k < starts.length; k++) units.push([starts[k], k + 1 < starts.length ? starts[k + 1] : end]);
  return units;
}

/** A company's abbreviated legal form, written with a dot (`Shopify Inc.`, `Loblaw Cos.`). */
export const COMPANY_ABBR = /^(?:Inc|Corp|Co|Cos|Ltd|Bros)$/;
/** A second legal form that may follow the first (`Loblaw Cos. Ltd.`). */
export const SECOND_LEGAL_FORM = /^(?:Inc|Ltd|Plc|LLC)$/;

/** True when Intl.Segmenter's break at `s` is wrong: after an abbreviation, an initial, or before an attribution tail. */
function wrongBreak(text: string, s: number, segStart: number, lang: Language): boolean {
  let k = s;
  while (k > segStart && /\s/u.test(text[k - 1])) k--;
  const last = text[k - 1];
  const next = text[s];
  // `"…" - powiedział X` / `"…."- Powiedział prezydent`: an attribution tail belongs to its quote.
  if (/[-–—]/u.test(next ?? '')) {
    const tail = /^[-–—]\s*(\p{L}+)/u.exec(text.slice(s, s + 40));
    const beforeLast = text[k - 2];
    if (tail && CLOSING_QUOTES.includes(last ?? '') && (speechVerb(tail[1], undefined) || tail[1] === tail[1].toLowerCase())) return true;
    // (Not a reflexive verb of feeling opening a new line: `”. – Cieszy się to takim powodzeniem …`.)
    if (tail && CLOSING_QUOTES.includes(beforeLast ?? '') && /[.!?]/.test(last ?? '') && speechVerb(tail[1], undefined) && !speechVerb(tail[1], undefined)!.reflexive) return true;
    return false;
  }
  // `"… two years?" he asked.`: a question or exclamation closed by its quotation mark runs on into
  // a lower-case attribution.
  // (Also a capitalised speaker: `"… a price?" Milei said, after …`, `"…?" Mr Smith asked.`)
  if (CLOSING_QUOTES.includes(last ?? '') && /[?!]/.test(text[k - 2] ?? '')) {
    if (/^\p{Ll}/u.test(next ?? '')) {
      const w = /^\p{L}+\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(s, s + 40));
      if (w && speechVerb(w[1], undefined)) return true;
      // (`"…?" a reporter asked.`: an article and a noun before the verb.)
      if (w && w[2] && /^(a|an|the|one)\s/i.test(text.slice(s, s + 4)) && speechVerb(w[2], lang)) return true;
    } else if (isUpper(next)) {
      const words = text.slice(s, s + 60).split(/\s+/).slice(0, 4);
      for (let q = 1; q < words.length; q++) {
        const wq = /^(\p{Ll}+)([,.]?)$/u.exec(words[q]);
        if (!wq) {
          if (/^\p{Lu}[\p{L}'’-]*\.?$/u.test(words[q])) continue;
          break;
        }
        return !!speechVerb(wq[1], lang) && /^\p{Lu}\p{Ll}/u.test(words[0]) && !EN_FUNCTION_WORDS.has(words[0].toLowerCase());
      }
    }
  }
  if (last !== '.') return false;
  // (`Canada Mortgage and Housing Corp. (CMHC) said`: a bracketed acronym and a lower-case word after a
  // company abbreviation go on with the sentence.)
  if (next === '(' && /^(?:inc|corp|co|ltd)$/i.test(wordBeforeDot(text, k - 1)) && /^\(\p{Lu}[\p{Lu}\p{N}&]{1,9}\)\s+\p{Ll}/u.test(text.slice(s, s + 16))) return true;
  // (`Larry L. “Butch” Brown`: an initial before a nickname in quotation marks.)
  if (/[“"„«]/u.test(next ?? '') && isUpper(text[s + 1] ?? '') && /[“"„«]\p{Lu}\p{Ll}+[”"»]\s+\p{Lu}/u.test(text.slice(s, s + 40))) {
    const w = wordBeforeDot(text, k - 1);
    if (w.length === 1 && isUpper(w)) return true;
  }
  // (`Loblaw Cos. Ltd. said`, `Acme Co. Inc.`: a company abbreviation before a second legal form.)
  if (/^(?:Inc|Ltd|Plc|LLC)\.?\s/u.test(text.slice(s, s + 6)) && COMPANY_ABBR.test(wordBeforeDot(text, k - 1))) return true;
  if (!(isUpper(next) || isDigit(next))) return false;
  // A Polish ordinal after a preposition: `podczas 43. Ogólnopolskiej Pielgrzymki`, `na 5. Festiwalu`.
  if (lang === 'pl' && isUpper(next) && /(?:^|\s)(?:w|we|na|do|z|ze|po|od|podczas|przed|za|dla|o|przy|wśród|W|Na|Do|Podczas|Po|Przed|Z|Od)\s+\d{1,3}$/u.test(text.slice(Math.max(segStart, k - 16), k - 1))) return true;
  const word = wordBeforeDot(text, k - 1);
  if (word === '') return false;
  // Initials: `George W. Bush`, `J. Smith`.
  if (word.length === 1 && isUpper(word) && isUpper(next)) return true;
  let kind = abbreviationKind(word, lang);
  // Two-word ranks (`sierż. sztab.`, `st. asp.`): the word before may complete the abbreviation.
  // (Only where a dot and a space stand right before the word.)
  if (kind === null && text.charCodeAt(k - 2 - word.length) === 32 && text.charCodeAt(k - 3 - word.length) === 46) {
    const before = /(\p{L}+)\. $/u.exec(text.slice(Math.max(0, k - 1 - word.length - 12), k - 1 - word.length));
    if (before && abbreviationKind(`${before[1]}. ${word}`, lang) === 'continue') kind = 'continue';
  }
  // Run-together initials (`D.J. Koh`, `J.R.R. Tolkien`) continue before a name, not before `The`.
  if (kind === null && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) && isUpper(next)) {
    const nextWord = /^\p{L}+/u.exec(text.slice(s, s + 30))?.[0]?.toLowerCase() ?? '';
    return !EN_FUNCTION_WORDS.has(nextWord);
  }
  if (kind === 'continue') return true;
  if (kind === 'ambiguous') {
    const w = word.toLowerCase();
    // `powiedział, że 7 maja br. Friedrich Merz złoży …`: a date opening a `że` clause is no sentence's end.
    if ((w === 'r' || w === 'br') && isUpper(next) && /(?:^|[\s,])(?:że|iż)\s+(?:(?:do|od|w|we)\s+)?\d{1,2}\s+\p{Ll}+(?:\s+\d{4})?\s+b?r$/u.test(text.slice(Math.max(segStart, k - 60), k - 1))) return true;
    if (w === 'r' && !isDigit(next)) {
      // `W 2005 r. Rosja wprowadziła…` continues; `…12 stycznia 2022 r. Posiedzenie…` ends.
      const seg = text.slice(segStart, k);
      const first = /^[\s"„“«]*(\p{L}+)/u.exec(seg)?.[1]?.toLowerCase() ?? '';
      return ADVERBIAL_START.has(first) && wordCount(text, segStart, k) <= 6;
    }
    if (w === 'proc' || w === 'br' || w === 'ub') {
      // `4,5 proc. PKB.`: an acronym right after continues the sentence.
      const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(s, s + 12))?.[0] ?? '';
      return nextWord.length >= 2 && nextWord === nextWord.toUpperCase();
    }
    if (w.includes('.') && isUpper(next)) {
      // `the U.S. Embassy` continues, `in the U.S. The talks…` ends.
      const nextWord = /^\p{L}+/u.exec(text.slice(s, s + 30))?.[0]?.toLowerCase() ?? '';
      return !EN_FUNCTION_WORDS.has(nextWord);
    }
  }
  return false;
}
