/**
 * English temporal expressions on the shared token stream: `January 12, 2022`, `12 January`,
 * `Jan. 12`, `in March`, `last Friday`, `on Friday`, `today`, `tonight`, `next week`,
 * `earlier this month`, `two days ago`, `in 2021`, `the 1990s`, `10 a.m.`, `over the weekend`, and days
 * and periods told from the narrative: `the previous day`, `the same day`, `a day later`, `a year earlier`.
 *
 * Mentions follow TimeML: `on` in `on Friday` is not part of the mention; `last`, `next`,
 * `earlier this`, `ago` are.
 */
import { GAP_NEWLINE, NUM, PUNCT, WORD, isCapitalised, sentenceInitial, type Tokens } from './tokens';
import { FUTURE_REF, PAST_REF, PRESENT_REF, unitSpec, type Season, type TemporalMatch, type TemporalSpec, type TimeUnit } from './timex';
import { enNumberWord } from './numbers-en';

const MONTHS = new Map<string, number>(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(
    (m, k) => [m, k + 1],
  ),
);
const MONTH_ABBR = new Map<string, number>([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
]);
/** Months that are also common words or first names: alone they need a preposition or a year. */
const AMBIGUOUS_MONTHS = new Set(['march', 'may', 'april', 'june', 'august']);
const MONTH_PREP = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'of', 'early', 'late', 'mid',
  'last', 'next', 'this', 'between', 'and', 'or', 'to', 'end', 'beginning', 'throughout', 'for', 'on', 'that',
  'ending', 'ended',
]);

const WEEKDAYS = new Map<string, number>(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d, k) => [d, k + 1]),
);

/** Abbreviated weekdays, accepted only right before a date (`Wed, January 9, 2019`): alone `Sun`, `Sat`, `Wed` are other words. */
const WEEKDAY_ABBR = new Map<string, number>([
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 7],
]);

// `todays` is a frequent misspelling of `today's`.
const DAY_WORDS = new Map<string, number>([['today', 0], ['todays', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1]]);

const PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'midday', 'noon']);

type Unit = TimeUnit;
// (`this season`, `next season`: a sports season, named by the year it is played in.)
const UNITS = new Map<string, Unit>([['week', 'week'], ['month', 'month'], ['year', 'year'], ['weekend', 'weekend'], ['decade', 'decade'], ['season', 'year']]);
const COUNT_UNITS = new Map<string, Unit>([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'],
]);

const SEASONS = new Map<string, Season>([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

const YEAR_PREP = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'of', 'the', 'early', 'late',
  'mid', 'between', 'year', 'around', 'circa', 'throughout', 'for', 'fiscal', 'a', 'an', 'its', 'his', 'her', 'their',
  'our', 'this', 'that', 'at', 'into', 'within',
]);
/** Determiners before an adjective and an attributive year (`the official 2018 figures`). */
const DETERMINER = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'a', 'an']);
/** Quantifying words before a number, which make it a count (`the remaining 2000 …`, `the first 1500 …`). */
const NOT_YEAR_ADJ = new Set([
  'remaining', 'other', 'first', 'last', 'next', 'estimated', 'additional', 'extra', 'total', 'roughly', 'nearly',
  'almost', 'about', 'around', 'over', 'some', 'more', 'fewer', 'less', 'least', 'most', 'just', 'only', 'entire', 'whole',
]);
/** Words after `the May …` that make the month a surname (`the May family`, `the May government`). */
const NOT_AFTER_MONTH = /^(?:of|family|families|government|administration|cabinet|era|camp|team|brothers|sisters|household|ministry|years|and|or)$/;
/** Words that may open a range before `and`/`to` (`between now and 2030`, `from today to 2024`). */
const RANGE_OPEN = new Set(['between', 'from', 'now', 'today', 'then', 'here']);
/** Words after a 4-digit number that make it a count, not a year (`of 2000 people`). */
const COUNT_AFTER = new Set([
  'people', 'dollars', 'euros', 'pounds', 'percent', 'per', 'troops', 'soldiers', 'killed', 'dead', 'deaths',
  'injured', 'cases', 'km', 'miles', 'metres', 'meters', 'homes', 'jobs', 'votes', 'residents', 'children',
  'employees', 'workers', 'members', 'staff', 'units', 'cars', 'vehicles', 'tonnes', 'tons', 'barrels', 'shares',
  'feet', 'kg', 'points', 'patients', 'students', 'users', 'customers', 'pages', 'words', 'times', 'hours', 'minutes',
  'gmt', 'utc', 'bst', 'cet', 'hrs', 'local',
]);

/** -1 last, 1 next, 0 this, for `last`/`next`/`this`/`coming`. */
function modifier(tk: Tokens, i: number): { n: number; s: number } | null {
  const lc = tk.lc[i];
  if (tk.kind[i] !== WORD) return null;
  if (lc === 'last') return { n: -1, s: i };
  if (lc === 'next') return { n: 1, s: i };
  if (lc === 'coming' || lc === 'past') {
    // `this coming Friday` / `this past Friday`
    if (i > 0 && tk.lc[i - 1] === 'this' && sameLine(tk, i)) return { n: lc === 'coming' ? 1 : -1, s: i - 1 };
    return null;
  }
  if (lc === 'this') return { n: 0, s: i };
  return null;
}

function sameLine(tk: Tokens, i: number): boolean {
  return i < tk.n && tk.gap[i] !== GAP_NEWLINE;
}

function isTok(tk: Tokens, i: number, s: string): boolean {
  return i < tk.n && tk.lc[i] === s && sameLine(tk, i);
}

function dayNum(tk: Tokens, i: number): number {
  if (i >= tk.n || tk.kind[i] !== NUM || tk.raw[i].length > 2) return 0;
  const d = Number(tk.raw[i]);
  return d >= 1 && d <= 31 ? d : 0;
}

function year4(tk: Tokens, i: number, lo = 1000, hi = 2999): number {
  if (i >= tk.n || tk.kind[i] !== NUM || tk.raw[i].length !== 4 || !sameLine(tk, i)) return 0;
  const y = Number(tk.raw[i]);
  return y >= lo && y <= hi ? y : 0;
}

function spec(s: number, e: number, sp: TemporalSpec): TemporalMatch {
  return { s, e, spec: sp };
}

/** Month token at i (capitalised; abbreviations with an optional dot): month number and end index. */
function monthAt(tk: Tokens, i: number, allowAbbr: boolean): { m: number; e: number } | null {
  if (i >= tk.n || tk.kind[i] !== WORD || !isCapitalised(tk, i)) return null;
  const lc = tk.lc[i];
  const m = MONTHS.get(lc);
  if (m) return { m, e: i + 1 };
  if (!allowAbbr) return null;
  const a = MONTH_ABBR.get(lc);
  if (!a) return null;
  return { m: a, e: isTok(tk, i + 1, '.') && tk.gap[i + 1] === 0 ? i + 2 : i + 1 };
}

/** Ordinal suffix glued to a day (`3rd`). */
function afterOrdinal(tk: Tokens, i: number): number {
  if (i < tk.n && tk.gap[i] === 0 && /^(?:st|nd|rd|th)$/.test(tk.lc[i])) return i + 1;
  return i;
}

/** `, 2022` or ` 2022` after a month-day. */
function yearAfter(tk: Tokens, k: number): { e: number; y: number } | null {
  let j = k;
  if (isTok(tk, j, ',')) j++;
  // `December-2014` (hyphen glued on both sides).
  else if (isTok(tk, j, '-') && tk.gap[j] === 0 && j + 1 < tk.n && tk.gap[j + 1] === 0) j++;
  const y = year4(tk, j);
  if (!y) return null;
  if (j + 1 < tk.n && sameLine(tk, j + 1) && COUNT_AFTER.has(tk.lc[j + 1])) return null;
  return { e: j + 1, y };
}

