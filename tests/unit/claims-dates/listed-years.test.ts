import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 26 (2026-11-25): years listed together are all years once one of them reads as a year. (`guard:`
// tests pass on the code before the round too.)
const pairs = (text: string, lang: 'pl' | 'en') => findDates(text, lang, '2025-08-01').map((d) => [d.mention, d.value]);

describe('listed years', () => {
  it('`z 2024, 2023, 2022, 2021 i 2019 roku` gives every year', () => {
    expect(pairs('Ścieżka biegnie poniżej ścieżek z 2024, 2023, 2022, 2021 i 2019 roku.', 'pl').map(([, v]) => v)).toEqual(['2024', '2023', '2022', '2021', '2019']);
  });

  it('guard: `in 2019, 2020 and 2021` gives every year', () => {
    expect(pairs('Sales fell in 2019, 2020 and 2021.', 'en').map(([, v]) => v)).toEqual(['2019', '2020', '2021']);
  });

  it('guard: counts in a list are no years when none of them reads as one (`sprzedano 2000, 2500 i 3000 sztuk`)', () => {
    expect(pairs('Sprzedano 2000, 2500 i 3000 sztuk.', 'pl')).toEqual([]);
  });
});
