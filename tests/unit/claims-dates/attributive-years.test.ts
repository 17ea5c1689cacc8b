import { describe, expect, it } from 'vitest';
import { datePairs } from './date-pairs';

const pairs = datePairs;

describe('English years and months used as attributes name a time', () => {
  it.each([
    ['Seehofer said the official 2018 figures showed a fall.', [['2018', '2018']]],
    ['The disputed 2020 election was certified.', [['2020', '2020']]],
    ['Emissions must fall by 90 percent compared to 1990 levels.', [['1990', '1990']]],
    ['Prices are still above 2019 levels, the bank said.', [['2019', '2019']]],
    ['Subsidies of up to $13 billion run through to 2033.', [['2033', '2033']]],
    ['Officers braced for unrest around the March trial of the officers.', [['March', '2021-03']]],
    ['A June report found the same.', [['June', '2021-06']]],
    ['Kenya Airways cut its loss for the year ending March by 60 percent.', [['March', '2021-03']]],
  ] as const)('%s', (text, want) => {
    expect(pairs(text, 'en', '2021-08-01')).toEqual(want);
  });

  it.each([
    'The remaining 2000 troops left the base.',
    'The other 1500 refugees stayed in the camp.',
    'The May family declined to comment.',
    'The May government fell within weeks.',
    'The last 2000 tickets sold out quickly.',
    'Prices rose to 2015 dollars per tonne.',
  ])('guard: no date in %s', (text) => {
    expect(pairs(text, 'en', '2021-08-01')).toEqual([]);
  });
});

describe('Polish years in pairs and parentheses', () => {
  it.each([
    ['porównanie wzrostu emerytur między 2007 a 2015 rokiem', [['2007', '2007'], ['2015 rokiem', '2015']]],
    ['W 2014 i 2015 r. było gorzej.', [['2014', '2014'], ['2015 r.', '2015']]],
    ['Dokonali tego Akiba Rubinstein (1909) i Radosław Wojtaszek (2015).', [['1909', '1909'], ['2015', '2015']]],
  ] as const)('%s', (text, want) => {
    expect(pairs(text, 'pl', '2021-08-01')).toEqual(want);
  });

  it.each(['Przyszło 2000 i 3000 osób.', 'Między 2000 a 3000 osób przyszło na wiec.', 'Numer (2015/12) jest w archiwum.'])('guard: no date in %s', (text) => {
    expect(pairs(text, 'pl', '2021-08-01')).toEqual([]);
  });
});
