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
