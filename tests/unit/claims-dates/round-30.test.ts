import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 30 (2026-11-25, twenty-ninth session). (`guard:` tests pass on the code before the round too.)
const pairs = (text: string, lang: 'pl' | 'en', date: string) => findDates(text, lang, date).map((d) => [d.mention, d.value]);

describe('English weekdays in the possessive', () => {
  it('`approved by Tuesday night’s Planning Committee`: a day in the possessive after `by` names a meeting, no deadline', () => {
    expect(pairs('The plan was approved by Tuesday night’s Planning Committee, by just one vote.', 'en', '2017-07-05')).toEqual([['Tuesday night', '2017-07-04']]);
  });

  it('guard: `must be repaired by Tuesday` is a deadline ahead', () => {
    expect(pairs('The road must be repaired by Tuesday.', 'en', '2017-07-05')).toEqual([['Tuesday', '2017-07-11']]);
  });
});

describe('English years a wait runs to', () => {
  it('`it could now be 2027 before its construction is completed`', () => {
    expect(pairs('Fears have been raised that it could now be 2027 before its construction is completed.', 'en', '2019-05-01')).toEqual([['2027', '2027']]);
  });

  it('guard: `it could be 2027 people` is a count', () => {
    expect(pairs('There could be 2027 people on the list before the end of the week.', 'en', '2019-05-01').filter(([m]) => m === '2027')).toEqual([]);
  });
});
