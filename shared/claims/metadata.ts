/**
 * Article metadata that must never become a claim: a date header (`date 2022-01`, `Data: 12.01.2022`,
 * the corpus form `2005-03-31: Title`), the title line, bylines (`Z Brukseli Łukasz Osiński`,
 * `By Jane Smith`, `PAP`) and datelines (`BRUSSELS (Reuters) -`).
 *
 * Only the first and last few lines are inspected, so this is cheap on any article size.
 */
import type { MetadataSpan } from './types';
import { isValidDate } from './timex';
import { plMonth } from './dates-pl';
import { enMonth } from './dates-en';

export interface ArticleMetadata {
  metadata: MetadataSpan[];
  /** The headline, when the article starts with one (it stays part of the body). */
  title: string | null;
  /** Article date from a header, TIMEX3-like (`2022-01`, `2022-01-12`), or null. */
  headerDate: string | null;
  /**
   * Where the article body begins: after a leading date header and any byline or dateline that
   * come before the first title/body line. A title line is part of the body (bodyStart <= title
   * start), so headline claims are still extracted; its span is reported with kind `title`.
   */
  bodyStart: number;
}

const HEADER_KEYWORD =
  /(?:publication date|data publikacji|data dodania|ostatnia aktualizacja|opublikowano|aktualizacja|published|updated|posted|dodano|dated|date|data)[ \t]*[:\-–]?[ \t]*/iy;
const CORPUS_HEADER = /(\d{4}-\d{2}(?:-\d{2})?)[ \t]*:[ \t]*/y;
const ISO_DATE = /(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?![\d])/y;
const NUMERIC_DMY = /(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])(?:[ \t]*r\.)?/y;
const DAY_MONTH_YEAR = /(\d{1,2})\.?[ \t]+(\p{L}+)\.?,?[ \t]+(\d{4})(?![\d])(?:[ \t]*(?:r\.|roku))?/uy;
const MONTH_DAY_YEAR = /(\p{L}+)\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})(?![\d])/uy;
const MONTH_YEAR = /(\p{L}+)[ \t]+(\d{4})(?![\d])(?:[ \t]*(?:r\.|roku))?/uy;
const TIME_AFTER =
  /(?:T|,?[ \t]*(?:godz\.?[ \t]*|at[ \t]+|o[ \t]+)?)\d{1,2}[:.]\d{2}(?![.]\d)(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}|[ \t]*(?:CET|CEST|UTC|GMT|[AP]M))?/iy;

const AGENCIES =
  'PAP|IAR|Reuters|AFP|AP|DPA|dpa|ANSA|TASS|Bloomberg|BBC|CNN|CBS|NBC|ABC|Fox News|CNBC|NPR|UPI|Xinhua|EFE|KAI|ISBnews|TVN24|Polsat News|RMF FM|Onet|Interia|WP|Wikinews|Associated Press|Agence France-Presse';
const AGENCY_LINE = new RegExp(`^\\(?(?:${AGENCIES})\\)?(?:\\s*[,/|;·]\\s*\\(?[\\p{L}.]+\\)?)*\\.?$`, 'u');
const PAP_INITIALS = /^\(?(?:\p{Ll}{1,4}\s*\/\s*)+\p{Ll}{0,4}\)?$/u;
const BYLINE_KEYWORD =
  /^(?:By|Autor(?:ka|zy)?|Author|Written by|Reporting by|Reported by|Edited by|Editing by|Additional reporting by|Opracowanie|Oprac\.|Tekst|Relacja|Korespondencja|Źródło|Source|Sources|Foto|Fot\.|Photo|Zdjęcie|Zdjęcia|Credit)(?:\s*:\s*|\s+)(?=\S)/u;
