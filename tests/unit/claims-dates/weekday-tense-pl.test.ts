import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 27 (2026-11-25): a Polish present or perfective future in `-ają`/`-ują`/`-eją` points a bare
// weekday forward. (`guard:` tests pass on the code before the round too.)
// The anchor defaults to 2020-04-03, a Friday.
const pairs = (text: string, date = '2020-04-03') => findDates(text, 'pl', date).map((d) => [d.mention, d.value]);

describe('Polish bare weekdays by a plural present or perfective future', () => {
  it('`zatrzymają się w sobotę`: the coming Saturday', () => {
    expect(pairs('Pierwsze pociągi metra zatrzymają się w sobotę na trzech nowych stacjach.')).toEqual([['sobotę', '2020-04-04']]);
  });

  it('`oczekiwani są w czwartek`: expected, so the coming Thursday', () => {
    expect(pairs('Ministrowie oczekiwani są w Kijowie w czwartek wieczorem.')).toEqual([['czwartek wieczorem', '2020-04-09TEV']]);
  });

  it('guard: `Od niedzieli realizują je …`: a time something has lasted since is past', () => {
    expect(pairs('Od niedzieli realizują je Koleje Wielkopolskie.')).toEqual([['niedzieli', '2020-03-29']]);
  });

  it('guard: a past verb keeps the weekday past (`W sobotę pociągi zatrzymały się`)', () => {
    expect(pairs('W sobotę pociągi zatrzymały się na nowych stacjach.')).toEqual([['sobotę', '2020-03-28']]);
  });
});

describe('Polish ranges and quarters', () => {
  it('`w okresie styczeń-październik zatrudnienie było niższe`: a range of undated months is not run backwards', () => {
    expect(pairs('W okresie styczeń-październik zatrudnienie było niższe o 0,9 proc.', '2025-12-11')).toEqual([
      ['styczeń', '2025-01'],
      ['październik', '2025-10'],
    ]);
  });

  it('`Najwięcej osób wybrało podróże w IV kwartale` in January: a plain past puts the quarter in last year', () => {
    expect(pairs('Najwięcej osób wybrało podróże pociągami w IV kwartale – ok. 19 mln osób.', '2026-01-21')).toEqual([['IV kwartale', '2025-Q4']]);
  });

  it('guard: `Podwyżka miała nastąpić od drugiego kwartału.`: a past modal keeps the anchor’s year', () => {
    expect(pairs('Podwyżka miała nastąpić od drugiego kwartału.', '2026-01-21')).toEqual([['drugiego kwartału', '2026-Q2']]);
  });
});

describe('Polish vague and coming times', () => {
  it('`za kilka miesięcy` is FUTURE_REF; `w nowym roku` (lower case) is the year to come', () => {
    expect(pairs('Decyzja zapadnie za kilka miesięcy, a rozmowy wznowimy w nowym roku.', '2025-09-17')).toEqual([
      ['za kilka miesięcy', 'FUTURE_REF'],
      ['nowym roku', '2026'],
    ]);
  });

  it('guard: `W Nowym Roku` (capitals) is still New Year’s Day', () => {
    expect(pairs('W Nowym Roku życzymy zdrowia.', '2025-09-17')).toEqual([['Nowym Roku', '2026-01-01']]);
  });
});
