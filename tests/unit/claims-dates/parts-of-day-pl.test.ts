import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 26 (2026-11-25): a Polish part of the day joined to a day is part of its TIMEX3 value, and a
// night `z X na Y` is one expression, the first day's. English stays at the day (its annotators mostly
// leave the part out). Each fixture is written for this test.

const pairs = (text: string, anchor: string, lang: 'pl' | 'en' = 'pl') => findDates(text, lang, anchor).map((d) => [d.mention, d.value]);

describe('Polish parts of the day', () => {
  it.each([
    ['W piątek wieczorem policja zatrzymała sprawcę.', [['piątek wieczorem', '2025-09-12TEV']]],
    ['We wtorek po południu odwołano alarm.', [['wtorek po południu', '2025-09-09TAF']]],
    ['W środę przed południem przyjechał minister.', [['środę przed południem', '2025-09-10TMO']]],
    ['Dziś rano ogłoszono alarm.', [['Dziś rano', '2025-09-12TMO']]],
    ['W nocy z wtorku na środę doszło do pożaru.', [['W nocy z wtorku na środę', '2025-09-09TNI']]],
    ['W nocy z 19 na 20 sierpnia spadł grad.', [['W nocy z 19 na 20 sierpnia', '2025-08-19TNI']]],
  ] as Array<[string, [string, string][]]>)('%s', (text, want) => {
    expect(pairs(text, '2025-09-12')).toEqual(want);
  });

  it('guard: an hour of the evening keeps its clock time, no part suffix (`o godz. 8 wieczorem`)', () => {
    expect(pairs('Wczoraj o godz. 8 wieczorem nic się nie działo.', '2025-09-12')).toEqual([['Wczoraj', '2025-09-11'], ['godz. 8 wieczorem', '2025-09-11T20:00']]);
  });

  it('guard: a part of the day on a month is no day (`w sierpniu wieczorem` stays a month)', () => {
    expect(pairs('W sierpniu wieczorami bywa chłodno.', '2025-09-12')).toEqual([['sierpniu', '2025-08']]);
  });

  it('guard: English stays at the day (`on Tuesday afternoon`)', () => {
    expect(pairs('The council met on Tuesday afternoon.', '2025-09-12', 'en')).toEqual([['Tuesday afternoon', '2025-09-09']]);
  });
});

describe('`mijający` is the current period', () => {
  it('`Mijający rok`, `w mijającym tygodniu`', () => {
    expect(pairs('Mijający rok był trudny. W mijającym tygodniu padało.', '2025-12-16')).toEqual([['Mijający rok', '2025'], ['mijającym tygodniu', '2025-W51']]);
  });
});
