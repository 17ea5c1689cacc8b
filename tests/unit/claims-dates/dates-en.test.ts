import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

function pairs(text: string, anchor: string | null): [string, string][] {
  return findDates(text, 'en', anchor).map((d) => [d.mention, d.value]);
}

// Anchor: Wednesday 2022-01-12 (ISO week 2022-W02).
const A = '2022-01-12';

describe('English absolute dates', () => {
  it.each([
    ['The summit will take place on March 3.', [['March 3', '2022-03-03']]],
    ['The deal was signed on Jan. 12 in Geneva.', [['Jan. 12', '2022-01-12']]],
    ['The deal was signed on 12 January 2022 in Geneva.', [['12 January 2022', '2022-01-12']]],
    ['The deal was signed on January 12, 2022, in Geneva.', [['January 12, 2022', '2022-01-12']]],
    ['The report is dated 2022-01-10.', [['2022-01-10', '2022-01-10']]],
    ['Polls closed on the 3rd of November.', [['3rd of November', '2021-11-03']]],
    ['The form was filed on 13/1/2022.', [['13/1/2022', '2022-01-13']]],
    ['The form was filed on 1/13/2022.', [['1/13/2022', '2022-01-13']]],
    ['The form was filed on 1/12/2022.', [['1/12/2022', '2022']]], // month or day first cannot be told
    ['Inflation hit 7% in December.', [['December', '2021-12']]],
    ['Talks resume in May.', [['May', '2022-05']]],
    ['Prices rose in November 2021.', [['November 2021', '2021-11']]],
    ['The law was passed in 2021.', [['2021', '2021']]],
    ['Emissions must fall by 2030.', [['2030', '2030']]],
    ['Growth slowed in the third quarter of 2021.', [['third quarter of 2021', '2021-Q3']]],
    ['Sales fell in Q1 2022.', [['Q1 2022', '2022-Q1']]],
    ['The 1990s were different.', [['1990s', '199']]],
    ['It was the bloodiest war of the 20th century.', [['20th century', '19']]],
    ['Construction starts in mid-January.', [['mid-January', '2022-01']]],
  ] as const)('%s', (text, want) => expect(pairs(text, A)).toEqual(want));
});

describe('English relative expressions', () => {
  it.each([
    ['On Friday the ministers met in Brussels.', [['Friday', '2022-01-07']]],
    ['The ministers will meet on Friday.', [['Friday', '2022-01-14']]],
    ['Officials said talks would resume on Monday.', [['Monday', '2022-01-17']]],
    ['Last Friday, police arrested two men.', [['Last Friday', '2022-01-07']]],
    ['The vote is scheduled for next Tuesday.', [['next Tuesday', '2022-01-18']]],
    ['Today the parliament voted.', [['Today', '2022-01-12']]],
    ['Yesterday the president resigned.', [['Yesterday', '2022-01-11']]],
    ['Tomorrow the court will rule.', [['Tomorrow', '2022-01-13']]],
    ['Tonight the results will be known.', [['Tonight', '2022-01-12']]],
    ['The talks continue next week.', [['next week', '2022-W03']]],
    ['Last week the bank raised rates.', [['Last week', '2022-W01']]],
    ['This week the Senate votes.', [['This week', '2022-W02']]],
    ['Prices rose last month.', [['last month', '2021-12']]],
    ['Earlier this month, Moscow published two draft treaties.', [['Earlier this month', '2022-01']]],
    ['Two days ago the plane crashed.', [['Two days ago', '2022-01-10']]],
    ['A year ago the war began.', [['A year ago', '2021']]],
    ['The vote was held at 10 a.m. on Friday.', [['10 a.m.', '2022-01-07T10:00'], ['Friday', '2022-01-07']]],
    ['Friday night, the rebels attacked.', [['Friday night', '2022-01-07']]],
    ['Rescuers worked through the night after the quake struck on Sunday, January 9.', [['Sunday, January 9', '2022-01-09']]],
    ['Thousands protested over the weekend.', [['the weekend', '2022-W01-WE']]],
    ['Elections will be held in the fall of next year.', [['fall of next year', '2023-FA']]],
    ['Sales rose in fiscal 2021.', [['2021', '2021']]],
    ['The treaty is to be signed on Friday.', [['Friday', '2022-01-14']]],
    ['Officials will hold talks in Geneva on Monday, followed by a meeting of the OSCE on Thursday.', [['Monday', '2022-01-17'], ['Thursday', '2022-01-13']]],
  ] as const)('%s', (text, want) => expect(pairs(text, A)).toEqual(want));

  it('without an anchor keeps values partial', () => {
    expect(pairs('On Friday the ministers met.', null)).toEqual([['Friday', 'XXXX-WXX-5']]);
    expect(pairs('The summit will take place on March 3.', null)).toEqual([['March 3', 'XXXX-03-03']]);
    expect(pairs('Today the parliament voted.', null)).toEqual([['Today', 'PRESENT_REF']]);
  });
});

describe('English non-dates', () => {
  it.each([
    'May I ask a question?',
    'They march through the city.',
    'April Smith told reporters that the F-16 jets arrived.',
    'COVID-19 cases rose among G7 members.',
    'About 2,000 people attended.',
    'The company hired 2000 people.',
  ])('%s', (text) => expect(pairs(text, A)).toEqual([]));
});
