/**
 * Polish temporal expressions on the shared token stream: `12 stycznia 2022 r.`, `w styczniu`,
 * `w 2022 roku`, `w ubiegły piątek`, `piątkowe`, `dzisiejsze`, `w przyszłym tygodniu`,
 * `2 dni temu`, `sprzed roku`, `za tydzień`, `w ciągu ostatniego tygodnia`, `godz. 12`, `lata 90.`,
 * `XX wieku`, `latem`, `do lata`, `późną jesienią`, `koniec tego kwartału`, and
 * days and periods told from the narrative: `poprzedniego dnia`, `nazajutrz`, `tego samego dnia`,
 * `dzień wcześniej`, `rok później`, `w roku poprzedzającym`.
 *
 * Mentions follow TimeML: a governing preposition (`w piątek`) is not part of the mention, a
 * modifier is (`ubiegły piątek`), and so are `temu`/`za`/`przed`, which carry the meaning.
 */
import { GAP_NEWLINE, NUM, PUNCT, WORD, isCapitalised, sentenceInitial, type Tokens } from './tokens';
import { FUTURE_REF, PAST_REF, unitSpec, type Season, type TemporalMatch, type TemporalSpec, type TimeUnit } from './timex';
import { plNumberWord } from './numbers-pl';

function forms(map: Map<string, number>, value: number, list: string): void {
  for (const f of list.split(' ')) if (f) map.set(f, value);
}

/** Month names in every case news uses. */
const MONTHS = new Map<string, number>();
forms(MONTHS, 1, 'styczeń stycznia styczniu styczniem styczniowi');
forms(MONTHS, 2, 'luty lutego lutym lutemu');
forms(MONTHS, 3, 'marzec marca marcu marcem marcowi');
forms(MONTHS, 4, 'kwiecień kwietnia kwietniu kwietniem kwietniowi');
forms(MONTHS, 5, 'maj maja maju majem majowi');
forms(MONTHS, 6, 'czerwiec czerwca czerwcu czerwcem czerwcowi');
forms(MONTHS, 7, 'lipiec lipca lipcu lipcem lipcowi');
forms(MONTHS, 8, 'sierpień sierpnia sierpniu sierpniem sierpniowi');
forms(MONTHS, 9, 'wrzesień września wrześniu wrześniem wrześniowi');
forms(MONTHS, 10, 'październik października październiku październikiem październikowi');
forms(MONTHS, 11, 'listopad listopada listopadzie listopadem listopadowi');
forms(MONTHS, 12, 'grudzień grudnia grudniu grudniem grudniowi');

/** Adjectives of months (`listopadowa projekcja`, `czerwcowe posiedzenie`): the month itself. */
const MONTH_ADJ =
  /^(styczniow|lutow|marcow|kwietniow|majow|czerwcow|lipcow|sierpniow|wrześniow|październikow|listopadow|grudniow)(?:y|a|e|ego|ej|ym|ych|ymi|ą|emu)$/;
const MONTH_ADJ_STEM: Record<string, number> = {
  styczniow: 1, lutow: 2, marcow: 3, kwietniow: 4, majow: 5, czerwcow: 6, lipcow: 7, sierpniow: 8, wrześniow: 9,
  październikow: 10, listopadow: 11, grudniow: 12,
};
/** Year adjectives (`tegoroczne wybory`, `ubiegłorocznej edycji`): the year relative to the anchor. */
const YEAR_ADJ = /^(tegoroczn|ubiegłoroczn|zeszłoroczn|przyszłoroczn)(?:y|a|e|ego|ej|ym|ych|ymi|ą|emu)$/;
const YEAR_ADJ_SHIFT: Record<string, number> = { tegoroczn: 0, ubiegłoroczn: -1, zeszłoroczn: -1, przyszłoroczn: 1 };
/** `majówka`: the May Day long weekend, i.e. early May. */
const MAJOWKA = new Set('majówka majówki majówce majówkę majówką majówek'.split(' '));
/** `wakacje`: the summer holidays, but not `wakacje kredytowe` (a loan-repayment break) and the like. */
const WAKACJE = new Set('wakacje wakacji wakacjach wakacjami'.split(' '));
const WAKACJE_PREP = new Set('w na podczas przed po do od czas czasie okres okresie trakcie koniec końca końcu początku początek połowie'.split(' '));
const WAKACJE_NOT = /^(?:kredytow|składkow|podatkow|zus|od|dla|zimow|parlamentarn|sejmow|sądow)/;

/** Abbreviated months, accepted only after a day number (`12 stycz.`). */
const MONTH_ABBR = new Map<string, number>();
forms(MONTH_ABBR, 1, 'sty stycz');
forms(MONTH_ABBR, 2, 'lut');
forms(MONTH_ABBR, 3, 'mar marc');
forms(MONTH_ABBR, 4, 'kwi kwiet');
forms(MONTH_ABBR, 6, 'cze czerw');
forms(MONTH_ABBR, 7, 'lip');
forms(MONTH_ABBR, 8, 'sie sierp');
forms(MONTH_ABBR, 9, 'wrz wrzes wrześ');
forms(MONTH_ABBR, 10, 'paź paźdz pazdz');
forms(MONTH_ABBR, 11, 'lis listop');
forms(MONTH_ABBR, 12, 'gru grud');

/** Roman-numeral months (`12 I 2022`), accepted only between a day and a year. */
const ROMAN_MONTHS = new Map<string, number>(
  ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'].map((r, k) => [r, k + 1]),
);

const WEEKDAYS = new Map<string, number>();
forms(WEEKDAYS, 1, 'poniedziałek poniedziałku poniedziałkiem');
forms(WEEKDAYS, 2, 'wtorek wtorku wtorkiem');
forms(WEEKDAYS, 3, 'środa środę środy środzie środą');
forms(WEEKDAYS, 4, 'czwartek czwartku czwartkiem');
forms(WEEKDAYS, 5, 'piątek piątku piątkiem');
forms(WEEKDAYS, 6, 'sobota sobotę soboty sobocie sobotą');
forms(WEEKDAYS, 7, 'niedziela niedzielę niedzieli niedzielą');

const WEEKDAY_ADJ =
  /^(poniedziałkow|wtorkow|środow|czwartkow|piątkow|sobotn|niedzieln)(?:y|a|e|ego|ej|ym|ych|ymi|ą|emu|i|ia|ie|iego|iej|im|ich|imi|ią|iemu)$/;
const WEEKDAY_ADJ_STEM: Record<string, number> = {
  poniedziałkow: 1, wtorkow: 2, środow: 3, czwartkow: 4, piątkow: 5, sobotn: 6, niedzieln: 7,
};

const DAY_WORDS = new Map<string, number>([
  ['dziś', 0], ['dzisiaj', 0], ['wczoraj', -1], ['jutro', 1], ['przedwczoraj', -2], ['pojutrze', 2],
]);
const DAY_ADJ = /^(dzisiejsz|wczorajsz|jutrzejsz|przedwczorajsz|pojutrzejsz)(?:y|a|e|ego|ej|ym|ych|ymi|ą|emu)$/;
const DAY_ADJ_STEM: Record<string, number> = {
  dzisiejsz: 0, wczorajsz: -1, jutrzejsz: 1, przedwczorajsz: -2, pojutrzejsz: 2,
};

const END = '(?:y|a|ą|e|ego|ej|ym|ych|ymi|emu)';
const END_I = '(?:|a|ą|e|ego|ej|m|ch|mi|emu)';
const MOD_PAST = new RegExp(`^(?:(?:ubiegł|zeszł|minion|poprzedzając)${END}|(?:ostatni|poprzedni)${END_I})$`);
/**
 * `poprzedni`, `poprzedzający`, `następny`, `kolejny` count from the period just named (`w grudniu
 * … niż w poprzednim miesiącu`, `w 2019 r. … w następnym roku`), `przyszły` from the article date.
 */
const MOD_ANAPHORIC = new RegExp(`^(?:poprzedni${END_I}|(?:poprzedzając|następn|kolejn)${END})$`);
/** `poprzedzający` names a period before an event (`w tygodniu poprzedzającym wybory`): only a year or a month is safe. */
const MOD_BEFORE_EVENT = new RegExp(`^poprzedzając${END}$`);
const MOD_FUTURE = new RegExp(`^(?:(?:przyszł|najbliższ|następn|nadchodząc|kolejn)${END})$`);
const MOD_THIS = new RegExp(`^(?:ten|tę|ta|te|tego|tej|tym|(?:bieżąc|obecn|tegoroczn|mijając)${END})$`);

/** -1 past, 1 future, 0 this, null otherwise, for a modifier word (`ubiegły`, `przyszłym`, `tym`). */
export function plModifier(lc: string): number | null {
  if (MOD_PAST.test(lc)) return -1;
  if (MOD_FUTURE.test(lc)) return 1;
  if (MOD_THIS.test(lc)) return 0;
  return null;
}

type Unit = TimeUnit;
/** Calendar units after a modifier (`w przyszłym tygodniu`). */
const UNITS = new Map<string, Unit>();
for (const f of 'tydzień tygodnia tygodniu tygodniem'.split(' ')) UNITS.set(f, 'week');
for (const f of 'miesiąc miesiąca miesiącu miesiącem'.split(' ')) UNITS.set(f, 'month');
for (const f of 'rok roku rokiem'.split(' ')) UNITS.set(f, 'year');
// (`w tym sezonie`, `w przyszłym sezonie`, `sezonu następnego`: a sports season, named by the year it is played in.)
for (const f of 'sezon sezonu sezonie sezonem'.split(' ')) UNITS.set(f, 'year');
for (const f of 'weekend weekendu weekendzie weekendem'.split(' ')) UNITS.set(f, 'weekend');
for (const f of 'dekada dekady dekadzie dekadę dekadą'.split(' ')) UNITS.set(f, 'decade');
for (const f of 'kwartał kwartału kwartale kwartałem'.split(' ')) UNITS.set(f, 'quarter');
/** Words for the end, start or middle of a period (`do końca roku`, `końcówka roku`, `u schyłku dekady`). */
const PERIOD_PART = /^(?:końca|koniec|końcu|końcówka|końcówki|końcówce|końcówkę|końcówką|schyłek|schyłku|początku|początek|połowie|połowy|połowę)$/;

