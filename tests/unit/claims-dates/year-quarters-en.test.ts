import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 26 (2026-11-25): a quarter of a year named before it, and the end of the year. (`guard:` tests
// pass on the code before the round too.)
const pairs = (text: string) => findDates(text, 'en', '2012-04-17').map((d) => [d.mention, d.value]);

describe('English quarters and year end', () => {
  it('`this year’s first quarter`, `last year’s second half`', () => {
    expect(pairs("Revenue in this year's first quarter beat forecasts, unlike last year's second half.")).toEqual([
      ["this year's first quarter", '2012-Q1'],
      ["last year's second half", '2011-H2'],
    ]);
  });

  it('`by year end`, `at year-end`', () => {
    expect(pairs('It sees a rebound by year end and a profit at year-end.')).toEqual([['year end', '2012'], ['year-end', '2012']]);
  });

  it('guard: `the year ended` and a bare `year end` are no dates', () => {
    expect(pairs('The year ended badly. Year end bonuses were cut.')).toEqual([]);
  });
});

describe('`fall` with a year', () => {
  it('`since fall 2020`, `compared to fall 2021` are seasons; `could fall 2020 points` is no date', () => {
    expect(findDates('Enrollment fell since fall 2020 and was down compared to fall 2021. Prices could fall 2020 points.', 'en', '2021-12-14').map((d) => [d.mention, d.value])).toEqual([
      ['fall 2020', '2020-FA'],
      ['fall 2021', '2021-FA'],
    ]);
  });
});