/** `January 12`, `Jan. 12, 2022`, `March 3rd`, `January 2022`, `January`. */
function matchMonthFirst(tk: Tokens, i: number): TemporalMatch | null {
  const mo = monthAt(tk, i, true);
  if (!mo) return null;
  const isAbbr = !MONTHS.has(tk.lc[i]);
  // Modifiers before a month name belong to the mention (`early January`, `mid-January`, `last March`).
  let s = i;
  let side: 'past' | 'future' | undefined;
  if (i > 0 && sameLine(tk, i)) {
    const p = tk.lc[i - 1];
    if (p === 'early' || p === 'late') s = i - 1;
    else if (p === '-' && tk.gap[i] === 0 && i > 1 && tk.lc[i - 2] === 'mid') s = i - 2;
    else if (p === 'mid') s = i - 1;
    else if (p === 'last' || p === 'next') {
      s = i - 1;
      side = p === 'last' ? 'past' : 'future';
    }
  }
  const d = sameLine(tk, mo.e) ? dayNum(tk, mo.e) : 0;
  // (Not `May 10:30`, a clock time; but a dateline's `Toronto, Dec 31: …` is the day.)
  if (d && !(mo.e + 1 < tk.n && tk.raw[mo.e + 1] === ':' && tk.gap[mo.e + 1] === 0 && mo.e + 2 < tk.n && tk.kind[mo.e + 2] === NUM && tk.gap[mo.e + 2] === 0)) {
    const e = afterOrdinal(tk, mo.e + 1);
    const ya = yearAfter(tk, e);
    if (ya) return spec(s, ya.e, { t: 'date', y: ya.y, m: mo.m, d });
    // `September 13 last year`, `on March 2 this year`.
    const yo = sameLine(tk, e) && isTok(tk, e + 1, 'year') ? (tk.lc[e] === 'last' ? -1 : tk.lc[e] === 'this' ? 0 : tk.lc[e] === 'next' ? 1 : null) : null;
    if (yo !== null) return spec(s, e + 2, { t: 'date', yOff: yo, m: mo.m, d });
    return spec(s, e, { t: 'date', m: mo.m, d, side });
  }
  let j = mo.e;
  if (isTok(tk, j, 'of')) j++;
  const ya = yearAfter(tk, j);
  if (ya) return spec(s, ya.e, { t: 'date', y: ya.y, m: mo.m });
  if (isAbbr) return null;
  if (AMBIGUOUS_MONTHS.has(tk.lc[i])) {
    const p = i > 0 && sameLine(tk, i) ? tk.lc[i - 1] : '';
    // (`the March trial`, `a June report`: after a determiner and before a common noun.)
    const attributive = DETERMINER.has(p) && mo.e < tk.n && sameLine(tk, mo.e) && tk.kind[mo.e] === WORD && !isCapitalised(tk, mo.e) && !NOT_AFTER_MONTH.test(tk.lc[mo.e]);
    if (!MONTH_PREP.has(p) && s === i && !attributive) return null;
  }
  return spec(s, mo.e, { t: 'date', m: mo.m, side });
}

/** `12 January 2022`, `12th of January`. */
function matchDayFirst(tk: Tokens, i: number): TemporalMatch | null {
  const d = dayNum(tk, i);
  if (!d) return null;
  if (i > 0 && tk.gap[i] === 0 && (tk.kind[i - 1] === WORD || tk.raw[i - 1] === '-' || tk.raw[i - 1] === '.')) return null;
  let j = afterOrdinal(tk, i + 1);
  if (isTok(tk, j, 'of')) j++;
  if (!sameLine(tk, j)) return null;
  // (`on 5 and 6 April`, `5-6 April`: a day coordinated with the one before the month takes its month.)
  if (j === i + 1 && DAY_LINK.test(tk.lc[j]) && dayNum(tk, j + 1) && sameLine(tk, j + 1)) {
    const next = matchDayFirst(tk, j + 1);
    if (next && next.spec.t === 'date') return spec(i, i + 1, { ...next.spec, d });
    return null;
  }
  const mo = monthAt(tk, j, true);
  if (!mo) return null;
  const ya = yearAfter(tk, mo.e);
  if (ya) return spec(i, ya.e, { t: 'date', y: ya.y, m: mo.m, d });
  return spec(i, mo.e, { t: 'date', m: mo.m, d });
}

const DAY_LINK = /^(?:and|or|to|-|–|&)$/;

/** `March 19 and 20`, `Dec. 3-4`: a day after a month's day and a link is a day of that month. */
function matchTrailingDay(tk: Tokens, i: number): TemporalMatch | null {
  const d = dayNum(tk, i);
  if (!d || i < 3 || !DAY_LINK.test(tk.lc[i - 1]) || !sameLine(tk, i)) return null;
  const pd = dayNum(tk, i - 2);
  if (!pd || pd >= d) return null;
  // (The month right before that day, abbreviated or not: `March 19`, `Dec. 19`.)
  let k = i - 3;
  if (isTok(tk, k, '.') && tk.gap[k] === 0) k--;
  if (k < 0) return null;
  const mo = monthAt(tk, k, true);
  if (!mo || mo.e !== i - 2) return null;
  // (Not a month followed by more: `19 and 20 people`.)
  if (i + 1 < tk.n && tk.kind[i + 1] === WORD && !/^(?:and|or|but|in|at|on|to|for|of|the|a|an|when|as|while|with|by|he|she|they|we|it|i|you|there|this|that|respectively)$/.test(tk.lc[i + 1]) && !isTok(tk, i + 1, ',')) return null;
  const ya = yearAfter(tk, i + 1);
  if (ya) return spec(i, ya.e, { t: 'date', y: ya.y, m: mo.m, d });
  return spec(i, i + 1, { t: 'date', m: mo.m, d });
}

/** `Friday`, `last Friday`, `next Tuesday`, `this coming Monday`. */
function matchWeekday(tk: Tokens, i: number): TemporalMatch | null {
  const mod = modifier(tk, i);
  if (mod && i + 1 < tk.n && sameLine(tk, i + 1)) {
    const wd = WEEKDAYS.get(tk.lc[i + 1]);
    if (wd) return spec(mod.s, i + 2, { t: 'weekday', wd, dir: mod.n < 0 ? 'last' : mod.n > 0 ? 'next' : 'tense' });
  }
  const wd = WEEKDAYS.get(tk.lc[i]);
  if (wd && (isCapitalised(tk, i) || tk.raw[i] === tk.lc[i])) return spec(i, i + 1, { t: 'weekday', wd, dir: 'tense' });
  const ab = WEEKDAY_ABBR.get(tk.lc[i]);
  if (ab && isCapitalised(tk, i) && !(i > 0 && tk.lc[i - 1] === 'the' && sameLine(tk, i))) {
    const e = isTok(tk, i + 1, '.') && tk.gap[i + 1] === 0 ? i + 2 : i + 1;
    const j = isTok(tk, e, ',') ? e + 1 : e;
    if (!sameLine(tk, j)) return null;
    const d = matchMonthFirst(tk, j) ?? matchDayFirst(tk, j);
    // (The comma is left between the two, so that merge joins them into one mention.)
    if (d && d.s === j && d.spec.t === 'date' && d.spec.d !== undefined) return spec(i, e, { t: 'weekday', wd: ab, dir: 'tense' });
  }
  return null;
}

/** `today`, `tonight`, `yesterday`, `this morning`, `last night`, `earlier in the day`, `the day before yesterday`. */
function matchDayWord(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  const n = DAY_WORDS.get(lc);
  // (`USA TODAY`, `BBC Today`: a day word in upper case after an upper-case name is a title.)
  if (n !== undefined && i > 0 && /^\p{Lu}+$/u.test(tk.raw[i - 1]) && tk.raw[i - 1].length >= 2 && /^\p{Lu}/u.test(tk.raw[i]) && sameLine(tk, i)) return null;
  if (n !== undefined) return spec(i, i + 1, { t: 'day', n });
  if (lc === 'this' && i + 1 < tk.n && sameLine(tk, i + 1) && /^(?:morning|afternoon|evening)$/.test(tk.lc[i + 1])) {
    return spec(i, i + 2, { t: 'day', n: 0 });
  }
  if (lc === 'last' && isTok(tk, i + 1, 'night')) return spec(i, i + 2, { t: 'day', n: -1 });
  // `earlier in the day`, `later in the day`: the day of the article.
  if ((lc === 'earlier' || lc === 'later') && isTok(tk, i + 1, 'in') && isTok(tk, i + 2, 'the') && isTok(tk, i + 3, 'day')) {
    return spec(i, i + 4, { t: 'day', n: 0 });
  }
  if (lc === 'the' && isTok(tk, i + 1, 'day') && (isTok(tk, i + 2, 'before') || isTok(tk, i + 2, 'after'))) {
    const w = tk.lc[i + 3];
    if (tk.lc[i + 2] === 'before' && w === 'yesterday' && sameLine(tk, i + 3)) return spec(i, i + 4, { t: 'day', n: -2 });
    if (tk.lc[i + 2] === 'after' && w === 'tomorrow' && sameLine(tk, i + 3)) return spec(i, i + 4, { t: 'day', n: 2 });
  }
  return null;
}

