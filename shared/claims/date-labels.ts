import type { Language } from '../sources';
import { dayNumber, fromDayNumber, isoWeekday } from './timex';

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  plNom: ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
};
const WEEKDAYS = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  pl: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
};
const ROMAN = ['I', 'II', 'III', 'IV'];
const HALVES = { en: ['first half', 'second half'], pl: ['I półrocze', 'II półrocze'] };
const SEASONS: Record<string, { en: string; pl: string }> = {
  SP: { en: 'spring', pl: 'wiosna' },
  SU: { en: 'summer', pl: 'lato' },
  FA: { en: 'autumn', pl: 'jesień' },
  WI: { en: 'winter', pl: 'zima' },
};
const PARTS: Record<string, { en: string; pl: string }> = {
  MO: { en: 'morning', pl: 'rano' },
  MI: { en: 'midday', pl: 'w południe' },
  AF: { en: 'afternoon', pl: 'po południu' },
  EV: { en: 'evening', pl: 'wieczorem' },
  NI: { en: 'night', pl: 'w nocy' },
};
const UNKNOWN = {
  en: {
    year: 'year unknown', date: 'date unknown', week: 'a week, date unknown', month: 'a month, date unknown',
    present: 'the day of the article (date unknown)', quarter: 'a quarter, date unknown', decade: 'a decade, date unknown',
    weekend: 'a weekend, date unknown',
    past: 'some time before (vague)', future: 'some time ahead (vague)',
  },
  pl: {
    year: 'rok nieznany', date: 'data nieznana', week: 'tydzień, data nieznana', month: 'miesiąc, data nieznana',
    present: 'dzień publikacji (data nieznana)', quarter: 'kwartał, data nieznana', decade: 'dekada, data nieznana',
    weekend: 'weekend, data nieznana',
    past: 'kiedyś wcześniej (nieokreślone)', future: 'w przyszłości (nieokreślone)',
  },
};

/**
 * A reader-friendly label for a TIMEX3-style date value (`2022-01-12`, `XXXX-01-12`,
 * `XXXX-WXX-5`, `2022-W02`, `2022-01` …); values it does not know are returned unchanged.
 */
export function describeDate(value: string, lang: Language): string {
  // (A part of the day on a day — `2025-09-12TEV`, `XXXX-WXX-2TNI` — labels the day, then the part.)
  const part = /^(.+)T(MO|MI|AF|EV|NI)$/.exec(value);
  if (part) {
    const day = describeDate(part[1], lang);
    return day === part[1] ? value : `${day}, ${PARTS[part[2]][lang]}`;
  }
  const u = UNKNOWN[lang];
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value))) {
    const [, y, mo, d, time] = m;
    const month = MONTHS[lang][Number(mo) - 1];
    if (!month) return value;
    const day = `${Number(d)} ${month}`;
    const withYear = y === 'XXXX' ? `${day} (${u.year})` : `${day} ${y}`;
    return time ? `${withYear}, ${time}` : withYear;
  }
  if ((m = /^(\d{4})-(\d{2})-XXT(\d{2}:\d{2})$/.exec(value))) {
    // A clock time whose day is known only to the month.
    const month = (lang === 'pl' ? MONTHS.plNom : MONTHS.en)[Number(m[2]) - 1];
    return month ? `${month} ${m[1]}, ${m[3]} (${u.date})` : value;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const month = (lang === 'pl' ? MONTHS.plNom : MONTHS.en)[Number(m[2]) - 1];
    return month ? `${month} ${m[1]}` : value;
  }
  if ((m = /^XXXX-(\d{2})$/.exec(value))) {
    const month = (lang === 'pl' ? MONTHS.plNom : MONTHS.en)[Number(m[1]) - 1];
    return month ? `${month} (${u.year})` : value;
  }
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(value))) return weekendLabel(Number(m[1]), Number(m[2]), lang) ?? value;
  if (value === 'XXXX-WXX-WE') return u.weekend;
  if ((m = /^(\d{4})-([QH])([1-4])$/.exec(value))) {
    const [, y, kind, n] = m;
    if (kind === 'H') return Number(n) > 2 ? value : lang === 'pl' ? `${HALVES.pl[Number(n) - 1]} ${y}` : `${HALVES.en[Number(n) - 1]} of ${y}`;
    return lang === 'pl' ? `${ROMAN[Number(n) - 1]} kwartał ${y}` : `Q${n} ${y}`;
  }
  if ((m = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(value))) {
    const [, y, s] = m;
    const name = SEASONS[s][lang];
    if (y === 'XXXX') return `${name} (${u.year})`;
    // TIMEX3 files a winter under the year it starts in: winter 2022 runs into 2023.
    return s === 'WI' ? `${name} ${y}/${Number(y) + 1}` : `${name} ${y}`;
  }
  if ((m = /^(\d{4}|XXXX)-W(\d{2}|XX)(?:-(\d))?$/.exec(value))) {
    const [, y, w, wd] = m;
    const weekday = wd ? WEEKDAYS[lang][Number(wd) - 1] : null;
    // (`2022-WXX-5`: a Friday of 2022, which week unknown.)
    if (w === 'XX') return weekday ? (y === 'XXXX' ? `${weekday} (${u.date})` : lang === 'pl' ? `${weekday}, ${y} r. (${u.date})` : `a ${weekday} in ${y} (${u.date})`) : u.week;
    const week = lang === 'pl' ? `${Number(w)}. tydzień ${y === 'XXXX' ? '' : `${y} r.`}`.trim() : `week ${Number(w)}${y === 'XXXX' ? '' : ` of ${y}`}`;
    return weekday ? `${weekday}, ${week}` : week;
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    // A decade (`202` = 2020–2029).
    const from = Number(m[1]) * 10;
    return lang === 'pl' ? `dekada ${from}–${from + 9}` : `the ${from}s`;
  }
  if (value === 'PRESENT_REF') return u.present;
  if (value === 'PAST_REF') return u.past;
  if (value === 'FUTURE_REF') return u.future;
  if (value === 'XXXX-QX') return u.quarter;
  if (value === 'XXX') return u.decade;
  if (value === 'XXXX-XX-XX') return u.date;
  if (value === 'XXXX-XX') return u.month;
  return value;
}

/** `weekend 15–16 stycznia 2022` / `weekend of 15–16 January 2022` for ISO week w of year y; null for a week that does not exist. */
function weekendLabel(y: number, w: number, lang: Language): string | null {
  if (w < 1 || w > 53) return null;
  // The Monday of ISO week 1 is the Monday of the week holding 4 January.
  const monday = dayNumber(y, 1, 4) - (isoWeekday(y, 1, 4) - 1) + 7 * (w - 1);
  const sat = fromDayNumber(monday + 5);
  const sun = fromDayNumber(monday + 6);
  // A week belongs to the year of its Thursday; a 53rd week exists only in some years.
  if (fromDayNumber(monday + 3).y !== y) return null;
  const names = lang === 'pl' ? MONTHS.pl : MONTHS.en;
  const range =
    sat.y !== sun.y
      ? `${sat.d} ${names[sat.m - 1]} ${sat.y} – ${sun.d} ${names[sun.m - 1]} ${sun.y}`
      : sat.m !== sun.m
        ? `${sat.d} ${names[sat.m - 1]} – ${sun.d} ${names[sun.m - 1]} ${sun.y}`
        : `${sat.d}–${sun.d} ${names[sun.m - 1]} ${sun.y}`;
  return lang === 'pl' ? `weekend ${range}` : `weekend of ${range}`;
}
