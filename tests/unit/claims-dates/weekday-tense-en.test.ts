import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 27 (2026-11-25): which way a bare English weekday points. (`guard:` tests pass on the code before
// the round too.)
const pairs = (text: string, date: string) => findDates(text, 'en', date).map((d) => [d.mention, d.value]);

describe('English bare weekdays', () => {
  it('`covers the north until 6am on Thursday`: with no verb to tell, a time something lasts until lies ahead', () => {
    // 2024-05-22 is a Wednesday.
    expect(pairs('A yellow warning for rain covers the north of England until 6am on Thursday.', '2024-05-22')).toEqual([
      ['6am', '2024-05-23T06:00'],
      ['Thursday', '2024-05-23'],
    ]);
  });

  it('`a discovery to be revealed in a Thursday news conference`: what is yet to be done lies ahead', () => {
    // 2018-06-06 is a Wednesday.
    expect(pairs('NASA promises a new discovery to be revealed in a Thursday news conference.', '2018-06-06')).toEqual([['Thursday', '2018-06-07']]);
  });

  it('`It followed the sentencing on Friday …` after `on 12 August` (a Friday to come): the past tense wins over the nearby date', () => {
    // 2022-08-08 is a Monday; 12 August 2022 a Friday.
    expect(pairs('Four will appear at court on 12 August. It followed the sentencing on Friday of two youths.', '2022-08-08')).toEqual([
      ['12 August', '2022-08-12'],
      ['Friday', '2022-08-05'],
    ]);
  });

  it('guard: a dateline a day after the anchor still names the weekday (`BANGKOK, Sept 29 … said on Friday`)', () => {
    // 2023-09-28 is a Thursday; 29 September a Friday.
    expect(pairs('BANGKOK, Sept 29 (Reuters) - A rate hike was designed to anchor inflation, its governor said on Friday.', '2023-09-28')).toEqual([
      ['Sept 29', '2023-09-29'],
      ['Friday', '2023-09-29'],
    ]);
  });
});

describe('English times something has run since', () => {
  it('`since the government flagged the plan in early May`: behind the anchor', () => {
    // 2011-08-07.
    expect(pairs("There's been 1000 fewer arrivals since the government flagged the transfer plan in early May than in the same period last year, he said.", '2011-08-07')).toEqual([
      ['early May', '2011-05'],
      ['last year', '2010'],
    ]);
  });
});