/**
 * `the coming year`, `the year ahead`, `the year to come` (+1); `the previous year`, `the preceding
 * month` (-1, counted from the period named just before: see findDates).
 */
function matchTheUnit(tk: Tokens, i: number): TemporalMatch | null {
  if (tk.lc[i] !== 'the' || !sameLine(tk, i + 1) || !sameLine(tk, i + 2)) return null;
  const w = tk.lc[i + 1];
  let u = UNITS.get(tk.lc[i + 2]);
  if (u && u !== 'weekend' && (w === 'coming' || w === 'upcoming')) return spec(i, i + 3, unitSpec(u, 1));
  // (`the prior month`: `prior` as `previous`.)
  if (u && u !== 'weekend' && (w === 'previous' || w === 'preceding' || w === 'prior' || w === 'following')) {
    // `the following year` counts forward from the period just named, as `the previous year` back.
    if (w === 'following' && u !== 'year' && u !== 'month') return null;
    const sp = unitSpec(u, w === 'following' ? 1 : -1);
    if (sp.t === 'month' || sp.t === 'year') sp.ana = true;
    return spec(i, i + 3, sp);
  }
  u = UNITS.get(w);
  if (!u || u === 'weekend') return null;
  if (isTok(tk, i + 2, 'ahead')) return spec(i, i + 3, unitSpec(u, 1));
  if (isTok(tk, i + 2, 'to') && isTok(tk, i + 3, 'come')) return spec(i, i + 4, unitSpec(u, 1));
  return null;
}

/** Parts of a day named like the day itself (`the next morning`, `the previous night`). */
const DAY_NOUNS = new Set(['day', 'morning', 'afternoon', 'evening', 'night']);
/** Before `the next day`: a stretch of time (`over the next day or two`), not a day. */
const STRETCH_BEFORE = new Set(['over', 'within', 'during', 'for', 'throughout', 'in', 'through']);
/** After `a year earlier`: a comparison or a rescheduling (`a day earlier than planned`), not a date. */
const SHIFT_NOT_AFTER = new Set(['than']);

/** True when token k ends the phrase: punctuation, a line end, the text end, or a plain conjunction or preposition. */
function aloneAfter(tk: Tokens, k: number): boolean {
  if (k >= tk.n || !sameLine(tk, k)) return true;
  if (tk.kind[k] === PUNCT) return tk.raw[k] !== "'" && tk.raw[k] !== '’';
  return /^(?:and|but|or|in|at|on|with|from)$/.test(tk.lc[k]);
}

/**
 * Days and periods told from the narrative rather than from the article date: `the previous day`,
 * `the next morning`, `the day before`, `the same day`, `that day`, `a day earlier`, `two days
 * later`, `a week later`, `a year earlier`, `the year before` (findDates counts them from the
 * period named just before, else from the article date).
 */
function matchNarrative(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  if (lc === 'the' || lc === 'that') {
    let j = i + 1;
    if (isTok(tk, j, 'very')) j++;
    if (isTok(tk, j, 'same') && isTok(tk, j + 1, 'day')) return spec(i, j + 2, { t: 'day', n: 0, ana: 'same' });
    if (lc === 'that' && j === i + 1 && isTok(tk, j, 'day') && !isTok(tk, j + 1, 'of')) return spec(i, j + 1, { t: 'day', n: 0, ana: 'same' });
    if (lc !== 'the' || !sameLine(tk, i + 1) || i + 2 >= tk.n || !sameLine(tk, i + 2)) return null;
    const w = tk.lc[i + 1];
    const u = tk.lc[i + 2];
    const stretch = i > 0 && sameLine(tk, i) && STRETCH_BEFORE.has(tk.lc[i - 1]);
    // `the previous day`, `the next morning`, `the following night`.
    const dir = w === 'previous' || w === 'preceding' ? -1 : w === 'next' || w === 'following' ? 1 : 0;
    if (dir && DAY_NOUNS.has(u) && !stretch && !isTok(tk, i + 3, 'or')) return spec(i, i + 3, { t: 'day', n: dir, ana: 'day' });
    // `the day before`, `the day after`, `the year before`, when nothing follows (`the day before
    // the vote` counts from the vote).
    if ((u === 'before' || u === 'after') && aloneAfter(tk, i + 3)) {
      const n = u === 'before' ? -1 : 1;
      if (w === 'day' || w === 'night') return spec(i, i + 3, { t: 'day', n, ana: 'day' });
      if (w === 'week') return spec(i, i + 3, { t: 'day', n: 7 * n, ana: 'week' });
      if (w === 'month' || w === 'year') return spec(i, i + 3, { t: w, n, ana: true });
    }
    return null;
  }
  // `a day earlier`, `two days later`, `a week later`, `a year earlier`.
  let c = 0;
  if (tk.kind[i] === NUM && tk.raw[i].length <= 3) c = Number(tk.raw[i]);
  else if (lc === 'a' || lc === 'an' || lc === 'one') c = 1;
  else {
    const w = enNumberWord(lc);
    if (w !== undefined && Number.isInteger(w) && w >= 1 && w <= 100) c = w;
  }
  if (!c || !sameLine(tk, i + 1) || !sameLine(tk, i + 2)) return null;
  const u = COUNT_UNITS.get(tk.lc[i + 1]);
  const w = tk.lc[i + 2];
  const dir = w === 'earlier' ? -1 : w === 'later' ? 1 : 0;
  if (!u || !dir || (c === 1) !== !tk.lc[i + 1].endsWith('s')) return null;
  if (i + 3 < tk.n && sameLine(tk, i + 3) && SHIFT_NOT_AFTER.has(tk.lc[i + 3])) return null;
  const n = dir * c;
  if (u === 'day') return spec(i, i + 3, { t: 'day', n, ana: 'day' });
  if (u === 'week') return spec(i, i + 3, { t: 'day', n: 7 * n, ana: 'week' });
  if (u === 'month') return spec(i, i + 3, { t: 'month', n, ana: true });
  if (u === 'year') return spec(i, i + 3, { t: 'year', n, ana: true });
  return null;
}


/** `this week`, `last month`, `next year`, `earlier this month`, `late last year`, `this weekend`. */
function matchRelativeUnit(tk: Tokens, i: number): TemporalMatch | null {
  let s = i;
  let j = i;
  const lc = tk.lc[i];
  if (tk.kind[i] !== WORD) return null;
  if ((lc === 'earlier' || lc === 'later' || lc === 'early' || lc === 'late') && i + 1 < tk.n && sameLine(tk, i + 1)) j = i + 1;
  const mod = modifier(tk, j);
  if (!mod) return null;
  s = Math.min(s, mod.s);
  if (j + 1 >= tk.n || !sameLine(tk, j + 1)) return null;
  const u = UNITS.get(tk.lc[j + 1]);
  if (!u) return null;
  // `over the last month`, `in the next year`: a stretch of time counted from now, not a calendar
  // period (`the last week of June` is not last week either).
  if (mod.n !== 0 && mod.s === j && j === i && i > 0 && tk.lc[i - 1] === 'the' && sameLine(tk, i)) return null;
  return spec(s, j + 2, unitSpec(u, mod.n));
}

/** `two days ago`, `a week ago`, `3 years ago`. */
function matchAgo(tk: Tokens, i: number): TemporalMatch | null {
  let c = 0;
  if (tk.kind[i] === NUM && tk.raw[i].length <= 3) c = Number(tk.raw[i]);
  else if (tk.lc[i] === 'a' || tk.lc[i] === 'an' || tk.lc[i] === 'one') c = 1;
  else {
    const w = enNumberWord(tk.lc[i]);
    if (w !== undefined && Number.isInteger(w) && w >= 1 && w <= 100) c = w;
  }
  if (!c || !sameLine(tk, i + 1)) return null;
  const u = COUNT_UNITS.get(tk.lc[i + 1]);
  if (!u || !isTok(tk, i + 2, 'ago')) return null;
  const sp: TemporalSpec =
    // (`two weeks ago` is a week, as TIMEX3 values it — `2014-W37` —, like `a month ago` is a month.)
    u === 'day' ? { t: 'day', n: -c } : u === 'week' ? { t: 'week', n: -c } : u === 'month' ? { t: 'month', n: -c } : { t: 'year', n: -c };
  return spec(i, i + 3, sp);
}