/** Units counted in `N dni temu`, `za dwa tygodnie`, `przed dwoma laty`. */
const COUNT_UNITS = new Map<string, Unit>();
for (const f of 'dzień dni dniach dniami doby dób'.split(' ')) COUNT_UNITS.set(f, 'day');
for (const f of 'tydzień tygodnie tygodni tygodniami'.split(' ')) COUNT_UNITS.set(f, 'week');
for (const f of 'miesiąc miesiące miesięcy miesiącami'.split(' ')) COUNT_UNITS.set(f, 'month');
for (const f of 'rok lata lat laty latami'.split(' ')) COUNT_UNITS.set(f, 'year');
/** Genitives after `sprzed` (`sprzed roku`, `sprzed dwóch lat`); the singular ones stand alone. */
const SPRZED_UNITS = new Map<string, Unit>([
  ['dnia', 'day'], ['doby', 'day'], ['dni', 'day'], ['dób', 'day'], ['tygodnia', 'week'], ['tygodni', 'week'],
  ['miesiąca', 'month'], ['miesięcy', 'month'], ['roku', 'year'], ['lat', 'year'],
]);
const SPRZED_ONE = new Set(['dnia', 'doby', 'tygodnia', 'miesiąca', 'roku']);
/** Singular instrumentals after `przed` (`przed tygodniem` = a week ago). */
const INSTR_ONE = new Map<string, Unit>([
  ['dniem', 'day'], ['tygodniem', 'week'], ['miesiącem', 'month'], ['rokiem', 'year'],
]);

const SEASONS = new Map<string, Season>();
for (const f of 'wiosna wiosny wiośnie wiosnę wiosną'.split(' ')) SEASONS.set(f, 'SP');
for (const f of 'lato latem lecie'.split(' ')) SEASONS.set(f, 'SU');
for (const f of 'jesień jesieni jesienią'.split(' ')) SEASONS.set(f, 'FA');
for (const f of 'zima zimy zimie zimę zimą'.split(' ')) SEASONS.set(f, 'WI');
// (…and the nominative or accusative of a season as what the sentence is about: `Jesień będzie trudna`,
// `zima przyniesie podwyżki`; a capital inside a sentence is a name: `Jesień średniowiecza`.)
const SEASON_ALONE = new Set(['wiosną', 'latem', 'jesienią', 'zimą', 'wiosna', 'wiosnę', 'lato', 'jesień', 'zima', 'zimę']);
const SEASON_PREP = new Set(['w', 'we', 'na', 'od', 'do', 'przed', 'po', 'tej', 'tego', 'tegorocznej', 'tegorocznego', 'przez', 'całe', 'całą', 'całego', 'całej']);
/**
 * `lata` is the plural of `rok` (`przez lata`, `na lata 2021–2027`) except as the genitive of `lato`
 * after these words (`do lata`, `od lata 2020`, `tego lata`, `zeszłego lata`).
 */
const LATA_SUMMER = /^(?:do|od|tego|całego|(?:ubiegł|zeszł|minion|przyszł|najbliższ|tegoroczn|bieżąc|ostatni|poprzedni|następn|nadchodząc|kolejn|wczesn|późn)ego)$/;
/** `wczesną wiosną`, `późnym latem`, `do późnej jesieni`: part of the season's mention. */
const SEASON_EARLY_LATE = /^(?:wczesn|późn)(?:a|ą|ej|ym|ego|e|y)$/;

const PARTS_1 = new Set(['rano', 'rankiem', 'wieczorem', 'nocą', 'popołudniu']);
const PARTS_GENITIVE = /^(?:popołudnia|wieczoru|wieczora|poranka|ranka|przedpołudnia|nocy)$/;
const PARTS_2 = new Map<string, Set<string>>([
  ['w', new Set(['nocy', 'południe'])],
  ['po', new Set(['południu'])],
  ['przed', new Set(['południem'])],
  ['nad', new Set(['ranem'])],
  ['o', new Set(['świcie', 'zmierzchu'])],
  ['późnym', new Set(['wieczorem', 'popołudniem'])],
  ['wczesnym', new Set(['rankiem', 'rano', 'popołudniem'])],
  ['około', new Set(['południa'])],
]);

/** Words joining two days of one month (`11 i 12 stycznia`). */
const DAY_LINKS = new Set(['i', 'oraz', 'lub', 'albo', 'a', 'na', 'do', 'czy']);

/** Feminine ordinals naming an hour (`o godzinie ósmej`). */
const HOUR_WORDS = new Map<string, number>();
forms(HOUR_WORDS, 1, 'pierwszej');
forms(HOUR_WORDS, 2, 'drugiej');
forms(HOUR_WORDS, 3, 'trzeciej');
forms(HOUR_WORDS, 4, 'czwartej');
forms(HOUR_WORDS, 5, 'piątej');
forms(HOUR_WORDS, 6, 'szóstej');
forms(HOUR_WORDS, 7, 'siódmej');
forms(HOUR_WORDS, 8, 'ósmej');
forms(HOUR_WORDS, 9, 'dziewiątej');
forms(HOUR_WORDS, 10, 'dziesiątej');
forms(HOUR_WORDS, 11, 'jedenastej');
forms(HOUR_WORDS, 12, 'dwunastej');
forms(HOUR_WORDS, 13, 'trzynastej');
forms(HOUR_WORDS, 14, 'czternastej');
forms(HOUR_WORDS, 15, 'piętnastej');
forms(HOUR_WORDS, 16, 'szesnastej');
forms(HOUR_WORDS, 17, 'siedemnastej');
forms(HOUR_WORDS, 18, 'osiemnastej');
forms(HOUR_WORDS, 19, 'dziewiętnastej');
forms(HOUR_WORDS, 20, 'dwudziestej');

const YEAR_SUFFIX = new Set(['roku', 'rok', 'rokiem']);
const YEAR_PREP = new Set(['w', 'we', 'od', 'do', 'z', 'ze', 'przed', 'po', 'latach', 'lata', 'lat', 'sezonie', 'roku', 'rok', 'trakcie']);
/** Words after a 4-digit number that make it a count, not a year (`2000 osób`). */
const COUNT_AFTER = new Set([
  'osób', 'osoby', 'ludzi', 'zł', 'złotych', 'euro', 'dolarów', 'proc', 'procent', 'tys', 'mln', 'mld', 'km',
  'kilometrów', 'metrów', 'żołnierzy', 'zabitych', 'rannych', 'ofiar', 'dzieci', 'domów', 'mieszkańców', 'sztuk',
]);

const DECADE_WORD =
  /^(dwudziest|trzydziest|czterdziest|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt)(?:e|ych|ymi|ym)$/;
const DECADE_STEM: Record<string, number> = {
  dwudziest: 2, trzydziest: 3, czterdziest: 4, pięćdziesiąt: 5, sześćdziesiąt: 6, siedemdziesiąt: 7,
  osiemdziesiąt: 8, dziewięćdziesiąt: 9,
};
const DECADE_HEAD = new Set(['lata', 'latach', 'lat', 'latami', 'latom']);
const ROMAN = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VAL: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(r: string): number {
  let v = 0;
  for (let k = 0; k < r.length; k++) {
    const c = ROMAN_VAL[r[k]];
    const nx = k + 1 < r.length ? ROMAN_VAL[r[k + 1]] : 0;
    v += c < nx ? -c : c;
  }
  return v;
}

/** True when token i continues on the same line as i-1 (no line break before it). */
function sameLine(tk: Tokens, i: number): boolean {
  return i < tk.n && tk.gap[i] !== GAP_NEWLINE;
}

function isTok(tk: Tokens, i: number, s: string): boolean {
  return i < tk.n && tk.lc[i] === s && sameLine(tk, i);
}

/** A lower-case word, or a capitalised one at the start of a sentence. */
function lowerOrInitial(tk: Tokens, i: number): boolean {
  return !isCapitalised(tk, i) || sentenceInitial(tk, i);
}

function dayNum(tk: Tokens, i: number): number {
  if (i >= tk.n || tk.kind[i] !== NUM || tk.raw[i].length > 2) return 0;
  const d = Number(tk.raw[i]);
  return d >= 1 && d <= 31 ? d : 0;
}

function year4(tk: Tokens, i: number, lo = 1000, hi = 2999): number {
  if (i >= tk.n || tk.kind[i] !== NUM || tk.raw[i].length !== 4) return 0;
  const y = Number(tk.raw[i]);
  return y >= lo && y <= hi ? y : 0;
}

/** Year after a date at token k: `2022`, `2022 r.`, `2022 roku`, `br.`, `ubiegłego roku`. */
function yearSuffix(tk: Tokens, k: number): { e: number; y?: number; yOff?: number } | null {
  if (!sameLine(tk, k)) return null;
  const y = year4(tk, k);
  if (y) {
    const e = afterYearWord(tk, k + 1);
    if (e > k + 1) return { e, y };
    // A bare number after a date is its year unless it counts something (`12 stycznia 2000 osób`).
    if (k + 1 < tk.n && sameLine(tk, k + 1) && COUNT_AFTER.has(tk.lc[k + 1])) return null;
    return { e: k + 1, y };
  }
  if (isTok(tk, k, 'br') && isTok(tk, k + 1, '.')) return { e: k + 2, yOff: 0 };
  if (isTok(tk, k, 'ub') && isTok(tk, k + 1, '.') && isTok(tk, k + 2, 'r')) {
    return { e: isTok(tk, k + 3, '.') ? k + 4 : k + 3, yOff: -1 };
  }
  // (`30 listopada ub. roku`.)
  if (isTok(tk, k, 'ub') && isTok(tk, k + 1, '.') && isTok(tk, k + 2, 'roku') && sameLine(tk, k + 2)) return { e: k + 3, yOff: -1 };
  if (tk.kind[k] === WORD && isTok(tk, k + 1, 'roku')) {
    const mod = plModifier(tk.lc[k]);
    if (mod !== null && tk.lc[k] !== 'tym' && tk.lc[k] !== 'ten') return { e: k + 2, yOff: mod };
  }
  return null;
}

/** Index after `r.`, `roku`, `rok` following a year at k (or k itself). */
function afterYearWord(tk: Tokens, k: number): number {
  if (!sameLine(tk, k)) return k;
  if (tk.lc[k] === 'r' && tk.kind[k] === WORD) return isTok(tk, k + 1, '.') && tk.gap[k + 1] === 0 ? k + 2 : k + 1;
  if (YEAR_SUFFIX.has(tk.lc[k]) && tk.kind[k] === WORD) return k + 1;
  return k;
}

