/**
 * Temporal expressions of an article: recognition (dispatch to the Polish or English rules plus the
 * numeric formats both share), merging of adjacent pieces (`w piątek, 12 stycznia`), clock times
 * that borrow their day (`12 stycznia, o godz. 10` is two mentions: the day, and the time on that
 * day), tense cues for weekdays and year-less dates, and resolution against the article date.
 */
import type { Language } from '../sources';
import type { DateMention, MetadataSpan } from './types';
import { GAP_NEWLINE, NUM, PUNCT, WORD, tokenize, type Tokens } from './tokens';
import { matchPl } from './dates-pl';
import { matchEn } from './dates-en';
import {
  dayNumber,
  isValidDate,
  isoWeekday,
  needsTense,
  parseAnchor,
  resolveSpec,
  shiftValue,
  withTime,
  type Anchor,
  type DayPart,
  type TemporalMatch,
  type TemporalSpec,
  type Tense,
} from './timex';
import { detectMetadata, hidesDates } from './metadata';

/**
 * Finds every temporal expression (sorted, non-overlapping, `mention === text.slice(start, end)`)
 * and resolves it against `anchor` (`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or null). Dates inside the
 * corpus `date` field, a byline or a dateline are left out: they are the article's date, not content.
 */
export function findDates(text: string, lang: Language, anchor: string | null): DateMention[] {
  const tk = tokenize(text);
  const matches = scanTemporal(tk, lang);
  if (matches.length === 0) return [];
  const a = parseAnchor(anchor);
  // (A top date line — `May 29, 2007` — is kept: it is a date of the text; the corpus field
  // `date 2022-01`, bylines and datelines are not.)
  const meta = detectMetadata(text).metadata.filter(hidesDates);
  // Pass 1: every expression in its own context; times that borrow a day wait for it.
  const res: (Resolved | null)[] = new Array(matches.length).fill(null);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const start = tk.start[m.s];
    const end = tk.end[m.e - 1];
    if (meta.some((x) => x.start < end && start < x.end)) continue;
    const borrowed = m.spec.t === 'time' && m.baseOf !== undefined;
    // (Polish past modals report plans — `podwyżka miała nastąpić od drugiego kwartału` — so a
    // Polish quarter keeps the anchor's year, unless a plain past tells what happened in it: `Najwięcej
    // osób wybrało podróże … w IV kwartale` in January is last year's.)
    let tense =
      !borrowed && needsTense(m.spec, a) ? leadingTense(text, start, lang) ?? (m.spec.t === 'weekday' && lang === 'en' ? weekdayTarget(text, start, end) : null) ?? tenseAround(text, start, end, lang) : null;
    if (lang === 'pl' && m.spec.t === 'quarter' && (tense !== 'past' || PL_PAST_MODAL.test(sentenceAround(text, start, end)))) tense = null;
    res[k] = {
      start,
      end,
      mention: text.slice(start, end),
      value: borrowed ? '' : resolveSpec(m.spec, a, tense),
      explicit: isExplicitDay(m.spec),
      tense,
    };
  }
  // Pass 2: a bare weekday next to an explicit date on that weekday takes that date.
  if (a?.d !== undefined) {
    for (let k = 0; k < matches.length; k++) {
      const sp = matches[k].spec;
      if (res[k] && sp.t === 'weekday' && sp.dir === 'tense') {
        const v = nearbySameWeekday(res, k, sp.wd, a);
        if (v) res[k]!.value = v;
      }
    }
  }
  // Pass 2a: a bare weekday with no tense cue of its own (`- Niedzielę warto spędzić z nami.`) is the day
  // the same weekday named with one earlier in the article is (`podejmie w niedzielę Dragon Bojano`).
  for (let k = 0; k < matches.length; k++) {
    const sp = matches[k].spec;
    if (!res[k] || res[k]!.tense !== null || sp.t !== 'weekday' || sp.dir !== 'tense') continue;
    for (let j = k - 1; j >= 0; j--) {
      const sj = matches[j].spec;
      if (res[j] && res[j]!.tense !== null && sj.t === 'weekday' && sj.dir === 'tense' && sj.wd === sp.wd) {
        res[k]!.value = res[j]!.value;
        break;
      }
    }
  }
  // Pass 2b: `w poprzednim miesiącu`, `the previous year`, `rok wcześniej` count from the period
  // named just before; `dzień wcześniej`, `the next day` from the day named just before in the
  // paragraph; `tego samego dnia` is the last day named. In text order, so that chains (`w piątek …
  // następnego dnia … dzień później`) build on each other.
  for (let k = 0; k < matches.length; k++) {
    const sp = matches[k].spec;
    const r = res[k];
    if (!r) continue;
    let v: string | null = null;
    if ((sp.t === 'month' || sp.t === 'year') && sp.ana) v = anaphoricValue(text, res, k, sp.t, sp.n, 300);
    else if (sp.t === 'day' && sp.ana === 'same') v = lastDayValue(matches, res, k);
    else if (sp.t === 'day' && sp.ana === 'day') v = anaphoricValue(text, res, k, 'day', sp.n, DAY_REACH, matches);
    else if (sp.t === 'day' && sp.ana === 'week') v = anaphoricValue(text, res, k, 'week', sp.n / 7, DAY_REACH, matches);
    if (v) r.value = v;
  }
  // Pass 2c: a history told in the paragraph — `W 1948 r. … w lipcu …`, `in 1980 … on August 29` — sets
  // the year of the months and days after it that name none, when that year lies well before the anchor.
  if (a) {
    for (const [k, lastYear] of undatedAfterYear(matches, res)) {
      const sp = matches[k].spec as DateSpec;
      const r = res[k]!;
      if (lastYear < 0 || sp.m === undefined || sp.yOff !== undefined || sp.side) continue;
      const yr = res[lastYear]!;
      const y = (matches[lastYear].spec as { y?: number }).y!;
      // (Only in the same sentence, and only a year told as the time of something — `w grudniu 2023 r.`,
      // `in 1980` — not one that qualifies a noun: `the 2007 killing`, `since 1970`.)
      // (Nor one inside an aside that closes before the day: `Fothergill – who was banned in 2009 – was
      // spotted … on July 19`.)
      if (y > a.y - 2 || r.start - yr.end > 300 || /[.!?…]\s|\n/.test(text.slice(yr.end, r.start)) || (/\.$/.test(yr.mention) && /^\s+\p{Lu}/u.test(text.slice(yr.end, r.start))) ||
        /\s[–—-]\s|\)/.test(text.slice(yr.end, r.start))) continue;
      if (!/(?:^|\s)(?:w|we|in|of|on|z|ze|latem|jesienią|wiosną|zimą)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, yr.start - 40), yr.start)) || /^(?:since|od|sprzed|the)$/i.test(text.slice(Math.max(0, yr.start - 8), yr.start).trim().split(/\s+/).pop() ?? '')) continue;
      r.value = r.value.replace(/^\d{4}/, String(y).padStart(4, '0'));
    }
  }
  // Pass 2d: a month or day without a year, coordinated with a dated one that follows, takes its
  // year (`od lutego do lipca 2023 r.`, `z sierpnia i września 1944 r.`, `from February to July 2023`),
  // the year before when it runs over New Year (`od listopada do lutego 2023 r.`).
  for (let k = 0; k + 1 < matches.length; k++) {
    const sp = matches[k].spec;
    const nx = matches[k + 1].spec;
    const r = res[k];
    const rn = res[k + 1];
    if (!r || !rn || sp.t !== 'date' || sp.m === undefined || sp.y !== undefined || sp.yOff !== undefined || sp.feast) continue;
    if (nx.t !== 'date' || nx.m === undefined || nx.feast) continue;
    if (!RANGE_LINK.test(text.slice(r.end, rn.start))) continue;
    // (…and with neither dated, a range is not run backwards: `w okresie styczeń-październik zatrudnienie
    // było niższe` is January to October of one year, whatever year each month alone would take.)
    const ny = nx.y ?? (/^\d{4}/.test(rn.value) && /^\d{4}/.test(r.value) && r.value.slice(0, 7) > rn.value.slice(0, 7) ? Number(rn.value.slice(0, 4)) : undefined);
    if (ny === undefined) continue;
    const y = sp.m > nx.m ? ny - 1 : ny;
    r.value = r.value.replace(/^(?:\d{4}|XXXX)/, String(y).padStart(4, '0'));
  }
  // Pass 2e: `in July of that year`, `in March of the same year`: an English month takes the year last
  // named before it (within a few sentences), and the phrase joins the mention.
  if (lang === 'en') {
    for (const [k, lastYear] of undatedAfterYear(matches, res)) {
      const sp = matches[k].spec as DateSpec;
      const r = res[k]!;
      const tail = /^ of (?:that|the same) year\b/i.exec(text.slice(r.end, r.end + 24));
      if (!tail || lastYear < 0 || sp.m === undefined || r.start - res[lastYear]!.end > 600) continue;
      const y = (matches[lastYear].spec as { y?: number }).y!;
      r.value = r.value.replace(/^(?:\d{4}|XXXX)/, String(y).padStart(4, '0'));
      r.end += tail[0].length;
      r.mention = text.slice(r.start, r.end);
    }
  }
  // Pass 3: borrowed days, as resolved where they were written.
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const r = res[k];
    if (!r || m.spec.t !== 'time' || m.baseOf === undefined) continue;
    let b = res[m.baseOf];
    // A weekday from another sentence lends its day only to a time told in the same tense
    // (`w piątek fala dotrze … O godz. 14 ogłoszono alarm` is today, not Friday).
    const bs = matches[m.baseOf].spec;
    if (b && m.baseFar && bs.t === 'weekday' && (tenseAround(text, r.start, r.end, lang) ?? 'past') !== (b.tense ?? 'past')) b = null;
    r.value = withTime(b ? b.value.replace(/T.*$/, '') : resolveSpec({ t: 'day', n: 0 }, a, null), m.spec.h, m.spec.min);
  }
  const out: DateMention[] = [];
  res.forEach((r, k) => {
    if (!r) return;
    const part = matches[k].part;
    // (Only on a whole day: `XXXX-WXX-5TEV`, `2025-09-12TMO`.)
    const value = part && /^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d|W\d\d-\d|XX-XX)$/.test(r.value) ? `${r.value}T${part}` : r.value;
    out.push({ start: r.start, end: r.end, mention: r.mention, value });
  });
  return withListedYears(text, withRepeatedYears(text, out, meta));
}