/** Years after a preposition (`in 2021`, `mid-2021`, `by 2030`), ranges (`2005-2010`), decades (`the 1990s`, `'90s`), centuries. */
function matchYear(tk: Tokens, i: number): TemporalMatch | null {
  // `'90s`
  if (tk.raw[i] === "'" || tk.raw[i] === '’') {
    const j = i + 1;
    if (j + 1 < tk.n && tk.gap[j] === 0 && tk.kind[j] === NUM && tk.raw[j].length === 2 && tk.raw[j][1] === '0' && tk.lc[j + 1] === 's' && tk.gap[j + 1] === 0) {
      const dd = Number(tk.raw[j][0]);
      return spec(i, j + 2, { t: 'fixed', v: (dd >= 3 ? '19' : '20') + tk.raw[j][0] });
    }
    return null;
  }
  // `20th century`, `21st-century`
  if (tk.kind[i] === NUM && tk.raw[i].length <= 2 && i + 2 < tk.n && tk.gap[i + 1] === 0 && /^(?:st|nd|rd|th)$/.test(tk.lc[i + 1])) {
    let j = i + 2;
    if (tk.raw[j] === '-' && tk.gap[j] === 0) j++;
    if (isTok(tk, j, 'century')) {
      const c = Number(tk.raw[i]);
      if (c >= 1 && c <= 21) return spec(i, j + 1, { t: 'fixed', v: String(c - 1).padStart(2, '0') });
    }
    return null;
  }
  const y = year4(tk, i);
  if (!y) return null;
  // `1990s`
  if (i + 1 < tk.n && tk.gap[i + 1] === 0 && tk.lc[i + 1] === 's' && tk.raw[i][3] === '0') {
    return spec(i, i + 2, { t: 'fixed', v: tk.raw[i].slice(0, 3) });
  }
  if (i + 1 < tk.n && tk.gap[i + 1] === 0 && tk.kind[i + 1] === WORD && tk.lc[i + 1] !== 's') return null;
  if (y < 1800 || y > 2100) return null;
  if (i > 0 && tk.gap[i] === 0 && (tk.kind[i - 1] === WORD || tk.raw[i - 1] === '.' || tk.raw[i - 1] === '/')) return null;
  const next = i + 1 < tk.n && sameLine(tk, i + 1) ? tk.lc[i + 1] : '';
  if (COUNT_AFTER.has(next)) return null;
  const prev = i > 0 && sameLine(tk, i) ? tk.lc[i - 1] : '';
  if (prev === '-' && i > 1 && tk.lc[i - 2] === 'mid' && tk.gap[i - 1] === 0) return spec(i - 2, i + 1, { t: 'date', y });
  // (`the Securities Exchange Act of 1934`: the year in a law's name dates no event of the story.)
  if (prev === 'of' && i >= 2 && /^(Act|Acts|Code|Treaty|Convention|Charter|Constitution)$/.test(tk.raw[i - 2])) return null;
  if (YEAR_PREP.has(prev)) return spec(i, i + 1, { t: 'date', y });
  // An attributive year after a determiner and an adjective (`the official 2018 figures`, `the last
  // 2007 census`); a count would carry its noun (`the remaining 2000 troops`) or a comma.
  // (`last`, `first`, `next` count only before a plural — `the last 2000 troops` —, not before a
  // singular noun: `the last 2007 census`, `the next 2024 election`.)
  const ordinalBeforeSingular = /^(?:last|first|next)$/.test(prev) && /\p{Ll}$/u.test(next) && !/[^siu]s$/.test(next);
  if (y >= 1900 && y <= 2040 && i >= 2 && DETERMINER.has(tk.lc[i - 2]) && tk.kind[i - 1] === WORD && !isCapitalised(tk, i - 1) && (!NOT_YEAR_ADJ.has(prev) || ordinalBeforeSingular) && tk.kind[i + 1] === WORD && sameLine(tk, i + 1) && !isCapitalised(tk, i + 1)) {
    return spec(i, i + 1, { t: 'date', y });
  }
  // (`sales rose 3% compared with 2019`, `up 141% on 2010`: the year a change is measured against.)
  if (((prev === 'with' || prev === 'to') && i >= 2 && /^(?:compared|comparison)$/.test(tk.lc[i - 2])) ||
    (prev === 'on' && i >= 3 && [tk.lc[i - 2], tk.lc[i - 3]].some((w) => w === '%' || w === 'percent' || w === 'cent'))) return spec(i, i + 1, { t: 'date', y });
  // `compared to 1990 levels`, `above 2019 figures`, `through to 2033`.
  if ((prev === 'to' || prev === 'with' || prev === 'above' || prev === 'below') && /^(?:levels?|figures|prices|rates|standards)$/.test(next)) return spec(i, i + 1, { t: 'date', y });
  if (prev === 'to' && i >= 2 && (tk.lc[i - 2] === 'through' || tk.lc[i - 2] === 'out') && !COUNT_AFTER.has(next)) return spec(i, i + 1, { t: 'date', y });
  // A year closing a quoted name (`„Dwa Teatry – Zamość 2023”`, `"Expo 2025"`).
  // (Not a far-off programme or party name: `„Polska 2050”`, `"Agenda 2030"`.)
  if (i > 0 && y < 2030 && isCapitalised(tk, i - 1) && tk.gap[i] > 0 && i + 1 < tk.n && tk.gap[i + 1] === 0 && /^[”"»]$/.test(tk.raw[i + 1])) return spec(i, i + 1, { t: 'date', y });
  // `between now and 2030`, `from today to 2024`.
  if ((prev === 'and' || prev === 'to') && i >= 2 && RANGE_OPEN.has(tk.lc[i - 2])) return spec(i, i + 1, { t: 'date', y });
  // `Britain's 2016 referendum`, `(2019)`.
  if (prev === 's' && i >= 2 && (tk.raw[i - 2] === "'" || tk.raw[i - 2] === '’') && tk.gap[i - 1] === 0) return spec(i, i + 1, { t: 'date', y });
  if (prev === '(' && isTok(tk, i + 1, ')')) return spec(i, i + 1, { t: 'date', y });
  // A year as the subject of a clause (`in states like Nebraska, 2014 was a record year`, `2020 saw …`).
  if (y >= 1900 && y <= 2040 && (i === 0 || !sameLine(tk, i) || prev === ',' || prev === '.' || prev === 'and' || prev === 'but') && /^(?:was|is|will|has|had|saw|sees|brought|marked|proved|became|began|ended)$/.test(next)) return spec(i, i + 1, { t: 'date', y });
  // (`it could now be 2027 before its construction is completed`, `it will be 2030 until …`: the year a
  // wait runs to, as the complement of `be`.)
  if (y >= 1900 && y <= 2100 && /^(?:be|is|was|been)$/.test(prev) && /^(?:before|until|when)$/.test(next)) return spec(i, i + 1, { t: 'date', y });
  // Possessive or attributive year at a sentence start (`2021 was a record year`).
  if (next === "'" || next === '’') return spec(i, i + 1, { t: 'date', y });
  // The second year of a range: `2005-2010`, `from 2005 to 2010`, `between 2005 and 2010`.
  if (i >= 2 && (prev === '-' || prev === '–' || prev === 'to' || prev === 'and')) {
    const py = year4(tk, i - 2);
    if (py && py < y) return spec(i, i + 1, { t: 'date', y });
    // (`in 2023 and 2022`: a year coordinated with one read after a preposition, in any order.)
    if (py && (prev === 'and') && i >= 3 && YEAR_PREP.has(tk.lc[i - 3])) return spec(i, i + 1, { t: 'date', y });
  }
  if (prev === 'or' && i >= 3 && year4(tk, i - 2) && YEAR_PREP.has(tk.lc[i - 3])) return spec(i, i + 1, { t: 'date', y });
  // (`in 2014, 2015 or 2016`: a list of years after a preposition.)
  if (prev === ',' || prev === 'or' || prev === 'and') {
    let q = i;
    while (q >= 2 && (tk.raw[q - 1] === ',' || tk.lc[q - 1] === 'and' || tk.lc[q - 1] === 'or') && year4(tk, q - 2)) q -= 2;
    if (q < i && q >= 1 && YEAR_PREP.has(tk.lc[q - 1]) && tk.lc[q - 1] !== 'the' && tk.lc[q - 1] !== 'a') return spec(i, i + 1, { t: 'date', y });
  }
  // (`as soon as 2023`, `as early as 2026`.)
  if (prev === 'as' && i >= 2 && /^(?:soon|early|late)$/.test(tk.lc[i - 2])) return spec(i, i + 1, { t: 'date', y });
  // (`cautiously optimistic about 2012.`, `beyond 2030,`: a year closing its clause after a preposition of
  // topic or reach; a count there would carry its noun.)
  if (y >= 1950 && y <= 2060 && /^(?:about|beyond|past|toward|towards|ahead)$/.test(prev) && (next === '' || (tk.kind[i + 1] !== WORD && /^[.,;:!?)]$/.test(tk.raw[i + 1])))) return spec(i, i + 1, { t: 'date', y });
  // (`the WWDC 2024 keynote`, `HSLC Results 2023:`: a year after a capitalised name, before a singular
  // noun or a colon, names that edition.)
  if (y >= 1990 && y < 2030 && i > 0 && isCapitalised(tk, i - 1) && tk.gap[i] > 0 && sameLine(tk, i) &&
    ((tk.kind[i + 1] === WORD && sameLine(tk, i + 1) && !isCapitalised(tk, i + 1) && !/s$/.test(next) && !COUNT_AFTER.has(next) && /^\p{Ll}{3,}$/u.test(tk.raw[i + 1])) || next === ':')) return spec(i, i + 1, { t: 'date', y });
  // (`At Paris 2024, he won`, `since Wimbledon 2024.`: a recent year closing its clause after a capitalised
  // name names that edition too.)
  if (y >= 1990 && y < 2030 && i > 0 && isCapitalised(tk, i - 1) && !sentenceInitial(tk, i - 1) && tk.gap[i] > 0 && sameLine(tk, i) &&
    (i + 1 >= tk.n || !sameLine(tk, i + 1) || (tk.kind[i + 1] !== WORD && /^[.,;:!?)]$/.test(tk.raw[i + 1]) && !(tk.gap[i + 1] === 0 && tk.raw[i + 1] === '.' && tk.kind[i + 2] === NUM)))) return spec(i, i + 1, { t: 'date', y });
  // The first year of `2005-2010` after a preposition is handled above; a range start elsewhere:
  if (i + 2 < tk.n && (tk.raw[i + 1] === '-' || tk.raw[i + 1] === '–') && year4(tk, i + 2) > y && (YEAR_PREP.has(prev) || prev === '')) {
    return spec(i, i + 1, { t: 'date', y });
  }
  return null;
}