function spec(s: number, e: number, sp: TemporalSpec): TemporalMatch {
  return { s, e, spec: sp };
}

/** Day-month dates starting at a day number: `12 stycznia`, `12-13 stycznia 2022 r.`, `12 stycz.`, `12 I 2022`. */
function matchDayMonth(tk: Tokens, i: number, depth = 0): TemporalMatch | null {
  const d = dayNum(tk, i);
  if (!d) return null;
  // A day glued to letters or a hyphenated name (`F-16`) is not a day.
  if (i > 0 && tk.gap[i] === 0 && (tk.kind[i - 1] === WORD || tk.raw[i - 1] === '-' || tk.raw[i - 1] === '.' || tk.raw[i - 1] === ',')) return null;
  let j = i + 1;
  if (j + 1 < tk.n && (tk.raw[j] === '-' || tk.raw[j] === '–' || tk.raw[j] === '/') && dayNum(tk, j + 1) && sameLine(tk, j + 1)) j += 2;
  if (!sameLine(tk, j) || j >= tk.n) return null;
  // `11 i 12 stycznia`, `27 i 28 grudnia 2008`, `między 4 a 8 kwietnia`, `z 21 na 22 maja`: the first
  // day takes the month (and year) of the date that follows.
  if (j === i + 1 && DAY_LINKS.has(tk.lc[j]) && depth < 4 && dayNum(tk, j + 1) && sameLine(tk, j + 1)) {
    const next = matchDayMonth(tk, j + 1, depth + 1);
    if (next && next.spec.t === 'date') return spec(i, i + 1, { ...next.spec, d });
    return null;
  }
  let m = 0;
  let e = j + 1;
  if (tk.kind[j] === WORD) {
    // Polish months are lower case: `3 Maja` is a street or the holiday, not a date to resolve.
    if (isCapitalised(tk, j) && tk.raw[j] !== tk.raw[j].toUpperCase()) return null;
    m = MONTHS.get(tk.lc[j]) ?? 0;
    if (!m) {
      const a = MONTH_ABBR.get(tk.lc[j]);
      if (a && isTok(tk, j + 1, '.') && tk.gap[j + 1] === 0) {
        m = a;
        e = j + 2;
      } else if (ROMAN_MONTHS.has(tk.raw[j])) {
        // `12 I 2022`: only with a year, or the numeral may be a list marker.
        let k = j + 1;
        if (isTok(tk, k, '.') && tk.gap[k] === 0) k++;
        // …or inside parentheses: `Dziś (31 XII)`.
        const inParens = i > 0 && tk.raw[i - 1] === '(' && isTok(tk, j + 1, ')');
        if (year4(tk, k) || inParens) {
          m = ROMAN_MONTHS.get(tk.raw[j])!;
          e = j + 1;
        }
      }
    }
  } else if (tk.raw[j] === '.' && tk.gap[j] === 0 && ROMAN_MONTHS.has(tk.raw[j + 1] ?? '') && tk.gap[j + 1] === 0) {
    // `12.I.2022`
    const k = isTok(tk, j + 2, '.') ? j + 3 : j + 2;
    if (year4(tk, k)) {
      m = ROMAN_MONTHS.get(tk.raw[j + 1])!;
      e = k;
    }
  }
  if (!m) return null;
  // Roman months consume their separator dot before the year.
  if (ROMAN_MONTHS.has(tk.raw[e - 1]) && isTok(tk, e, '.') && tk.gap[e] === 0) e++;
  const ys = yearSuffix(tk, e);
  if (ys) return spec(i, ys.e, { t: 'date', y: ys.y, yOff: ys.yOff, m, d });
  return spec(i, e, { t: 'date', m, d });
}

// Days written as ordinal words in the genitive (`pierwszego lipca`, `dwudziestego piątego grudnia`).
const ORDINAL_DAY = new Map<string, number>(
  'pierwszego drugiego trzeciego czwartego piątego szóstego siódmego ósmego dziewiątego dziesiątego jedenastego dwunastego trzynastego czternastego piętnastego szesnastego siedemnastego osiemnastego dziewiętnastego dwudziestego'
    .split(' ').map((w, k) => [w, k + 1]),
);

/** `pierwszego lipca`, `od dwudziestego piątego grudnia 2021 r.`: a day said as an ordinal word. */
function matchOrdinalDayMonth(tk: Tokens, i: number): TemporalMatch | null {
  let d = ORDINAL_DAY.get(tk.lc[i]) ?? (tk.lc[i] === 'trzydziestego' ? 30 : 0);
  if (!d || !lowerOrInitial(tk, i)) return null;
  let j = i + 1;
  if ((d === 20 || d === 30) && sameLine(tk, j) && (ORDINAL_DAY.get(tk.lc[j]) ?? 10) < 10) d += ORDINAL_DAY.get(tk.lc[j++])!;
  if (d > 31 || !sameLine(tk, j) || tk.kind[j] !== WORD || isCapitalised(tk, j)) return null;
  const m = MONTHS.get(tk.lc[j]) ?? 0;
  // (Only the genitive: `pierwszego stycznia`, not `drugiego marca` read from `drugiego marcowego`.)
  if (!m || !/(?:a|ia|ego)$/.test(tk.lc[j])) return null;
  const ys = yearSuffix(tk, j + 1);
  if (ys) return spec(i, ys.e, { t: 'date', y: ys.y, yOff: ys.yOff, m, d });
  return spec(i, j + 1, { t: 'date', m, d });
}

/** `20.05 br.`, `20.05.br.`: a Polish day.month with `bieżącego roku`. */
function matchDottedBr(tk: Tokens, i: number): TemporalMatch | null {
  const d = dayNum(tk, i);
  if (!d || !isTok(tk, i + 1, '.') || tk.gap[i + 1] !== 0 || tk.kind[i + 2] !== NUM || tk.gap[i + 2] !== 0 || tk.raw[i + 2]?.length !== 2) return null;
  if (i > 0 && tk.gap[i] === 0 && (tk.kind[i - 1] === NUM || tk.raw[i - 1] === '.')) return null;
  const m = Number(tk.raw[i + 2]);
  if (m < 1 || m > 12) return null;
  let k = i + 3;
  if (isTok(tk, k, '.') && tk.gap[k] === 0) k++;
  if (isTok(tk, k, 'br') && isTok(tk, k + 1, '.')) return spec(i, k + 2, { t: 'date', yOff: 0, m, d });
  // (`Dzisiaj (12.03) ruszył proces`, `wczoraj (27.12) wieczorem`: a day.month in parentheses is a date.)
  if (i > 0 && tk.raw[i - 1] === '(' && isTok(tk, i + 3, ')')) return spec(i, i + 3, { t: 'date', m, d });
  return null;
}

/** A month without a day: `styczeń`, `w marcu 2021 r.`, `w marcu ubiegłego roku`. */
function matchMonth(tk: Tokens, i: number): TemporalMatch | null {
  const m = MONTHS.get(tk.lc[i]);
  if (!m) return null;
  if (isCapitalised(tk, i)) {
    // `Maja Nowak`: a capitalised month is only a month at a sentence start, not before a name.
    if (!sentenceInitial(tk, i)) return null;
    if (i + 1 < tk.n && isCapitalised(tk, i + 1) && sameLine(tk, i + 1)) return null;
  }
  const ys = yearSuffix(tk, i + 1);
  if (ys) return spec(i, ys.e, { t: 'date', y: ys.y, yOff: ys.yOff, m });
  return spec(i, i + 1, { t: 'date', m });
}

/** Month and year adjectives (`listopadowej projekcji`, `tegoroczne`), `majówka`, and the summer `wakacje` after a preposition. */
function matchMonthWord(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  if (!lowerOrInitial(tk, i)) return null;
  const am = MONTH_ADJ.exec(lc);
  if (am) return spec(i, i + 1, { t: 'date', m: MONTH_ADJ_STEM[am[1]] });
  const ya = YEAR_ADJ.exec(lc);
  if (ya) return spec(i, i + 1, { t: 'year', n: YEAR_ADJ_SHIFT[ya[1]] });
  if (MAJOWKA.has(lc)) return spec(i, i + 1, { t: 'date', m: 5 });
  if (WAKACJE.has(lc) && i > 0 && sameLine(tk, i) && WAKACJE_PREP.has(tk.lc[i - 1])) {
    if (i + 1 < tk.n && sameLine(tk, i + 1) && WAKACJE_NOT.test(tk.lc[i + 1])) return null;
    const ys = yearSuffix(tk, i + 1);
    if (ys?.y !== undefined) return spec(i, ys.e, { t: 'season', s: 'SU', y: ys.y });
    if (ys?.yOff !== undefined) return spec(i, ys.e, { t: 'season', s: 'SU', yOff: ys.yOff });
    return spec(i, i + 1, { t: 'season', s: 'SU' });
  }
  return null;
}

/** Weekdays: `piątek`, `w ubiegły piątek`, `najbliższą sobotę`, `piątkowe`. */
function matchWeekday(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  const mod = plModifier(lc);
  if (mod !== null && i + 1 < tk.n && sameLine(tk, i + 1)) {
    const wd = WEEKDAYS.get(tk.lc[i + 1]);
    if (wd && !isCapitalised(tk, i + 1)) {
      return spec(i, i + 2, { t: 'weekday', wd, dir: mod < 0 ? 'last' : mod > 0 ? 'next' : 'tense' });
    }
  }
  const wd = WEEKDAYS.get(lc);
  if (wd && lowerOrInitial(tk, i)) return spec(i, i + 1, { t: 'weekday', wd, dir: 'tense' });
  const am = WEEKDAY_ADJ.exec(lc);
  if (am && lowerOrInitial(tk, i)) return spec(i, i + 1, { t: 'weekday', wd: WEEKDAY_ADJ_STEM[am[1]], dir: 'tense' });
  return null;
}