// A street after a number (`1918 and 1924 Ashmore Ave.`): house numbers, no years.
const STREET_AFTER = /^\s*(?:(?:and|&|-|–)\s*\d{1,5}\s+)?(?:\p{Lu}[\p{L}'’]+\s+){1,3}(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Highway|Hwy|Parkway|Pkwy)\b/u;
// Words after a bare year that keep it a year (`the 2017 event`, `2017 is what we can deliver`,
// `London getting 2017 and Doha 2019`); any other lower-case word may make it a count (`2017 votes`).
const YEAR_FOLLOWER = /^(?:and|or|but|is|was|will|would|we|they|as|when|because|event|events|championships?|games|olympics|edition|season|bid|bids|campaign|elections?|tournament|final|finals|cup|i|oraz|a|ale|jest|był|była|było|to|czy|gdy)$/;

/**
 * Pass 4: a year the article names alone elsewhere (`for the 2017 World Championships`) is the same
 * year wherever else it stands alone as a word (`An announcement on 2017 …`, `Doha 2019`), unless a
 * count noun or a number sign shows it is a quantity.
 */
function withRepeatedYears(text: string, found: DateMention[], meta: MetadataSpan[]): DateMention[] {
  // (A four-digit number with a percent or currency sign is an amount: `a 2017% rise`, `£2017`.)
  const out = found.filter((d) => !(/^\d{4}$/.test(d.mention) && (text[d.end] === '%' || /[£$€]/u.test(text[d.start - 1] ?? ''))));
  const years = new Set(out.filter((d) => /^(?:19|20)\d{2}$/.test(d.mention) && d.value === d.mention).map((d) => d.value));
  if (!years.size) return out;
  const added: DateMention[] = [];
  const re = /(?<![\p{L}\p{N}.,:\/£$€-])(?:19|20)\d{2}(?![\p{L}\p{N}%:]|[.,]\d|-\d|\/\d)/gu;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = re.exec(text))) {
    const start = m.index;
    const end = start + 4;
    if (!years.has(m[0])) continue;
    while (k < out.length && out[k].end <= start) k++;
    if (k < out.length && out[k].start < end) continue;
    if (meta.some((x) => x.start < end && start < x.end)) continue;
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 24));
    if (next && /^\p{Ll}/u.test(next[1]) && !YEAR_FOLLOWER.test(next[1])) continue;
    if (STREET_AFTER.test(text.slice(end, end + 40))) continue;
    added.push({ start, end, mention: m[0], value: m[0] });
  }
  if (!added.length) return out;
  return [...out, ...added].sort((x, y) => x.start - y.start);
}

/**
 * Pass 5: years listed together — `z 2024, 2023, 2022, 2021 i 2019 roku`, `in 2019, 2020 and 2021` — are
 * all years when one of them was read as a year (the list's other members stand bare between commas).
 */