/** Prepositions before a season that name the time (`in spring`, `by autumn`, `until the summer`). */
const SEASON_PREP = /^(?:in|during|over|through|throughout|until|till|by|since|before|after|from|for|into|around|toward|towards|ahead)$/;
/** Parts of a season named before `of` (`the start of the summer`, `the end of winter`). */
const SEASON_PART = /^(?:start|end|beginning|middle|height|rest|remainder|depths|dead)$/;
/** Nouns a season may qualify while still naming the time (`the spring tour`, `the fall concert series`). */
const SEASON_EVENT = new Set(
  (
    'tour tours concert concerts series session sessions semester term break recess holiday holidays vacation offensive ' +
    'campaign election elections meeting meetings summit months weeks season festival festivals harvest sales release ' +
    'releases schedule sitting exams transfer window'
  ).split(' '),
);
/**
 * Words that may follow a season named by a preposition (`in spring, the …`, `by autumn the plant
 * will close`); another lower-case word makes the season a modifier (`in summer camp`). `when` is
 * left out: `in summer when diseases break out` is every summer, not one.
 */
const SEASON_FOLLOW = new Set(
  (
    'the a an and or but as to for with this that these those it he she they we i you there after before until at ' +
    'on in is was will would could should may might are were has have had next last his her their its our while if ' +
    'so then than because amid despite following'
  ).split(' '),
);

/**
 * A season word that names a time rather than a thing: lower case (`the Arab Spring`, `the Fall of
 * Rome` are names) and, for `fall`, `of` only before a year (`the fall of the Wall`).
 */
function seasonAt(tk: Tokens, i: number): Season | undefined {
  const s = i < tk.n ? SEASONS.get(tk.lc[i]) : undefined;
  if (!s || (isCapitalised(tk, i) && !sentenceInitial(tk, i))) return undefined;
  return s;
}

/** True when the word after a season leaves it naming the time (see SEASON_FOLLOW, SEASON_EVENT). */
function seasonFollowOk(tk: Tokens, k: number, allowEvent: boolean): boolean {
  if (k >= tk.n || !sameLine(tk, k) || tk.kind[k] !== WORD || isCapitalised(tk, k)) return true;
  return SEASON_FOLLOW.has(tk.lc[k]) || (allowEvent && SEASON_EVENT.has(tk.lc[k]));
}

/**
 * `this summer`, `last winter`, `in the spring`, `by autumn`, `early fall`, `late spring`, `summer
 * 2021`, `the summer of 2021`, `the spring tour`; not `a winter coat`, `summer camp`, `the Arab Spring`.
 */
function matchSeason(tk: Tokens, i: number): TemporalMatch | null {
  // `early fall`, `late spring`, `mid-summer`: the qualifier is part of the mention.
  const lc = tk.lc[i];
  if ((lc === 'early' || lc === 'late' || lc === 'mid') && tk.kind[i] === WORD) {
    let k = i + 1;
    if (lc === 'mid' && isTok(tk, k, '-') && tk.gap[k] === 0) k++;
    if (!sameLine(tk, k) || !seasonAt(tk, k)) return null;
    const m = matchSeasonWord(tk, k, true);
    return m ? spec(i, m.e, m.spec) : null;
  }
  return matchSeasonWord(tk, i, false);
}

/** A season word (or a modifier and one) at i; `qualified` when `early`/`late`/`mid` came before it. */
function matchSeasonWord(tk: Tokens, i: number, qualified: boolean): TemporalMatch | null {
  const mod = modifier(tk, i);
  if (mod && i + 1 < tk.n && sameLine(tk, i + 1)) {
    const s = seasonAt(tk, i + 1);
    if (s) return spec(mod.s, i + 2, { t: 'season', s, n: mod.n });
  }
  const s = seasonAt(tk, i);
  if (!s) return null;
  let j = i + 1;
  if (isTok(tk, j, 'of')) j++;
  const y = year4(tk, j);
  // (`fall 2020` after a preposition of time — `since fall 2020`, `compared to fall 2021` —; a verb `fall` takes no bare year.)
  const before = i > 0 && sameLine(tk, i) ? tk.lc[i - 1] : '';
  if (y && (tk.lc[i] !== 'fall' || j > i + 1 || SEASON_PREP.test(before) || /^(?:to|since|and|or|the)$/.test(before))) return spec(i, j + 1, { t: 'season', s, y });
  // `the fall of next year`, `summer of last year`
  if (j > i + 1 && isTok(tk, j + 1, 'year')) {
    const m = modifier(tk, j);
    if (m && m.s === j) return spec(i, j + 2, { t: 'season', s, yOff: m.n });
  }
  // `the fall of the Berlin Wall`, `a fall in prices`: an event or a drop, not the season.
  const prev = i > 0 && sameLine(tk, i) ? tk.lc[i - 1] : '';
  const prev2 = i > 1 && sameLine(tk, i - 1) ? tk.lc[i - 2] : '';
  if (j > i + 1 || (tk.lc[i] === 'fall' && !qualified && !SEASON_PREP.test(prev) && /^(?:in|from|to|by)$/.test(tk.lc[i + 1] ?? ''))) return null;
  // `in the spring`, `during the summer`, `the spring tour`; `in spring`, `by autumn`, `early fall`.
  if (prev === 'the' && SEASON_PREP.test(prev2) && seasonFollowOk(tk, i + 1, true)) return spec(i, i + 1, { t: 'season', s });
  if (prev === 'the' && i + 1 < tk.n && sameLine(tk, i + 1) && SEASON_EVENT.has(tk.lc[i + 1])) return spec(i, i + 1, { t: 'season', s });
  // `at the start of the summer`, `by the end of winter`: a part of the season is in it.
  const ofAt = prev === 'the' ? i - 2 : i - 1;
  if (ofAt > 0 && tk.lc[ofAt] === 'of' && sameLine(tk, ofAt) && SEASON_PART.test(tk.lc[ofAt - 1]) && seasonFollowOk(tk, i + 1, true)) return spec(i, i + 1, { t: 'season', s });
  // (`early`/`late` already make it a time: `late spring brought a drought`.)
  if (qualified || (SEASON_PREP.test(prev) && seasonFollowOk(tk, i + 1, false))) return spec(i, i + 1, { t: 'season', s });
  return null;
}