/** `dziś`, `wczoraj`, `jutrzejszy`, `minionej nocy`. */
function matchDayWord(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  const n = DAY_WORDS.get(lc);
  if (n !== undefined) return spec(i, i + 1, { t: 'day', n });
  // (`do jutra`, `od jutra`: tomorrow in the genitive, only after these; `ludzie jutra` is the future.)
  if (lc === 'jutra' && i > 0 && /^(do|od)$/.test(tk.lc[i - 1]) && sameLine(tk, i)) return spec(i, i + 1, { t: 'day', n: 1 });
  const am = DAY_ADJ.exec(lc);
  if (am && lowerOrInitial(tk, i)) return spec(i, i + 1, { t: 'day', n: DAY_ADJ_STEM[am[1]] });
  if (isTok(tk, i + 1, 'nocy') && plModifier(lc) === -1) return spec(i, i + 2, { t: 'day', n: -1 });
  // (`Minionej doby strażacy interweniowali …`, `w ciągu ostatniej doby`: the 24 hours before, the day before.)
  if (isTok(tk, i + 1, 'doby') && plModifier(lc) === -1 && sameLine(tk, i + 1)) return spec(i, i + 2, { t: 'day', n: -1 });
  return null;
}

/** `w tym tygodniu`, `w przyszłym miesiącu`, `ubiegłego roku`, `w miniony weekend`, `roku ubiegłego`, `w weekend`, `w ub. roku`, `w br.`. */
function matchRelativeUnit(tk: Tokens, i: number): TemporalMatch | null {
  // Abbreviations: `ub. r.`, `ub. roku` (last year), `w ub. tygodniu`, `ub. miesiąca`, `br.` (this year).
  if (tk.lc[i] === 'ub' && isTok(tk, i + 1, '.') && tk.gap[i + 1] === 0) {
    const u = i + 2 < tk.n && sameLine(tk, i + 2) ? UNITS.get(tk.lc[i + 2]) : undefined;
    if (u) return spec(i, i + 3, unitSpec(u, -1));
    if (isTok(tk, i + 2, 'r')) return spec(i, isTok(tk, i + 3, '.') ? i + 4 : i + 3, { t: 'year', n: -1 });
  }
  if (tk.lc[i] === 'br' && isTok(tk, i + 1, '.') && tk.gap[i + 1] === 0 && i > 0 && /^(?:w|we|od|do|z|ze)$/.test(tk.lc[i - 1])) {
    return spec(i, i + 2, { t: 'year', n: 0 });
  }
  // A bare `w weekend` / `podczas weekendu`: the coming or the past one, by tense.
  if (UNITS.get(tk.lc[i]) === 'weekend' && i > 0 && sameLine(tk, i) && /^(?:w|we|na|podczas|przez)$/.test(tk.lc[i - 1])) {
    return spec(i, i + 1, { t: 'week', n: 0, weekend: true, byTense: true });
  }
  // (`z długiego weekendu`, `podczas długiego weekendu`, `długi weekend`: the long weekend the story is
  // about, the coming or the past one by tense.)
  if (/^dług(?:i|iego|im|iemu)$/.test(tk.lc[i]) && i + 1 < tk.n && sameLine(tk, i + 1) && UNITS.get(tk.lc[i + 1]) === 'weekend' && (i === 0 || /^(?:w|we|na|podczas|przez|z|ze|po|od|do|przed|ten|tego|ostatni|ostatniego|miniony|minionego)$/.test(tk.lc[i - 1]))) {
    return spec(i, i + 2, { t: 'week', n: 0, weekend: true, byTense: true });
  }
  // `do końca roku`, `pod koniec miesiąca`, `na początku tygodnia`: the anchor's own period
  // (a year number after it is left to the year matcher: `do końca 2024 r.`).
  if (PERIOD_PART.test(tk.lc[i]) && i + 1 < tk.n && sameLine(tk, i + 1)) {
    // `do końca br.`, `od początku ub. r.`
    const ys = tk.kind[i + 1] === WORD ? yearSuffix(tk, i + 1) : null;
    if (ys && ys.yOff !== undefined) return spec(i, ys.e, { t: 'year', n: ys.yOff });
    const u = UNITS.get(tk.lc[i + 1]);
    if (u && u !== 'day' && u !== 'weekend' && !(year4(tk, i + 2) && sameLine(tk, i + 2))) {
      // (`do końca sezonu następnego`, `do końca roku przyszłego`: a postposed modifier belongs to it.)
      const m3 = i + 2 < tk.n && sameLine(tk, i + 2) && tk.kind[i + 2] === WORD ? plModifier(tk.lc[i + 2]) : null;
      if (m3 !== null && m3 !== 0 && !MOD_BEFORE_EVENT.test(tk.lc[i + 2])) return spec(i, i + 3, unitSpec(u, m3));
      return spec(i, i + 2, unitSpec(u, 0));
    }
    // `koniec tego kwartału`, `do końca przyszłego miesiąca`: the part belongs to the mention.
    const pm = tk.kind[i + 1] === WORD && !tk.lc[i + 1].startsWith('ostatni') ? plModifier(tk.lc[i + 1]) : null;
    const u2 = pm !== null && i + 2 < tk.n && sameLine(tk, i + 2) ? UNITS.get(tk.lc[i + 2]) : undefined;
    if (u2 && u2 !== 'day' && u2 !== 'weekend' && !(year4(tk, i + 3) && sameLine(tk, i + 3)) && !(MOD_BEFORE_EVENT.test(tk.lc[i + 1]) && u2 !== 'year' && u2 !== 'month')) {
      const sp = unitSpec(u2, pm!);
      if ((sp.t === 'month' || sp.t === 'year') && MOD_ANAPHORIC.test(tk.lc[i + 1])) sp.ana = true;
      return spec(i, i + 3, sp);
    }
  }
  // `w drugiej połowie roku`: a half of the anchor's year.
  if (/^(?:pierwszej|drugiej)$/.test(tk.lc[i]) && /^(?:połowie|połowy|połowę)$/.test(tk.lc[i + 1] ?? '') && isTok(tk, i + 2, 'roku') && !(year4(tk, i + 3) && sameLine(tk, i + 3))) {
    return spec(i, i + 3, { t: 'quarter', q: tk.lc[i] === 'pierwszej' ? 1 : 2, half: true });
  }
  const mod = plModifier(tk.lc[i]);
  if (mod !== null && i + 1 < tk.n && sameLine(tk, i + 1) && tk.kind[i] === WORD) {
    const u = UNITS.get(tk.lc[i + 1]);
    // `w ostatniej dekadzie` is the last ten years, not the previous decade; `w ciągu ostatniego
    // miesiąca`, `przez ostatni rok` are stretches of time counted back from now, not calendar periods.
    const last = tk.lc[i].startsWith('ostatni');
    const stretch = last && i > 0 && sameLine(tk, i) && /^(?:ciągu|przez|przestrzeni)$/.test(tk.lc[i - 1]);
    // `ostatni tydzień` (`w ciągu ostatniego tygodnia` too) is the seven days up to the article
    // date, unless it is the last week of something named after it (`ostatniego tygodnia lipca`).
    if (u === 'week' && last) return lastWeekOf(tk, i + 2) ? null : spec(i, i + 2, { t: 'week', n: -1, recent: true });
    if (u && !stretch && !(u === 'decade' && last) && !(MOD_BEFORE_EVENT.test(tk.lc[i]) && u !== 'year' && u !== 'month')) {
      // `za rok 2021`, `tego roku 2005`: a following year number wins.
      if (year4(tk, i + 2) && sameLine(tk, i + 2)) return null;
      const sp = unitSpec(u, mod);
      if ((sp.t === 'month' || sp.t === 'year') && MOD_ANAPHORIC.test(tk.lc[i])) sp.ana = true;
      return spec(i, i + 2, sp);
    }
  }
  const u = UNITS.get(tk.lc[i]);
  if (u && i + 1 < tk.n && sameLine(tk, i + 1) && tk.kind[i + 1] === WORD) {
    const m2 = plModifier(tk.lc[i + 1]);
    // Postposed modifier (`roku ubiegłego`); demonstratives are not postposed this way.
    if (m2 !== null && m2 !== 0 && !(MOD_BEFORE_EVENT.test(tk.lc[i + 1]) && u !== 'year' && u !== 'month')) {
      const sp = unitSpec(u, m2);
      if ((sp.t === 'month' || sp.t === 'year') && MOD_ANAPHORIC.test(tk.lc[i + 1])) sp.ana = true;
      return spec(i, i + 2, sp);
    }
    if (/^bieżąc(?:ego|ym|ej)$/.test(tk.lc[i + 1])) return spec(i, i + 2, unitSpec(u, 0));
  }
  return null;
}

/** Words after `ostatni tydzień` that make it the last week of a period or before an event. */
const LAST_WEEK_OF = /^(?:przed|po|roku|miesiąca|kwartału|kampanii|wakacji|ferii|sezonu|sesji|trwania|urzędowania|życia|rządów|kadencji|ciąży)$/;

/** True when token k continues `ostatni tydzień` into `… lipca`, `… przed wyborami`, `… kampanii`. */
function lastWeekOf(tk: Tokens, k: number): boolean {
  if (k >= tk.n || !sameLine(tk, k) || tk.kind[k] !== WORD) return false;
  return MONTHS.has(tk.lc[k]) || LAST_WEEK_OF.test(tk.lc[k]);
}


function shiftSpec(u: Unit, n: number): TemporalSpec {
  // A shift of whole weeks lands on a day (`tydzień temu` = 7 days before the anchor).
  if (u === 'week') return { t: 'day', n: 7 * n };
  if (u === 'weekend') return { t: 'week', n, weekend: true };
  return unitSpec(u, n);
}

/**
 * A shift into the past (`tydzień temu`, `sprzed dwóch tygodni`, `przed tygodniem`): whole weeks back
 * are a week, as TIMEX3 values `two weeks ago` (`2014-W37`); forward (`za tydzień`) they land on a day.
 */
function agoSpec(u: Unit, n: number): TemporalSpec {
  return u === 'week' ? { t: 'week', n } : shiftSpec(u, n);
}

/** Count before a unit: digits, a number word, or nothing for a bare unit (`tydzień temu`). */
function countAt(tk: Tokens, i: number): { n: number; e: number } | null {
  if (i >= tk.n) return null;
  if (tk.kind[i] === NUM && tk.raw[i].length <= 3) return { n: Number(tk.raw[i]), e: i + 1 };
  if (tk.kind[i] === WORD) {
    const w = plNumberWord(tk.lc[i]);
    if (w !== undefined && w >= 1 && Number.isInteger(w)) return { n: w, e: i + 1 };
    if (w === 1.5) return null;
  }
  return null;
}