function withListedYears(text: string, found: DateMention[]): DateMention[] {
  const LIST = /(?<![\p{L}\p{N}.,:\/£$€-])(?:19|20)\d{2}(?:(?:,\s*|\s+(?:i|oraz|lub|albo|and|or)\s+)(?:19|20)\d{2}(?![\p{L}\p{N}%]|[.,]\d))+/gu;
  const added: DateMention[] = [];
  let m: RegExpExecArray | null;
  while ((m = LIST.exec(text))) {
    const members: Array<[number, number]> = [];
    const y = /(?:19|20)\d{2}/g;
    let n: RegExpExecArray | null;
    while ((n = y.exec(m[0]))) members.push([m.index + n.index, m.index + n.index + 4]);
    const known = (a: number, b: number) => found.some((d) => d.start < b && a < d.end);
    if (!members.some(([a, b]) => known(a, b))) continue;
    for (const [a, b] of members) if (!known(a, b)) added.push({ start: a, end: b, mention: text.slice(a, b), value: text.slice(a, b) });
  }
  if (!added.length) return found;
  return [...found, ...added].sort((x, y) => x.start - y.start);
}

/** The part of the day a word names (`wieczorem`, `po południu`, `evening`): EV or AF, else null. */
function afterNoon(words: string): boolean {
  return /(?:wieczorem|popołudniu|po południu|popołudniem|evening|afternoon)$/.test(words);
}

/**
 * Each resolved date that names no year, with the index of the last resolved date before it that names
 * one (-1 when none does), in text order.
 */
