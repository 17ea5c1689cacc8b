import type { DiffOptions } from './types';

// Everything a reader would call "the same quote mark" or "the same dash", mapped to ASCII.
const DOUBLE_QUOTES = /[„”“‟«»〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛‹›]/g;
const DASHES = /[‐‑‒–—―−﹘﹣－]/g;
// A digit group `1 700`, `12 000 000` (space, no-break space, narrow no-break or thin space).
// Bounded by non-digits on both sides so the match is one number, never a year next to a count.
const SPACE_GROUPED = /(?<!\d)\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)/g;
const GROUP_SEPARATOR = /[ \u00a0\u202f\u2009]/g;
// `1,700` (English thousands groups) → `1700`; then `1,5` → `1.5` (Polish decimal comma).
const COMMA_GROUPED = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/g;
const DECIMAL_COMMA = /(\d),(?=\d)/g;
const WHITESPACE = /\s+/g;

/** True when no noise option is set, so raw text can be compared as is. */
export function isNoiseFree(options: DiffOptions): boolean {
  return !options.ignoreWhitespace && !options.ignoreQuoteStyle && !options.ignoreDashes && !options.ignoreNumberFormat;
}

/**
 * Returns the function that maps a text to the form compared under the noise options
 * (identity when no option is set). It never changes which characters are words, so two
 * texts equal after it differ only in the kinds of noise the user asked to ignore.
 */
export function makeNormaliser(options: DiffOptions): (s: string) => string {
  if (isNoiseFree(options)) return (s) => s;
  return (s) => {
    let k = s;
    if (options.ignoreQuoteStyle) k = k.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
    if (options.ignoreDashes) k = k.replace(DASHES, '-');
    if (options.ignoreNumberFormat) {
      k = k
        .replace(SPACE_GROUPED, (m) => m.replace(GROUP_SEPARATOR, ''))
        .replace(COMMA_GROUPED, (m) => m.replace(/,/g, ''))
        .replace(DECIMAL_COMMA, '$1.');
    }
    if (options.ignoreWhitespace) k = k.replace(WHITESPACE, ' ');
    return k;
  };
}
