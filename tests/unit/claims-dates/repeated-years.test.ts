import { describe, expect, it } from 'vitest';
import { datePairs } from './date-pairs';

// A year the article names alone in one place is that year wherever else it stands alone (round 23).

describe('a year named alone once is the same year where it stands alone again', () => {
  it('`for the 2017 World Championships` … `An announcement on 2017` … `London getting 2017 and Doha 2019`', () => {
    const text = 'London and Doha are bidding for the 2017 World Championships and for the 2019 event. An announcement on 2017 will be made soon. Reports say London is getting 2017 and Doha 2019.';
    expect(datePairs(text, 'en', '2011-11-09')).toEqual([
      // (`soon` is a vague time since round 25.)
      ['2017', '2017'], ['2019', '2019'], ['2017', '2017'], ['soon', 'FUTURE_REF'], ['2017', '2017'], ['2019', '2019'],
    ]);
  });

  it('guard: not a count (`2017 votes`) nor a year the article never names alone', () => {
    const text = 'The 2017 election was close. The winner had 2017 votes. An announcement on 2016 is due.';
    expect(datePairs(text, 'en', '2018-01-01')).toEqual([['2017', '2017']]);
  });

  it('guard: not a house number before a street (`1918 Ashmore Ave.`)', () => {
    const text = 'The house was built in 1918. He will build whether or not 1918 Ashmore Ave. is rezoned.';
    expect(datePairs(text, 'en', '2020-01-01')).toEqual([['1918', '1918']]);
  });

  it('a four-digit amount with a percent or currency sign is no year (`£2017`, `2017%`), nor `2,017`', () => {
    const text = 'The 2017 season was long. It cost £2017, a 2017% rise, or 2,017 euros.';
    expect(datePairs(text, 'en', '2018-01-01')).toEqual([['2017', '2017']]);
  });
});
