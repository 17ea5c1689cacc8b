/**
 * Quantities a fact-checker would verify: counts, money, percentages and ranges, with a normalised
 * value and what they measure (`385 zabitych`, `1 700 rannych`, `10 tys. osób`, `2,5 mln zł`,
 * `5 proc.`, `od 10 do 15 osób`, `$3 billion`, `€200m`, `3,000 people`).
 *
 * Numbers that are not quantities are skipped: dates, years and clock times (anything inside a
 * temporal expression), the metadata header and bylines, ordinals (`2. miejsce`, `2nd`), article and
 * section numbers (`art. 5`), numbers inside names (`F-16`, `COVID-19`, `G7`, `Boeing 737`),
 * phone-like digit runs and scores. A bare number without unit is kept only after a word that
 * announces a value (`wzrosła do 385`, `reached 385`) or with a qualifier (`około 300`).
 */
import type { Language } from '../sources';
import type { QuantityValue } from './types';
import { GAP_MORE, GAP_NEWLINE, GAP_NONE, GAP_ONE, NUM, PUNCT, WORD, sentenceInitial, tokenize, type Tokens } from './tokens';
import { scanTemporal, tenseOfWord } from './dates';
import { detectMetadata } from './metadata';
import { plMultiplier, plNumberWord } from './numbers-pl';
import { enMultiplier, enNumberWord } from './numbers-en';

export type Qualifier = 'approx' | 'over' | 'under' | 'atLeast' | 'atMost';

/** A quantity with its span (always set) and an optional qualifier (`około` → approx). */
export interface QuantityMention extends QuantityValue {
  start: number;
  end: number;
  qualifier?: Qualifier;
}

/** Finds quantities (counts, money, percentages, ranges) with normalised values; start/end always set. */
export function findQuantities(text: string, lang: Language): QuantityMention[] {
  const tk = tokenize(text);
  if (tk.n === 0) return [];
  const mask = new Uint8Array(tk.n);
  for (const m of scanTemporal(tk, lang)) mask.fill(1, m.s, m.e);
  for (const md of detectMetadata(text).metadata) {
    if (md.kind === 'title') continue;
    for (let k = tokenIndexAt(tk, md.start); k < tk.n && tk.start[k] < md.end; k++) mask[k] = 1;
  }
  const out: QuantityMention[] = [];
  let i = 0;
  while (i < tk.n) {
    if (mask[i]) {
      i++;
      continue;
    }
    const q = parseQuantity(tk, i, lang, mask);
    if (q === null) {
      i++;
      continue;
    }
    if (q.skipTo !== undefined) {
      i = Math.max(i + 1, q.skipTo);
      continue;
    }
    out.push(q.value!);
    i = q.e;
  }
  return out;
}