/** `3 dni temu`, `tydzień temu`, `za tydzień`, `za dwa lata`, `przed tygodniem`, `przed dwoma laty`. */
function matchShift(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  if ((lc === 'za' || lc === 'przed') && tk.kind[i] === WORD && i + 1 < tk.n && sameLine(tk, i + 1)) {
    const sign = lc === 'za' ? 1 : -1;
    if (sign < 0) {
      const u1 = INSTR_ONE.get(tk.lc[i + 1]);
      if (u1) return spec(i, i + 2, agoSpec(u1, -1));
    }
    // (`za niecałe trzy lata`, `za prawie dwa lata`: an approximating word before the count.)
    const a = sign > 0 && /^(?:niecałe|niecały|prawie|blisko|około|ok|ponad)$/.test(tk.lc[i + 1]) ? (tk.lc[i + 1] === 'ok' && isTok(tk, i + 2, '.') ? i + 3 : i + 2) : i + 1;
    const c = countAt(tk, a);
    const k = c ? c.e : a;
    if (a > i + 1 && !c) return null;
    if (!sameLine(tk, k) || k >= tk.n) return null;
    const u = COUNT_UNITS.get(tk.lc[k]);
    if (!u) return null;
    // `za rok 2021` is a year, `przed 3 dniami` needs the instrumental.
    if (year4(tk, k + 1) && sameLine(tk, k + 1)) return null;
    if (sign > 0 && !/^(?:dni|dzień|doby|dób|tydzień|tygodnie|tygodni|miesiąc|miesiące|miesięcy|rok|lata|lat)$/.test(tk.lc[k])) return null;
    if (sign < 0 && !/^(?:dniami|laty|latami|tygodniami|miesiącami)$/.test(tk.lc[k])) return null;
    if (!c && !/^(?:dzień|tydzień|miesiąc|rok)$/.test(tk.lc[k])) return null;
    return spec(i, k + 1, sign < 0 ? agoSpec(u, -(c ? c.n : 1)) : shiftSpec(u, c ? c.n : 1));
  }
  // `sprzed roku`, `sprzed dwóch lat`, `sprzed tygodnia`: the genitive of `N <unit> temu`
  // (`ceny sprzed roku` = the prices of a year ago); a bare plural (`sprzed lat`) is vague.
  if (lc === 'sprzed' && tk.kind[i] === WORD && i + 1 < tk.n && sameLine(tk, i + 1)) {
    const c = countAt(tk, i + 1);
    const k = c ? c.e : i + 1;
    if (k >= tk.n || !sameLine(tk, k) || (year4(tk, k + 1) && sameLine(tk, k + 1))) return null;
    const u = SPRZED_UNITS.get(tk.lc[k]);
    if (!u || (c === null) !== SPRZED_ONE.has(tk.lc[k])) return null;
    return spec(i, k + 1, agoSpec(u, -(c ? c.n : 1)));
  }
  // `N <unit> temu`
  const c = countAt(tk, i);
  const k = c ? c.e : i;
  if (k >= tk.n || (k > i && !sameLine(tk, k))) return null;
  const u = COUNT_UNITS.get(tk.lc[k]);
  if (!u || !isTok(tk, k + 1, 'temu')) return null;
  if (!c && !/^(?:dzień|tydzień|miesiąc|rok)$/.test(tk.lc[k])) return null;
  return spec(i, k + 2, agoSpec(u, -(c ? c.n : 1)));
}

/** Parts of a day named like the day itself (`następnego ranka`, `tego samego wieczoru`). */
const DAY_NOUN = /^(?:dnia|ranka|rana|wieczoru|popołudnia|nocy)$/;
const DAY_BEFORE = /^(?:poprzedni|poprzedzając)(?:ego|ej)$/;
const DAY_AFTER = /^(?:następn|kolejn)(?:ego|ej)$/;
/** Words that make `rok wcześniej` a comparison or a rescheduling (`o rok wcześniej niż`), not a date. */
const SHIFT_NOT_BEFORE = new Set(['o', 'aż', 'nawet', 'niemal', 'prawie', 'ok', 'około', 'blisko']);
const SHIFT_NOT_AFTER = new Set(['niż', 'aniżeli', 'od']);

/**
 * Days and periods told from the narrative rather than from the article date: `poprzedniego dnia`,
 * `dnia następnego`, `nazajutrz`, `tego samego dnia`, `dzień wcześniej`, `dwa dni później`,
 * `tydzień wcześniej`, `rok wcześniej` (findDates counts them from the period named just before).
 */
function matchNarrative(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  if (tk.kind[i] === WORD) {
    if (lc === 'nazajutrz') return spec(i, i + 1, { t: 'day', n: 1, ana: 'day' });
    const nx = i + 1 < tk.n && sameLine(tk, i + 1) ? tk.lc[i + 1] : '';
    // `poprzedniego dnia`, `następnego ranka`, `kolejnej nocy`; `dnia poprzedniego`, `dniu następnym`.
    const pre = DAY_BEFORE.test(lc) ? -1 : DAY_AFTER.test(lc) ? 1 : 0;
    // (`każdego kolejnego dnia` is every day, not one.)
    const every = i > 0 && sameLine(tk, i) && /^(?:każdego|każdej)$/.test(tk.lc[i - 1]);
    if (pre && !every && DAY_NOUN.test(nx) && (nx === 'nocy') === lc.endsWith('ej')) return spec(i, i + 2, { t: 'day', n: pre, ana: 'day' });
    if ((lc === 'dnia' || lc === 'dniu') && nx) {
      const post = /^(?:poprzedni|poprzedzając)(?:ego|m)$/.test(nx) ? -1 : /^(?:następn|kolejn)(?:ego|ym)$/.test(nx) ? 1 : 0;
      if (post && (lc === 'dnia') === nx.endsWith('ego')) return spec(i, i + 2, { t: 'day', n: post, ana: 'day' });
    }
    // `tego samego dnia`, `tego dnia`, `w tym samym dniu`.
    if (lc === 'tego') {
      if (nx === 'samego' && isTok(tk, i + 2, 'dnia')) return spec(i, i + 3, { t: 'day', n: 0, ana: 'same' });
      if (nx === 'samego' && i + 2 < tk.n && DAY_NOUN.test(tk.lc[i + 2]) && tk.lc[i + 2] !== 'nocy' && sameLine(tk, i + 2)) return spec(i, i + 3, { t: 'day', n: 0, ana: 'same' });
      if (nx === 'dnia') return spec(i, i + 2, { t: 'day', n: 0, ana: 'same' });
    }
    if (lc === 'tym' && nx === 'samym' && isTok(tk, i + 2, 'dniu')) return spec(i, i + 3, { t: 'day', n: 0, ana: 'same' });
  }
  // `dzień wcześniej`, `dwa dni później`, `tydzień wcześniej`, `rok później`, `dzień przed.`
  if (i > 0 && sameLine(tk, i) && SHIFT_NOT_BEFORE.has(tk.lc[i - 1])) return null;
  const c = countAt(tk, i);
  const k = c ? c.e : i;
  if (k >= tk.n || (k > i && !sameLine(tk, k))) return null;
  const u = COUNT_UNITS.get(tk.lc[k]);
  if (!u || (!c && !/^(?:dzień|tydzień|miesiąc|rok)$/.test(tk.lc[k])) || !sameLine(tk, k + 1) || k + 1 >= tk.n) return null;
  // The instrumental (`dniami`, `laty`) belongs to `przed … temu`-like phrases, not here.
  if (/^(?:dniach|dniami|tygodniami|miesiącami|laty|latami|doby|dób)$/.test(tk.lc[k])) return null;
  const w = tk.lc[k + 1];
  let dir = w === 'wcześniej' ? -1 : w === 'później' || w === 'potem' ? 1 : 0;
  // `dzień przed` only when nothing follows it (`dzień przed zamknięciem` counts from the closure).
  if (!dir && w === 'przed' && u === 'day' && !c && aloneAfter(tk, k + 2)) dir = -1;
  if (!dir) return null;
  if (k + 2 < tk.n && sameLine(tk, k + 2) && SHIFT_NOT_AFTER.has(tk.lc[k + 2])) return null;
  const n = dir * (c ? c.n : 1);
  if (u === 'day') return spec(i, k + 2, { t: 'day', n, ana: 'day' });
  if (u === 'week') return spec(i, k + 2, { t: 'day', n: 7 * n, ana: 'week' });
  if (u === 'month') return spec(i, k + 2, { t: 'month', n, ana: true });
  if (u === 'year') return spec(i, k + 2, { t: 'year', n, ana: true });
  return null;
}

/** True when token k ends the phrase: punctuation, a line end, the text end, or a plain conjunction. */
function aloneAfter(tk: Tokens, k: number): boolean {
  if (k >= tk.n || !sameLine(tk, k)) return true;
  if (tk.kind[k] === PUNCT) return true;
  return tk.lc[k] === 'i' || tk.lc[k] === 'a' || tk.lc[k] === 'oraz';
}

