import { describe, expect, it } from 'vitest';
import { datePairs } from './date-pairs';

// Round 24: a year counted back from a month keeps the month; Christmas in every Polish case.

describe('a year counted from a month named before is that month a year earlier or later', () => {
  it('`w listopadzie 2025 r. … niż rok wcześniej` is November 2024', () => {
    const text = 'Urząd przypomniał, że w listopadzie 2025 r. ceny były o 2,5 proc. wyższe niż rok wcześniej.';
    expect(datePairs(text, 'pl', '2025-12-23')).toEqual([['listopadzie 2025 r.', '2025-11'], ['rok wcześniej', '2024-11']]);
  });

  it('`In November, prices were higher than a year earlier` is November 2024', () => {
    const text = 'In November, prices were 2.5% higher than a year earlier, the office said.';
    expect(datePairs(text, 'en', '2025-12-23')).toEqual([['November', '2025-11'], ['a year earlier', '2024-11']]);
  });

  it('guard: from a year it stays a year (`W 2020 r. … a rok później`)', () => {
    const text = 'W 2020 r. otwarto fabrykę, a rok później ją rozbudowano.';
    expect(datePairs(text, 'pl', '2025-12-23')).toEqual([['2020 r.', '2020'], ['rok później', '2021']]);
  });
});

describe('Christmas in every Polish case', () => {
  it('`przed świętami Bożego Narodzenia`, `przed Bożym Narodzeniem` are 25 December', () => {
    const text = 'Ceny wzrosły przed świętami Bożego Narodzenia. Przed Bożym Narodzeniem ruch w sklepach jest duży.';
    expect(datePairs(text, 'pl', '2025-12-23')).toEqual([['Bożego Narodzenia', '2025-12-25'], ['Bożym Narodzeniem', '2025-12-25']]);
  });

  it('guard: a church of that name is no date (`w kościele Bożego Narodzenia`)', () => {
    const text = 'Msza w kościele Bożego Narodzenia odbyła się rano.';
    expect(datePairs(text, 'pl', '2025-12-23')).toEqual([]);
  });
});