function undatedAfterYear(matches: TemporalMatch[], res: (Resolved | null)[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lastYear = -1;
  for (let k = 0; k < matches.length; k++) {
    const sp = matches[k].spec;
    if (!res[k] || sp.t !== 'date') continue;
    if (sp.y !== undefined) lastYear = k;
    else out.push([k, lastYear]);
  }
  return out;
}

type DateSpec = Extract<TemporalSpec, { t: 'date' }>;

interface Resolved extends DateMention {
  /** Written as a calendar date (not derived from a weekday or a relative word). */
  explicit: boolean;
  /** The tense used to resolve it, when it needed one. */
  tense: Tense;
}

/** What joins two ends of a range or a pair of dates (`do`, `i`, `a`, `to`, `and`, a dash), with `końca`/`the end of`. */
const RANGE_LINK = /^\s*(?:,\s*)?(?:(?:do|i|a|oraz|albo|lub|to|and|or|until|till|through)\s+|[-–—]\s*)(?:(?:the\s+)?(?:końca|początku|połowy|schyłku|end|beginning|middle|start)\s+(?:of\s+)?|mid-?)?$/i;

/** How far back (characters, same paragraph) a day offset looks for the day it counts from. */
const DAY_REACH = 400;

/**
 * The value of an anaphoric shift (`w grudniu … niż w poprzednim miesiącu` → November): counted
 * from the nearest earlier expression of the same paragraph, within `reach` characters, that is at
 * least as fine as the unit; null when there is none (the caller keeps the anchor-based value).
 */
function anaphoricValue(
  text: string,
  res: (Resolved | null)[],
  k: number,
  unit: 'day' | 'week' | 'month' | 'year',
  n: number,
  reach: number,
  matches?: TemporalMatch[],
): string | null {
  const me = res[k]!;
  for (let j = k - 1; j >= 0; j--) {
    const o = res[j];
    if (!o) continue;
    if (me.start - o.end > reach || text.slice(o.end, me.start).includes('\n\n')) return null;
    // Day offsets count from the nearest day named (clock times lean on theirs); a day known only
    // to its month (a month-only anchor) leaves the anchor-based value.
    if (matches && unit === 'day' && !dayish(matches[j].spec)) continue;
    // (`w listopadzie 2025 r. … niż rok wcześniej`: a year counted from a month is that month a year
    // before — November 2024 —, not the whole year.)
    const v = unit === 'year' && /^\d{4}-\d\d$/.test(o.value) ? shiftValue(o.value, 'month', 12 * n) : shiftValue(o.value, unit, n);
    if (v || (matches && dayish(matches[j].spec))) return v;
  }
  return null;
}

/**
 * `the same day`, `tego dnia`: the last day named anywhere before in the text (a weekday or a date,
 * without its clock time), or null when none was (the caller keeps the anchor day).
 */
function lastDayValue(matches: TemporalMatch[], res: (Resolved | null)[], k: number): string | null {
  for (let j = k - 1; j >= 0; j--) {
    const o = res[j];
    if (o && dayish(matches[j].spec)) return shiftValue(o.value, 'day', 0);
  }
  return null;
}

// `since October` (and Polish `pół roku od marca`) points back whatever the verb's tense is.
const DURATION_PL = /^(?:rok|roku|lata|lat|miesiąc|miesiące|miesięcy|tydzień|tygodnie|tygodni|dni|dzień|doby|dób|pół|półtora)$/;

/** Tense forced by the word before an expression (`since`, `sprzed`, `<duration> od`), or null. */
function leadingTense(text: string, start: number, lang: Language): Tense {
  const before = text.slice(Math.max(0, start - 60), start).toLowerCase();
  const words = before.match(/[\p{L}]+/gu);
  if (!words || !/[\p{L}]\s*$/u.test(before)) return null;
  const w = words[words.length - 1];
  if (lang === 'en') return w === 'since' ? 'past' : null;
  if (w === 'sprzed') return 'past';
  if (w === 'od') for (let k = words.length - 2; k >= Math.max(0, words.length - 5); k--) if (DURATION_PL.test(words[k])) return 'past';
  return null;
}

/**
 * English `for Thursday`, `by Monday`: a day something is set for or due by lies ahead, whatever the
 * verb's tense (`had cancelled 30 percent of flights for Thursday`) — unless a past perfect makes the
 * deadline one already met (`had been repaired by Monday`).
 */
function weekdayTarget(text: string, start: number, end: number): Tense {
  // (`approved by Tuesday night’s Planning Committee`: a day in the possessive names a meeting, no deadline.)
  if (/^['’]s\b/u.test(text.slice(end, end + 3))) return null;
  const before = text.slice(Math.max(0, start - 80), start);
  const m = /(?:^|[^\p{L}])(for|by)\s+(?:(?:next|this|coming)\s+)?$/iu.exec(before);
  if (!m) return null;
  if (m[1].toLowerCase() === 'by' && /(?:^|[^\p{L}])had\s/iu.test(before.slice(Math.max(0, before.lastIndexOf('.') + 1)))) return null;
  return 'future';
}

function isExplicitDay(sp: TemporalSpec): boolean {
  if (sp.t === 'date') return sp.d !== undefined;
  return sp.t === 'time' && !!sp.base && sp.base.t === 'date' && sp.base.d !== undefined;
}

/**
 * A bare weekday next to a full date falling on that weekday (`w piątek 21 maja … w nocy z 21
 * (piątek)`) refers to that date: within 300 characters, and no more than a week from the anchor.
 */
function nearbySameWeekday(res: (Resolved | null)[], k: number, wd: number, a: Anchor): string | null {
  const me = res[k]!;
  const aDay = dayNumber(a.y, a.m!, a.d!);
  for (let j = k - 1, n = 0; j >= 0 && n < 6; j--, n++) {
    const o = res[j];
    if (!o) continue;
    if (me.start - o.end > 300) break;
    const v = o.explicit ? sameWeekday(o.value, wd, aDay, me.tense) : null;
    if (v) return v;
  }
  for (let j = k + 1, n = 0; j < res.length && n < 6; j++, n++) {
    const o = res[j];
    if (!o) continue;
    if (o.start - me.end > 300) break;
    const v = o.explicit ? sameWeekday(o.value, wd, aDay, me.tense) : null;
    if (v) return v;
  }
  return null;
}

/**
 * The date `value` names when it falls on weekday `wd` within a week of the anchor day — and on the side
 * the weekday's own tense points to, give or take a day (`It followed the sentencing on Friday` is no
 * Friday to come, whatever date the sentence before names).
 */
function sameWeekday(value: string, wd: number, aDay: number, tense: Tense): string | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dn = dayNumber(y, mo, d);
  if (isoWeekday(y, mo, d) !== wd || Math.abs(dn - aDay) > 7) return null;
  // (A day either side of the anchor is allowed: a dateline or the eve of a holiday may be a day off it.)
  if ((tense === 'past' && dn > aDay + 1) || (tense === 'future' && dn < aDay - 1)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

let scanCache: { tk: Tokens; lang: Language; out: TemporalMatch[] } | null = null;

/** Recognised, merged temporal expressions as token ranges (memoised for the last token stream). */
export function scanTemporal(tk: Tokens, lang: Language): TemporalMatch[] {
  if (scanCache && scanCache.tk === tk && scanCache.lang === lang) return scanCache.out;
  const out = attachTimes(tk, merge(tk, scanRaw(tk, lang), lang));
  scanCache = { tk, lang, out };
  return out;
}

function scanRaw(tk: Tokens, lang: Language): TemporalMatch[] {
  const out: TemporalMatch[] = [];
  const match = lang === 'pl' ? matchPl : matchEn;
  let lastEnd = 0;
  let i = 0;
  while (i < tk.n) {
    let m = matchNumeric(tk, i, lang);
    const l = match(tk, i);
    if (l && (!m || l.e > m.e)) m = l;
    if (!m || m.e <= i) {
      i++;
      continue;
    }
    if (m.s < lastEnd) m = { s: i, e: m.e, spec: m.spec };
    out.push(m);
    lastEnd = m.e;
    i = m.e;
  }
  return out;
}

function glued(tk: Tokens, i: number): boolean {
  return i < tk.n && tk.gap[i] === 0;
}

/** Token `k` is a number of `lo`–`hi` digits glued to the token before it. */
function numAt(tk: Tokens, k: number, lo: number, hi: number): boolean {
  return k < tk.n && glued(tk, k) && tk.kind[k] === NUM && tk.raw[k].length >= lo && tk.raw[k].length <= hi;
}

/** Nothing glued at token `k` continues a date (no word, no further number after a separator). */
function tailFreeAt(tk: Tokens, k: number): boolean {
  return !(k < tk.n && glued(tk, k) && (tk.kind[k] !== PUNCT || ((tk.raw[k] === '-' || tk.raw[k] === '/' || tk.raw[k] === '.' || tk.raw[k] === ':') && k + 1 < tk.n && glued(tk, k + 1) && tk.kind[k + 1] === NUM)));
}

/** Numeric formats shared by both languages: `2022-01-12`, `2022-01`, `12.01.2022`, `1/12/2022`, `10:30`. */
function matchNumeric(tk: Tokens, i: number, lang: Language): TemporalMatch | null {
  if (tk.kind[i] !== NUM) return null;
  if (i > 0 && tk.gap[i] === 0) {
    const p = tk.raw[i - 1];
    if (tk.kind[i - 1] === WORD || tk.kind[i - 1] === NUM || p === '.' || p === '-' || p === '/' || p === ':' || p === ',') return null;
  }
  const r = tk.raw[i];
  const sep = i + 1 < tk.n && glued(tk, i + 1) ? tk.raw[i + 1] : '';
  // ISO `2022-01-12`, `2022/01/12`, `2022-01`.
  if (r.length === 4 && (sep === '-' || sep === '/') && numAt(tk, i + 2, 1, 2)) {
    const y = Number(r);
    const mo = Number(tk.raw[i + 2]);
    if (i + 4 < tk.n && glued(tk, i + 3) && tk.raw[i + 3] === sep && numAt(tk, i + 4, 1, 2)) {
      const d = Number(tk.raw[i + 4]);
      if (isValidDate(y, mo, d) && tailFreeAt(tk, i + 5)) return { s: i, e: i + 5, spec: { t: 'date', y, m: mo, d } };
      return null;
    }
    // `2010-12` may be the range 2010–2012: a month only when it cannot be a range end.
    const mr = tk.raw[i + 2];
    if (sep === '-' && mr.length === 2 && mo >= 1 && mo <= 12 && (mr[0] === '0' || mo <= y % 100) && tailFreeAt(tk, i + 3)) {
      return { s: i, e: i + 3, spec: { t: 'date', y, m: mo } };
    }
    return null;
  }
  // `12.01.2022`, `12/01/2022`, `12-01-2022`
  if (r.length <= 2 && (sep === '.' || sep === '/' || sep === '-') && numAt(tk, i + 2, 1, 2) && i + 4 < tk.n && glued(tk, i + 3) && tk.raw[i + 3] === sep && numAt(tk, i + 4, 4, 4)) {
    const a = Number(r);
    const b = Number(tk.raw[i + 2]);
    const y = Number(tk.raw[i + 4]);
    if (!tailFreeAt(tk, i + 5)) return null;
    let e = i + 5;
    // Polish `12.01.2022 r.`
    if (lang === 'pl' && e < tk.n && tk.lc[e] === 'r' && tk.gap[e] <= 1) e = e + 1 < tk.n && tk.raw[e + 1] === '.' && glued(tk, e + 1) ? e + 2 : e + 1;
    let d: number;
    let mo: number;
    if (sep === '.' || lang === 'pl') {
      [d, mo] = b > 12 && a <= 12 ? [b, a] : [a, b];
    } else if (a > 12) [d, mo] = [a, b];
    else if (b > 12) [d, mo] = [b, a];
    else if (a === b) [d, mo] = [a, b];
    else {
      // `1/12/2022` in English: month-first or day-first cannot be told; keep only the year.
      return { s: i, e, spec: { t: 'date', y } };
    }
    return isValidDate(y, mo, d) ? { s: i, e, spec: { t: 'date', y, m: mo, d } } : null;
  }
  // `10:30`, `10:30:15`
  if (r.length <= 2 && sep === ':' && numAt(tk, i + 2, 2, 2)) {
    const h = Number(r);
    const min = Number(tk.raw[i + 2]);
    if (h > 24 || min > 59) return null;
    let e = i + 3;
    if (e + 1 < tk.n && glued(tk, e) && tk.raw[e] === ':' && numAt(tk, e + 1, 2, 2)) e += 2;
    if (e < tk.n && glued(tk, e) && (tk.kind[e] === NUM || (tk.raw[e] === ':' && glued(tk, e + 1) && tk.kind[e + 1] === NUM))) return null;
    // (`3:54.18`, `2:05,27`: minutes, seconds and hundredths of a race are no clock time.)
    if (e + 1 < tk.n && glued(tk, e) && (tk.raw[e] === '.' || tk.raw[e] === ',') && glued(tk, e + 1) && tk.kind[e + 1] === NUM && tk.raw[e + 1].length <= 2) return null;
    return { s: i, e, spec: { t: 'time', h, min } };
  }
  return null;
}

function dayish(sp: TemporalSpec): boolean {
  return (sp.t === 'date' && sp.d !== undefined) || sp.t === 'day' || sp.t === 'weekday';
}

/**
 * Joins adjacent pieces into one expression (`piątek, 12 stycznia`, `wczoraj wieczorem`) and drops
 * stand-alone parts of the day. A clock time stays its own mention (`12 stycznia, o godz. 10` gives
 * the day and the time): a reader checks the date and the hour separately, and a day-level value
 * must not be hidden behind a time one; attachTimes gives the time its day.
 */
function merge(tk: Tokens, raw: TemporalMatch[], lang: Language): TemporalMatch[] {
  const out: TemporalMatch[] = [];
  for (let k = 0; k < raw.length; k++) {
    const m = raw[k];
    // (`w nocy z wtorku na środę`, `w nocy z 19 na 20 sierpnia`: one night, the first day's, as a
    // Polish reader and TIMEX3 date it — `XXXX-WXX-2TNI`.)
    const a = raw[k + 1];
    const b = raw[k + 2];
    if (lang === 'pl' && m.spec.t === 'part' && tk.lc[m.e - 1] === 'nocy' && a && b && dayish(a.spec) && dayish(b.spec) &&
      a.s === m.e + 1 && tk.lc[m.e] === 'z' && b.s === a.e + 1 && tk.lc[a.e] === 'na') {
      // (`z 19 na 20 sierpnia`: the first day takes the month of the second.)
      const spec = a.spec.t === 'date' && a.spec.m === undefined && b.spec.t === 'date' ? { ...b.spec, d: a.spec.d } : a.spec;
      out.push({ s: m.s, e: b.e, spec, part: 'NI' });
      k += 2;
      continue;
    }
    const p = out.length ? out[out.length - 1] : null;
    if (p && tk.gap[m.s] !== GAP_NEWLINE) {
      const ps = p.spec;
      const ms = m.spec;
      if (ms.t === 'part' && m.s === p.e && (dayish(ps) || ps.t === 'time')) {
        // (`o godz. 8 wieczorem`: an hour of the evening or afternoon is after noon.)
        if (ps.t === 'time' && ps.h < 12 && afterNoon(tk.lc.slice(m.s, m.e).join(' '))) p.spec = { ...ps, h: ps.h + 12 };
        // (`w piątek wieczorem`, `dziś rano`: Polish news and its readers date the part of the day — TIMEX3's
        // `TEV`, `TMO` —, which English annotators mostly leave out: 10 of 11 Polish parts of the day over
        // final65–69 carry it, 6 of 24 English ones.)
        else if (lang === 'pl' && dayish(ps)) p.part = dayPartPl(tk.lc.slice(m.s, m.e).join(' '));
        p.e = m.e;
        continue;
      }
      if (ps.t === 'weekday' && ms.t === 'date' && ms.d !== undefined && (m.s === p.e || (m.s === p.e + 1 && tk.raw[p.e] === ','))) {
        p.e = m.e;
        p.spec = ms;
        continue;
      }
    }
    out.push({ s: m.s, e: m.e, spec: m.spec });
  }
  return out.filter((m) => m.spec.t !== 'part');
}

/** The TIMEX3 part of the day a Polish phrase names (`wieczorem` → `EV`, `przed południem` → `MO`). */
function dayPartPl(words: string): DayPart | undefined {
  if (/(?:^|\s)(?:rano|rankiem|ranem|ranka|poranka|przedpołudnia|świcie|przed południem)$/.test(words) || words === 'rano' || words === 'rankiem') return 'MO';
  if (/(?:po południu|popołudniu|popołudniem|popołudnia)$/.test(words)) return 'AF';
  if (/(?:wieczorem|wieczoru|wieczora|zmierzchu)$/.test(words)) return 'EV';
  if (/(?:nocy|nocą)$/.test(words)) return 'NI';
  if (/(?:w południe|około południa)$/.test(words)) return 'MI';
  return undefined;
}

/**
 * Gives a stand-alone clock time its day, as news readers do: the day named in the same sentence
 * (`12 stycznia … o godz. 10`), else the last day named earlier in the same paragraph, else the
 * article date itself (`Spotkanie rozpocznie się o godz. 12` → the anchor day).
 */
function attachTimes(tk: Tokens, ms: TemporalMatch[]): TemporalMatch[] {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.spec.t !== 'time' || m.spec.base) continue;
    let baseOf: number | undefined;
    // (`5.59 a.m. on Dec. 27`, `5 p.m. Friday`, `o 17 w piątek`: a day right after the time is its day.)
    const nx = ms[k + 1];
    const tight = !!nx && (nx.s === m.e || (nx.s === m.e + 1 && /^(?:on|,|w|we)$/.test(tk.lc[m.e])));
    for (const j of tight ? [k + 1, k - 1] : [k - 1, k + 1]) {
      const o = ms[j];
      if (!o) continue;
      const os = o.spec.t === 'time' ? o.spec.base : o.spec;
      if (!os || !dayish(os)) continue;
      const [a, b] = j < k ? [o.e, m.s] : [m.e, o.s];
      if (b - a <= 40 && !sentenceBreakBetween(tk, a, b)) {
        baseOf = j;
        break;
      }
    }
    const near = baseOf !== undefined;
    for (let j = k - 1; baseOf === undefined && j >= 0; j--) {
      const o = ms[j];
      if (m.s - o.e > 400 || lineBreakBetween(tk, o.e, m.s)) break;
      const os = o.spec.t === 'time' ? o.spec.base : o.spec;
      if (os && dayish(os)) baseOf = j;
    }
    // The day is resolved where it was written (findDates); without one, the article date.
    const spec: TemporalSpec = { t: 'time', h: m.spec.h, min: m.spec.min, base: baseOf === undefined ? { t: 'day', n: 0 } : undefined };
    ms[k] = baseOf === undefined ? { s: m.s, e: m.e, spec } : { s: m.s, e: m.e, spec, baseOf, baseFar: !near };
  }
  return ms;
}

function lineBreakBetween(tk: Tokens, a: number, b: number): boolean {
  for (let k = a; k <= b && k < tk.n; k++) if (tk.gap[k] === GAP_NEWLINE) return true;
  return false;
}

function sentenceBreakBetween(tk: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (tk.gap[k] === GAP_NEWLINE) return true;
    const r = tk.raw[k];
    if ((r === '.' || r === '!' || r === '?') && k + 1 < tk.n && (tk.kind[k + 1] !== WORD || tk.raw[k + 1] !== tk.lc[k + 1])) return true;
  }
  return b < tk.n && tk.gap[b] === GAP_NEWLINE;
}

// Polish past modals and verbs of planning, which tell what was to happen (`miała nastąpić`, `planowano`).
const PL_PAST_MODAL = /(?:^|[^\p{L}])(?:miał|miała|miało|mieli|miały|planowano|planował|planowała|planowali|zakładano|przewidywano|zapowiadano)(?![\p{L}])/iu;

/** The bounds of the sentence around [start, end) (up to 300 characters each way). */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let ss = start;
  const minS = Math.max(0, start - 300);
  while (ss > minS && !isSentenceStop(text, ss - 1)) ss--;
  let se = end;
  const maxE = Math.min(text.length, end + 300);
  while (se < maxE && !isSentenceStop(text, se)) se++;
  return [ss, se];
}