/** Years: `2022 r.`, `2022 roku`, `roku 2022`, `w 2022` (after a preposition), `2005–2010 r.`. */
function matchYear(tk: Tokens, i: number): TemporalMatch | null {
  if (tk.kind[i] === WORD && YEAR_SUFFIX.has(tk.lc[i]) && i + 1 < tk.n && sameLine(tk, i + 1)) {
    const y = year4(tk, i + 1);
    if (y) return spec(i, i + 2, { t: 'date', y });
  }
  const y = year4(tk, i);
  if (!y) return null;
  if (i > 0 && tk.gap[i] === 0 && (tk.kind[i - 1] === WORD || tk.raw[i - 1] === '-' || tk.raw[i - 1] === '/' || tk.raw[i - 1] === '.')) {
    // `COVID-2019`, `12.01.2022` pieces: handled elsewhere or not a year.
    const prevYear = i >= 2 && tk.raw[i - 1] === '-' && year4(tk, i - 2);
    if (!prevYear) return null;
  }
  const e = afterYearWord(tk, i + 1);
  if (e > i + 1) return spec(i, e, { t: 'date', y });
  // `2005–2010 r.`: the first year of a range followed by a year word.
  if (i + 2 < tk.n && (tk.raw[i + 1] === '-' || tk.raw[i + 1] === '–') && year4(tk, i + 2) > y && afterYearWord(tk, i + 3) > i + 3) {
    return spec(i, i + 1, { t: 'date', y });
  }
  // `między 2007 a 2015 rokiem`, `2014 i 2015 r.`: the first year of a pair whose second carries the year word.
  if (i + 2 < tk.n && (tk.lc[i + 1] === 'a' || tk.lc[i + 1] === 'i' || tk.lc[i + 1] === 'oraz') && sameLine(tk, i + 2) && year4(tk, i + 2) && afterYearWord(tk, i + 3) > i + 3) {
    return spec(i, i + 1, { t: 'date', y });
  }
  if (y < 1800 || y > 2100) return null;
  // `(1909)`: a year in parentheses.
  if (i > 0 && tk.raw[i - 1] === '(' && isTok(tk, i + 1, ')')) return spec(i, i + 1, { t: 'date', y });
  const next = i + 1 < tk.n && sameLine(tk, i + 1) ? tk.lc[i + 1] : '';
  if (COUNT_AFTER.has(next)) return null;
  if (i > 0 && tk.kind[i - 1] === WORD && YEAR_PREP.has(tk.lc[i - 1])) return spec(i, i + 1, { t: 'date', y });
  // A year closing a quoted name (`„Dwa Teatry – Zamość 2023”`, `"Expo 2025"`).
  // (Not a far-off programme or party name: `„Polska 2050”`, `"Agenda 2030"`.)
  if (i > 0 && y < 2030 && isCapitalised(tk, i - 1) && tk.gap[i] > 0 && i + 1 < tk.n && tk.gap[i + 1] === 0 && /^[”"»]$/.test(tk.raw[i + 1])) return spec(i, i + 1, { t: 'date', y });
  // (`od Wimbledonu 2024.`, `zwyciężczyni Australian Open 2025.`, `zamykającym sezon 2025?`: a recent year
  // closing its clause after an event's capitalised name or a season noun names that edition.)
  // (Not a house number: `przy ul. Kwiatowej 2024.`)
  if (y >= 1990 && y < 2030 && i > 0 && tk.gap[i] > 0 && sameLine(tk, i) && ((isCapitalised(tk, i - 1) && !sentenceInitial(tk, i - 1)) || /^(?:sezon|sezonie|sezonu|sezonem|edycja|edycji|edycję|edycją)$/.test(tk.lc[i - 1])) &&
    !(i >= 3 && tk.raw[i - 2] === '.' && /^(?:ul|al|os|pl)$/.test(tk.lc[i - 3])) &&
    (i + 1 >= tk.n || !sameLine(tk, i + 1) || (tk.kind[i + 1] !== WORD && /^[.,;:!?)]$/.test(tk.raw[i + 1]) && !(tk.gap[i + 1] === 0 && tk.raw[i + 1] === '.' && tk.kind[i + 2] === NUM)))) return spec(i, i + 1, { t: 'date', y });
  // (`Londyn 2012, Rio de Janeiro 2016 i Tokio 2020`: a list of a place or event and its year is a list of years.)
  if (i > 0 && y <= 2100 && isCapitalised(tk, i - 1) && tk.gap[i] > 0 && editionInList(tk, i)) return spec(i, i + 1, { t: 'date', y });
  // Second year of a range: `2005-2010`, `od 2005 do 2010`.
  if (i >= 3 && (tk.raw[i - 1] === '-' || tk.raw[i - 1] === '–' || tk.lc[i - 1] === 'do' || tk.lc[i - 1] === 'i')) {
    const py = year4(tk, i - 2);
    // Only when the first number was itself read as a year (`w latach 2005-2010`, not `ok. 1900 – 2000 m³/s`).
    if (py && py < y && tk.kind[i - 3] === WORD && YEAR_PREP.has(tk.lc[i - 3])) return spec(i, i + 1, { t: 'date', y });
    // (`w 2023 i 2022`: a year coordinated with one read after a preposition, in any order.)
    if (py && tk.lc[i - 1] === 'i' && tk.kind[i - 3] === WORD && YEAR_PREP.has(tk.lc[i - 3])) return spec(i, i + 1, { t: 'date', y });
  }
  // `wskaźniki na 2023.`: `na` before a recent year closing its clause (not a count: `na 2000 osób`).
  if (i > 0 && tk.lc[i - 1] === 'na' && y >= 1990 && y <= 2040 && (i + 1 >= tk.n || tk.kind[i + 1] !== WORD)) return spec(i, i + 1, { t: 'date', y });
  return null;
}

/**
 * Whether the year at `i`, after a capitalised name, stands in a list of such name–year pairs
 * (`Berlin 2009, Moskwa 2013`): another pair follows after `,`/`i`, or one ends right before its name.
 */
function editionInList(tk: Tokens, i: number): boolean {
  const pairAt = (k: number, dir: 1 | -1): boolean => {
    // From the separator at `k`, up to three capitalised words, then (forward) a year; backward, a year before the separator.
    if (dir === 1) {
      let q = k + 1;
      while (q < tk.n && q - k <= 4 && (isCapitalised(tk, q) || (q > k + 1 && /^(?:de|da|del|do|nad|am|upon)$/.test(tk.lc[q])))) q++;
      return q > k + 1 && q < tk.n && !!year4(tk, q);
    }
    return k > 0 && !!year4(tk, k - 1);
  };
  const sep = (k: number): boolean => k < tk.n && (tk.raw[k] === ',' || tk.lc[k] === 'i' || tk.lc[k] === 'oraz');
  if (sep(i + 1) && pairAt(i + 1, 1)) return true;
  let s = i - 1;
  while (s > 0 && i - s <= 4 && isCapitalised(tk, s - 1)) s--;
  return s > 0 && sep(s - 1) && pairAt(s - 1, -1);
}

/** `lata 90.`, `latach 80-tych`, `lat dziewięćdziesiątych`, `XX wieku`, `XXI w.`. */
function matchDecadeCentury(tk: Tokens, i: number): TemporalMatch | null {
  if (tk.kind[i] === WORD && DECADE_HEAD.has(tk.lc[i]) && i + 1 < tk.n && sameLine(tk, i + 1)) {
    const j = i + 1;
    if (tk.kind[j] === NUM) {
      const r = tk.raw[j];
      let dec: string | null = null;
      if (r.length === 2 && r[1] === '0' && r !== '00' && r !== '10') dec = '19' + r[0];
      else if (r.length === 4 && r[3] === '0' && year4(tk, j, 1000, 2099)) dec = r.slice(0, 3);
      if (dec) {
        let e = j + 1;
        if (isTok(tk, e, '.') && tk.gap[e] === 0) e++;
        else if (isTok(tk, e, '-') && tk.gap[e] === 0 && e + 1 < tk.n && /^(?:te|tych|ych|ymi|tymi|tym)$/.test(tk.lc[e + 1])) e += 2;
        // Only a decade when marked (`90.`, `90-tych`); a bare `lat 1990` is a year.
        if (e > j + 1 || r.length === 2) return spec(i, e, { t: 'fixed', v: dec });
      }
    } else {
      const dm = DECADE_WORD.exec(tk.lc[j]);
      if (dm) return spec(i, j + 1, { t: 'fixed', v: '19' + DECADE_STEM[dm[1]] });
    }
  }
  if (tk.kind[i] === WORD && ROMAN.test(tk.raw[i]) && tk.raw[i].length > 0 && i + 1 < tk.n && sameLine(tk, i + 1)) {
    const c = romanValue(tk.raw[i]);
    if (c >= 1 && c <= 21) {
      const nx = tk.lc[i + 1];
      let e = 0;
      if (nx === 'wieku' || nx === 'wiek' || nx === 'wiekiem' || nx === 'wieki') e = i + 2;
      else if (nx === 'w' && isTok(tk, i + 2, '.') && tk.gap[i + 2] === 0) e = i + 3;
      if (e) return spec(i, e, { t: 'fixed', v: String(c - 1).padStart(2, '0') });
    }
  }
  return null;
}

/** Season word at i: the plain forms, and `lata` as summer after `do`, `tego`, `zeszłego`. */
function seasonAt(tk: Tokens, i: number): Season | undefined {
  if (i >= tk.n) return undefined;
  const lc = tk.lc[i];
  if (lc === 'lata') return i > 0 && sameLine(tk, i) && LATA_SUMMER.test(tk.lc[i - 1]) && !isCapitalised(tk, i) ? 'SU' : undefined;
  return SEASONS.get(lc);
}

/** Seasons: `latem`, `wiosną 2021`, `zeszłej zimy`, `w lecie`, `do lata`, `późną jesienią`. */
function matchSeason(tk: Tokens, i: number): TemporalMatch | null {
  // `wczesną wiosną`, `późnym latem`: the season's mention takes the adjective (as `early fall`).
  if (SEASON_EARLY_LATE.test(tk.lc[i]) && tk.kind[i] === WORD) {
    const m = sameLine(tk, i + 1) && seasonAt(tk, i + 1) ? matchSeasonWord(tk, i + 1, true) : null;
    return m ? spec(i, m.e, m.spec) : null;
  }
  return matchSeasonWord(tk, i, false);
}

/** A season word (or a modifier and one) at i; `qualified` when `wczesną`/`późną` came before it. */
function matchSeasonWord(tk: Tokens, i: number, qualified: boolean): TemporalMatch | null {
  const lc = tk.lc[i];
  const mod = tk.kind[i] === WORD ? plModifier(lc) : null;
  if (mod !== null && lc !== 'tym' && lc !== 'ta' && lc !== 'te' && i + 1 < tk.n && sameLine(tk, i + 1)) {
    const s = sameLine(tk, i + 1) ? seasonAt(tk, i + 1) : undefined;
    if (s) return spec(i, i + 2, { t: 'season', s, n: mod });
  }
  const s = seasonAt(tk, i);
  if (!s || isCapitalised(tk, i) && !sentenceInitial(tk, i)) return null;
  // `jesienią 2021 r.`, `jesienią przyszłego roku`, `latem ub.r.`
  const ys = yearSuffix(tk, i + 1);
  if (ys?.y !== undefined) return spec(i, ys.e, { t: 'season', s, y: ys.y });
  if (ys?.yOff !== undefined) return spec(i, ys.e, { t: 'season', s, yOff: ys.yOff });
  const prev = i > 0 && sameLine(tk, i) ? tk.lc[i - 1] : '';
  if (qualified || SEASON_ALONE.has(lc) || SEASON_PREP.has(prev) || (lc === 'lata' && prev)) return spec(i, i + 1, { t: 'season', s });
  return null;
}

const QUARTER_WORDS = new Map<string, number>();
forms(QUARTER_WORDS, 1, 'pierwszy pierwszym pierwszego pierwsze pierwszej pierwsza pierwszą');
forms(QUARTER_WORDS, 2, 'drugi drugim drugiego drugie drugiej druga drugą');
forms(QUARTER_WORDS, 3, 'trzeci trzecim trzeciego');
forms(QUARTER_WORDS, 4, 'czwarty czwartym czwartego ostatni ostatnim ostatniego');
const QUARTER_NOUN = /^(?:kwartał|kwartale|kwartału|kwartałem|półrocze|półroczu|półrocza|półroczem)$/;

/** `w I kwartale 2022 r.`, `w pierwszym półroczu`, `III kwartał br.`. */
function matchQuarter(tk: Tokens, i: number): TemporalMatch | null {
  const raw = tk.raw[i];
  let q = 0;
  if (tk.kind[i] === WORD && /^(?:I|II|III|IV)$/.test(raw)) q = romanValue(raw);
  else q = QUARTER_WORDS.get(tk.lc[i]) ?? 0;
  if (!q || !sameLine(tk, i + 1) || i + 1 >= tk.n) return null;
  // `w I połowie 2021 r.`, `w drugiej połowie roku`: a half of a year, only with its year (`pierwszej
  // połowie meczu` is a match's).
  const halfNoun = /^(?:połowa|połowie|połowy|połowę|połową)$/.test(tk.lc[i + 1]);
  // (`w II kw. 2025 r.`: the abbreviated noun after a Roman numeral, with its year.)
  if (tk.lc[i + 1] === 'kw' && tk.kind[i] === WORD && /^(?:I|II|III|IV)$/.test(raw) && isTok(tk, i + 2, '.') && tk.gap[i + 2] === 0) {
    const ya = yearSuffix(tk, i + 3);
    return ya ? spec(i, ya.e, { t: 'quarter', q, half: false, y: ya.y, yOff: ya.yOff }) : null;
  }
  if (!QUARTER_NOUN.test(tk.lc[i + 1]) && !halfNoun) return null;
  const half = halfNoun || tk.lc[i + 1].startsWith('pół');
  if (half && q > 2) return null;
  // (Feminine and neuter ordinals go only with their nouns: `pierwsze półrocze`, `pierwszej połowie`.)
  if (/(?:e|ej|a|ą)$/.test(tk.lc[i]) && !/^(?:półrocze|połow)/.test(tk.lc[i + 1])) return null;
  const ys = yearSuffix(tk, i + 2);
  if (halfNoun && !ys) return null;
  if (ys) return spec(i, ys.e, { t: 'quarter', q, half, y: ys.y, yOff: ys.yOff });
  return spec(i, i + 2, { t: 'quarter', q, half });
}

/** Clock times: `godz. 12`, `godzinie 15.30`, `o 10.30`. */
function matchTime(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  let j: number;
  if (lc === 'godz' || lc === 'godzinie' || lc === 'godzina' || lc === 'godziny' || lc === 'godzinę' || lc === 'godziną') {
    j = i + 1;
    if (lc === 'godz' && isTok(tk, j, '.')) j++;
    const hw = j < tk.n && sameLine(tk, j) ? HOUR_WORDS.get(tk.lc[j]) : undefined;
    if (hw !== undefined) {
      // `dwudziestej pierwszej`
      const extra = hw === 20 && j + 1 < tk.n && sameLine(tk, j + 1) ? HOUR_WORDS.get(tk.lc[j + 1]) : undefined;
      if (extra !== undefined && extra <= 4) return spec(i, j + 2, { t: 'time', h: 20 + extra, min: 0 });
      return spec(i, j + 1, { t: 'time', h: hw, min: 0 });
    }
  } else if (lc === 'o' && tk.kind[i] === WORD) {
    j = i + 1;
    // `o 10.30` only: `o 10` alone is usually `o 10 proc.`; `o 10:30` is found by the shared rule.
    if (!(tk.kind[j] === NUM && isTok(tk, j + 1, '.') && tk.gap[j + 1] === 0 && tk.kind[j + 2] === NUM && tk.raw[j + 2]?.length === 2 && tk.gap[j + 2] === 0)) return null;
    const t = hourMinute(tk, j);
    return t ? spec(j, t.e, t.sp) : null;
  } else return null;
  if (!sameLine(tk, j) || j >= tk.n) return null;
  const t = hourMinute(tk, j);
  return t ? spec(i, t.e, t.sp) : null;
}

function hourMinute(tk: Tokens, j: number): { e: number; sp: TemporalSpec } | null {
  if (tk.kind[j] !== NUM || tk.raw[j].length > 2) return null;
  const h = Number(tk.raw[j]);
  if (h > 24) return null;
  let min = 0;
  let e = j + 1;
  if (e + 1 < tk.n && (tk.raw[e] === ':' || tk.raw[e] === '.') && tk.gap[e] === 0 && tk.gap[e + 1] === 0 && tk.kind[e + 1] === NUM && tk.raw[e + 1].length === 2) {
    min = Number(tk.raw[e + 1]);
    if (min > 59) return null;
    e += 2;
  }
  return { e, sp: { t: 'time', h, min } };
}

/** Parts of the day that extend a neighbouring expression (`wczoraj wieczorem`, `w piątek w nocy`). */
function matchPart(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  if (PARTS_1.has(lc)) return spec(i, i + 1, { t: 'part' });
  // (`czwartkowego popołudnia`, `piątkowej nocy`, `sobotniego wieczoru`: a part of the day in the genitive
  // after a weekday's adjective.)
  if (PARTS_GENITIVE.test(lc) && i > 0 && sameLine(tk, i) && WEEKDAY_ADJ.test(tk.lc[i - 1])) return spec(i, i + 1, { t: 'part' });
  const second = PARTS_2.get(lc);
  if (second && i + 1 < tk.n && sameLine(tk, i + 1) && second.has(tk.lc[i + 1])) return spec(i, i + 2, { t: 'part' });
  return null;
}

/** Fixed feasts named without a date: `w sylwestra`, `w Wigilię`, `w Boże Narodzenie`, `w Nowy Rok`. */
function matchFeast(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  // (Lower-case only: `Sylwester` is also a given name.)
  if (/^sylwest(?:er|ra|rze|rem)$/.test(tk.raw[i])) return spec(i, i + 1, { t: 'date', m: 12, d: 31 });
  if (/^wigili[aię]$/.test(lc) && tk.raw[i][0] === 'W' && !(tk.lc[i - 1] === '.' || i === 0)) return spec(i, i + 1, { t: 'date', m: 12, d: 24 });
  if (lc === 'boże' && /^narodzeni[ae]$/.test(tk.lc[i + 1] ?? '')) return spec(i, i + 2, { t: 'date', m: 12, d: 25 });
  // (…and its other cases after a word of the feast or of time — `przed świętami Bożego Narodzenia`, `po
  // Bożym Narodzeniu` —, not in a church's name: `kościół Bożego Narodzenia`.)
  if (/^boż(?:ego|emu|ym)$/.test(lc) && tk.raw[i][0] === 'B' && /^narodzeni(?:a|u|em)$/.test(tk.lc[i + 1] ?? '') && i > 0 &&
    /^(?:święta|świąt|świętami|świętach|okres|okresie|okresu|czas|czasie|wigilii|wigilię|dzień|dnia|dniu|okazji|do|od|przed|po|przy)$/.test(tk.lc[i - 1])) return spec(i, i + 2, { t: 'date', m: 12, d: 25 });
  if (/^now(?:y|ego|ym)$/.test(lc) && tk.raw[i][0] === 'N' && /^rok(?:u|iem)?$/.test(tk.raw[i + 1] ?? '') === false && /^Rok(?:u|iem)?$/.test(tk.raw[i + 1] ?? '')) return spec(i, i + 2, { t: 'date', m: 1, d: 1 });
  // (`w nowym roku`, in lower case: the year to come, not its first day.)
  if (tk.raw[i] === 'nowym' && tk.raw[i + 1] === 'roku' && isTok(tk, i - 1, 'w')) return spec(i, i + 2, { t: 'date', yOff: 1 });
  // Movable and fixed feasts named after a preposition of time or a word for the day (`na Wielkanoc`,
  // `przed Wszystkimi Świętymi`, `w dniu Wszystkich Świętych`), not in a church's or a street's name
  // (`parafia Wszystkich Świętych`).
  const timePrep = i > 0 && /^(?:na|w|we|przed|po|od|do|około|dzień|dnia|dniu|święto|święta|świętem|uroczystość|uroczystości|okazji|wigilię|wigilii)$/.test(tk.lc[i - 1]);
  if (/^wielkan(?:oc|ocy|ocą)$/.test(lc) && tk.raw[i][0] === 'W' && timePrep) return spec(i, i + 1, { t: 'date', m: 4, d: 10, feast: { easter: 0 } });
  if (lc === 'wielki' || lc === 'wielkiego' || lc === 'wielkim') {
    if (/^pi[ąa]t(?:ek|ku)$/.test(tk.lc[i + 1] ?? '') && tk.raw[i][0] === 'W') return spec(i, i + 2, { t: 'date', m: 4, d: 8, feast: { easter: -2 } });
  }
  if (/^poniedzia(?:łek|łku)$/.test(lc) && /^wielkanocn(?:y|ego|ym)$/.test(tk.lc[i + 1] ?? '')) return spec(i, i + 2, { t: 'date', m: 4, d: 11, feast: { easter: 1 } });
  if (lc === 'boże' && /^ciał(?:o|a)$/.test(tk.lc[i + 1] ?? '') && tk.raw[i + 1][0] === 'C') return spec(i, i + 2, { t: 'date', m: 6, d: 10, feast: { easter: 60 } });
  if (/^wszystki(?:ch|mi)$/.test(lc) && tk.raw[i][0] === 'W' && /^świ[ęe]t(?:ych|ymi)$/.test(tk.lc[i + 1] ?? '') && timePrep) return spec(i, i + 2, { t: 'date', m: 11, d: 1 });
  if (/^zaduszk(?:i|ach|ami)$/.test(lc) && timePrep) return spec(i, i + 1, { t: 'date', m: 11, d: 2 });
  if (/^(?:dniu|dnia|dzień)$/.test(lc) && /^zaduszn(?:y|ego|ym)$/.test(tk.lc[i + 1] ?? '') && tk.raw[i + 1][0] === 'Z') return spec(i, i + 2, { t: 'date', m: 11, d: 2 });
  if (/^święt(?:o|a|em|u)$/.test(lc) && /^niepodległości$/.test(tk.lc[i + 1] ?? '') && tk.raw[i + 1][0] === 'N') return spec(i, i + 2, { t: 'date', m: 11, d: 11 });
  if (/^święt(?:o|a|em|u)$/.test(lc) && /^wojska$/.test(tk.lc[i + 1] ?? '') && /^polskiego$/.test(tk.lc[i + 2] ?? '')) return spec(i, i + 3, { t: 'date', m: 8, d: 15 });
  return null;
}

// Vague times, valued as TIMEX3 does (`PAST_REF`, `FUTURE_REF`): `niedawno`, `w ostatnich miesiącach`,
// `kilka lat temu`, `w najbliższych dniach`, `wkrótce`. They go in the article's dates, never make an event.
const VAGUE_UNIT_PL = /^(?:dni|dniach|tygodni|tygodniach|tygodnie|miesięcy|miesiącach|miesiące|lat|latach|lata|czasach|dekad|dekadach)$/;
const VAGUE_PAST_ADJ = /^(?:ostatnich|minionych|poprzednich|ubiegłych|ostatnie|minione|poprzednie|ubiegłe)$/;
const VAGUE_FUTURE_ADJ = /^(?:najbliższych|nadchodzących|kolejnych|przyszłych|najbliższe|nadchodzące|kolejne|przyszłe)$/;
const VAGUE_COUNT = /^(?:kilka|kilku|parę|paru|kilkanaście|kilkunastu|kilkadziesiąt|kilkudziesięciu)$/;

function matchVague(tk: Tokens, i: number): TemporalMatch | null {
  const lc = tk.lc[i];
  if (tk.kind[i] !== WORD || !lowerOrInitial(tk, i)) return null;
  if (lc === 'niedawno' || lc === 'ostatnio') return spec(i, i + 1, PAST_REF);
  if (lc === 'wkrótce' || lc === 'niebawem') return spec(i, i + 1, FUTURE_REF);
  // (After `w`, as the other expressions, without the preposition: `w przyszłości`, `w przeszłości`.)
  if ((lc === 'przyszłości' || lc === 'przeszłości') && isTok(tk, i - 1, 'w')) return spec(i, i + 1, lc === 'przyszłości' ? FUTURE_REF : PAST_REF);
  // (`w niedalekiej przyszłości`, `w najbliższej przyszłości`, `w odległej przeszłości`.)
  if (/^(?:niedalekiej|najbliższej|bliskiej|dalekiej|odległej|nieodległej|niedawnej)$/.test(lc) && isTok(tk, i - 1, 'w') && /^(?:przyszłości|przeszłości)$/.test(tk.lc[i + 1] ?? '') && sameLine(tk, i + 1)) {
    return spec(i, i + 2, tk.lc[i + 1] === 'przyszłości' ? FUTURE_REF : PAST_REF);
  }
  // `kilka lat temu`, `parę dni temu`
  if (VAGUE_COUNT.test(lc) && sameLine(tk, i + 1) && VAGUE_UNIT_PL.test(tk.lc[i + 1] ?? '') && isTok(tk, i + 2, 'temu')) return spec(i, i + 3, PAST_REF);
  // `za kilka miesięcy`, `za parę tygodni`: a vague stretch ahead.
  if (VAGUE_COUNT.test(lc) && isTok(tk, i - 1, 'za') && sameLine(tk, i + 1) && VAGUE_UNIT_PL.test(tk.lc[i + 1] ?? '')) return spec(i - 1, i + 2, FUTURE_REF);
  // `przed laty`, `sprzed lat`
  if ((lc === 'przed' && isTok(tk, i + 1, 'laty')) || (lc === 'sprzed' && isTok(tk, i + 1, 'lat'))) return spec(i, i + 2, PAST_REF);
  // `ostatnich miesiącach`, `najbliższe dni`, `poprzednich lat`, `ostatnim czasie`, `najbliższym czasie`
  // (not a decade's years: `w ostatnich latach 90.`).
  if (!sameLine(tk, i + 1) || tk.kind[i + 2] === NUM) return null;
  const u = tk.lc[i + 1] ?? '';
  if (VAGUE_PAST_ADJ.test(lc) && VAGUE_UNIT_PL.test(u)) return spec(i, i + 2, PAST_REF);
  if (VAGUE_FUTURE_ADJ.test(lc) && VAGUE_UNIT_PL.test(u) && /^(?:w|we|na|przez|za)$/.test(tk.lc[i - 1] ?? '')) return spec(i, i + 2, FUTURE_REF);
  if ((lc === 'ostatnim' || lc === 'ostatnich') && (u === 'czasie' || u === 'okresie')) return spec(i, i + 2, PAST_REF);
  if (lc === 'najbliższym' && u === 'czasie') return spec(i, i + 2, FUTURE_REF);
  return null;
}

const MATCHERS = [matchFeast, matchDayMonth, matchOrdinalDayMonth, matchDottedBr, matchQuarter, matchShift, matchRelativeUnit, matchNarrative, matchWeekday, matchDayWord, matchMonth, matchMonthWord, matchYear, matchDecadeCentury, matchSeason, matchTime, matchPart, matchVague];

/** Words that can begin an expression; anything else is skipped without running the matchers. */
const STARTERS = new Set<string>([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...DAY_WORDS.keys(), ...UNITS.keys(), ...COUNT_UNITS.keys(), ...SEASONS.keys(),
  ...YEAR_SUFFIX, ...DECADE_HEAD, ...PARTS_1, ...PARTS_2.keys(),
  ...ORDINAL_DAY.keys(), 'trzydziestego', 'za', 'przed', 'sprzed', 'jutra', 'godz', 'godzinie', 'godzina', 'godziny', 'godzinę', 'godziną', 'ub', 'br', ...QUARTER_WORDS.keys(), 'pierwszej', 'drugiej',
  ...MAJOWKA, ...WAKACJE, 'lata', 'nazajutrz', 'dnia', 'dniu', 'poprzedzającego', 'poprzedzającej',
  'sylwester', 'sylwestra', 'sylwestrze', 'sylwestrem', 'wigilia', 'wigilię', 'wigilii', 'boże', 'bożego', 'bożemu', 'bożym', 'nowy', 'nowego', 'nowym',
  'wielkanoc', 'wielkanocy', 'wielkanocą', 'wielki', 'wielkiego', 'wielkim', 'poniedziałek', 'poniedziałku', 'wszystkich', 'wszystkimi',
  'zaduszki', 'zaduszkach', 'zaduszkami', 'dniu', 'dnia', 'dzień', 'święto', 'święta', 'świętem', 'świętu',
  'długi', 'długiego', 'długim', 'długiemu', 'popołudnia', 'wieczoru', 'wieczora', 'poranka', 'ranka', 'przedpołudnia', 'nocy',
]);
// Words that can begin only a vague time: only that matcher runs there.
const VAGUE_ONLY = new Set([
  'niedawno', 'ostatnio', 'wkrótce', 'niebawem', 'kilka', 'kilku', 'parę', 'paru', 'kilkanaście', 'kilkunastu', 'kilkadziesiąt', 'kilkudziesięciu',
  'przyszłości', 'przeszłości', 'niedalekiej', 'najbliższej', 'bliskiej', 'dalekiej', 'odległej', 'nieodległej', 'niedawnej', 'ostatnich', 'minionych', 'poprzednich', 'ubiegłych', 'ostatnie', 'minione', 'poprzednie', 'ubiegłe',
  'najbliższych', 'nadchodzących', 'kolejnych', 'przyszłych', 'najbliższe', 'nadchodzące', 'kolejne', 'przyszłe', 'ostatnim', 'najbliższym', 'laty', 'lat',
]);
const startMemo = new Map<string, boolean>();

function mayStart(tk: Tokens, i: number): boolean {
  const lc = tk.lc[i];
  let v = startMemo.get(lc);
  if (v === undefined) {
    v =
      STARTERS.has(lc) || plModifier(lc) !== null || WEEKDAY_ADJ.test(lc) || DAY_ADJ.test(lc) || MONTH_ADJ.test(lc) || YEAR_ADJ.test(lc) ||
      PERIOD_PART.test(lc) || SEASON_EARLY_LATE.test(lc) || plNumberWord(lc) !== undefined;
    if (startMemo.size < 50000) startMemo.set(lc, v);
  }
  // Roman numerals (`XX wieku`) are told by their raw spelling.
  return v || (tk.raw[i].length <= 5 && ROMAN.test(tk.raw[i]));
}

/** Longest Polish temporal expression starting at token i, or null. */
export function matchPl(tk: Tokens, i: number): TemporalMatch | null {
  const k = tk.kind[i];
  if (k === PUNCT) return null;
  if (k === WORD && !mayStart(tk, i)) return VAGUE_ONLY.has(tk.lc[i]) ? matchVague(tk, i) : null;
  let best: TemporalMatch | null = null;
  for (const f of MATCHERS) {
    const m = f(tk, i);
    if (m && (!best || m.e > best.e)) best = m;
  }
  // (`w poniedziałek (01.02)`, `Dzisiaj (12.03)`: the date in parentheses says which day it is.)
  if (best && (best.spec.t === 'weekday' || best.spec.t === 'day') && tk.raw[best.e] === '(') {
    const pd = matchDottedBr(tk, best.e + 1);
    if (pd && pd.spec.t === 'date') return spec(i, pd.e + 1, pd.spec);
  }
  return best;
}

/** Month number of a Polish month name in any case or an abbreviation (`stycznia`, `stycz`), or 0. */
export function plMonth(lc: string): number {
  return MONTHS.get(lc) ?? MONTH_ABBR.get(lc) ?? 0;
}
