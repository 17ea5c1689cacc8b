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
    // `today` is a day like `yesterday`: unknown without a date (PRESENT_REF would read as "now").
    expect(pairs('Today the parliament voted.', null)).toEqual([['Today', 'XXXX-XX-XX']]);
    expect(pairs('Tonight the results will be known.', null)).toEqual([['Tonight', 'XXXX-XX-XX']]);
    expect(pairs('Prices rose last month.', null)).toEqual([['last month', 'XXXX-XX']]);
  });

  it('with a month-only anchor a day word is the month', () => {
    expect(pairs('Today the parliament voted.', '2022-01')).toEqual([['Today', '2022-01']]);
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

describe('English clock times are separate mentions on their day', () => {
  it.each([
    ['The notice was posted Monday 10 January 2022 14:05 GMT by the newsroom.', [['Monday 10 January 2022', '2022-01-10'], ['14:05', '2022-01-10T14:05']]],
    ['The statement was posted on 14-01-2022 09:30 local time.', [['14-01-2022', '2022-01-14'], ['09:30', '2022-01-14T09:30']]],
    ['The hearing opens on January 20 at 10 a.m. in Vienna.', [['January 20', '2022-01-20'], ['10 a.m.', '2022-01-20T10:00']]],
    ['Filed 26 Nov 2021 01:26:09 PM by the court clerk.', [['26 Nov 2021', '2021-11-26'], ['01:26:09 PM', '2021-11-26T13:26']]],
  ] as const)('%s', (text, want) => expect(pairs(text, A)).toEqual(want));
});

describe('English kinds seen in real news', () => {
  it.each([
    ["Voters head to the polls in todays' election.", A, [['todays', '2022-01-12']]],
    ["Today's vote was close.", A, [['Today', '2022-01-12']]],
    // Bare years in running text.
    ['Spending will rise between now and 2030.', A, [['2030', '2030']]],
    ['Allies will spend more between today and 2024.', A, [['today', '2022-01-12'], ['2024', '2024']]],
    ['A 2019 report found widespread fraud.', A, [['2019', '2019']]],
    ["Britain's 2016 referendum split the country.", A, [['2016', '2016']]],
    ['The 2024 election will be close.', A, [['2024', '2024']]],
    ['Prices rose by 2024 standards.', A, [['2024', '2024']]],
    ['WTI marked a December-2014 peak on Tuesday.', A, [['December-2014', '2014-12'], ['Tuesday', '2022-01-11']]],
    // `since` points back even in a future clause.
    ['This week will see the biggest fall since October.', '2022-01-19', [['This week', '2022-W03'], ['October', '2021-10']]],
    // Quarters relative to the anchor's.
    ['Sales have surged in the last quarter.', '2021-10-19', [['last quarter', '2021-Q3']]],
    ['Revenue will rise next quarter.', '2021-10-19', [['next quarter', '2022-Q1']]],
    ['Profits fell in the last quarter of 2020.', '2021-10-19', [['last quarter of 2020', '2020-Q4']]],
    ['Nvidia expects revenue of about $24 billion in the current quarter.', '2021-10-19', [['the current quarter', '2021-Q4']]],
    // The year ahead.
    ['Profits should bounce back in the coming year.', A, [['the coming year', '2023']]],
    ['The firm will make higher profits in the year to come.', A, [['the year to come', '2023']]],
    ['Analysts are cautious about the year ahead.', A, [['the year ahead', '2023']]],
    ['In 2019 exports rose 5% compared with the previous year.', A, [['2019', '2019'], ['the previous year', '2018']]],
    ['Growth is expected to return by the end of the decade.', A, [['the end of the decade', '202']]],
    ['Earlier in the day the minister resigned.', A, [['Earlier in the day', '2022-01-12']]],
    // `his plans` is a noun; `have arrested` a finished act: the Wednesday is past.
    ['Police have arrested a man despite his plans to escape on Wednesday evening.', '2024-04-22', [['Wednesday evening', '2024-04-17']]],
  ] as const)('%s', (text, anchor, want) => expect(pairs(text, anchor)).toEqual(want));

  it.each([
    'Flu admissions have increased sevenfold over the last month.',
    'Rates are expected to stay flat in the next year.',
    'The plant employs 2000 workers.',
    'The ship docked at 2100 GMT.',
    'The figure rose to 2024 points.',
  ])('no period in: %s', (text) => expect(pairs(text, A)).toEqual([]));
});

describe('day words inside names', () => {
  it('does not read the TODAY of USA TODAY as a date', () => {
    expect(pairs('Alyssa Clements told USA TODAY on Monday that the storm would weaken today.', A)).toEqual([['Monday', '2022-01-10'], ['today', '2022-01-12']]);
  });
});

describe('English tense cues for bare weekdays (real-news round 4)', () => {
  // Anchor: Wednesday 2022-01-12.
  it.each([
    // `U.S.` does not end the sentence: the `will` before it still governs the weekday.
    ['One storm system will organize over the Southwest U.S. before moving into the Plains on Tuesday, Clements said.', 'Tuesday', '2022-01-18'],
    // `next` looks ahead.
    ['United have Everton next in league play on Sunday.', 'Sunday', '2022-01-16'],
    // A dashed aside does not cut the clause off from its verb.
    ['The Met Office issued the red weather warning – the most serious type – on Friday for wind, meaning dangerous weather is expected.', 'Friday', '2022-01-07'],
    // `going the other way` is no `going to`.
    ['Neither party ruled out going the other way on Sunday night.', 'Sunday night', '2022-01-09'],
    // `in that area`: a determiner `that` opens no clause.
    ['"It will be quieter in that area through Thursday," she said.', 'Thursday', '2022-01-13'],
  ])('%s', (text, mention, value) => {
    expect(pairs(text, A)).toContainEqual([mention, value]);
  });
});

describe('Christmas after a preposition of time', () => {
  // Anchor: Monday 2021-09-27. `should` looks ahead like `could`.
  it.each([
    ['It should be done before Christmas if possible, Scholz told reporters.', '2021-12-25'],
    ['The ward stayed shut until Christmas.', '2020-12-25'],
  ])('%s', (text, value) => {
    expect(pairs(text, '2021-09-27')).toContainEqual(['Christmas', value]);
  });
});

describe('Christmas as a modifier', () => {
  it('is no date in `Christmas shopping`', () => {
    expect(pairs('Sales before Christmas shopping peaked early this year.', A).some(([m]) => m === 'Christmas')).toBe(false);
  });
});

describe('holidays and coordinated years (round 5)', () => {
  it('reads Labor Day (its first Monday of September), Halloween and a year coordinated after `in`', () => {
    const t = 'He said the targets were met in 2023 and 2022. They met after Labor Day and again on Halloween.';
    const got = findDates(t, 'en', '2024-05-01').map((d) => [d.mention, d.value]);
    expect(got).toContainEqual(['2022', '2022']);
    expect(got).toContainEqual(['Labor Day', '2023-09-04']);
    expect(got).toContainEqual(['Halloween', '2023-10-31']);
  });
});

describe('weekday after a clock time', () => {
  it('reads the tense across `p.m.` (`will play … at 6 p.m. Saturday` is the coming Saturday)', () => {
    expect(pairs('Tech will play in the regional finals at 6 p.m. Saturday.', '2021-05-21')).toContainEqual(['Saturday', '2021-05-22']);
  });
});

// Round 17 (2026-11-24): coordinated days and weeks counted back.
describe('English coordinated days and weeks ago', () => {
  it.each([
    ['They met on March 19 and 20 in Geneva.', [['March 19', '2021-03-19'], ['20', '2021-03-20']]],
    ['They met on 5 and 6 April in Geneva.', [['5', '2021-04-05'], ['6 April', '2021-04-06']]],
    ['Talks ran on Dec. 3-4 in Brussels.', [['Dec. 3', '2021-12-03'], ['4', '2021-12-04']]],
    ['Two weeks ago the plane crashed.', [['Two weeks ago', '2021-W52']]],
  ])('%s', (text, want) => {
    expect(pairs(text, A)).toEqual(want);
  });

  it('guard: a count after a month’s day and `and` is no day (`between Dec. 3 and 10 people died`)', () => {
    expect(pairs('Between Dec. 3 and 10 people died.', A)).toEqual([['Dec. 3', '2021-12-03']]);
  });
});

describe('a history told in the sentence (real-news round 18)', () => {
  it('gives a month after `in May 1980` in the same sentence that year', () => {
    expect(findDates('He was arrested in May 1980, and in August he was released.', 'en', '2009-03-01').map((d) => [d.mention, d.value])).toContainEqual(['August', '1980-08']);
  });

  it('guard: a year that qualifies a noun (`the 2007 killing`) sets no year', () => {
    expect(findDates('The 2007 killing was investigated in December.', 'en', '2009-03-01').map((d) => [d.mention, d.value])).toContainEqual(['December', '2008-12']);
  });
});

describe('clock times with a dot, feasts and a time\'s own day (real-news round 19)', () => {
  const v = (text: string, anchor: string) => findDates(text, 'en', anchor).map((d) => [d.mention, d.value]);

  it('reads British times written with a dot (`1.30pm`, `11.56 pm`) and `12 noon`', () => {
    expect(v('The hearing resumed at 1.30pm. He was found at 11.56 pm. The flag rose at 12 noon.', '2018-06-07')).toEqual([
      ['1.30pm', '2018-06-07T13:30'], ['11.56 pm', '2018-06-07T23:56'], ['12 noon', '2018-06-07T12:00'],
    ]);
  });

  it('guard: a decimal number is no time (`rose 3.45 percent`)', () => {
    expect(v('Sales rose 3.45 percent.', '2018-06-07')).toEqual([]);
  });

  it('gives a time the day written right after it (`5.59 a.m. on Dec. 27`, `5 p.m. Friday`)', () => {
    const out = v('Police came on Monday. The fire started at 5.59 a.m. on Dec. 27, and the crew left at 5 p.m. Friday.', '2022-12-29');
    expect(out).toContainEqual(['5.59 a.m.', '2022-12-27T05:59']);
    expect(out).toContainEqual(['5 p.m.', '2022-12-23T17:00']);
  });

  it('resolves movable feasts for the year (`Memorial Day`, `Thanksgiving`, `Easter Monday`, `Good Friday`)', () => {
    expect(v('On Memorial Day he spoke.', '2015-06-01')).toEqual([['Memorial Day', '2015-05-25']]);
    expect(v('Stores opened on Thanksgiving.', '2019-12-01')).toEqual([['Thanksgiving', '2019-11-28']]);
    expect(v('The march was held on Easter Monday.', '2019-05-01')).toEqual([['Easter Monday', '2019-04-22']]);
    expect(v('Prayers were said on Good Friday.', '2024-04-10')).toEqual([['Good Friday', '2024-03-29']]);
  });

  it('reads `Boxing Day` and `Christmas` after `to` (`in the run up to Christmas`)', () => {
    expect(v('Beer went unsold in the run up to Christmas, and shops reopened on Boxing Day.', '2021-01-22')).toEqual([
      ['Christmas', '2020-12-25'], ['Boxing Day', '2020-12-26'],
    ]);
  });

  it('guard: `Easter eggs` and `Christmas shopping` name no day', () => {
    expect(v('Easter eggs sold out and Christmas shopping began.', '2021-01-22')).toEqual([]);
  });
});

describe('first quarter in words, Christmas after an adjective (real-news round 19)', () => {
  const v = (text: string, anchor: string) => findDates(text, 'en', anchor).map((d) => [d.mention, d.value]);

  it('reads `the first three months of the year` as the first quarter and `the first six months of 2021` as the first half', () => {
    expect(v('Profits in the first three months of the year soared.', '2008-04-30')).toEqual([['the first three months of the year', '2008-Q1']]);
    expect(v('In the first six months of 2021 sales fell.', '2022-01-10')).toEqual([['the first six months of 2021', '2021-H1']]);
  });

  it('reads `Christmas` after a determiner or an adjective (`woke up to a cold, dark Christmas`)', () => {
    expect(v('Thousands woke up to a cold, dark Christmas.', '2013-12-26')).toEqual([['Christmas', '2013-12-25']]);
  });
});

describe('datelines with a colon, accounting quarters, lists of years and laws (real-news round 20)', () => {
  const v = (text: string, anchor: string) => findDates(text, 'en', anchor).map((d) => [d.mention, d.value]);

  it('reads a day before a colon (`Toronto, Dec 31: …`) but not a clock time (`May 10:30`)', () => {
    expect(v('Toronto, Dec 31: A journalist was killed.', '2009-12-31')).toEqual([['Dec 31', '2009-12-31']]);
    expect(v('The meeting starts May 10:30 sharp.', '2009-12-31')).toEqual([['10:30', '2009-12-31T10:30']]);
  });

  it('reads a hyphenated quarter before a figure of accounts (`third-quarter operating profit`)', () => {
    expect(v("Samsung's third-quarter operating profit tripled.", '2019-10-08')).toEqual([['third-quarter', '2019-Q3']]);
  });

  it('guard: a game\'s `first-half goal` is no half-year', () => {
    expect(v('He scored a first-half goal.', '2019-10-08')).toEqual([]);
  });

  it('reads every year of a list after a preposition (`in 2014, 2015 or 2016`) but no list of counts', () => {
    expect(v('It did not meet requirements in 2014, 2015 or 2016.', '2019-04-23')).toEqual([['2014', '2014'], ['2015', '2015'], ['2016', '2016']]);
    expect(v('It sold 1500, 2000 or 2500 units.', '2019-04-23')).toEqual([]);
  });

  it('leaves out the year in a law\'s name (`the Securities Exchange Act of 1934`)', () => {
    expect(v('The firm violated the Securities Exchange Act of 1934.', '2023-06-01')).toEqual([]);
  });
});
