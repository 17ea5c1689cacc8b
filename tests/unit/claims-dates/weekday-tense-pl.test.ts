import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 27 (2026-11-25): a Polish present or perfective future in `-ają`/`-ują`/`-eją` points a bare
// weekday forward. (`guard:` tests pass on the code before the round too.)
// 2020-04-03 is a Friday.
const pairs = (text: string) => findDates(text, 'pl', '2020-04-03').map((d) => [d.mention, d.value]);

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
