/**
 * TIMEX3-style values and anchor arithmetic: what a recognised temporal expression means
 * (`TemporalSpec`) and how it resolves against the article date (the anchor), which may be
 * complete (`2022-01-12`), partial (`2022-01`, `2022`) or missing.
 *
 * Value conventions (documented in the README):
 * - full date `2022-01-12`; month `2022-01`; year `2022`; ISO week `2022-W02`, weekend `2022-W02-WE`;
 *   season `2022-SU` (SP/SU/FA/WI); decade `199` (the 1990s); century `19` (the 20th century);
 *   time `2022-01-12T10:00` (`XXXX-XX-XXT10:00` when its day is unknown, `2022-01-XXT10:00` when only
 *   its month is known). A clock time is its own mention, next to the day it borrows.
 * - unknown parts are `X`: `XXXX-01-12` (no year), `XXXX-WXX-5` (a Friday of an unknown week).
 * - a deictic expression without any anchor keeps only its granularity: `today`, `yesterday` →
 *   `XXXX-XX-XX`, `next week` → `XXXX-WXX`, `last month` → `XXXX-XX`, `last year` → `XXXX`,
 *   `this decade` → `XXX`, `last quarter` → `XXXX-QX`. (`today` is a day like any other: PRESENT_REF,
 *   TIMEX3's "the time of writing", is kept for `now`-like words, which are not extracted.)
 * - with a month-only anchor a relative day (`today`, `yesterday`, up to a week away) and `this week`
 *   resolve to the anchor month: it is the best precision available (today is certainly in that month,
 *   a day a few days away almost always is); a weekday stays `XXXX-WXX-5` since its week is unknown.
 * - `the weekend` / `this weekend` is the anchor week's (`2022-W02-WE`); told in the past on a weekday,
 *   the weekend just gone (the previous ISO week's).
 * - `next summer` is the first summer beginning after the anchor's month, `last summer` the last one
 *   that ended before it (`last summer` in October is that year's, in July the year before); a
 *   season without a modifier follows the tense (`latem`, `in the spring`); without an anchor `XXXX-SU`.
 * - `ostatni tydzień`, `w ciągu ostatniego tygodnia`: the seven days up to the anchor, valued as the
 *   previous ISO week (`2019-W18`), the anchor month with a month-only anchor, `XXXX-WXX` without one.
 * - `sprzed roku` / `sprzed miesiąca` / `sprzed tygodnia` equal `rok temu` / `miesiąc temu` /
 *   `tydzień temu`: the year before (`2018`, not the same month of it), the month before, the day
 *   seven days before.
 * - days told from the narrative (`dzień wcześniej`, `the next day`) count from the day named just
 *   before in the paragraph, `the same day` is the last day named; without one, from the anchor
 *   (`XXXX-XX-XX` without an anchor; `XXXX-WXX-4` for the day before a Friday of an unknown week).
 */

/** The article date split into its known parts. */
export interface Anchor {
  y: number;
  m?: number;
  d?: number;
}

export type Tense = 'past' | 'future' | null;
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** What a temporal expression means, before resolution against the anchor. */
/**
 * A movable feast: days from Easter Sunday (`Good Friday` -2, `Boże Ciało` 60), or the nth weekday of a
 * month (`Memorial Day`: the last Monday of May, n = -1; `Thanksgiving`: the fourth Thursday of
 * November), perhaps plus some days (`Black Friday`: the day after Thanksgiving). Its spec's `m`/`d` give a
 * usual date, which only chooses the year.
 */
export type Feast = { easter: number } | { month: number; wd: number; n: number; plus?: number };

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(y: number): { m: number; d: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { m: month, d: day };
}

/** The calendar day of a movable feast in year y. */
export function feastDay(f: Feast, y: number): { m: number; d: number } {
  if ('easter' in f) {
    const e = easterSunday(y);
    const c = fromDayNumber(dayNumber(y, e.m, e.d) + f.easter);
    return { m: c.m, d: c.d };
  }
  if (f.n > 0) {
    const first = isoWeekday(y, f.month, 1);
    const d = 1 + ((f.wd - first + 7) % 7) + 7 * (f.n - 1);
    if (!f.plus) return { m: f.month, d };
    // (Days after it: `Black Friday` is the day after Thanksgiving.)
    const c = fromDayNumber(dayNumber(y, f.month, d) + f.plus);
    return { m: c.m, d: c.d };
  }
  const lastDay = daysInMonth(y, f.month);
  const last = isoWeekday(y, f.month, lastDay);
  return { m: f.month, d: lastDay - ((last - f.wd + 7) % 7) };
}