function tokenIndexAt(tk: Tokens, offset: number): number {
  let lo = 0;
  let hi = tk.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tk.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Lexicons

const QUAL_PL: [string[], Qualifier][] = [
  [['około'], 'approx'], [['ok', '.'], 'approx'], [['blisko'], 'approx'], [['mniej', 'więcej'], 'approx'],
  [['ponad'], 'over'], [['przeszło'], 'over'], [['powyżej'], 'over'], [['nieco', 'ponad'], 'over'], [['więcej', 'niż'], 'over'],
  [['prawie'], 'under'], [['niemal'], 'under'], [['niespełna'], 'under'], [['poniżej'], 'under'], [['mniej', 'niż'], 'under'],
  [['niecałe'], 'under'], [['niecałych'], 'under'],
  [['co', 'najmniej'], 'atLeast'], [['przynajmniej'], 'atLeast'], [['minimum'], 'atLeast'], [['aż'], 'atLeast'], [['nawet'], 'atLeast'],
  [['maksymalnie'], 'atMost'], [['najwyżej'], 'atMost'], [['nie', 'więcej', 'niż'], 'atMost'],
];
const QUAL_EN: [string[], Qualifier][] = [
  [['about'], 'approx'], [['around'], 'approx'], [['approximately'], 'approx'], [['roughly'], 'approx'], [['some'], 'approx'],
  [['an', 'estimated'], 'approx'], [['close', 'to'], 'approx'], [['nearly'], 'under'], [['almost'], 'under'],
  [['just', 'under'], 'under'], [['under'], 'under'], [['less', 'than'], 'under'], [['fewer', 'than'], 'under'],
  [['more', 'than'], 'over'], [['over'], 'over'], [['just', 'over'], 'over'], [['above'], 'over'],
  [['at', 'least'], 'atLeast'], [['as', 'many', 'as'], 'atLeast'], [['up', 'to'], 'atMost'], [['at', 'most'], 'atMost'],
];

const CURRENCY_WORD_PL = new Map<string, string>();
for (const f of 'zł złotych złote złoty złotego złotówek złotówki pln'.split(' ')) CURRENCY_WORD_PL.set(f, 'PLN');
for (const f of 'euro eur'.split(' ')) CURRENCY_WORD_PL.set(f, 'EUR');
for (const f of 'dolarów dolary dolara dolar usd'.split(' ')) CURRENCY_WORD_PL.set(f, 'USD');
for (const f of 'funtów funty funta gbp'.split(' ')) CURRENCY_WORD_PL.set(f, 'GBP');
for (const f of 'franków franki franka chf'.split(' ')) CURRENCY_WORD_PL.set(f, 'CHF');
for (const f of 'jenów jeny jpy'.split(' ')) CURRENCY_WORD_PL.set(f, 'JPY');
for (const f of 'rubli ruble rubla rub'.split(' ')) CURRENCY_WORD_PL.set(f, 'RUB');
for (const f of 'hrywien hrywny hrywnę uah'.split(' ')) CURRENCY_WORD_PL.set(f, 'UAH');
for (const f of 'juanów juany cny'.split(' ')) CURRENCY_WORD_PL.set(f, 'CNY');
for (const f of 'forintów huf'.split(' ')) CURRENCY_WORD_PL.set(f, 'HUF');
const CURRENCY_WORD_EN = new Map<string, string>();
for (const f of 'dollars dollar usd'.split(' ')) CURRENCY_WORD_EN.set(f, 'USD');
for (const f of 'euros euro eur'.split(' ')) CURRENCY_WORD_EN.set(f, 'EUR');
for (const f of 'sterling gbp'.split(' ')) CURRENCY_WORD_EN.set(f, 'GBP');
for (const f of 'yen jpy'.split(' ')) CURRENCY_WORD_EN.set(f, 'JPY');
for (const f of 'yuan cny renminbi'.split(' ')) CURRENCY_WORD_EN.set(f, 'CNY');
for (const f of 'rubles roubles ruble rouble rub'.split(' ')) CURRENCY_WORD_EN.set(f, 'RUB');
for (const f of 'hryvnias hryvnia uah'.split(' ')) CURRENCY_WORD_EN.set(f, 'UAH');
for (const f of 'zlotys zloty zlotych pln'.split(' ')) CURRENCY_WORD_EN.set(f, 'PLN');
for (const f of 'francs chf'.split(' ')) CURRENCY_WORD_EN.set(f, 'CHF');
for (const f of 'rupees inr'.split(' ')) CURRENCY_WORD_EN.set(f, 'INR');
/** `dolarów kanadyjskich`, `koron czeskich`: a nationality adjective picks the currency. */
const CURRENCY_NATION: Record<string, Record<string, string>> = {
  dolarów: { amerykańskich: 'USD', kanadyjskich: 'CAD', australijskich: 'AUD', nowozelandzkich: 'NZD', hongkońskich: 'HKD' },
  dolary: { amerykańskie: 'USD', kanadyjskie: 'CAD', australijskie: 'AUD' },
  koron: { czeskich: 'CZK', szwedzkich: 'SEK', norweskich: 'NOK', duńskich: 'DKK', islandzkich: 'ISK' },
  korony: { czeskie: 'CZK', szwedzkie: 'SEK', norweskie: 'NOK', duńskie: 'DKK' },
  franków: { szwajcarskich: 'CHF' },
};
const CURRENCY_SIGN = new Map<string, string>([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₴', 'UAH'], ['₹', 'INR']]);
const DOLLAR_PREFIX = new Map<string, string>([['us', 'USD'], ['c', 'CAD'], ['ca', 'CAD'], ['a', 'AUD'], ['au', 'AUD'], ['hk', 'HKD'], ['nz', 'NZD'], ['s', 'SGD']]);
const ISO_CODES = new Set(['usd', 'eur', 'pln', 'gbp', 'chf', 'jpy', 'rub', 'uah', 'cny', 'huf', 'inr']);
const CODE_PREFIX = new Set(['USD', 'EUR', 'PLN', 'GBP', 'CHF', 'JPY', 'UAH', 'RUB', 'CNY', 'CAD', 'AUD']);

/** Unit abbreviations that may be glued to a number (`300km`). */
const GLUED_UNITS = new Set(['km', 'kg', 'cm', 'mm', 'ha', 't', 'l', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'gb', 'mb', 'tb', 'zł', 'mln', 'mld', 'tys', 'bn', 'k', 'm', 'mn', 'tn', 'proc', 'pkt', 'ml', 'g', 'mg', 'ft', 'lb', 'lbs', 'mph', 'kmh', 'c']);
/** Abbreviated units written with a dot (`5 szt.`). */
const DOT_UNITS = new Set(['szt', 'mies', 'tyś', 'ha', 'min', 'sek', 'godz', 'os']);

const STOP_PL = new Set(
  (
    'w we na z ze do od po za przez dla przy o u i a oraz lub albo czy że to nie jak się tym tego ten ta te jest są ' +
    'był była było były byli będzie będą ich jego jej który która które których którzy co r rok roku proc tys mln ' +
    'mld wobec według około ponad spośród pod nad przed między niż aż tylko już jeszcze także również natomiast zaś ' +
    'bo gdy kiedy jeśli ale tj np m.in ok ze zaledwie wśród razem łącznie ma mają miał miała mieli rokiem'
  ).split(' '),
);
const STOP_EN = new Set(
  (
    'the a an of in on at to for and or but with by from as is are was were be been being has have had that this ' +
    'these those which who whom it its their his her than then more less per said says will would could should may ' +
    'might can also into over after before during about up down out off each percent cent times'
  ).split(' '),
);
const ADJ_EN = new Set(
  (
    'new more additional other extra young old foreign local civilian american british polish russian ukrainian ' +
    'israeli palestinian armed confirmed registered eligible total unemployed elderly small large major ' +
    'native-born migrant'
  ).split(' '),
);

/** Words that announce a value for a bare number (`wzrosła do 385`, `reached 385`). */
const VALUE_CUES = new Set(
  (
    'wynosi wyniosła wyniósł wyniosło wynoszą wzrosła wzrósł wzrosło wzrosły spadła spadł spadło spadły sięga sięgnęła ' +
    'sięgnął liczba bilans łącznie razem osiągnęła osiągnął zwiększyła zwiększył zmniejszyła zmniejszył ' +
    'reached rose fell totaled totalled total toll stood climbed dropped jumped increased decreased number tally'
  ).split(' '),
);

const EXCLUDE_PREV = new Set(
  (
    'art artykuł artykułu artykule ust ustęp ustępu pkt punkt punktu par paragraf paragrafu § nr numer numerem numeru ' +
    'no nos tel telefon fax poz pozycja s str strona stronie tom rozdz rozdział rozdziału section article chapter page ' +
    'pages vol volume item flight lot lotu linia linii line route room pokój pokoju kod code godz godzina godzinie ' +
    'wersja wersji version v dz ul ulica ulicy al sala sali blok bloku numbered rule reguła zasada punktem'
  ).split(' '),
);

// ---------------------------------------------------------------------------------------------
// Number parsing

interface Num {
  /** mantissa × 10^scale */
  mant: number;
  scale: number;
  e: number;
  word: boolean;
}

function sameLine(tk: Tokens, i: number): boolean {
  return i < tk.n && tk.gap[i] !== GAP_NEWLINE;
}
function glued(tk: Tokens, i: number): boolean {
  return i < tk.n && tk.gap[i] === GAP_NONE;
}

/** A number at token i: digits with separators and decimals, or a number word. */
function parseNumber(tk: Tokens, i: number, lang: Language): Num | null {
  if (i >= tk.n) return null;
  if (tk.kind[i] === NUM) {
    let intPart = tk.raw[i];
    let frac = '';
    let e = i + 1;
    const text = tk.text;
    if (intPart.length <= 3) {
      if (lang === 'pl') {
        // `1 700`, `3 800 000` (one space or no-break space between groups of three).
        while (e + 0 < tk.n && tk.gap[e] === GAP_ONE && tk.kind[e] === NUM && tk.raw[e].length === 3 && text.charCodeAt(tk.start[e] - 1) !== 9) {
          intPart += tk.raw[e];
          e++;
        }
        // `10.000` (dot thousands), only when not a date and the groups are exactly three digits.
        if (e === i + 1) {
          let k = e;
          let grouped = '';
          while (k + 1 < tk.n && tk.raw[k] === '.' && glued(tk, k) && glued(tk, k + 1) && tk.kind[k + 1] === NUM && tk.raw[k + 1].length === 3) {
            grouped += tk.raw[k + 1];
            k += 2;
          }
          if (grouped && !(k + 1 < tk.n && (tk.raw[k] === '.' || tk.raw[k] === ',') && glued(tk, k) && glued(tk, k + 1) && tk.kind[k + 1] === NUM)) {
            intPart += grouped;
            e = k;
          }
        }
      } else {
        while (e + 1 < tk.n && tk.raw[e] === ',' && glued(tk, e) && glued(tk, e + 1) && tk.kind[e + 1] === NUM && tk.raw[e + 1].length === 3) {
          intPart += tk.raw[e + 1];
          e += 2;
        }
      }
    }
    const dec = lang === 'pl' ? ',' : '.';
    if (e + 1 < tk.n && glued(tk, e) && glued(tk, e + 1) && tk.kind[e + 1] === NUM) {
      const r = tk.raw[e];
      // Polish decimal comma; a dot decimal too when it cannot be a thousands group (`2.5 mln`).
      if (r === dec || (lang === 'pl' && r === '.' && tk.raw[e + 1].length !== 3 && e === i + 1)) {
        frac = tk.raw[e + 1];
        e += 2;
      }
    }
    const digits = (intPart + frac).replace(/^0+(?=\d)/, '');
    if (digits.length > 15) return null;
    return { mant: Number(digits), scale: -frac.length, e, word: false };
  }
  if (tk.kind[i] !== WORD) return null;
  const lc = tk.lc[i];
  // A capitalised number word inside a sentence belongs to a name (`Aleja Trzech Wieszczów`).
  if (tk.raw[i] !== lc && !sentenceInitial(tk, i)) return null;
  const w = lang === 'pl' ? plNumberWord(lc) : enNumberWord(lc);
  if (w === undefined) {
    if (lang === 'en' && (lc === 'a' || lc === 'an') && sameLine(tk, i + 1) && enMultiplier(tk.lc[i + 1]) !== undefined) {
      return { mant: 1, scale: 0, e: i + 1, word: true };
    }
    return null;
  }
  let v = w;
  let e = i + 1;
  // `dwadzieścia pięć`, `twenty-five`, `two hundred`
  if (v >= 20 && v < 100 && v % 10 === 0) {
    let k = e;
    if (lang === 'en' && tk.raw[k] === '-' && glued(tk, k)) k++;
    const u = k < tk.n && sameLine(tk, k) ? (lang === 'pl' ? plNumberWord(tk.lc[k]) : enNumberWord(tk.lc[k])) : undefined;
    if (u !== undefined && u >= 1 && u <= 9 && Number.isInteger(u)) {
      v += u;
      e = k + 1;
    }
  }
  if (lang === 'en' && v < 10 && isTokAt(tk, e, 'hundred')) {
    v *= 100;
    e++;
  }
  if (v === 0.5 || v === 1.5) return { mant: v * 10, scale: -1, e, word: true };
  return { mant: v, scale: 0, e, word: true };
}

function isTokAt(tk: Tokens, i: number, s: string): boolean {
  return i < tk.n && tk.lc[i] === s && sameLine(tk, i);
}

/** Multiplier after a number: `tys.`, `mln`, `million`, glued `bn`/`k`; `m` only for money. */
function parseMultiplier(tk: Tokens, i: number, lang: Language, money: boolean): { exp: number; e: number } | null {
  if (i >= tk.n || tk.kind[i] !== WORD || !sameLine(tk, i)) return null;
  const lc = tk.lc[i];
  let exp = lang === 'pl' ? plMultiplier(lc) : enMultiplier(lc);
  if (exp === undefined && lang === 'pl' && lc === 'million') exp = 6;
  if (exp === undefined && money && lc === 'm' && glued(tk, i)) exp = 6;
  if (exp === undefined && money && (lc === 'bn' || lc === 'mld' || lc === 'mln')) exp = lc === 'mln' ? 6 : 9;
  if (exp === undefined) return null;
  // `k`, `bn`, `m` are multipliers only when glued or for money; words need a space.
  if ((lc === 'k' || lc === 'm') && !glued(tk, i)) return null;
  let e = i + 1;
  if ((lc === 'tys' || lc === 'tyś' || lc === 'mln' || lc === 'mld' || lc === 'bln') && isTokAt(tk, e, '.') && glued(tk, e)) e++;
  return { exp, e };
}

function currencyWord(tk: Tokens, i: number, lang: Language): { code: string; e: number } | null {
  if (i >= tk.n || !sameLine(tk, i) || tk.gap[i] === GAP_MORE) return null;
  const lc = tk.lc[i];
  // `200 €` is common in Polish; other signs come before the number.
  if (tk.kind[i] === PUNCT) return tk.raw[i] === '€' ? { code: 'EUR', e: i + 1 } : null;
  if (tk.kind[i] !== WORD) return null;
  const nation = CURRENCY_NATION[lc];
  if (nation && sameLine(tk, i + 1) && i + 1 < tk.n && nation[tk.lc[i + 1]]) return { code: nation[tk.lc[i + 1]], e: i + 2 };
  let code = (lang === 'pl' ? CURRENCY_WORD_PL : CURRENCY_WORD_EN).get(lc);
  if (!code && lang === 'en' && lc === 'pounds' && isTokAt(tk, i + 1, 'sterling')) return { code: 'GBP', e: i + 2 };
  if (!code) return null;
  // A currency code (`USD`) must be written in capitals; `usd` in running text is something else.
  if (ISO_CODES.has(lc) && tk.raw[i] !== tk.raw[i].toUpperCase()) return null;
  return { code, e: i + 1 };
}

/** Percent or percentage points after a number: `%`, `proc.`, `procent`, `percent`, `pkt proc.`. */
function percentAt(tk: Tokens, i: number, lang: Language): { unit: string; e: number } | null {
  if (i >= tk.n || !sameLine(tk, i) || tk.gap[i] === GAP_MORE) return null;
  const lc = tk.lc[i];
  if (tk.raw[i] === '%') return { unit: '%', e: i + 1 };
  if (tk.kind[i] !== WORD) return null;
  if (lang === 'pl') {
    if (lc === 'proc') return { unit: '%', e: isTokAt(tk, i + 1, '.') && glued(tk, i + 1) ? i + 2 : i + 1 };
    if (lc === 'procent' || lc === 'procenta' || lc === 'procentach' || lc === 'procentów') return { unit: '%', e: i + 1 };
    if (lc === 'pkt' || lc === 'punkt' || lc === 'punkty' || lc === 'punktów' || lc === 'punktu') {
      let k = i + 1;
      if (lc === 'pkt' && isTokAt(tk, k, '.')) k++;
      const n2 = tk.lc[k];
      if (sameLine(tk, k) && (n2 === 'proc' || /^procentow/.test(n2 ?? ''))) {
        let e = k + 1;
        if (n2 === 'proc' && isTokAt(tk, e, '.') && glued(tk, e)) e++;
        return { unit: 'pp', e };
      }
    }
    if (lc === 'p' && isTokAt(tk, i + 1, '.') && isTokAt(tk, i + 2, 'p') && isTokAt(tk, i + 3, '.')) return { unit: 'pp', e: i + 4 };
    return null;
  }
  if (lc === 'percent' || lc === 'pct') return { unit: '%', e: i + 1 };
  if (lc === 'per' && isTokAt(tk, i + 1, 'cent')) return { unit: '%', e: i + 2 };
  if (lc === 'percentage' && (isTokAt(tk, i + 1, 'points') || isTokAt(tk, i + 1, 'point'))) return { unit: 'pp', e: i + 2 };
  return null;
}

/** Capitalised plural nouns of people (`Palestyńczyków`, `Polaków`, `Rosjan`, `Americans`). */
const DEMONYM_PL = /(?:ów|ców|an)$/;
const DEMONYM_EN = /(?:ans|ese|is|ers|ists|ites)$/;

/** Counted noun (as written) after a number: `zabitych`, `osób`, `polskich żołnierzy`, `new jobs`. */
function nounAt(tk: Tokens, i: number, lang: Language): { unit: string; e: number } | null {
  if (i >= tk.n || !sameLine(tk, i) || tk.gap[i] === GAP_MORE || tk.kind[i] !== WORD) return null;
  const lc = tk.lc[i];
  // A capitalised word starts a name or a new sentence, except a plural of people (`385 Palestyńczyków`).
  if (tk.raw[i] !== lc && !(lc.length >= 5 && tk.raw[i].slice(1) === lc.slice(1) && (lang === 'pl' ? DEMONYM_PL : DEMONYM_EN).test(lc))) return null;
  const stop = lang === 'pl' ? STOP_PL : STOP_EN;
  if (stop.has(lc)) return null;
  if (lang === 'pl' ? tenseOfWord(lc, 'pl') !== null : tenseOfWord(lc, 'en') === 'future' || lc === 'is' || lc === 'are') return null;
  let e = i + 1;
  let unit = tk.raw[i];
  if (DOT_UNITS.has(lc) && isTokAt(tk, e, '.') && glued(tk, e)) {
    return { unit: unit + '.', e: e + 1 };
  }
  if (lc === 'km' || lc === 'm' || lc === 'cm' || lc === 'mm') {
    // `km2`, `m²`, `m³/s`, `km/h`
    if (e < tk.n && glued(tk, e) && /^[23²³]$/.test(tk.raw[e])) e++;
    if (e + 1 < tk.n && glued(tk, e) && tk.raw[e] === '/' && glued(tk, e + 1) && tk.kind[e + 1] === WORD && tk.raw[e + 1].length <= 3) e += 2;
    return { unit: tk.text.slice(tk.start[i], tk.end[e - 1]), e };
  }
  const adjective = lang === 'pl' ? /(?:ych|ich)$/.test(lc) : ADJ_EN.has(lc);
  if (adjective && e < tk.n && tk.gap[e] === GAP_ONE && tk.kind[e] === WORD && tk.raw[e] === tk.lc[e] && !stop.has(tk.lc[e]) && tenseOfWord(tk.lc[e], lang) === null) {
    unit = tk.text.slice(tk.start[i], tk.end[e]);
    e++;
  }
  return { unit, e };
}

const PASSIVE_PL = new Set(['zostało', 'zostały', 'zostali', 'jest', 'są', 'było', 'były', 'byli']);
const PASSIVE_EN = new Set(['were', 'was', 'are', 'is', 'been', 'remain', 'remained']);
const STATE_EN = /^(?:killed|injured|wounded|arrested|detained|evacuated|displaced|missing|dead|hurt|hospitalised|hospitalized|rescued|infected|sentenced|charged|affected|homeless|unemployed)$/;

/**
 * What is counted when it follows a verb: `1 700 zostało rannych` → `rannych`,
 * `3,000 were killed` → `killed`. The mention then runs to that word.
 */
function passiveUnitAt(tk: Tokens, i: number, lang: Language): { unit: string; e: number } | null {
  if (i + 1 >= tk.n || !sameLine(tk, i) || !sameLine(tk, i + 1) || tk.gap[i] === GAP_NONE) return null;
  const v = tk.lc[i];
  let j = i + 1;
  if (lang === 'pl') {
    if (!PASSIVE_PL.has(v) || !/(?:ych|ich)$/.test(tk.lc[j]) || tk.raw[j] !== tk.lc[j]) return null;
  } else {
    if (v === 'have' || v === 'had' || v === 'has') {
      if (tk.lc[j] !== 'been') return null;
      j++;
    } else if (!PASSIVE_EN.has(v)) return null;
    if (j >= tk.n || !sameLine(tk, j) || !STATE_EN.test(tk.lc[j])) return null;
  }
  return { unit: tk.raw[j], e: j + 1 };
}

interface Parsed {
  value?: QuantityMention;
  e: number;
  /** Set when the tokens must be skipped (phone number, name). */
  skipTo?: number;
}

const QUAL_FIRST_PL = new Set(QUAL_PL.map(([w]) => w[0]));
const QUAL_FIRST_EN = new Set(QUAL_EN.map(([w]) => w[0]));

function qualifierAt(tk: Tokens, i: number, lang: Language): { q: Qualifier; e: number } | null {
  if (!(lang === 'pl' ? QUAL_FIRST_PL : QUAL_FIRST_EN).has(tk.lc[i])) return null;
  for (const [words, q] of lang === 'pl' ? QUAL_PL : QUAL_EN) {
    let k = i;
    let ok = true;
    for (const w of words) {
      if (k >= tk.n || tk.lc[k] !== w || (k > i && !sameLine(tk, k))) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok) return { q, e: k };
  }
  return null;
}

/** Currency sign or code before a number: `$`, `US$`, `€`, `£`, `USD`. */
function currencyPrefix(tk: Tokens, i: number): { code: string; s: number; e: number } | null {
  if (i >= tk.n) return null;
  const sign = CURRENCY_SIGN.get(tk.raw[i]);
  if (sign && tk.kind[i] === PUNCT) {
    let code = sign;
    let s = i;
    if (tk.raw[i] === '$' && i > 0 && glued(tk, i) && tk.kind[i - 1] === WORD) {
      const p = DOLLAR_PREFIX.get(tk.lc[i - 1]);
      if (!p) return null;
      code = p;
      s = i - 1;
    }
    return { code, s, e: i + 1 };
  }
  if (tk.kind[i] === WORD && CODE_PREFIX.has(tk.raw[i])) return { code: tk.raw[i], s: i, e: i + 1 };
  return null;
}

function valueOf(n: Num, exp: number): number {
  const scale = n.scale + exp;
  return scale >= 0 ? n.mant * 10 ** scale : n.mant / 10 ** -scale;
}

/**
 * Whether the number at i is part of a code, ordinal or reference (`skip`), follows a capitalised
 * word inside a sentence and so may be part of a name (`name`: kept only with a real unit), or neither.
 */
function startContext(tk: Tokens, i: number): 'skip' | 'name' | null {
  if (tk.kind[i] !== NUM) return null;
  if (i > 0 && glued(tk, i)) {
    const p = tk.raw[i - 1];
    if (tk.kind[i - 1] === WORD) return 'skip'; // G7, A320
    if (p === '-' && i > 1 && glued(tk, i - 1) && (tk.kind[i - 2] === WORD || tk.kind[i - 2] === NUM)) return 'skip'; // F-16, COVID-19
    if (p === '/' || p === '@' || p === '#' || p === '.' || p === ':' || p === '_' || p === '\\' || p === '=' || p === '&') return 'skip';
    if (p === ',' && i > 1 && glued(tk, i - 1) && tk.kind[i - 2] === NUM) return 'skip';
  }
  // `art. 5`, `nr 3`, `godz. 12`
  let k = i - 1;
  if (k >= 0 && tk.raw[k] === '.') k--;
  if (k >= 0 && tk.kind[k] === WORD && EXCLUDE_PREV.has(tk.lc[k]) && sameLine(tk, i)) return 'skip';
  if (i > 0 && tk.raw[i - 1] === '§') return 'skip';
  // A capitalised word right before (`Boeing 737`, `Euro 2012`) may be a name, unless it starts the sentence.
  if (i > 0 && tk.kind[i - 1] === WORD && sameLine(tk, i) && tk.raw[i - 1] !== tk.lc[i - 1] && !CODE_PREFIX.has(tk.raw[i - 1])) {
    const pp = i - 2;
    const initial = pp < 0 || tk.gap[i - 1] === GAP_NEWLINE || tk.raw[pp] === '.' || tk.raw[pp] === '!' || tk.raw[pp] === '?' || tk.raw[pp] === '"' || tk.raw[pp] === '„' || tk.raw[pp] === '(';
    if (!initial) return 'name';
    // At a sentence start only an acronym marks a name (`TVP 1 rozważa`); `Zginęło 20 osób` is a count.
    if (tk.raw[i - 1].length >= 2 && tk.raw[i - 1] === tk.raw[i - 1].toUpperCase()) return 'name';
  }
  return null;
}

/** True when the digits at [i, e) are followed by a glued word that makes them a code or an ordinal. */
function excludedEnd(tk: Tokens, e: number, lang: Language): boolean {
  if (e >= tk.n) return false;
  if (glued(tk, e)) {
    const r = tk.raw[e];
    if (tk.kind[e] === WORD) return !GLUED_UNITS.has(tk.lc[e]) && tk.raw[e] !== '%';
    if (r === '-' && e + 1 < tk.n && glued(tk, e + 1) && tk.kind[e + 1] === WORD) return true; // 5-letni, 16-latek
    if (r === ':' && e + 1 < tk.n && glued(tk, e + 1) && tk.kind[e + 1] === NUM) return true; // 2:1
    if (r === '/' && e + 1 < tk.n && glued(tk, e + 1) && tk.kind[e + 1] === NUM) return true; // 24/7, 1/2
    // Polish ordinal `2. miejsce`: a dot glued to the number, then a lower-case word.
    if (lang === 'pl' && r === '.' && e + 1 < tk.n && sameLine(tk, e + 1) && tk.kind[e + 1] === WORD && tk.raw[e + 1] === tk.lc[e + 1]) return true;
  }
  return false;
}

const startMemo = { pl: new Map<string, boolean>(), en: new Map<string, boolean>() };

/** True when a word can open a quantity: a qualifier, `od`/`between`/`from`, a number word, a currency code or dollar prefix. */
function wordMayStart(tk: Tokens, i: number, lang: Language): boolean {
  const lc = tk.lc[i];
  const memo = startMemo[lang];
  let v = memo.get(lc);
  if (v === undefined) {
    v =
      (lang === 'pl' ? QUAL_FIRST_PL : QUAL_FIRST_EN).has(lc) ||
      (lang === 'pl' ? lc === 'od' || plNumberWord(lc) !== undefined : lc === 'between' || lc === 'from' || lc === 'a' || lc === 'an' || enNumberWord(lc) !== undefined) ||
      DOLLAR_PREFIX.has(lc) ||
      ISO_CODES.has(lc);
    if (memo.size < 50000) memo.set(lc, v);
  }
  return v;
}

function parseQuantity(tk: Tokens, i: number, lang: Language, mask: Uint8Array): Parsed | null {
  const kind = tk.kind[i];
  if (kind === PUNCT && !CURRENCY_SIGN.has(tk.raw[i])) return null;
  if (kind === WORD && !wordMayStart(tk, i, lang)) return null;
  let s = i;
  let j = i;
  let qualifier: Qualifier | undefined;
  let rangeOpen: string | null = null;
  if (kind === WORD) {
    const lc = tk.lc[i];
    if ((lc === 'od' && lang === 'pl') || (lang === 'en' && (lc === 'between' || lc === 'from'))) {
      // `rose from 5 to 7 percent` is a change, not a range: read the numbers one by one.
      if (changeVerbBefore(tk, i)) return null;
      rangeOpen = lc;
      j = i + 1;
    } else {
      const q = qualifierAt(tk, i, lang);
      if (q) {
        qualifier = q.q;
        j = q.e;
      }
    }
    if (j === i && !CODE_PREFIX.has(tk.raw[i]) && !(lang === 'pl' ? plNumberWord(lc) !== undefined : enNumberWord(lc) !== undefined || lc === 'a' || lc === 'an')) {
      // `US$3bn`: a letter prefix glued to `$`.
      if (!(i + 1 < tk.n && tk.raw[i + 1] === '$' && glued(tk, i + 1) && DOLLAR_PREFIX.has(lc))) return null;
    }
    if (j > i && (j >= tk.n || !sameLine(tk, j))) return null;
  }
  if (j < tk.n && mask[j]) return null;
  // Currency before the number.
  let code: string | null = null;
  const cp = currencyPrefix(tk, j);
  if (cp) {
    code = cp.code;
    if (cp.s < s || j === i) s = Math.min(s, cp.s);
    j = cp.e;
    if (j < tk.n && tk.gap[j] > GAP_ONE) return null;
  }
  const numStart = j;
  if (numStart >= tk.n || mask[numStart]) return null;
  const ctx = startContext(tk, numStart);
  if (ctx === 'skip') return { e: numStart + 1, skipTo: skipDigits(tk, numStart) };
  const n1 = parseNumber(tk, numStart, lang);
  if (!n1) return null;
  if (n1.word && !qualifier && !rangeOpen && !code && lang === 'en' && (tk.lc[numStart] === 'one' || tk.lc[numStart] === 'a' || tk.lc[numStart] === 'an') && !(n1.e < tk.n && enMultiplier(tk.lc[n1.e]) !== undefined)) return null;
  if (!n1.word && excludedEnd(tk, n1.e, lang)) return { e: n1.e, skipTo: n1.e };
  for (let k = numStart; k < n1.e; k++) if (mask[k]) return null;
  // Phone numbers and digit lists: another number right after the first.
  if (!n1.word && n1.e < tk.n && tk.kind[n1.e] === NUM && tk.gap[n1.e] <= GAP_ONE) return { e: n1.e, skipTo: skipDigits(tk, numStart) };
  if (!n1.word && i > 0 && tk.raw[numStart - 1] === '+' && glued(tk, numStart)) return { e: n1.e, skipTo: skipDigits(tk, numStart) };
  let e = n1.e;
  let exp = 0;
  const money0 = code !== null || (e < tk.n && currencyWord(tk, e + 1, lang) !== null);
  const mul = parseMultiplier(tk, e, lang, money0 || code !== null);
  if (mul) {
    exp = mul.exp;
    e = mul.e;
  }
  // A number word alone needs a multiplier or a noun; a word number before a multiplier is fine.
  // Range: `10-15`, `10–15 osób`, `od 10 do 15`, `between 10 and 15`, `from 10 to 15`, `10 to 15`.
  let n2: Num | null = null;
  let exp2 = exp;
  {
    let k = e;
    let ok = false;
    if (k < tk.n && sameLine(tk, k) && (tk.raw[k] === '-' || tk.raw[k] === '–' || tk.raw[k] === '—') && !rangeOpen) {
      ok = tk.raw[k] !== '-' || (glued(tk, k) && glued(tk, k + 1)) || (tk.gap[k] === GAP_ONE && tk.gap[k + 1] === GAP_ONE);
      k++;
    } else if (rangeOpen && k < tk.n && sameLine(tk, k)) {
      const closer = rangeOpen === 'od' ? 'do' : rangeOpen === 'between' ? 'and' : 'to';
      if (tk.lc[k] === closer) {
        ok = true;
        k++;
      }
    } else if (!rangeOpen && lang === 'en' && isTokAt(tk, k, 'to') && !mul && !changeVerbBefore(tk, s)) {
      ok = true;
      k++;
    }
    if (ok && k < tk.n && sameLine(tk, k) && !mask[k]) {
      let k2 = k;
      const cp2 = currencyPrefix(tk, k2);
      if (cp2 && (code === null || cp2.code === code)) {
        code = cp2.code;
        k2 = cp2.e;
      }
      // The second number follows the separator directly, so only its own shape is checked.
      const cand = tk.kind[k2] === NUM ? parseNumber(tk, k2, lang) : null;
      if (cand && !excludedEnd(tk, cand.e, lang)) {
        let ee = cand.e;
        let e1 = exp;
        const mul2 = parseMultiplier(tk, ee, lang, code !== null || currencyWord(tk, ee + 1, lang) !== null);
        if (mul2) {
          exp2 = mul2.exp;
          ee = mul2.e;
          // `2-3 mln`: the multiplier applies to both ends; `od 500 do 2 tys.`: only to the second.
          if (!mul && valueOf(n1, mul2.exp) < valueOf(cand, mul2.exp)) e1 = mul2.exp;
        }
        if (valueOf(cand, exp2) > valueOf(n1, e1)) {
          n2 = cand;
          e = ee;
          exp = e1;
        } else exp2 = exp;
      }
    }
  }
  if (rangeOpen && !n2) {
    // `od 10 osób`: not a range; let the number be read on its own.
    return null;
  }
  // Unit: percent, currency, counted noun.
  let unit = '';
  let nounUnit = false;
  const pc = percentAt(tk, e, lang);
  if (pc) {
    unit = pc.unit;
    e = pc.e;
  } else {
    const cw = currencyWord(tk, e, lang);
    if (cw && (code === null || code === cw.code)) {
      unit = cw.code;
      e = cw.e;
    } else if (code !== null) {
      unit = code;
    } else {
      const nn = nounAt(tk, e, lang) ?? passiveUnitAt(tk, e, lang);
      if (nn) {
        unit = nn.unit;
        e = nn.e;
        nounUnit = true;
      }
    }
  }
  if (code !== null && !unit) unit = code;
  for (let k = n1.e; k < e; k++) if (mask[k]) return null;
  const isWord = n1.word;
  // After a capitalised word (`Boeing 737 rozbił się`, `TVP 1 rozważa`) only a real unit makes it a
  // quantity: a currency, percent, multiplier, or a noun shaped like a counted plural (`osób`, `people`).
  if (ctx === 'name' && !mul && (!unit || (nounUnit && !countedPlural(unit, lang, valueOf(n1, 0))))) return { e: n1.e, skipTo: n1.e };
  if (!unit && !mul && !qualifier && !n2) {
    // A bare number is a quantity only where a value is announced (`wzrosła do 385`).
    if (isWord || !cueBefore(tk, numStart)) return null;
    const y = n1.scale === 0 ? n1.mant : NaN;
    if (y >= 1900 && y <= 2100 && tk.raw[numStart].length === 4) return null;
  }
  if (isWord && !mul && !unit) return null;
  if (isWord && !mul && n1.mant === 1 && n1.scale === 0 && !code) return null; // `jeden z`, `one of`
  const start = tk.start[s];
  const end = tk.end[e - 1];
  const q: QuantityMention = {
    value: valueOf(n1, exp),
    unit,
    mention: tk.text.slice(start, end),
    start,
    end,
  };
  if (n2) q.valueTo = valueOf(n2, exp2);
  if (qualifier) q.qualifier = qualifier;
  return { value: q, e };
}

/** True for a word shaped like the counted noun after a number (Polish genitive plural, English plural). */
function countedPlural(unit: string, lang: Language, n: number): boolean {
  const w = unit.toLowerCase().split(' ').pop()!;
  if (lang === 'en') return (/s$/.test(w) && !/ed$/.test(w)) || /^(?:people|children|men|women|police|staff|personnel|dead|injured|wounded|killed)$/.test(w);
  // Polish: genitive plural after 5+ (`osób`, `żołnierzy`, `cywili`), nominative plural after 2–4
  // (`gospodarstwa`, `osoby`); a verb in the present (`rozważa`) ends in a vowel these do not.
  const fewForm = n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14);
  return !/[aeąęo]$/.test(w) || (fewForm && /[aeyi]$/.test(w));
}

const CHANGE_VERB = /^(?:rose|fell|grew|climbed|dropped|declined|increased|decreased|jumped|slipped|cut|raised|lowered|went|surged|plunged|rise|fall|wzrosła|wzrósł|wzrosło|wzrosły|spadła|spadł|spadło|spadły|zmalała|zmalał|wzrośnie|spadnie)$/;

function changeVerbBefore(tk: Tokens, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (tk.gap[k + 1] === GAP_NEWLINE || (tk.kind[k] === PUNCT && tk.raw[k] !== ',')) return false;
    if (tk.kind[k] === WORD && CHANGE_VERB.test(tk.lc[k])) return true;
  }
  return false;
}

function cueBefore(tk: Tokens, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (tk.gap[k + 1] === GAP_NEWLINE) return false;
    if (tk.kind[k] === WORD && VALUE_CUES.has(tk.lc[k])) return true;
    if (tk.kind[k] === PUNCT && tk.raw[k] !== ':') return false;
  }
  return false;
}

/** Index after a run of digit groups (a phone number, a list of codes). */
function skipDigits(tk: Tokens, i: number): number {
  let k = i;
  while (k < tk.n && (tk.kind[k] === NUM || ((tk.raw[k] === '-' || tk.raw[k] === '/' || tk.raw[k] === '.') && k + 1 < tk.n && tk.kind[k + 1] === NUM && glued(tk, k + 1))) && (k === i || tk.gap[k] <= GAP_ONE)) k++;
  return Math.max(k, i + 1);
}
