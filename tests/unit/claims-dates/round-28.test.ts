import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 28 (2026-11-25, twenty-seventh session). (`guard:` tests pass on the code before the round too.)
const pairs = (text: string, lang: 'pl' | 'en', date: string) => findDates(text, lang, date).map((d) => [d.mention, d.value]);

describe('Polish quarters abbreviated', () => {
  it('`w II kw. 2025 r.`, `w IV kw. br.`: a Roman numeral and `kw.` with its year', () => {
    expect(pairs('W II kw. 2025 r. NFZ wydał więcej.', 'pl', '2025-09-17')).toEqual([['II kw. 2025 r.', '2025-Q2']]);
    expect(pairs('W IV kw. br. NFZ wydał więcej.', 'pl', '2025-09-17')).toEqual([['IV kw. br.', '2025-Q4']]);
  });

  it('guard: `II kw.` with no year is left alone (the abbreviation is too short to trust alone)', () => {
    expect(pairs('W II kw. NFZ wydał więcej.', 'pl', '2025-09-17')).toEqual([]);
  });
});

describe('English years a change is measured against', () => {
  it('`up 141% on 2010`, `down 3 percent on 2019 levels`, `compared with 2019`', () => {
    expect(pairs('The figure is still up 141% on 2010.', 'en', '2020-02-27')).toEqual([['2010', '2010']]);
    expect(pairs('Sales were down 3 percent on 2019 levels.', 'en', '2020-02-27')).toEqual([['2019', '2019']]);
    expect(pairs('Sales rose 3% compared with 2019.', 'en', '2020-02-27')).toEqual([['2019', '2019']]);
  });

  it('guard: `3 goals on 2010 pitches` is no year', () => {
    expect(pairs('The team scored 3 goals on 2010 pitches.', 'en', '2020-02-27')).toEqual([]);
  });

  it('`the prior month` as `the previous month`', () => {
    expect(pairs('Prices fell 1.2% from the prior month.', 'en', '2023-03-13')).toEqual([['the prior month', '2023-02']]);
  });
});

describe('English weekdays something is set for or due by', () => {
  it('`had cancelled … flights for Thursday`, `a full timetable by Monday`: ahead of the article date', () => {
    expect(pairs('Air France said it had cancelled 30 percent of domestic flights for Thursday.', 'en', '2019-12-03')).toEqual([['Thursday', '2019-12-05']]);
    expect(pairs('Companies are urged to run a full timetable by Monday.', 'en', '2019-12-03')).toEqual([['Monday', '2019-12-09']]);
  });

  it('guard: `had been repaired by Monday` is a deadline already met', () => {
    expect(pairs('The line had been repaired by Monday.', 'en', '2019-12-03')).toEqual([['Monday', '2019-12-02']]);
  });
});

describe('Polish days and weekends of the story', () => {
  it('`Minionej doby strażacy interweniowali …`: the day before', () => {
    expect(pairs('Minionej doby strażacy interweniowali 400 razy.', 'pl', '2026-01-02')).toEqual([['Minionej doby', '2026-01-01']]);
  });

  it('`wracało z długiego weekendu`, `podczas długiego weekendu`: the long weekend, by tense', () => {
    expect(pairs('Podczas długiego weekendu zginęło 20 osób.', 'pl', '2025-08-18')).toEqual([['długiego weekendu', '2025-W33-WE']]);
  });

  it('guard: `To był długi dzień.` is no date', () => {
    expect(pairs('To był długi dzień.', 'pl', '2025-08-18')).toEqual([]);
  });
});