/** The sentence around [start, end) (see sentenceBounds). */
function sentenceAround(text: string, start: number, end: number): string {
  const [ss, se] = sentenceBounds(text, start, end);
  return text.slice(ss, se);
}

// ---------------------------------------------------------------------------------------------
// Tense cues: a bare weekday or a year-less date points back in past-tense context and forward in
// future-tense context. The cue nearest to the expression within its clause wins, then within its
// sentence; no cue means past (news mostly reports what happened).

const FUTURE_PL = new Set(
  (
    'ma mają wzrośnie wzrosną spadnie spadną przekroczy przekroczą stanie staną wystartuje wystartują przybędzie przybędą możliwe ' +
    'będzie będą będziemy będziecie będę odbędzie odbędą odbyć zostanie zostaną planuje planują planowane planowany ' +
    'planowana planowanego planowanej planowanym zaplanowano zaplanowane zaplanowany zaplanowana zaplanowanego ' +
    'zaplanowanej zaplanowanym przyjedzie przyjadą przyleci przylecą odwiedzi odwiedzą spotka spotkają rozpocznie ' +
    'rozpoczną zakończy zakończą zbierze zbiorą podpisze podpiszą ogłosi ogłoszą wystąpi wystąpią zagłosuje ' +
    'zagłosują zdecyduje zdecydują pojedzie pojadą przedstawi przedstawią weźmie wezmą poleci polecą udadzą ruszy ' +
    'ruszą otworzy otworzą wejdzie wejdą nastąpi nastąpią dojdzie potrwa potrwają zorganizuje zorganizują ' +
    'przeprowadzi przeprowadzą odbywa odbywają rozpoczyna rozpoczynają startuje startują zaprezentuje ' +
    'zaprezentują opublikuje opublikują spotkamy przyjmie przyjmą zapadnie zapadną nadejdzie zwoła zwołają wyjaśni ' +
    'wyjaśnią złoży złożą podejmie podejmą obejmie obejmą wygłosi wygłoszą wyda wydadzą otrzyma otrzymają pozna ' +
    'poznamy pojawi pojawią przejdzie przejdą trafi trafią wróci wrócą zrobi zrobią pokaże pokażą odpowie odpowiedzą ' +
    'poprowadzi poprowadzą zagra zagrają zmierzy zmierzą powoła powołają rozpatrzy rozpatrzą zajmie zajmą omówi ' +
    'omówią wybierze wybiorą zacznie zaczną minie upływa mija powinien powinna powinno powinni powinny dotrze dotrą ' +
    // (`W poniedziałek powinniśmy go zobaczyć w grze`, `w poniedziałek przyjdzie mu zagrać z Zverevem`.)
    'powinniśmy powinnyśmy powinienem powinnam powinniście przyjdzie przyjdą zobaczymy zagramy zmierzymy wystąpimy ' +
    'wyjedzie wyjadą przybędzie przybędą uda prognoza prognozy prognozuje prognozują przewiduje przewidują planowano przewidywano ' +
    'zapowiada zapowiadają zmieni zmienią może mogą ostrzega ostrzegają oczekiwany oczekiwana oczekiwane oczekiwani ' +
    // Present forms of a schedule (`a w niedzielę mamy kolejny mecz`, `w piątek gramy`).
    'mamy gramy gra grają czeka czekają przyjeżdża przyjeżdżają wraca wracają'
  ).split(' '),
);
const PAST_PL_RE = /(?:[aeiouyąęó]ł|[aeiouyąęó]ła|[aeiouyąęó]ło|[aeiouyąęó]ły|[aeiyąę]li|łem|łam|łeś|łaś|liśmy|łyśmy|[aoęiyu]no|[ęiy]to)$/;
const PAST_PL_STOP = new Set(
  (
    'cywili izraeli udział dział podział artykuł kanał materiał kapitał upał siła siły szkoła szkoły wisła wisły skała skały ciało ciała ' +
    'koło koła źródło źródła hasło hasła czoło zło działo działa dzieło dzieła mało cały cała całe mały mała biały biała ' +
    'stały stała zły zła miły miła doskonały trwały trwała brukseli chwili woli roli soli doli fali sali stali dali mali ' +
    'rano ono tano jedno żadno dawno równo pewno wolno trudno można wino kino okno sino lato złoto miasto czyli jeżeli'
  ).split(' '),
);
const PAST_PL_EXTRA = new Set(['było', 'był', 'była', 'były', 'byli']);
/** Past forms with a consonant before `ł`/`li` (`doszło`, `wzrosła`, `spadł`, `mogli`, `zmarł`, `poparli`). */
const PAST_PL_CONS_RE = /(?:szedł|szła|szło|szły|szli|ósł|osła|osło|osły|nieśli|ózł|adł|adła|adło|adły|adli|ógł|ogła|ogło|ogły|ogli|egł|egła|egło|egły|egli|arł|arła|arło|arły|arli)$/;
const PAST_PL_CONS_STOP = new Set(['posła', 'wiosła', 'wiosło', 'wiosły', 'karła', 'przeszło', 'radło', 'stadło']);

