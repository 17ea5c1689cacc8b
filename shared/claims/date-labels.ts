import type { Language } from '../sources';

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  plNom: ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
};
const WEEKDAYS = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  pl: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
};
const UNKNOWN = {
  en: {
    year: 'year unknown', date: 'date unknown', week: 'a week, date unknown', month: 'a month, date unknown',
    present: 'the day of the article (date unknown)', quarter: 'a quarter, date unknown', decade: 'a decade, date unknown',
  },
  pl: {
    year: 'rok nieznany', date: 'data nieznana', week: 'tydzień, data nieznana', month: 'miesiąc, data nieznana',
    present: 'dzień publikacji (data nieznana)', quarter: 'kwartał, data nieznana', decade: 'dekada, data nieznana',
  },
};

/**
 * A reader-friendly label for a TIMEX3-style date value (`2022-01-12`, `XXXX-01-12`,
 * `XXXX-WXX-5`, `2022-W02`, `2022-01` …); values it does not know are returned unchanged.
 */
export function describeDate(value: string, lang: Language): string {
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
  if ((m = /^(\d{4}|XXXX)-W(\d{2}|XX)(?:-(\d))?$/.exec(value))) {
    const [, y, w, wd] = m;
    const weekday = wd ? WEEKDAYS[lang][Number(wd) - 1] : null;
    if (w === 'XX') return weekday ? `${weekday} (${u.date})` : u.week;
    const week = lang === 'pl' ? `${Number(w)}. tydzień ${y === 'XXXX' ? '' : `${y} r.`}`.trim() : `week ${Number(w)}${y === 'XXXX' ? '' : ` of ${y}`}`;
    return weekday ? `${weekday}, ${week}` : week;
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    // A decade (`202` = 2020–2029).
    const from = Number(m[1]) * 10;
    return lang === 'pl' ? `dekada ${from}–${from + 9}` : `the ${from}s`;
  }
  if (value === 'PRESENT_REF') return u.present;
  if (value === 'XXXX-QX') return u.quarter;
  if (value === 'XXX') return u.decade;
  if (value === 'XXXX-XX-XX') return u.date;
  if (value === 'XXXX-XX') return u.month;
  return value;
}