/** `10 a.m.`, `3:30 pm`, `10am`, `at noon`, `at midnight`. */
function matchTime(tk: Tokens, i: number): TemporalMatch | null {
  if ((tk.lc[i] === 'noon' || tk.lc[i] === 'midnight') && i > 0 && /^(?:at|by|until|before|after|around)$/.test(tk.lc[i - 1])) {
    return spec(i, i + 1, { t: 'time', h: tk.lc[i] === 'noon' ? 12 : 0, min: 0 });
  }
  // (`12 noon`: the hour and the word for it.)
  if (tk.raw[i] === '12' && tk.lc[i + 1] === 'noon' && tk.gap[i + 1] <= 1) return spec(i, i + 2, { t: 'time', h: 12, min: 0 });
  if (tk.kind[i] !== NUM || tk.raw[i].length > 2) return null;
  let h = Number(tk.raw[i]);
  if (h < 1 || h > 12) return null;
  let min = 0;
  let j = i + 1;
  // (British style writes the minutes after a dot: `1.30pm`, `11.56 pm` — only with am/pm after, below.)
  if (j + 1 < tk.n && (tk.raw[j] === ':' || tk.raw[j] === '.') && tk.gap[j] === 0 && tk.kind[j + 1] === NUM && tk.raw[j + 1].length === 2 && tk.gap[j + 1] === 0) {
    min = Number(tk.raw[j + 1]);
    if (min > 59) return null;
    j += 2;
    // Seconds (`01:26:09 PM`) are read but not kept.
    if (j + 1 < tk.n && tk.raw[j] === ':' && tk.gap[j] === 0 && tk.kind[j + 1] === NUM && tk.raw[j + 1].length === 2 && tk.gap[j + 1] === 0) j += 2;
  }
  if (j >= tk.n || tk.gap[j] > 1) return null;
  let pm: boolean | null = null;
  let e = j;
  const lc = tk.lc[j];
  if (lc === 'am' || lc === 'pm') {
    pm = lc === 'pm';
    e = j + 1;
  } else if ((lc === 'a' || lc === 'p') && tk.raw[j + 1] === '.' && tk.lc[j + 2] === 'm' && tk.gap[j + 1] === 0 && tk.gap[j + 2] === 0) {
    pm = lc === 'p';
    e = j + 3;
    if (tk.raw[e] === '.' && tk.gap[e] === 0) e++;
  }
  if (pm === null) return null;
  if (pm && h < 12) h += 12;
  if (!pm && h === 12) h = 0;
  return spec(i, e, { t: 'time', h, min });
}

const ORDINAL_Q = new Map<string, number>([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['final', 4], ['last', 4]]);

/** `the third quarter of 2021`, `Q3 2021`, `first half`, `the weekend`. */
/** `the end of the month`, `the start of the year`, `the current quarter`, `the end of the decade`: the anchor's own period. */
function matchCurrentPeriod(tk: Tokens, i: number): TemporalMatch | null {
  if (tk.lc[i] !== 'the') return null;
  let j = i + 1;
  if (/^(?:end|start|beginning|middle|rest|remainder)$/.test(tk.lc[j] ?? '') && isTok(tk, j + 1, 'of') && isTok(tk, j + 2, 'the')) j += 3;
  else if (/^(?:current|present)$/.test(tk.lc[j] ?? '') && sameLine(tk, j)) j += 1;
  else return null;
  if (!sameLine(tk, j)) return null;
  const u = tk.lc[j];
  if (u === 'month') return spec(i, j + 1, { t: 'month', n: 0 });
  if (u === 'year') return spec(i, j + 1, { t: 'year', n: 0 });
  if (u === 'week') return spec(i, j + 1, { t: 'week', n: 0 });
  if (u === 'quarter') return spec(i, j + 1, { t: 'quarterShift', n: 0 });
  if (u === 'decade') return spec(i, j + 1, { t: 'decade', n: 0 });
  return null;
}

// Words that may follow a feast's name without making it a modifier (`over Easter the shops closed`, not `Easter eggs`).
const FEAST_FOLLOWER = /^(?:and|or|if|when|as|but|in|this|last|next|the|a|an|he|she|it|they|we|i|you|to|on|at|with|for|from|by|of|is|was|were|are|will|would|has|had|have|so|because|while|after|before)$/;