const BY_NAME = /^By\s+\p{Lu}/u;
const BYLINE_TITLE = /^(?:\p{Lu}[\p{L}.&'’-]*\s+){1,6}(?:Correspondent|Editor|Reporter|Writer|Journalist|Contributor|Columnist|Producer|Staff|Desk)$/u;
const FROM_PLACE_NAME = /^(?:Z|Ze)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){2,4}\p{Lu}[\p{L}'’-]*$/u;
const NAME_PLACE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?:\s*[,/]\s*\p{Lu}[\p{L} .-]{1,40})?$/u;
const DATELINE_AGENCY = new RegExp(
  `^(?:\\p{Lu}[\\p{L} ./'’-]{0,40}?(?:,[^\\n()]{1,40}?)?\\s*)?\\((?:${AGENCIES})\\)\\s*[-–—]+\\s*`,
  'u',
);
const DATELINE_CAPS = /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3})(,[^\n—–-]{1,40}?)?\s*[—–-]{1,2}\s+(?=\p{Lu}|["„“])/u;
/** Acronyms that open sentences and are not datelines (`NATO - …`). */
const NOT_PLACES = new Set(['NATO', 'USA', 'ONZ', 'UE', 'EU', 'UN', 'MSZ', 'PIS', 'PO', 'PSL', 'SLD', 'KO', 'WHO', 'IMF', 'MFW', 'US', 'UK', 'FBI', 'CIA', 'GUS', 'NBP', 'OBWE', 'OSCE']);

const HEADER_WEEKDAY = /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pon|wt|śr|czw|pt|sob|niedz|nd)\.?,?\s+/iy;

interface Line {
  start: number;
  end: number; // exclusive, without the line break
  text: string;
}

/** Parses a date written at `pos` in a header; returns its value and end, or null. */
export function parseHeaderDate(text: string, pos: number, monthFirst = false): { value: string; end: number } | null {
  let m: RegExpExecArray | null;
  let value: string | null = null;
  // A weekday before the date (`Monday, April 22, 2024`, `wtorek, 12 stycznia 2022`).
  const wd = exec(HEADER_WEEKDAY, text, pos);
  if (wd) pos += wd[0].length;
  let end = pos;
  if ((m = exec(NUMERIC_DMY, text, pos))) {
    let d = Number(m[1]);
    let mo = Number(m[3]);
    const y = Number(m[4]);
    // `1/12/2022` in an English header is month first unless the day cannot be a month.
    if (m[2] === '/' && monthFirst && mo <= 12 ? d <= 12 : false) [d, mo] = [mo, d];
    if (d > 12 && mo > 12) return null;
    if (mo > 12) [d, mo] = [mo, d];
    if (isValidDate(y, mo, d)) value = fmt(y, mo, d);
    end = pos + m[0].length;
  } else if ((m = exec(ISO_DATE, text, pos))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12) {
      if (m[3] === undefined) value = fmt(y, mo);
      else if (isValidDate(y, mo, Number(m[3]))) value = fmt(y, mo, Number(m[3]));
    }
    end = pos + m[0].length;
  } else if ((m = exec(DAY_MONTH_YEAR, text, pos))) {
    const mo = monthOf(m[2]);
    if (mo && isValidDate(Number(m[3]), mo, Number(m[1]))) value = fmt(Number(m[3]), mo, Number(m[1]));
    end = pos + m[0].length;
  } else if ((m = exec(MONTH_DAY_YEAR, text, pos))) {
    const mo = monthOf(m[1]);
    if (mo && isValidDate(Number(m[3]), mo, Number(m[2]))) value = fmt(Number(m[3]), mo, Number(m[2]));
    end = pos + m[0].length;
  } else if ((m = exec(MONTH_YEAR, text, pos))) {
    const mo = monthOf(m[1]);
    if (mo) value = fmt(Number(m[2]), mo);
    end = pos + m[0].length;
  }
  if (!value) return null;
  const t = exec(TIME_AFTER, text, end);
  if (t) end += t[0].length;
  return { value, end };
}

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function monthOf(word: string): number {
  const lc = word.toLowerCase();
  return plMonth(lc) || enMonth(lc);
}

function fmt(y: number, m: number, d?: number): string {
  return d === undefined ? `${y}-${pad2(m)}` : `${y}-${pad2(m)}-${pad2(d)}`;
}

function pad2(n: number): string {
  return (n < 10 ? '0' : '') + n;
}

/** The line starting at `pos` (without its line break). */
function lineAt(text: string, pos: number): Line {
  let e = text.indexOf('\n', pos);
  if (e < 0) e = text.length;
  let end = e;
  if (end > pos && text.charCodeAt(end - 1) === 13) end--;
  return { start: pos, end, text: text.slice(pos, end) };
}

/** Next non-blank position at or after pos (skips spaces, tabs, line breaks, BOM). */
function skipBlank(text: string, pos: number): number {
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff || c === 0xa0) pos++;
    else break;
  }
  return pos;
}

/** Trimmed sub-span of a line. */
function trimmed(line: Line): Line {
  let s = line.start;
  let e = line.end;
  const t = line.text;
  let a = 0;
  let b = t.length;
  while (a < b && /\s/.test(t[a])) a++;
  while (b > a && /\s/.test(t[b - 1])) b--;
  s = line.start + a;
  e = line.start + b;
  return { start: s, end: e, text: t.slice(a, b) };
}

