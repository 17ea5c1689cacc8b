/** English number words and multipliers (`two soldiers`, `1.5 million`, `$3bn`). */

const WORDS = new Map<string, number>(
  Object.entries({
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5,
  }),
);

const MULTIPLIERS = new Map<string, number>(
  Object.entries({
    thousand: 3, thousands: 3, million: 6, millions: 6, billion: 9, billions: 9, trillion: 12, trillions: 12,
    k: 3, mn: 6, mln: 6, bn: 9, tn: 12,
  }),
);

/** Value of an English cardinal number word (`two` → 2), or undefined. */
export function enNumberWord(lc: string): number | undefined {
  return WORDS.get(lc);
}

/** Power of ten of an English multiplier (`million` → 6, `bn` → 9), or undefined. `m` is handled by the caller (money only). */
export function enMultiplier(lc: string): number | undefined {
  return MULTIPLIERS.get(lc);
}
