import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 29 (2026-11-25, twenty-eighth session). (`guard:` tests pass on the code before the round too.)
const pairs = (text: string, lang: 'pl' | 'en', date: string) => findDates(text, lang, date).map((d) => [d.mention, d.value]);

describe('English weekdays after an infinitive of what is to happen', () => {
  it('`Teachers to vote on new pay deal on Wednesday` (a headline with no finite verb) lies ahead', () => {
    expect(pairs('Teachers to vote on new pay deal on Wednesday', 'en', '2019-07-02')).toEqual([['Wednesday', '2019-07-03']]);
  });

  it('guard: `Teachers voted on the deal on Wednesday` lies behind', () => {
    expect(pairs('Teachers voted on the deal on Wednesday.', 'en', '2019-07-02')).toEqual([['Wednesday', '2019-06-26']]);
  });

  it('guard: a past verb of the clause wins over the infinitive: `They agreed to meet on Wednesday`', () => {
    expect(pairs('They agreed to meet on Wednesday.', 'en', '2019-07-02')).toEqual([['Wednesday', '2019-06-26']]);
  });
});

describe('Polish parts of the day after a weekday’s adjective', () => {
  it('`od czwartkowego popołudnia`, `piątkowej nocy`, `sobotniego wieczoru` carry the part of the day', () => {
    expect(pairs('Od czwartkowego popołudnia strażacy interweniowali.', 'pl', '2025-06-20')).toEqual([['czwartkowego popołudnia', '2025-06-19TAF']]);
    expect(pairs('Sobotniego wieczoru padało.', 'pl', '2025-06-20')).toEqual([['Sobotniego wieczoru', '2025-06-14TEV']]);
    expect(pairs('Piątkowej nocy strażacy interweniowali.', 'pl', '2025-06-23')).toEqual([['Piątkowej nocy', '2025-06-20TNI']]);
  });

  it('guard: `następnego ranka` stays a day counted from the day before', () => {
    expect(pairs('W piątek padało. Następnego ranka świeciło słońce.', 'pl', '2025-06-23')).toEqual([['piątek', '2025-06-20'], ['Następnego ranka', '2025-06-21']]);
  });
});

describe('Polish years in a list of editions, approximate shifts, the near future', () => {
  it('`(Londyn 2012, Rio de Janeiro 2016 i Tokio 2020)`: each place’s year is a year', () => {
    expect(pairs('Mistrzyni olimpijska (Londyn 2012, Rio de Janeiro 2016 i Tokio 2020).', 'pl', '2025-10-20')).toEqual([['2012', '2012'], ['2016', '2016'], ['2020', '2020']]);
  });

  it('guard: one name with a year (`Euro 2016`, `Polska 2050`) is a name', () => {
    expect(pairs('Grała na Euro 2016 w Paryżu. Partia Polska 2050 ma nowego lidera.', 'pl', '2025-10-20')).toEqual([]);
  });

  it('`za niecałe trzy lata`, `za prawie dwa lata`, `za ok. 5 lat`', () => {
    expect(pairs('Za niecałe trzy lata wystartuje.', 'pl', '2025-10-20')).toEqual([['Za niecałe trzy lata', '2028']]);
    expect(pairs('Za ok. 5 lat wystartuje.', 'pl', '2025-10-20')).toEqual([['Za ok. 5 lat', '2030']]);
  });

  it('`w niedalekiej przyszłości`, `w najbliższej przyszłości`', () => {
    expect(pairs('W niedalekiej przyszłości zagra.', 'pl', '2025-10-20')).toEqual([['niedalekiej przyszłości', 'FUTURE_REF']]);
  });
});