const FUTURE_EN = new Set(
  (
    'will shall scheduled upcoming expected due planned plans plan slated going would intends intend set meets ' +
    'begins starts opens ends convenes arrives travels returns kicks resumes forecast forecasts leave leaves ' +
    'depart departs visit visits vote votes decide decides next ahead heading coming'
  ).split(' '),
);
const PAST_EN = new Set(
  (
    'was were had did said told met held took went came saw gave made began left fell rose spoke sent led fled struck ' +
    'shot found got broke brought thought felt kept paid sold stood wrote became won lost ran'
  ).split(' '),
);
const PERFECT_AUX = new Set(['have', 'has', 'had', "'ve", 've']);
const PARTICIPLES_EN = new Set('been gone done seen taken given written spoken known shown chosen driven fallen begun broken risen stolen'.split(' '));
const DETERMINERS_EN = new Set('the a an his her their its our my your this these those new'.split(' '));
const PAST_EN_STOP = new Set('need speed seed feed indeed hundred united proceed exceed succeed red bed shed bleed breed greed embed'.split(' '));

/** Tense a single word signals (`odbędzie` → future, `odbyli`/`met` → past), or null. */
export function tenseOfWord(word: string, lang: Language): Tense {
  const w = word.toLowerCase();
  if (lang === 'pl') {
    if (FUTURE_PL.has(w)) return 'future';
    if (PAST_PL_EXTRA.has(w)) return 'past';
    if (w.length >= 4 && PAST_PL_RE.test(w) && !PAST_PL_STOP.has(w)) return 'past';
    if (w.length >= 4 && PAST_PL_CONS_RE.test(w) && !PAST_PL_CONS_STOP.has(w)) return 'past';
    return null;
  }
  if (w.endsWith("'ll") || w.endsWith('’ll') || w === "won't" || w === 'won’t') return 'future';
  if (FUTURE_EN.has(w)) return 'future';
  if (PAST_EN.has(w)) return 'past';
  if (w.length >= 5 && w.endsWith('ed') && !PAST_EN_STOP.has(w)) return 'past';
  return null;
}