export type TemporalSpec =
  /** Calendar date with possibly missing parts; `yOff` = year relative to the anchor (`w marcu ubiegłego roku`). */
  | { t: 'date'; y?: number; m?: number; d?: number; yOff?: number; side?: 'past' | 'future'; feast?: Feast }
  /**
   * Relative day: today 0, yesterday -1, tomorrow 1, `3 dni temu` -3. `ana` marks a day told from
   * the narrative rather than from the article date, with the anchor as fallback: `day` counts n
   * days from the day named just before (`dzień wcześniej`, `the next day`), `week` likewise but
   * from a week as well (`tydzień wcześniej` after `w ubiegłym tygodniu`; n stays in days), `same`
   * is the last day named before (`tego samego dnia`, `the same day`).
   */
  | { t: 'day'; n: number; ana?: 'day' | 'week' | 'same' }
  /** Weekday 1 (Monday) … 7 (Sunday); `tense` = most recent unless the context is future. */
  | { t: 'weekday'; wd: number; dir: 'tense' | 'last' | 'next' }
  /**
   * ISO week relative to the anchor's; `weekend` for its Saturday–Sunday; `byTense` for a bare `the
   * weekend`; `recent` for the seven days up to the anchor (`w ciągu ostatniego tygodnia`, n = -1).
   */
  | { t: 'week'; n: number; weekend?: boolean; byTense?: boolean; recent?: boolean }
  /** Quarter (`w I kwartale`, `Q3 2021`) or half-year (`w pierwszym półroczu`). */
  | { t: 'quarter'; q: number; half?: boolean; y?: number; yOff?: number }
  /** Quarter relative to the anchor's (`last quarter` -1, `this quarter` 0). */
  | { t: 'quarterShift'; n: number }
  /**
   * Month or year relative to the anchor; `ana` marks an anaphoric shift (`w poprzednim miesiącu`,
   * `the previous year`) that counts from the period named just before, when there is one.
   */
  | { t: 'month'; n: number; ana?: boolean }
  | { t: 'year'; n: number; ana?: boolean }
  /** Decade relative to the anchor's (`koniec dekady`, `this decade`): value `202` for the 2020s. */
  | { t: 'decade'; n: number }
  /**
   * Season: `y` a written year; `n` steps to the next (1) or last (-1) such season from the anchor
   * (`next summer`, `zeszłej zimy`; 0 = this one); `yOff` a year relative to the anchor's
   * (`jesienią przyszłego roku`, `the fall of next year`).
   */
  | { t: 'season'; s: Season; y?: number; n?: number; yOff?: number }
  /** Decade (`199`) or century (`19`): the value is fixed. */
  | { t: 'fixed'; v: string }
  | { t: 'time'; h: number; min: number; base?: TemporalSpec }
  /** A part of the day (`rano`, `evening`): only extends a neighbouring expression. */
  | { t: 'part' };

/** TIMEX3 parts of the day: morning, midday, afternoon, evening, night. */
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

/** Vague times, valued as TIMEX3 does (`recently`, `niedawno`; `soon`, `wkrótce`): listed among the dates, never an event's time. */
export const PAST_REF: TemporalSpec = { t: 'fixed', v: 'PAST_REF' };
/** `right now`: the present moment, which TIMEX3 values PRESENT_REF. */
export const PRESENT_REF: TemporalSpec = { t: 'fixed', v: 'PRESENT_REF' };
export const FUTURE_REF: TemporalSpec = { t: 'fixed', v: 'FUTURE_REF' };

/** A recognised expression: token range [s, e) of the shared tokenizer and its meaning. */
export interface TemporalMatch {
  s: number;
  e: number;
  spec: TemporalSpec;
  /** For a clock time that borrows its day from another expression: that expression's index. */
  baseOf?: number;
  /** A Polish part of the day joined to a day (`w piątek wieczorem` → `EV`): the value's TIMEX3 `T` suffix. */
  part?: DayPart;
  /** True when that expression is in another sentence of the paragraph. */
  baseFar?: boolean;
}

const DAY_MS = 86400000;

