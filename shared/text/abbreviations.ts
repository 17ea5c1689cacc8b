import type { Language } from '../sources';

/**
 * Abbreviations that end with a dot but (almost) never end a sentence: titles, ranks and
 * abbreviations that always introduce something (`gen. Kowalski`, `tzw. Grupa`, `godz. 12`,
 * `ok. 30`). Stored lower-case, without the final dot; internal dots kept (`m.in`).
 * `Intl.Segmenter` breaks after all of these before a capital letter (issue 3).
 */
const CONTINUE_PL = [
  'gen', 'prof', 'dr', 'doc', 'hab', 'inż', 'mgr', 'lek', 'płk', 'ppłk', 'mjr', 'kpt', 'por', 'ppor',
  'kmdr', 'adm', 'ks', 'abp', 'bp', 'kard', 'o', 'św', 'ul', 'al', 'pl', 'os', 'tzw', 'np', 'm.in', 'podpor', 'pplut',
  'ok', 'ds', 'godz', 'tj', 'tzn', 'wg', 'pt', 'im', 'ang', 'łac', 'niem', 'franc', 'ros', 'nr',
  'pkt', 'dyr', 'red', 'woj', 'pow', 'gm', 'ob', 'pos', 'sen', 'wicemin', 'prez', 'przew', 'b',
  'st', 'mł', 'zob', 'cyt', 'tel', 'dot', 'k', 'n', 'm', 'tys', 'mln', 'mld', 'ew', 'wsp', 'jw',
  'ww', 'pn', 'płd', 'wsch', 'zach', 'płn', 'ur', 'zm', 'rozdz', 'art', 'ust', 'par', 'poz', 's',
  'oprac', 'wyd', 'sierż', 'szer', 'kpr', 'mec', 'red. nacz', 'z-ca', 'zast', 'przyp', 'bryg', 'nadbryg',
  'asp', 'podkom', 'kom', 'nadkom', 'podinsp', 'insp', 'nadinsp', 'mł. insp', 'st. asp', 'mł. asp', 'asp. sztab', 'asp. szt', 'szt', 'sierż. sztab', 'sierż. szt',
  'st. sierż', 'mł. sierż', 'post', 'st. post', 'st. kpr', 'adw', 'chor', 'plut', 'kmdr por', 'gen. bryg', 'st. bryg', 'dh', 'prok',
  // Fire-service ranks (`st. sekc. Katarzyna Urbanowska`, `mł. ogn.`).
  'sekc', 'st. sekc', 'mł. sekc', 'ogn', 'st. ogn', 'mł. ogn', 'st. kpt', 'mł. kpt',
  // `śp. Lech Kaczyński` (świętej pamięci: the late), `bł. Jerzy Popiełuszko` (błogosławiony), `ps. Zośka` (pseudonim), `sł.` (słowa).
  'śp', 'bł', 'sł', 'ps'
];

const CONTINUE_EN = [
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'gov',
  'sen', 'rep', 'rev', 'hon', 'st', 'mt', 'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'approx', 'dept',
  'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ft', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'maj', 'brig', 'amb', 'sr', 'jr', 'atty', 'asst',
  // (Councillors: `Coun. Richard Carpenter`, `Cllr. Jones`, Australian `Cr. Quirk`, Chicago's `Ald. Brian Solomon`.)
  'coun', 'cllr', 'cnr', 'cr', 'clr', 'ald',
];

/**
 * Abbreviations that often do end a sentence (`w 2022 r. Posiedzenie…`, `wzrosła o 5 proc. Rząd…`,
 * `in the U.S. The…`); the caller decides from the context.
 */
const AMBIGUOUS = ['r', 'w', 'proc', 'itd', 'itp', 'etc', 'inc', 'ltd', 'co', 'corp', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'cdn', 'br', 'ub'];

const continueSet = new Set([...CONTINUE_PL, ...CONTINUE_EN]);
const ambiguousSet = new Set(AMBIGUOUS);

export type AbbreviationKind = 'continue' | 'ambiguous' | null;

/** Classifies the word before a dot (without the dot): a never-final, a maybe-final, or no abbreviation. */
export function abbreviationKind(word: string, _lang?: Language): AbbreviationKind {
  const w = word.toLowerCase();
  if (ambiguousSet.has(w)) return 'ambiguous';
  if (continueSet.has(w)) return 'continue';
  return null;
}

/**
 * The abbreviation-like word that ends at `dotIndex` (the index of the dot), e.g. `m.in` for
 * `…m.in.`, `U.S` for `…U.S.`; '' when the dot does not follow a letter.
 */
export function wordBeforeDot(text: string, dotIndex: number): string {
  let i = dotIndex;
  // Walk back over letters and internal dots (`m.in`, `U.S`), at most 12 chars: abbreviations are short.
  while (i > 0 && dotIndex - i < 12) {
    const c = text[i - 1];
    if (/[\p{L}]/u.test(c) || (c === '.' && i - 2 >= 0 && /\p{L}/u.test(text[i - 2]))) i--;
    else break;
  }
  return text.slice(i, dotIndex);
}