/** Fixed holidays: `New Year's Day`, `Christmas Day`, `Christmas Eve`, `New Year's Eve`. */
function matchHoliday(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  if (lc === 'christmas' && (isTok(tk, i + 1, 'day') || isTok(tk, i + 1, 'eve'))) {
    return spec(i, i + 2, { t: 'date', m: 12, d: tk.lc[i + 1] === 'eve' ? 24 : 25 });
  }
  // `before Christmas`, `by Christmas`, `over Christmas`: the day, named after a preposition of time
  // (not `Christmas shopping`, a modifier).
  // (…or after a determiner or an adjective: `a cold, dark Christmas`, `this Christmas`, `a White Christmas`.)
  if (lc === 'christmas' && tk.raw[i][0] === 'C' && i > 0 && sameLine(tk, i) && (/^(?:before|after|by|until|till|at|over|since|around|for|ahead|to|between|this|last|next|a|the|dark|white|cold|quiet|happy|merry|green|wet|bleak|poor|strong|weak|good|bad|busy|tough|difficult|disappointing|bumper|record|solid|slow)$/.test(tk.lc[i - 1])) &&
    !(i + 1 < tk.n && sameLine(tk, i + 1) && tk.kind[i + 1] === WORD && tk.raw[i + 1] === tk.lc[i + 1] && !FEAST_FOLLOWER.test(tk.lc[i + 1]))) {
    return spec(i, i + 1, { t: 'date', m: 12, d: 25 });
  }
  // `Labor Day` (the first Monday of September), `Memorial Day` (the last Monday of May), `Thanksgiving`
  // (the fourth Thursday of November), `Boxing Day`, `Halloween`, `Valentine's Day`.
  if (lc === 'labor' && tk.raw[i] === 'Labor' && isTok(tk, i + 1, 'day') && tk.raw[i + 1] === 'Day') return spec(i, i + 2, { t: 'date', m: 9, d: 4, feast: { month: 9, wd: 1, n: 1 } });
  if (lc === 'memorial' && tk.raw[i] === 'Memorial' && tk.raw[i + 1] === 'Day') return spec(i, i + 2, { t: 'date', m: 5, d: 28, feast: { month: 5, wd: 1, n: -1 } });
  if (lc === 'thanksgiving' && tk.raw[i] === 'Thanksgiving') return spec(i, tk.raw[i + 1] === 'Day' ? i + 2 : i + 1, { t: 'date', m: 11, d: 25, feast: { month: 11, wd: 4, n: 4 } });
  if (lc === 'boxing' && tk.raw[i] === 'Boxing' && tk.raw[i + 1] === 'Day') return spec(i, i + 2, { t: 'date', m: 12, d: 26 });
  // `Easter`, `Easter Sunday`, `Easter Monday`, `Good Friday`: days from Easter Sunday.
  if (lc === 'easter' && tk.raw[i] === 'Easter') {
    const next = tk.raw[i + 1];
    if (next === 'Monday') return spec(i, i + 2, { t: 'date', m: 4, d: 10, feast: { easter: 1 } });
    if (next === 'Sunday') return spec(i, i + 2, { t: 'date', m: 4, d: 10, feast: { easter: 0 } });
    // (`Easter eggs`, `the Easter Rising`: only after a preposition of time, and not as a modifier.)
    if (i > 0 && /^(?:at|over|before|after|by|until|since|around|for|on|during|ahead|to)$/.test(tk.lc[i - 1]) && !(tk.kind[i + 1] === WORD && sameLine(tk, i + 1) && tk.raw[i + 1] !== tk.lc[i + 1] && tk.raw[i + 1] !== 'Day')) {
      if (!(i + 1 < tk.n && sameLine(tk, i + 1) && tk.kind[i + 1] === WORD && tk.raw[i + 1] === tk.lc[i + 1] && !FEAST_FOLLOWER.test(tk.lc[i + 1]))) return spec(i, i + 1, { t: 'date', m: 4, d: 10, feast: { easter: 0 } });
    }
  }
  // `Black Friday`, `Cyber Monday`: the shopping days after Thanksgiving.
  if (lc === 'black' && tk.raw[i] === 'Black' && tk.raw[i + 1] === 'Friday' && sameLine(tk, i + 1)) return spec(i, i + 2, { t: 'date', m: 11, d: 27, feast: { month: 11, wd: 4, n: 4, plus: 1 } });
  if (lc === 'cyber' && tk.raw[i] === 'Cyber' && tk.raw[i + 1] === 'Monday' && sameLine(tk, i + 1)) return spec(i, i + 2, { t: 'date', m: 11, d: 30, feast: { month: 11, wd: 4, n: 4, plus: 4 } });
  if (lc === 'good' && tk.raw[i] === 'Good' && tk.raw[i + 1] === 'Friday') return spec(i, i + 2, { t: 'date', m: 4, d: 8, feast: { easter: -2 } });
  if (lc === 'halloween' && tk.raw[i] === 'Halloween') return spec(i, i + 1, { t: 'date', m: 10, d: 31 });
  if (lc === 'valentine' && tk.raw[i] === 'Valentine') {
    let j = i + 1;
    if (tk.lc[j] === "'" || tk.lc[j] === '’') j++;
    if (tk.lc[j] === 's') j++;
    if (isTok(tk, j, 'day')) return spec(i, j + 1, { t: 'date', m: 2, d: 14 });
  }
  if (lc === 'new' && /^year['’]?s?$/.test(tk.lc[i + 1] ?? '') && sameLine(tk, i + 1)) {
    let j = i + 2;
    if (tk.lc[j] === "'" || tk.lc[j] === '’' || tk.lc[j] === 's') j++;
    if (tk.lc[j] === 's') j++;
    if (isTok(tk, j, 'day')) return spec(i, j + 1, { t: 'date', m: 1, d: 1 });
    if (isTok(tk, j, 'eve')) return spec(i, j + 1, { t: 'date', m: 12, d: 31 });
    // (`between Christmas and New Year's`: the day, after a preposition or `and`.)
    if (j > i + 2 && i > 0 && tk.raw[i] === 'New' && /^(?:and|before|after|by|until|since|over|at|to)$/.test(tk.lc[i - 1])) return spec(i, j, { t: 'date', m: 1, d: 1 });
  }
  // National days on a fixed date: `Australia Day`, `Canada Day`, `Anzac Day`, `St Patrick's Day`.
  const fixed = tk.raw[i + 1] === 'Day' && sameLine(tk, i + 1) ? FIXED_DAYS.get(tk.raw[i]) : undefined;
  if (fixed) return spec(i, i + 2, { t: 'date', m: fixed[0], d: fixed[1] });
  if ((tk.raw[i] === 'St' || tk.raw[i] === 'Saint') && sameLine(tk, i + 1)) {
    let j = i + 1;
    if (tk.raw[j] === '.') j++;
    if (tk.raw[j] === 'Patrick' || tk.raw[j] === 'Patrick’s' || tk.raw[j] === "Patrick's") {
      j++;
      if (tk.lc[j] === "'" || tk.lc[j] === '’') j++;
      if (tk.lc[j] === 's') j++;
      if (tk.raw[j] === 'Day') return spec(i, j + 1, { t: 'date', m: 3, d: 17 });
    }
  }
  return null;
}

// National and memorial days on a fixed date.
const FIXED_DAYS = new Map<string, [number, number]>([['Australia', [1, 26]], ['Canada', [7, 1]], ['Anzac', [4, 25]], ['ANZAC', [4, 25]], ['Waitangi', [2, 6]], ['Remembrance', [11, 11]], ['Veterans', [11, 11]], ['Bastille', [7, 14]]]);

function matchQuarterWeekend(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  // `this year's first quarter`, `last year's second half`: a quarter of the year named before it.
  const yr = lc === 'this' ? 0 : lc === 'last' ? -1 : lc === 'next' ? 1 : null;
  if (yr !== null && isTok(tk, i + 1, 'year') && (tk.raw[i + 2] === "'" || tk.raw[i + 2] === '’') && isTok(tk, i + 3, 's') && ORDINAL_Q.has(tk.lc[i + 4] ?? '') &&
    (isTok(tk, i + 5, 'quarter') || isTok(tk, i + 5, 'half')) && !(tk.lc[i + 5] === 'half' && ORDINAL_Q.get(tk.lc[i + 4])! > 2)) {
    return spec(i, i + 6, { t: 'quarter', q: ORDINAL_Q.get(tk.lc[i + 4])!, half: tk.lc[i + 5] === 'half', yOff: yr });
  }
  // `by year end`, `at year-end`: the end of the anchor's year.
  if (lc === 'year' && i > 0 && /^(?:by|at|before|until|till|around|through|to|from)$/.test(tk.lc[i - 1]) && (isTok(tk, i + 1, 'end') || (tk.raw[i + 1] === '-' && tk.gap[i + 1] === 0 && isTok(tk, i + 2, 'end')))) {
    return spec(i, isTok(tk, i + 1, 'end') ? i + 2 : i + 3, { t: 'year', n: 0 });
  }
  // `the first three months of the year`: the first quarter; `the first six months of 2021`: the first half.
  if (lc === 'the' && isTok(tk, i + 1, 'first') && (isTok(tk, i + 2, 'three') || isTok(tk, i + 2, 'six')) && isTok(tk, i + 3, 'months') && isTok(tk, i + 4, 'of')) {
    const half = tk.lc[i + 2] === 'six';
    if (year4(tk, i + 5)) return spec(i, i + 6, { t: 'quarter', q: 1, half, y: Number(tk.raw[i + 5]) });
    const rel = tk.lc[i + 5] === 'the' || tk.lc[i + 5] === 'this' ? 0 : tk.lc[i + 5] === 'last' ? -1 : tk.lc[i + 5] === 'next' ? 1 : null;
    if (rel !== null && isTok(tk, i + 6, 'year')) return spec(i, i + 7, { t: 'quarter', q: 1, half, yOff: rel });
  }
  // `over the weekend`, `the weekend`: the past or coming weekend, by tense (`the weekend of 12 March`
  // is named by its date, `the weekend before the vote` by the vote).
  if (lc === 'the' && isTok(tk, i + 1, 'weekend') && !(i + 2 < tk.n && sameLine(tk, i + 2) && /^(?:of|before|after)$/.test(tk.lc[i + 2]))) {
    return spec(i, i + 2, { t: 'week', n: 0, weekend: true, byTense: true });
  }
  // `last quarter`, `the previous quarter`, `this quarter`, `next quarter`: relative to the anchor's
  // quarter (`the last quarter of 2021` and `the final quarter` are the fourth, below).
  const rel = lc === 'last' || lc === 'previous' || lc === 'past' ? -1 : lc === 'this' ? 0 : lc === 'next' ? 1 : null;
  if (rel !== null && isTok(tk, i + 1, 'quarter') && !isTok(tk, i + 2, 'of') && !year4(tk, i + 2)) {
    return spec(i, i + 2, { t: 'quarterShift', n: rel });
  }
  let q = 0;
  let j = i + 1;
  let half = false;
  // (`third-quarter operating profit`, `first-half results`: the hyphenated adjective.)
  // (Only before a figure of accounts: a `first-half goal` or a `first-quarter touchdown` is a game's.)
  const hyphen = ORDINAL_Q.has(lc) && tk.raw[j] === '-' && tk.gap[j] === 0 && tk.gap[j + 1] === 0 && (tk.lc[j + 1] === 'quarter' || tk.lc[j + 1] === 'half') &&
    /^(?:profit|profits|results|earnings|revenue|revenues|sales|growth|loss|losses|gdp|output|figures|report|deliveries|forecast|forecasts|operating|net|economic|pre-tax|pretax|income|margin|margins|dividend|production|shipments|orders|turnover|performance)$/.test(tk.lc[j + 2] ?? '');
  if (hyphen) j++;
  if (/^q[1-4]$/.test(lc) && tk.raw[i][0] === 'Q') q = Number(lc[1]);
  else if (ORDINAL_Q.has(lc) && sameLine(tk, j) && (tk.lc[j] === 'quarter' || tk.lc[j] === 'half')) {
    q = ORDINAL_Q.get(lc)!;
    half = tk.lc[j] === 'half';
    if (half && q > 2) return null;
    j++;
  } else if (/^q$/.test(lc) && tk.raw[i] === 'Q' && tk.kind[j] === NUM && tk.gap[j] === 0 && /^[1-4]$/.test(tk.raw[j])) {
    q = Number(tk.raw[j]);
    j++;
  }
  if (!q) return null;
  let k = j;
  if (isTok(tk, k, 'of')) k++;
  const y = year4(tk, k);
  if (y) return spec(i, k + 1, { t: 'quarter', q, half, y });
  if (tk.kind[i] === WORD && ORDINAL_Q.has(lc) && i > 0 && tk.lc[i - 1] !== 'the' && !hyphen) return null;
  // `the first quarter of next year` / `of this year` / `of last year`.
  if (isTok(tk, j, 'of') && /^(?:next|this|last)$/.test(tk.lc[j + 1] ?? '') && isTok(tk, j + 2, 'year')) {
    const yOff = tk.lc[j + 1] === 'next' ? 1 : tk.lc[j + 1] === 'last' ? -1 : 0;
    return spec(i, j + 3, { t: 'quarter', q, half, yOff });
  }
  return spec(i, j, { t: 'quarter', q, half });
}

/** Parts of the day that extend a neighbouring expression (`Friday night`, `yesterday morning`). */
function matchPart(tk: Tokens, i: number): TemporalMatch | null {
  return PARTS.has(tk.lc[i]) && tk.kind[i] === WORD ? spec(i, i + 1, { t: 'part' }) : null;
}

// Vague times, valued as TIMEX3 does: `recently`, `in recent months`, `a few years ago` (PAST_REF); `in the
// coming weeks`, `in the near future`, `soon` (FUTURE_REF). They go in the dates, never make an event.
const VAGUE_UNIT_EN = /^(?:days|weeks|months|years|decades)$/;

function matchVague(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  if (tk.kind[i] !== WORD || (isCapitalised(tk, i) && !sentenceInitial(tk, i))) return null;
  if (lc === 'recently' || lc === 'lately') return spec(i, i + 1, PAST_REF);
  // (`soon`, not `as soon as`, `soon after`, `soon afterwards`.)
  if (lc === 'soon' && tk.lc[i - 1] !== 'as' && !/^(?:after|afterwards|afterward|as|enough)$/.test(tk.lc[i + 1] ?? '')) return spec(i, i + 1, FUTURE_REF);
  const u = sameLine(tk, i + 1) ? tk.lc[i + 1] ?? '' : '';
  // `recent months` (after `in`/`over`), `the coming weeks`, `the near future`, `the past few years`
  if (lc === 'recent' && VAGUE_UNIT_EN.test(u)) return spec(i, i + 2, PAST_REF);
  if ((lc === 'coming' || lc === 'next') && u === 'few' && VAGUE_UNIT_EN.test(tk.lc[i + 2] ?? '')) return spec(i, i + 3, FUTURE_REF);
  if (lc === 'coming' && VAGUE_UNIT_EN.test(u)) return spec(i, i + 2, FUTURE_REF);
  if (lc === 'near' && u === 'future') return spec(i, i + 2, FUTURE_REF);
  if (lc === 'future' && tk.lc[i - 1] === 'the' && /^(?:in|for)$/.test(tk.lc[i - 2] ?? '')) return spec(i, i + 1, FUTURE_REF);
  if (lc === 'years' && u === 'ahead' && tk.lc[i - 1] === 'the') return spec(i, i + 2, FUTURE_REF);
  // (…and `the last few months`: `last` with `few` is no calendar unit but a vague stretch back.)
  if ((lc === 'past' || (lc === 'last' && tk.lc[i - 1] === 'the')) && u === 'few' && VAGUE_UNIT_EN.test(tk.lc[i + 2] ?? '')) return spec(i, i + 3, PAST_REF);
  // `right now`: the present moment.
  if (lc === 'right' && u === 'now') return spec(i, i + 2, PRESENT_REF);
  // `a few years ago`, `several months ago`, `years ago`
  if ((lc === 'few' || lc === 'several' || lc === 'some' || lc === 'many') && VAGUE_UNIT_EN.test(u) && isTok(tk, i + 2, 'ago')) return spec(tk.lc[i - 1] === 'a' && lc === 'few' ? i - 1 : i, i + 3, PAST_REF);
  if (VAGUE_UNIT_EN.test(lc) && isTok(tk, i + 1, 'ago') && !tk.lc[i - 1]?.match(/^(?:few|several|some|many|\d+)$/) && enNumberWord(tk.lc[i - 1] ?? '') === undefined) return spec(i, i + 2, PAST_REF);
  return null;
}

const MATCHERS = [matchTrailingDay, matchCurrentPeriod, matchTheUnit, matchNarrative, matchHoliday, matchQuarterWeekend, matchMonthFirst, matchDayFirst, matchWeekday, matchDayWord, matchRelativeUnit, matchAgo, matchYear, matchSeason, matchTime, matchPart, matchVague];

/** Words that can begin (or carry) an expression; anything else is skipped without running the matchers. */
const STARTERS = new Set<string>([
  ...MONTHS.keys(), ...MONTH_ABBR.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_ABBR.keys(), ...DAY_WORDS.keys(), ...PARTS, ...SEASONS.keys(),
  'this', 'last', 'next', 'coming', 'past', 'earlier', 'later', 'early', 'late', 'mid', 'the', 'a', 'an', 'one',
  'first', 'second', 'third', 'fourth', 'final', 'q', 'q1', 'q2', 'q3', 'q4', 'noon', 'midnight', 'christmas', 'new', 'labor', 'halloween', 'valentine', 'australia', 'canada', 'anzac', 'waitangi', 'remembrance', 'veterans', 'bastille', 'st', 'saint',
  'memorial', 'thanksgiving', 'boxing', 'easter', 'good', 'black', 'cyber', 'right',
  'previous', 'that', 'year',
]);
// Words that can begin only a vague time: only that matcher runs there (`some`, `years` are frequent).
const VAGUE_ONLY = new Set(['recently', 'lately', 'soon', 'recent', 'near', 'future', 'years', 'few', 'several', 'some', 'many', 'days', 'weeks', 'months', 'decades']);
const startMemo = new Map<string, boolean>();

function mayStart(lc: string): boolean {
  let v = startMemo.get(lc);
  if (v === undefined) {
    v = STARTERS.has(lc) || enNumberWord(lc) !== undefined;
    if (startMemo.size < 50000) startMemo.set(lc, v);
  }
  return v;
}

/** Longest English temporal expression starting at (or, for a modifier, just before) token i. */
export function matchEn(tk: Tokens, i: number): TemporalMatch | null {
  if (tk.kind[i] === PUNCT && tk.raw[i] !== "'" && tk.raw[i] !== '’') return null;
  if (tk.kind[i] === WORD && !mayStart(tk.lc[i])) return VAGUE_ONLY.has(tk.lc[i]) ? matchVague(tk, i) : null;
  let best: TemporalMatch | null = null;
  for (const f of MATCHERS) {
    const m = f(tk, i);
    if (m && (!best || m.e > best.e || (m.e === best.e && m.s < best.s))) best = m;
  }
  return best;
}

/** Month number of an English month name or abbreviation (`January`, `Jan`), or 0. */
export function enMonth(lc: string): number {
  return MONTHS.get(lc) ?? MONTH_ABBR.get(lc) ?? 0;
}