/** Parses an anchor (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally with a time) or returns null. */
export function parseAnchor(anchor: string | null | undefined): Anchor | null {
  if (!anchor) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(anchor.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return { y };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return { y };
  if (!m[3]) return { y, m: mo };
  const d = Number(m[3]);
  if (d < 1 || d > daysInMonth(y, mo)) return { y, m: mo };
  return { y, m: mo, d };
}

/** Number of days in a month (1-based month). */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when y-m-d is a real calendar date. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Calendar date of a day number. */
export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(y: number, m: number, d: number): number {
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO-8601 week-numbering year and week of a date. */
export function isoWeek(y: number, m: number, d: number): { year: number; week: number } {
  const n = dayNumber(y, m, d);
  const thursday = n + 4 - isoWeekday(y, m, d); // the Thursday of this ISO week decides its year
  const ty = fromDayNumber(thursday).y;
  const week = Math.floor((thursday - dayNumber(ty, 1, 1)) / 7) + 1;
  return { year: ty, week };
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Formats a full date as `YYYY-MM-DD`. */
export function formatDate(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

function formatDayNumber(n: number): string {
  const c = fromDayNumber(n);
  return formatDate(c.y, c.m, c.d);
}

function formatWeekOf(n: number): string {
  const c = fromDayNumber(n);
  const w = isoWeek(c.y, c.m, c.d);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

/** Month offset between the anchor's month and (y, m). */
function monthIndex(y: number, m: number): number {
  return y * 12 + (m - 1);
}

/**
 * Picks the year of a month (and optional day) given without one: the candidate nearest to the
 * anchor; when that candidate contradicts a clear tense and lies more than two months away, the
 * nearest one on the tense's side (`w marcu odbędą się wybory` in a July article → next March).
 * This also handles rollover: a December date in a January article is the previous December.
 */
export function chooseYear(anchor: Anchor, m: number, d: number | undefined, tense: Tense): number {
  const cands = [anchor.y - 1, anchor.y, anchor.y + 1];
  const useDays = anchor.m !== undefined && anchor.d !== undefined && d !== undefined;
  const aDay = useDays ? dayNumber(anchor.y, anchor.m!, anchor.d!) : 0;
  const aMon = anchor.m !== undefined ? monthIndex(anchor.y, anchor.m) : 0;
  const diff = (y: number): number => {
    if (useDays) return (dayNumber(y, m, Math.min(d!, daysInMonth(y, m))) - aDay) / 30.44;
    return monthIndex(y, m) - aMon;
  };
  if (anchor.m === undefined) return anchor.y;
  let best = cands[0];
  for (const y of cands) if (Math.abs(diff(y)) < Math.abs(diff(best))) best = y;
  const bd = diff(best);
  if (Math.abs(bd) > 2 && ((tense === 'past' && bd > 0) || (tense === 'future' && bd < 0))) {
    let alt: number | null = null;
    for (const y of cands) {
      const dy = diff(y);
      if ((tense === 'past' ? dy <= 0 : dy >= 0) && (alt === null || Math.abs(dy) < Math.abs(diff(alt)))) alt = y;
    }
    if (alt !== null && Math.abs(diff(alt)) <= 12) return alt;
  }
  return best;
}

/** True when resolving this spec may depend on tense (so the caller computes it only then). */
export function needsTense(spec: TemporalSpec, anchor: Anchor | null): boolean {
  if (!anchor) return false;
  switch (spec.t) {
    case 'weekday':
      return spec.dir === 'tense' && anchor.d !== undefined;
    case 'date':
      return spec.y === undefined && spec.yOff === undefined && spec.m !== undefined && anchor.m !== undefined;
    case 'season':
      return spec.y === undefined && spec.n === undefined && spec.yOff === undefined;
    case 'quarter':
      return spec.y === undefined && spec.yOff === undefined && !spec.half && anchor.m !== undefined;
    case 'time':
      return spec.base ? needsTense(spec.base, anchor) : false;
    case 'week':
      // `this weekend` too: told in the past on a weekday it is the weekend just gone.
      return (!!spec.byTense || (!!spec.weekend && spec.n === 0)) && anchor.d !== undefined;
    default:
      return false;
  }
}

/** Resolves a spec against the anchor into a TIMEX3-like value. */
export function resolveSpec(spec: TemporalSpec, anchor: Anchor | null, tense: Tense): string {
  switch (spec.t) {
    case 'date':
      return resolveDate(spec, anchor, tense);
    case 'day':
      return resolveDay(spec.n, anchor);
    case 'weekday':
      return resolveWeekday(spec.wd, spec.dir, anchor, tense);
    case 'week':
      return resolveWeek(spec, anchor, tense);
    case 'quarter': {
      let y = spec.y !== undefined ? pad4(spec.y) : anchor ? pad4(anchor.y + (spec.yOff ?? 0)) : 'XXXX';
      if (spec.y === undefined && spec.yOff === undefined && !spec.half && anchor?.m !== undefined && tense === 'past' && spec.q > Math.floor((anchor.m - 1) / 3) + 1) {
        // A year-less quarter told in the past that has not begun yet is last year's (`added … in the
        // fourth quarter`, said in January). (Not the other way round: results for a finished
        // quarter are announced in the future tense.)
        y = pad4(anchor.y - 1);
      }
      return `${y}-${spec.half ? 'H' : 'Q'}${spec.q}`;
    }
    case 'quarterShift': {
      if (!anchor || anchor.m === undefined) return anchor && spec.n === 0 ? pad4(anchor.y) : 'XXXX-QX';
      const idx = anchor.y * 4 + Math.floor((anchor.m - 1) / 3) + spec.n;
      return `${pad4(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`;
    }
    case 'month':
      return resolveMonthShift(spec.n, anchor);
    case 'year':
      return anchor ? pad4(anchor.y + spec.n) : 'XXXX';
    case 'decade':
      return anchor ? String(Math.floor(anchor.y / 10) + spec.n).padStart(3, '0') : 'XXX';
    case 'season': {
      let y: string;
      if (spec.y !== undefined) y = pad4(spec.y);
      else if (!anchor) y = 'XXXX';
      else if (spec.n !== undefined) y = pad4(seasonStep(spec.s, anchor, spec.n));
      else if (spec.yOff !== undefined) y = pad4(seasonYear(spec.s, anchor, null) + spec.yOff);
      else y = pad4(seasonYear(spec.s, anchor, tense));
      return `${y}-${spec.s}`;
    }
    case 'fixed':
      return spec.v;
    case 'time':
      return withTime(spec.base ? resolveSpec(spec.base, anchor, tense) : null, spec.h, spec.min);
    case 'part':
      return anchor && anchor.d !== undefined ? formatDate(anchor.y, anchor.m!, anchor.d) : 'XXXX-XX-XX';
  }
}

/** Combines a day's value with a clock time (`2022-01-12` + 10:30 → `2022-01-12T10:30`, `2022-01` + 10:30 → `2022-01-XXT10:30`). */
export function withTime(day: string | null, h: number, min: number): string {
  const hm = `T${pad2(h)}:${pad2(min)}`;
  if (day) {
    if (/^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d|W\d\d-\d|XX-XX)$/.test(day)) return day + hm;
    // A day known only to its month or year (a partial anchor): the day stays unknown, the clock is kept.
    if (/^\d{4}-\d\d$/.test(day)) return `${day}-XX${hm}`;
    if (/^\d{4}$/.test(day)) return `${day}-XX-XX${hm}`;
  }
  return 'XXXX-XX-XX' + hm;
}

function resolveDate(
  spec: { y?: number; m?: number; d?: number; yOff?: number; side?: 'past' | 'future'; feast?: Feast },
  anchor: Anchor | null,
  tense: Tense,
): string {
  if (spec.feast) {
    let fy: number | undefined = spec.y ?? (spec.yOff !== undefined && anchor ? anchor.y + spec.yOff : undefined);
    if (fy === undefined && anchor && spec.m !== undefined) fy = chooseYear(anchor, spec.m, spec.d, tense);
    // (Without a year the day is unknown; a feast of a fixed month keeps its month.)
    if (fy === undefined) return 'month' in spec.feast ? `XXXX-${pad2(spec.feast.month)}` : 'XXXX';
    const c = feastDay(spec.feast, fy);
    return formatDate(fy, c.m, c.d);
  }
  let y: number | undefined = spec.y;
  if (y === undefined && spec.yOff !== undefined && anchor) y = anchor.y + spec.yOff;
  if (y === undefined && spec.m !== undefined && anchor && spec.side && anchor.m !== undefined) {
    // `last March` / `next March`: strictly before / after the anchor's month.
    const a = anchor.y * 12 + anchor.m - 1;
    y = anchor.y;
    if (spec.side === 'past' && y * 12 + spec.m - 1 >= a) y--;
    if (spec.side === 'future' && y * 12 + spec.m - 1 <= a) y++;
  }
  if (y === undefined && spec.m !== undefined && anchor) y = chooseYear(anchor, spec.m, spec.d, tense);
  const ys = y === undefined ? 'XXXX' : pad4(y);
  if (spec.m === undefined) return ys;
  if (spec.d === undefined) return `${ys}-${pad2(spec.m)}`;
  return `${ys}-${pad2(spec.m)}-${pad2(spec.d)}`;
}

function resolveDay(n: number, anchor: Anchor | null): string {
  if (!anchor) return 'XXXX-XX-XX';
  if (anchor.m === undefined) return pad4(anchor.y);
  // Month-only anchor: the day is unknown but almost surely in the anchor month (see header).
  if (anchor.d === undefined) return Math.abs(n) <= 7 ? `${pad4(anchor.y)}-${pad2(anchor.m)}` : 'XXXX-XX-XX';
  return formatDayNumber(dayNumber(anchor.y, anchor.m, anchor.d) + n);
}

/** Resolves a weekday: `tense` → most recent at/before the anchor unless the context is future. */
export function resolveWeekday(wd: number, dir: 'tense' | 'last' | 'next', anchor: Anchor | null, tense: Tense): string {
  if (!anchor) return `XXXX-WXX-${wd}`;
  // (An anchor with no day still gives the year: `we wtorek` in an article dated 2018-01 is `2018-WXX-2`.)
  if (anchor.m === undefined || anchor.d === undefined) return `${pad4(anchor.y)}-WXX-${wd}`;
  const a = dayNumber(anchor.y, anchor.m, anchor.d);
  const awd = isoWeekday(anchor.y, anchor.m, anchor.d);
  let n: number;
  if (dir === 'last') n = a - (((awd - wd + 7) % 7) || 7);
  else if (dir === 'next') n = a + (((wd - awd + 7) % 7) || 7);
  else if (tense === 'future') n = a + ((wd - awd + 7) % 7);
  else n = a - ((awd - wd + 7) % 7);
  return formatDayNumber(n);
}

function resolveWeek(spec: { n: number; weekend?: boolean; byTense?: boolean; recent?: boolean }, anchor: Anchor | null, tense: Tense): string {
  let n = spec.n;
  const we = spec.weekend ? '-WE' : '';
  if (spec.weekend && anchor?.d !== undefined) {
    // Weekends are told from the anchor's weekday: the anchor week's weekend, except that on a
    // weekday a weekend told in the past (`protesters marched over the weekend`) is the one just
    // gone, in the previous ISO week; `next weekend` on a weekday is this week's.
    const awd = isoWeekday(anchor.y, anchor.m!, anchor.d);
    if (n === 0) n = tense === 'past' && awd <= 5 ? -1 : 0;
    else if (n === 1) n = awd <= 5 ? 0 : 1;
  }
  if (!anchor) return 'XXXX-WXX' + we;
  if (spec.byTense && anchor.d === undefined) return 'XXXX-WXX' + we;
  // The seven days up to the anchor: the previous ISO week; with a month-only or year-only anchor
  // they almost surely lie in the anchor's month or year (as relative days up to a week do).
  if (spec.recent && anchor.d === undefined) return anchor.m === undefined ? pad4(anchor.y) : `${pad4(anchor.y)}-${pad2(anchor.m)}`;
  // Year-only anchor: `this week` is somewhere in that year; other weeks are unknown.
  if (anchor.m === undefined) return n === 0 ? pad4(anchor.y) : 'XXXX-WXX' + we;
  if (anchor.d === undefined) return n === 0 ? `${pad4(anchor.y)}-${pad2(anchor.m)}` : 'XXXX-WXX' + we;
  return formatWeekOf(dayNumber(anchor.y, anchor.m, anchor.d) + 7 * n) + we;
}

function resolveMonthShift(n: number, anchor: Anchor | null): string {
  if (!anchor) return 'XXXX-XX';
  if (anchor.m === undefined) return n === 0 ? pad4(anchor.y) : 'XXXX-XX';
  const idx = monthIndex(anchor.y, anchor.m) + n;
  return `${pad4(Math.floor(idx / 12))}-${pad2((idx % 12) + 1)}`;
}

const SEASON_MID: Record<Season, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

function seasonYear(s: Season, anchor: Anchor, tense: Tense): number {
  if (anchor.m === undefined) return anchor.y;
  // Winter spans the year boundary: TIMEX3 files December–February under the year it starts in.
  if (s === 'WI') return anchor.m <= 3 ? anchor.y - 1 : anchor.y;
  const mid = SEASON_MID[s];
  if (tense === 'past' && mid > anchor.m + 1) return anchor.y - 1;
  if (tense === 'future' && mid < anchor.m - 1) return anchor.y + 1;
  return anchor.y;
}

/** First month of each season (month index within its year; winter starts in December). */
const SEASON_START: Record<Season, number> = { SP: 2, SU: 5, FA: 8, WI: 11 };

/**
 * The year of the season n steps from the anchor: `next` (n > 0) counts from the first one that
 * begins after the anchor's month, `last` (n < 0) from the last one that ended before it (`last
 * summer` in October is the summer just gone, in July the previous year's), 0 is this one.
 */
function seasonStep(s: Season, anchor: Anchor, n: number): number {
  if (n === 0 || anchor.m === undefined) return seasonYear(s, anchor, null) + n;
  const a = monthIndex(anchor.y, anchor.m);
  const start = (y: number): number => y * 12 + SEASON_START[s];
  if (n > 0) {
    let y = anchor.y - 1;
    while (start(y) <= a) y++;
    return y + n - 1;
  }
  let y = anchor.y;
  while (start(y) + 2 >= a) y--;
  return y + n + 1;
}

/**
 * Shifts a resolved value by n days, weeks, months or years (`2025-12` − 1 month → `2025-11`,
 * `2022-01-12` − 1 day → `2022-01-11`), keeping the granularity the unit asks for (a clock time is
 * dropped); null when the value is too coarse or not a calendar value.
 */
export function shiftValue(value: string, unit: 'day' | 'week' | 'month' | 'year', n: number): string | null {
  if (unit === 'day' || unit === 'week') return shiftDays(value, unit, n);
  const m = /^(\d{4})(?:-(\d\d))?/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (unit === 'year') return pad4(y + n);
  if (!m[2]) return null;
  const idx = monthIndex(y, Number(m[2])) + n;
  return `${pad4(Math.floor(idx / 12))}-${pad2((idx % 12) + 1)}`;
}

/**
 * Day and week shifts of a day-level value. A week shift also moves an ISO week (`2023-W48` − 1 →
 * `2023-W47`); a day shift of a day without a year keeps the year unknown, and of a weekday of an
 * unknown week (`XXXX-WXX-5` − 1 → `XXXX-WXX-4`) keeps the week unknown.
 */
function shiftDays(value: string, unit: 'day' | 'week', n: number): string | null {
  const days = unit === 'week' ? 7 * n : n;
  let m = /^(\d{4})-(\d\d)-(\d\d)(?:$|T)/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    return isValidDate(y, mo, d) ? formatDayNumber(dayNumber(y, mo, d) + days) : null;
  }
  if ((m = /^XXXX-(\d\d)-(\d\d)(?:$|T)/.exec(value))) {
    // Without a year, 29 February needs a leap year; any other day is told in a common year.
    const mo = Number(m[1]);
    const d = Number(m[2]);
    const y = mo === 2 && d === 29 ? 2000 : 2001;
    if (!isValidDate(y, mo, d)) return null;
    const c = fromDayNumber(dayNumber(y, mo, d) + days);
    return `XXXX-${pad2(c.m)}-${pad2(c.d)}`;
  }
  if ((m = /^XXXX-WXX-([1-7])(?:$|T)/.exec(value))) return `XXXX-WXX-${((((Number(m[1]) - 1 + days) % 7) + 7) % 7) + 1}`;
  if (/^XXXX-XX-XX(?:$|T)/.test(value)) return 'XXXX-XX-XX';
  if (unit === 'week' && (m = /^(\d{4})-W(\d\d)$/.exec(value))) {
    // The Monday of ISO week w is 7(w−1) days after the Monday of week 1 (the week with 4 January).
    const y = Number(m[1]);
    const jan4 = dayNumber(y, 1, 4);
    const monday = jan4 - (isoWeekday(y, 1, 4) - 1) + 7 * (Number(m[2]) - 1);
    return formatWeekOf(monday + days);
  }
  return null;
}

/** Calendar units that relative expressions count in (`2 tygodnie temu`, `next month`, `the coming decade`). */
export type TimeUnit = 'day' | 'week' | 'month' | 'year' | 'weekend' | 'decade' | 'quarter';

/** The spec of `n` units from the anchor (negative: back): shared by the Polish and English finders. */
export function unitSpec(u: TimeUnit, n: number): TemporalSpec {
  switch (u) {
    case 'day':
      return { t: 'day', n };
    case 'week':
      return { t: 'week', n };
    case 'weekend':
      return { t: 'week', n, weekend: true };
    case 'month':
      return { t: 'month', n };
    case 'year':
      return { t: 'year', n };
    case 'decade':
      return { t: 'decade', n };
    case 'quarter':
      return { t: 'quarterShift', n };
  }
}