function isClauseStop(text: string, k: number): boolean {
  const c = text[k];
  // (A colon or comma between digits — `8:05.07`, `2,5` — is inside a number or a time.)
  if ((c === ':' || c === ',') && /\d/.test(text[k - 1] ?? '') && /\d/.test(text[k + 1] ?? '')) return false;
  if (',;:()"„”“«»–—\n'.includes(c)) return true;
  return c === '-' && text[k - 1] === ' ' && text[k + 1] === ' ';
}

function isSentenceStop(text: string, k: number): boolean {
  const c = text[k];
  if (c === '!' || c === '?' || c === '\n') return true;
  if (c !== '.') return false;
  // `U.S.`, `J. Smith`: the dot after a single capital is an initial's or an acronym's.
  if (/\p{Lu}/u.test(text[k - 1] ?? '') && !/\p{L}/u.test(text[k - 2] ?? ' ')) return false;
  // (`at 6 p.m. Saturday`: the clock's abbreviation does not end it either.)
  if (text[k - 1] === 'm' && text[k - 2] === '.' && /[ap]/i.test(text[k - 3] ?? '') && !/\p{L}/u.test(text[k - 4] ?? ' ')) return false;
  // `r.`, `godz.`, `ok.` before a lower-case word or a number do not end the sentence.
  let j = k + 1;
  while (j < text.length && text[j] === ' ') j++;
  const n = text[j];
  return n === undefined || !(/[\p{Ll}0-9]/u.test(n));
}

