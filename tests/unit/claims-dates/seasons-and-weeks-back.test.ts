import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../shared/claims/extract';
import { datePairs } from './date-pairs';

// Round 25: a Polish season named as what a sentence is about; vague times (PAST_REF, FUTURE_REF); a part of an English season (`the start
// of the summer`); a Polish week counted back is the week, as `a week ago` is in English.

describe('a Polish season in the nominative or accusative', () => {
  it('`Jesień będzie trudna, a zima przyniesie podwyżki` names autumn and winter', () => {
    const text = 'Jesień będzie trudna dla hodowców, a zima przyniesie kolejne podwyżki.';
    expect(datePairs(text, 'pl', '2025-10-15')).toEqual([['Jesień', '2025-FA'], ['zima', '2025-WI']]);
  });

  it('guard: a season capitalised inside a sentence is a title (`książkę Jesień średniowiecza`)', () => {
    const text = 'Czytał wtedy książkę Jesień średniowiecza i robił notatki.';
    expect(datePairs(text, 'pl', '2025-10-15')).toEqual([]);
  });
});

describe('a part of an English season before `of`', () => {
  it('`at the start of the summer`, `by the end of winter`', () => {
    const text = 'The company thought at the start of the summer that prices would fall. By the end of winter the plant will close.';
    expect(datePairs(text, 'en', '2025-10-15')).toEqual([['summer', '2025-SU'], ['winter', '2025-WI']]);
  });

  it('guard: `the end of summer camp` is a camp', () => {
    expect(datePairs('She talked about the end of summer camp for the children.', 'en', '2025-10-15')).toEqual([]);
  });
});

describe('a Polish week counted back is the week', () => {
  it('`Tydzień temu`, `dwa tygodnie temu`, `sprzed tygodnia`, `przed tygodniem`', () => {
    const text = 'Tydzień temu rozmawialiśmy. Dwa tygodnie temu też. Ceny sprzed tygodnia były niższe. Przed tygodniem spadł śnieg.';
    expect(datePairs(text, 'pl', '2025-10-15')).toEqual([['Tydzień temu', '2025-W41'], ['Dwa tygodnie temu', '2025-W40'], ['sprzed tygodnia', '2025-W41'], ['Przed tygodniem', '2025-W41']]);
  });

  it('guard: forward, a week lands on a day (`za tydzień`)', () => {
    expect(datePairs('Decyzja zapadnie za tydzień.', 'pl', '2025-10-15')).toEqual([['za tydzień', '2025-10-22']]);
  });
});

describe('vague times are TIMEX3 PAST_REF and FUTURE_REF, and make no event', () => {
  it('Polish: `niedawno`, `w ostatnich miesiącach`, `kilka lat temu`, `w najbliższych dniach`, `wkrótce`, `w przyszłości`', () => {
    const text = 'W ostatnich miesiącach ceny rosły. Niedawno rząd ogłosił plan. Kilka lat temu było inaczej. W najbliższych dniach zapadnie decyzja. Wkrótce poznamy wyniki. W przyszłości to się zmieni.';
    expect(datePairs(text, 'pl', '2025-10-15')).toEqual([
      ['ostatnich miesiącach', 'PAST_REF'], ['Niedawno', 'PAST_REF'], ['Kilka lat temu', 'PAST_REF'], ['najbliższych dniach', 'FUTURE_REF'], ['Wkrótce', 'FUTURE_REF'], ['przyszłości', 'FUTURE_REF'],
    ]);
  });

  it('English: `recently`, `in recent months`, `a few months ago`, `in the coming years`, `in the near future`, `soon`', () => {
    const text = 'Prices rose recently. In recent months prices rose. A few months ago we met. In the coming years it will change. In the near future it will change. The company will soon close.';
    expect(datePairs(text, 'en', '2025-10-15')).toEqual([
      ['recently', 'PAST_REF'], ['recent months', 'PAST_REF'], ['A few months ago', 'PAST_REF'], ['coming years', 'FUTURE_REF'], ['near future', 'FUTURE_REF'], ['soon', 'FUTURE_REF'],
    ]);
  });

  it('guard: counted times keep their values, and `as soon as`, `soon after`, `w ostatnich latach 90.` are no vague times', () => {
    expect(datePairs('Two years ago it began. Call as soon as possible. Soon after the vote, he left.', 'en', '2025-10-15')).toEqual([['Two years ago', '2023']]);
    expect(datePairs('W ostatnich latach 90. było inaczej.', 'pl', '2025-10-15')).toEqual([['latach 90.', '199']]);
  });

  it('a sentence whose only time is vague makes no event claim', () => {
    const r = extractArticle('Tytuł\n\nW najbliższych dniach odbędzie się spotkanie rady miasta.', { date: '2025-10-15' });
    expect(r.dates.map((d) => d.value)).toEqual(['FUTURE_REF']);
    expect(r.claims.filter((c) => c.kind === 'event')).toEqual([]);
  });
});

describe('English years and Christmas in more places', () => {
  it('`the last 2007 census` is a year; `the last 2000 troops` a count', () => {
    expect(datePairs('It was not noted in the last 2007 census. The last 2000 troops left the town.', 'en', '2011-03-28')).toEqual([['2007', '2007']]);
  });

  it('`in states like Nebraska, 2014 was a record year`: a year as the subject of a clause', () => {
    expect(datePairs('Despite this, in states like Nebraska, 2014 was a record year. The winner had 2017 votes.', 'en', '2015-06-28')).toEqual([['2014', '2014']]);
  });

  it('`after a poor Christmas` is the last Christmas; `a strong Christmas trading period` a modifier', () => {
    expect(datePairs('Debenhams warned on profit after a poor Christmas.', 'en', '2018-02-08')).toEqual([['Christmas', '2017-12-25']]);
    expect(datePairs('It had a strong Christmas trading period.', 'en', '2018-02-08')).toEqual([]);
  });
});
