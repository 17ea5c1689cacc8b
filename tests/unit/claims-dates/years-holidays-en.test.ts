import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 27 (2026-11-25): bare years in more places, and the shopping days after Thanksgiving. (`guard:`
// tests pass on the code before the round too.)
const pairs = (text: string, date = '2012-04-17') => findDates(text, 'en', date).map((d) => [d.mention, d.value]);

describe('English bare years', () => {
  it('`as soon as 2023`, `as early as 2026`', () => {
    expect(pairs('Production will begin as soon as 2023, exports as early as 2026.')).toEqual([['2023', '2023'], ['2026', '2026']]);
  });

  it('`optimistic about 2012.`: a year closing its clause after `about`', () => {
    expect(pairs("We're cautiously optimistic about 2012.")).toEqual([['2012', '2012']]);
  });

  it('`the WWDC 2024 keynote`, `HSLC Results 2023:`: a year naming an edition after a capitalised name', () => {
    expect(pairs('Apple teased it during the WWDC 2024 keynote.')).toEqual([['2024', '2024']]);
    expect(pairs('HSLC Results 2023: the minister speaks')).toEqual([['2023', '2023']]);
  });

  it('guard: counts stay counts (`about 2000 planes`, `Airbus 2000 jobs`)', () => {
    expect(pairs('Boeing delivered about 2000 planes. Airbus 2000 jobs were cut.')).toEqual([]);
  });
});

describe('Black Friday and Cyber Monday', () => {
  it('the day after the fourth Thursday of November, and the Monday after', () => {
    expect(pairs('Sales on Black Friday and Cyber Monday rose.', '2024-11-20')).toEqual([['Black Friday', '2024-11-29'], ['Cyber Monday', '2024-12-02']]);
    expect(pairs('Black Friday sales fell.', '2023-11-01')).toEqual([['Black Friday', '2023-11-24']]);
  });
});

describe('vague English times', () => {
  it('`right now` is PRESENT_REF; `the last few months` is PAST_REF', () => {
    expect(pairs('Right now, prices are high after they rose in the last few months.')).toEqual([
      ['Right now', 'PRESENT_REF'],
      ['last few months', 'PAST_REF'],
    ]);
  });
});
