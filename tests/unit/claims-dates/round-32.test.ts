import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 32 (2026-11-25, thirty-first session). (`guard:` tests pass on the code before the round too.)
const pairs = (text: string, lang: 'pl' | 'en', date: string) => findDates(text, lang, date).map((d) => [d.mention, d.value]);

describe('Polish days said as ordinal words', () => {
  it('`od pierwszego lipca`', () => {
    expect(pairs('Od pierwszego lipca jest sezon ochronny na dorsza.', 'pl', '2022-05-10')).toEqual([['pierwszego lipca', '2022-07-01']]);
  });

  it('`dwudziestego piątego grudnia 2021 r.`, `trzydziestego pierwszego stycznia`', () => {
    expect(pairs('Spotkanie zaplanowano na dwudziestego piątego grudnia 2021 r., a wrócił trzydziestego pierwszego stycznia.', 'pl', '2022-05-10'))
      .toEqual([['dwudziestego piątego grudnia 2021 r.', '2021-12-25'], ['trzydziestego pierwszego stycznia', '2022-01-31']]);
  });

  it('guard: `drugiego rzędu` is no date', () => {
    expect(pairs('To był problem drugiego rzędu.', 'pl', '2022-05-10')).toEqual([]);
  });
});

describe('`ub. roku` after a date', () => {
  it('`30 listopada ub. roku` is one expression, last year', () => {
    expect(pairs('Rekord padł 30 listopada ub. roku.', 'pl', '2023-02-01')).toEqual([['30 listopada ub. roku', '2022-11-30']]);
  });
});
