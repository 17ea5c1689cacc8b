import { describe, expect, it } from 'vitest';
import { describeDate } from '../../../shared/claims/date-labels';

describe('readable date labels', () => {
  it.each([
    ['2022-01-12', 'en', '12 January 2022'],
    ['2022-01-12', 'pl', '12 stycznia 2022'],
    ['XXXX-01-12', 'pl', '12 stycznia (rok nieznany)'],
    ['XXXX-WXX-5', 'pl', 'piątek (data nieznana)'],
    ['XXXX-WXX-1', 'en', 'Monday (date unknown)'],
    ['2022-WXX-5', 'pl', 'piątek, 2022 r. (data nieznana)'],
    ['2022-WXX-5', 'en', 'a Friday in 2022 (date unknown)'],
    ['2022-01', 'pl', 'styczeń 2022'],
    ['2022-W02', 'en', 'week 2 of 2022'],
    ['2022-01-12T10:30', 'en', '12 January 2022, 10:30'],
    ['2022', 'en', '2022'],
    ['2022-Q1', 'en', 'Q1 2022'],
    ['2022-Q3', 'pl', 'III kwartał 2022'],
    ['2022-H1', 'en', 'first half of 2022'],
    ['2022-H2', 'pl', 'II półrocze 2022'],
    ['2022-W02-WE', 'en', 'weekend of 15–16 January 2022'],
    ['2022-W17-WE', 'pl', 'weekend 30 kwietnia – 1 maja 2022'],
    ['2022-W52-WE', 'en', 'weekend of 31 December 2022 – 1 January 2023'],
    ['2021-W53-WE', 'en', '2021-W53-WE'],
    ['XXXX-WXX-WE', 'pl', 'weekend, data nieznana'],
    ['2022-SU', 'en', 'summer 2022'],
    ['2022-WI', 'pl', 'zima 2022/2023'],
    ['XXXX-FA', 'en', 'autumn (year unknown)'],
    ['202', 'en', 'the 2020s'],
    ['2022-01-XXT10:30', 'pl', 'styczeń 2022, 10:30 (data nieznana)'],
    ['199', 'pl', 'dekada 1990–1999'],
    ['XXX', 'pl', 'dekada, data nieznana'],
    ['XXXX-QX', 'en', 'a quarter, date unknown'],
    ['XXXX-XX-XX', 'en', 'date unknown'],
    ['2022-13-01', 'en', '2022-13-01'],
    ['2025-09-12TEV', 'pl', '12 września 2025, wieczorem'],
    ['XXXX-WXX-2TNI', 'en', 'Tuesday (date unknown), night'],
    ['2022-13-01TMO', 'en', '2022-13-01TMO'],
  ] as const)('%s (%s) → %s', (value, lang, label) => {
    expect(describeDate(value, lang)).toBe(label);
  });
});
