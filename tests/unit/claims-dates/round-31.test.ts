import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 31 (2026-11-25, thirtieth session). (`guard:` tests pass on the code before the round too.)
const pairs = (text: string, lang: 'pl' | 'en', date: string) => findDates(text, lang, date).map((d) => [d.mention, d.value]);

describe('English months of a year named before', () => {
  it('`in July of that year` after `in May 2019`: the year last named, the phrase in the mention', () => {
    expect(pairs('He became minister in May 2019. The first he heard of it was in a meeting in July of that year.', 'en', '2023-03-02')).toEqual([['May 2019', '2019-05'], ['July of that year', '2019-07']]);
  });

  it('`on March 3 of the same year`', () => {
    expect(pairs('The law passed in 2015. It came into force on March 3 of the same year.', 'en', '2023-03-02')).toEqual([['2015', '2015'], ['March 3 of the same year', '2015-03-03']]);
  });

  it('guard: with no year named before, `July` alone is the last July', () => {
    expect(pairs('It was in July of that year.', 'en', '2023-03-02')).toEqual([['July', '2022-07']]);
  });
});

describe('Years of an edition', () => {
  it('`od Wimbledonu 2024.`, `sezon 2025?`: a recent year closing its clause after an event or a season is a year (Polish)', () => {
    expect(pairs('Kłopoty ciągną się za nim od Wimbledonu 2024. Jak poradzi sobie w rozdaniu zamykającym sezon 2025?', 'pl', '2026-01-04')).toEqual([['2024', '2024'], ['2025', '2025']]);
  });

  it('`At Paris 2024, he won gold.` (English)', () => {
    expect(pairs('At Paris 2024, he won gold.', 'en', '2026-01-04')).toEqual([['2024', '2024']]);
  });

  it('guard: `przy ul. Kwiatowej 2024.`: a house number is no year', () => {
    expect(pairs('Mieszka przy ul. Kwiatowej 2024.', 'pl', '2026-01-04')).toEqual([]);
  });
});

describe('Polish modals and futures with a weekday', () => {
  it('`W poniedziałek powinniśmy go zobaczyć w grze`: a weekday with a modal of the future is ahead', () => {
    expect(pairs('W poniedziałek powinniśmy go jednak zobaczyć w grze.', 'pl', '2026-01-04')).toEqual([['poniedziałek', '2026-01-05']]);
  });

  it('`w poniedziałek przyjdzie mu zagrać z Zverevem`', () => {
    expect(pairs('Jego dyspozycja jest niewiadomą, a w poniedziałek przyjdzie mu zagrać z Alexandrem Zverevem.', 'pl', '2026-01-04')).toEqual([['poniedziałek', '2026-01-05']]);
  });
});