/** True for a byline or credit line (`By Jane Smith`, `Autor: …`, `Z Brukseli Łukasz Osiński`, `PAP`). */
export function isBylineLine(line: string): boolean {
  if (line.length === 0 || line.length > 160) return false;
  // `(Reporting by Jane Smith; Editing by Bob Jones)`
  const t = /^\((.*)\)$/.test(line) ? line.slice(1, -1).trim() : line;
  if (t.length === 0) return false;
  const kw = BYLINE_KEYWORD.exec(t);
  if (kw) {
    if (/^By\s/u.test(t)) return BY_NAME.test(t);
    // (Without a colon the keyword may open a sentence: `Autorzy opracowania wskazują, że …`, `Źródło
    // w rządzie powiedziało PAP …` are reports, not credits. A credit line is a few words with no
    // sentence's end and no clause of what someone said.)
    if (/[:.]/u.test(kw[0])) return true;
    const rest = t.slice(kw[0].length);
    return rest.split(/\s+/u).length <= 8 && !/[.!?]$/u.test(rest) && !/,\s*(?:że|iż)\b|\bthat\b/u.test(rest);
  }
  if (AGENCY_LINE.test(t) || PAP_INITIALS.test(t)) return true;
  // `BBC News NI Business Correspondent`, `- Published`, `Updated 3 hours ago`: page furniture of a byline.
  if (t.length <= 70 && (BYLINE_TITLE.test(t) || /^[-–—•]?\s*(?:Published|Updated|Opublikowano|Aktualizacja)\b/u.test(t))) return true;
  // `56` (a share count), `·4 min read`, `3 min czytania`: counters next to the byline.
  if (!/^(?:1[89]|20)\d\d$/.test(t) && /^[·•|\s]*\d[\d,. ]*[kK]?\s*(?:min(?:ute)?s?\.?\s+(?:read|czytania))?$/u.test(t)) return true;
  if (t.length <= 80 && FROM_PLACE_NAME.test(t)) return true;
  return t.length <= 60 && NAME_PLACE.test(t) && !/[.!?:;"„”]$/.test(t);
}

/** True for a headline-like line: short, no final period, more text after it. */
function isTitleLine(t: string): boolean {
  if (t.length < 3 || t.length > 200) return false;
  if (/[.,;:]$/.test(t) && !/\.\.\.$|…$/.test(t)) return false;
  if (/^[-–—•*]\s/.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words <= 25;
}

/** Finds the date header, title, bylines and datelines of an article. */
export function detectMetadata(text: string): ArticleMetadata {
  const metadata: MetadataSpan[] = [];
  let headerDate: string | null = null;
  let title: string | null = null;
  let pos = skipBlank(text, 0);
  let bodyStart = pos;
  let bodyStarted = false;

  // 1. A date header at the very start; it may share its line with the title or the body.
  let m: RegExpExecArray | null;
  if ((m = exec(CORPUS_HEADER, text, pos)) && parseHeaderDate(m[1], 0)) {
    headerDate = parseHeaderDate(m[1], 0)!.value;
    const colon = text.indexOf(':', pos + m[1].length);
    pushSpan(metadata, text, 'date-header', pos, colon + 1);
    pos = pos + m[0].length;
    bodyStart = pos;
  } else if ((m = exec(HEADER_KEYWORD, text, pos))) {
    const kw = m[0];
    const hd = parseHeaderDate(text, pos + kw.length, /^(?:date|dated|published|posted|updated|publication)/i.test(kw));
    if (hd) {
      headerDate = hd.value;
      pushSpan(metadata, text, 'date-header', pos, hd.end);
      pos = skipSameLineBlank(text, hd.end);
      bodyStart = skipBlank(text, pos);
      pos = bodyStart;
    }
  } else {
    const hd = parseHeaderDate(text, pos);
    if (hd && lineAt(text, hd.end).text.trim() === '') {
      headerDate = hd.value;
      pushSpan(metadata, text, 'date-header', pos, hd.end);
      pos = skipBlank(text, hd.end);
      bodyStart = pos;
    }
  }

  // 2. Leading lines: title, bylines, a second date line; then a dateline prefix on the first body line.
  for (let k = 0; k < 6 && pos < text.length; k++) {
    const line = trimmed(lineAt(text, pos));
    const nextPos = skipBlank(text, lineAt(text, pos).end);
    const hasMore = nextPos < text.length;
    if (line.text.length === 0) break;
    const md = /^#{1,6}\s+(.+?)\s*#*$/.exec(line.text);
    if (md && title === null) {
      const off = line.start + line.text.indexOf(md[1]);
      title = md[1];
      pushSpan(metadata, text, 'title', off, off + md[1].length);
      bodyStarted = true;
      pos = nextPos;
      continue;
    }
    // A bare two-word name as the very first line is more likely a headline than a byline.
    const bareNameFirst =
      k === 0 && !headerDate && !BYLINE_KEYWORD.test(line.text) && NAME_PLACE.test(line.text) && !/[,/]/.test(line.text);
    if (hasMore && isBylineLine(line.text) && !bareNameFirst) {
      pushSpan(metadata, text, 'byline', line.start, line.end);
      if (!bodyStarted) bodyStart = nextPos;
      pos = nextPos;
      continue;
    }
    if (hasMore && headerDate === null) {
      const hd = parseHeaderDate(text, line.start);
      if (hd && hd.end >= line.end - 1) {
        headerDate = hd.value;
        pushSpan(metadata, text, 'date-header', line.start, hd.end);
        if (!bodyStarted) bodyStart = nextPos;
        pos = nextPos;
        continue;
      }
    }
    if (hasMore && title === null && !bodyStarted && isTitleLine(line.text) && lineAt(text, pos).end < text.length) {
      title = line.text;
      pushSpan(metadata, text, 'title', line.start, line.end);
      bodyStarted = true;
      pos = nextPos;
      continue;
    }
    // First body line: a dateline prefix (`BRUSSELS (Reuters) -`).
    const dl = datelineAt(line.text);
    if (dl > 0) {
      pushSpan(metadata, text, 'dateline', line.start, line.start + dl);
      if (!bodyStarted) bodyStart = skipSameLineBlank(text, line.start + dl);
    }
    break;
  }

  // 3. Trailing bylines, credits and signatures (at most four lines from the end).
  let endPos = text.length;
  const tail: MetadataSpan[] = [];
  for (let k = 0; k < 4; k++) {
    let e = endPos;
    while (e > 0 && /\s/.test(text[e - 1])) e--;
    if (e <= bodyStart) break;
    let s = text.lastIndexOf('\n', e - 1) + 1;
    if (s < bodyStart) s = bodyStart;
    const line = trimmed({ start: s, end: e, text: text.slice(s, e) });
    if (line.text.length === 0) break;
    if (isBylineLine(line.text) && s > bodyStart) {
      tail.push({ kind: 'byline', start: line.start, end: line.end, text: line.text });
      endPos = s;
      continue;
    }
    // A signature closing the last paragraph: `… tekst. (PAP)`.
    const sig = /\s\((?:PAP|IAR|Reuters|AFP|AP|KAI)(?:\/[^)\n]{0,20})?\)$/.exec(line.text);
    if (sig) tail.push({ kind: 'byline', start: line.start + sig.index + 1, end: line.end, text: sig[0].slice(1) });
    break;
  }
  for (let k = tail.length - 1; k >= 0; k--) metadata.push(tail[k]);
  metadata.sort((a, b) => a.start - b.start);
  return { metadata, title, headerDate, bodyStart: Math.min(bodyStart, text.length) };
}

function pushSpan(metadata: MetadataSpan[], text: string, kind: MetadataSpan['kind'], start: number, end: number): void {
  metadata.push({ kind, start, end, text: text.slice(start, end) });
}

function skipSameLineBlank(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\u00a0')) pos++;
  return pos;
}

/** Length of a dateline prefix at the start of a body line, or 0. */
function datelineAt(line: string): number {
  const a = DATELINE_AGENCY.exec(line);
  if (a) return a[0].length;
  const c = DATELINE_CAPS.exec(line);
  if (c) {
    const words = c[1].split(/[ -]/);
    const isAcronym = words.length === 1 && (NOT_PLACES.has(c[1]) || c[1].length < 4);
    if (!isAcronym || c[2]) return c[0].length;
  }
  return 0;
}

const PUBLICATION_STAMP = /^(?:aktualizacja|publikacja|opublikowano|zaktualizowano|data publikacji|updated|published|posted|last updated)\b/i;

/**
 * True for metadata whose dates are not the text's: the corpus field `date 2022-01`, bylines and
 * datelines. A title, a top date line (`May 29, 2007`) and a publication stamp among the bylines
 * (`Publikacja: 13.11.2025 13:12`) carry dates of the text.
 */
export function hidesDates(m: MetadataSpan): boolean {
  if (m.kind === 'title') return false;
  if (m.kind === 'date-header') return /^\s*date\b/i.test(m.text);
  if (m.kind === 'byline') return !PUBLICATION_STAMP.test(m.text);
  return m.kind !== 'dateline';
}
