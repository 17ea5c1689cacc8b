/**
 * Polish or English, from function words, Polish letters and a few spelling patterns. Looks at the
 * first 20,000 characters only (plenty for a decision, and keeps it cheap on huge inputs).
 */
import type { Language } from '../sources';

// Words that are frequent in one language and rare in the other. Shared spellings (`a`, `to`,
// `on`, `i`/`I`, `nie`) are left out or kept only where the case tells them apart.
const PL_WORDS = new Set(
  (
    'w we na z ze się że do jest są nie od po przez dla oraz ale czy tak już jego jej ich który która które których ' +
    'był była było byli były będzie będą tym tego ta co za przy także również może jak jako oraz lub albo gdy ' +
    'jeszcze tylko bardzo przed między według podczas około ponad kiedy gdzie więc jednak został została zostały ' +
    'powiedział poinformował roku mln tys proc zł też sobie tej jako którzy żeby aby bez dziś wczoraj pod nad ' +
    'ma mają jutro dzisiaj teraz bardzo też nas wam się mnie mi mu'
  ).split(' '),
);
const EN_WORDS = new Set(
  (
    'the of and in is that for with as was by at it from be are this have has said will an not were which their they ' +
    'he she but his her its been would who after more than about also had there when one all can we you or into over ' +
    'last new year years people out up what could other some these them just than such told should did while where'
  ).split(' '),
);
const PL_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;
const PL_PATTERN = /(?:rz|sz|cz|dz|ów|ych|owie|ość|nia|wsk|prz|ski|cki|szcz|ój|yj)|(?:a|y|ie|ego|ami|ach|ja|ki|ka|ko)$/;
const EN_PATTERN = /(?:th|wh|ck|ght|ee|oo|ea|ou|ai|ay|ey)|(?:s|ed|ing|ly|tion|ness|ment)$/;

const WORD_RE = /\p{L}+/gu;

// Code-unit classes for the word scan in `detectLanguage`, filled lazily from `\p{L}`.
const L_UNKNOWN = 0;
const L_YES = 1;
const L_NO = 2;
const L_SURROGATE = 3;
const letterTable = new Uint8Array(65536);
const LETTER_UNIT = /^\p{L}$/u;
function letterClass(c: number): number {
  let k = letterTable[c];
  if (k === L_UNKNOWN) {
    k = c >= 0xd800 && c <= 0xdfff ? L_SURROGATE : LETTER_UNIT.test(String.fromCharCode(c)) ? L_YES : L_NO;
    letterTable[c] = k;
  }
  return k;
}

// Per-word evidence bits, cached: news repeats its words, and the regex tests and lower-casing
// are the cost of detection. The scores are still summed word by word in the original order, so
// the floating-point totals are exactly those of the uncached loop.
const F_PL_LETTERS = 1;
const F_PL_WORD = 2;
const F_EN_WORD = 4;
const F_PL_PATTERN = 8;
const F_EN_PATTERN = 16;
const wordFlags = new Map<string, number>();

function flagsOf(w: string): number {
  let f = wordFlags.get(w);
  if (f !== undefined) return f;
  const lc = w.toLowerCase();
  f = 0;
  if (PL_LETTERS.test(w)) f |= F_PL_LETTERS;
  if (PL_WORDS.has(lc)) f |= F_PL_WORD;
  if (EN_WORDS.has(lc)) f |= F_EN_WORD;
  if (lc.length >= 2) {
    if (PL_PATTERN.test(lc)) f |= F_PL_PATTERN;
    if (EN_PATTERN.test(lc)) f |= F_EN_PATTERN;
  }
  if (wordFlags.size > 50000) wordFlags.clear();
  wordFlags.set(w, f);
  return f;
}

/** Detects whether a text is Polish or English (`pl` on a tie when it contains Polish letters, else `en`). */
export function detectLanguage(text: string): Language {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let pl = 0;
  let en = 0;
  let plLetters = 0;
  // Words are `\p{L}+` runs, found with a per-code-unit table; from the first astral character
  // (a surrogate) on, the regex itself takes over.
  const n = sample.length;
  let i = 0;
  let m: RegExpExecArray | null = null;
  for (;;) {
    let w: string;
    if (i >= 0) {
      while (i < n && letterClass(sample.charCodeAt(i)) === L_NO) i++;
      if (i >= n) break;
      const a = i;
      while (i < n && letterClass(sample.charCodeAt(i)) === L_YES) i++;
      if (i < n && letterClass(sample.charCodeAt(i)) === L_SURROGATE) {
        // Restart at this word with the regex (it may continue into the astral letter).
        WORD_RE.lastIndex = a;
        i = -1;
        continue;
      }
      if (a === i) {
        // A surrogate where a word could start.
        WORD_RE.lastIndex = a;
        i = -1;
        continue;
      }
      w = sample.slice(a, i);
    } else {
      if ((m = WORD_RE.exec(sample)) === null) break;
      w = m[0];
    }
    const f = flagsOf(w);
    if (f & F_PL_LETTERS) {
      plLetters++;
      pl += 1;
    }
    // Polish `i` (and) is lower case; English `I` is upper case.
    if (w === 'i') pl += 1;
    else if (w === 'I') en += 1;
    if (f & F_PL_WORD) pl += 1;
    if (f & F_EN_WORD) en += 1;
    if (f & F_PL_PATTERN) pl += 0.3;
    if (f & F_EN_PATTERN) en += 0.3;
  }
  if (pl > en) return 'pl';
  if (en > pl) return 'en';
  return plLetters > 0 ? 'pl' : 'en';
}