const WORD_RE = /[\p{L}]+(?:['’][\p{L}]+)?/gu;
/** Modals of possibility, as written in lower case (`May` is the month). */
const MODALS_EN = new Set(['could', 'may', 'might', 'should']);

/** True when only spaces, quotes or dashes separate position ws from the start of its sentence. */
function sentenceStartBefore(text: string, ws: number): boolean {
  let k = ws - 1;
  while (k >= 0 && ' \u00a0"„“”«»-–—('.includes(text[k])) k--;
  return k < 0 || text[k] === '.' || text[k] === '!' || text[k] === '?' || text[k] === '\n' || text[k] === ':';
}
const COMPLEMENTIZER = /(?<![\p{L}])(?:that|że|iż|jakoby|whether)(?![\p{L}])/giu;

/**
 * Nearest tense cue in [a, b). English `-ed` forms are weak cues (often participles: `followed by`),
 * used only when no listed word gives a cue.
 */
function nearestCue(text: string, a: number, b: number, start: number, end: number, lang: Language, weak: boolean): Tense {
  let best: Tense = null;
  let bestDist = Infinity;
  const window = text.slice(a, b);
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prev = '';
  let prev2 = '';
  while ((m = WORD_RE.exec(window)) !== null) {
    const ws = a + m.index;
    const we = ws + m[0].length;
    const before2 = prev2;
    const before = prev;
    prev2 = prev;
    prev = m[0].toLowerCase();
    if (we > start && ws < end) continue; // inside the expression itself
    // `is to be signed`, `are to meet`: a planned event; `have arrested`, `has been`: a finished one.
    let c = lang === 'en' && prev === 'to' && /^(?:is|are|am)$/.test(before) ? 'future' : tenseOfWord(m[0], lang);
    // (`going the other way`: only `going to` looks ahead.)
    if (lang === 'en' && prev === 'going' && !/^\s+to\b/.test(text.slice(we, we + 5))) c = null;
    // `could cause`, `may arrive`: a possible event is yet to come (not `could not be reached`,
    // `may have fled`).
    if (lang === 'en' && MODALS_EN.has(m[0]) && !/^\s+(?:not|have|never|n['’]t)\b/.test(text.slice(we, we + 12))) c = 'future';
    // (A Polish third person plural in `-ają`/`-ują`/`-eją` — `zatrzymają się`, `protestują` — is a present
    // or a perfective future: what it says of a bare weekday is yet to come, unless the time is one it
    // has lasted since: `Od niedzieli realizują je …`.)
    if (lang === 'pl' && !c && prev.length >= 6 && /(?:ają|ują|eją)$/.test(prev) && !/(?:^|[^\p{L}])od\s+$/iu.test(text.slice(Math.max(0, start - 4), start))) c = 'future';
    // A capitalised word inside a sentence is a name (`Michał`, `Rafała`), not a past verb.
    if (lang === 'pl' && c === 'past' && !PAST_PL_EXTRA.has(prev) && m[0] !== prev && !sentenceStartBefore(text, ws)) continue;
    const perfect = lang === 'en' && PERFECT_AUX.has(before) && (c === 'past' || PARTICIPLES_EN.has(prev));
    if (perfect) c = 'past';
    if (!c) continue;
    // (`the world record set by Katie Ledecky`: `set` looks ahead only as `set to`/`set for`.)
    if (lang === 'en' && c === 'future' && prev === 'set' && !/^\s+(?:to|for)\b/i.test(text.slice(we, we + 5))) continue;
    // `his plans`, `the vote`: a noun after a determiner, not a verb of the future.
    if (lang === 'en' && c === 'future' && DETERMINERS_EN.has(before) && !/^(?:will|shall)$/.test(prev)) continue;
    // (`a discovery to be revealed in a Thursday news conference`: what is yet to be done lies ahead.)
    if (lang === 'en' && c === 'past' && before === 'be' && before2 === 'to') c = 'future';
    // A participle after `be`/`to` (`will be held`, `is to be signed`) carries no tense of its own.
    else if (lang === 'en' && c === 'past' && /^(?:be|being|been|to|get|got)$/.test(before)) continue;
    // An infinitive (`forcing residents to leave`) is no planned event either; `is to` counted above.
    if (lang === 'en' && c === 'future' && before === 'to') continue;
    if (lang === 'en' && !weak && c === 'past' && !perfect && !PAST_EN.has(m[0].toLowerCase())) continue;
    // (`second-placed Bohemians`, `long-awaited`: an `-ed` word closing a hyphenated compound is an adjective.)
    if (lang === 'en' && c === 'past' && text[ws - 1] === '-' && /\p{L}/u.test(text[ws - 2] ?? '')) continue;
    // `followed by`, `hit by`: a passive participle, not a finished act of this clause.
    if (lang === 'en' && c === 'past' && !perfect && !PAST_EN.has(prev) && /^\s+by\b/.test(text.slice(we, we + 4))) continue;
    const dist = we <= start ? start - we : ws - end;
    if (dist < bestDist) {
      bestDist = dist;
      best = c;
    }
  }
  return best;
}

/** Tense of the clause (else the sentence) around [start, end): 'past', 'future' or null. */
export function tenseAround(text: string, start: number, end: number, lang: Language): Tense {
  const [ss, se] = sentenceBounds(text, start, end);
  let cs = start;
  while (cs > ss && !isClauseStop(text, cs - 1)) cs--;
  let ce = end;
  while (ce < se && !isClauseStop(text, ce)) ce++;
  // A complementizer opens a new clause even without a comma (`told the BBC on Sunday that he would…`).
  COMPLEMENTIZER.lastIndex = 0;
  let m: RegExpExecArray | null;
  const clause = text.slice(cs, ce);
  let newCs = cs;
  let newCe = ce;
  while ((m = COMPLEMENTIZER.exec(clause)) !== null) {
    // (`in that area`: after a preposition `that` is a determiner.)
    if (/(?:^|\s)(?:in|on|at|of|for|with|from|to|by|about|into|over|under|like)\s+$/i.test(clause.slice(Math.max(0, m.index - 8), m.index))) continue;
    const ws = cs + m.index;
    const we = ws + m[0].length;
    if (we <= start) newCs = we;
    else if (ws >= end && newCe === ce) newCe = ws;
  }
  cs = newCs;
  ce = newCe;
  // (`since the government flagged the plan in early May`: a time something has run since lies behind.)
  if (lang === 'en' && /(?:^|[^\p{L}])since\s/iu.test(text.slice(cs, start)) && !/(?:^|[^\p{L}])(?:will|would|next|coming)\s/iu.test(text.slice(cs, start))) return 'past';
  // `issued the red warning – the most serious type – on Friday`: a clause that opens after a dashed
  // aside goes on from before the aside.
  let outer = -1;
  if (cs > ss + 2 && /[–—-]/u.test(text[cs - 1]) && text[cs - 2] === ' ') {
    let k = cs - 2;
    while (k > ss && !isClauseStop(text, k - 1) && cs - k < 120) k--;
    if (k > ss && /[–—-]/u.test(text[k - 1]) && (text[k - 1] !== '-' || text[k - 2] === ' ')) {
      outer = k - 1;
      while (outer > ss && !isClauseStop(text, outer - 1)) outer--;
    }
  }
  // (`… would be named as long as he got through his game on Friday night`: a past form in a condition
  // on what will or would happen looks ahead.)
  const cond = lang === 'en' ? /(?:^|[^\p{L}])(?:as long as|provided|if|unless|once)\s/iu.exec(text.slice(cs, start)) : null;
  if (cond && /(?:^|[^\p{L}])(?:will|would|['’]ll)\s/iu.test(text.slice(ss, cs + cond.index)) && nearestCue(text, cs + cond.index, ce, start, end, lang, false) === 'past') return 'future';
  return (
    nearestCue(text, cs, ce, start, end, lang, false) ??
    (outer >= 0 ? nearestCue(text, outer, ce, start, end, lang, false) ?? (lang === 'en' ? nearestCue(text, outer, ce, start, end, lang, true) : null) : null) ??
    // A past participle in the expression's own clause (`Temperatures climbed … on Sunday, and
    // authorities warned it would …`) beats a clear cue of another clause.
    (lang === 'en' ? nearestCue(text, cs, ce, start, end, lang, true) : null) ??
    nearestCue(text, ss, se, start, end, lang, false) ??
    (lang === 'en' ? nearestCue(text, ss, se, start, end, lang, true) : null) ??
    // (…nor one but an infinitive of what is to happen: `Teachers to vote on new pay deal on Wednesday`,
    // `The team is set to convene Monday`.)
    (lang === 'en' && /(?:^|\s)to\s+\p{Ll}{3,}(?:\s+[\p{L}-]+){0,5}\s+(?:on\s+)?$/u.test(text.slice(Math.max(cs, start - 60), start)) ? 'future' : null) ??
    // (With no verb to tell, a time something lasts until lies ahead: `A yellow warning covers the north
    // until 6am on Thursday`.)
    (lang === 'en' && /(?:^|\s)(?:until|till)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, start - 30), start)) ? 'future' : null)
  );
}
