import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../shared/claims/extract';

describe('a month-only header followed by a full dateline', () => {
  it('keeps the dateline as a date (not a time of day) and lets it anchor `dzisiaj`', () => {
    const t = ' date 2019-10 17.10.2019 l Delegaci zakończyli obrady walnego zgromadzenia. Dzisiaj związek ogłosił wyniki finansowe.';
    const r = extractArticle(t, { lang: 'pl' });
    expect(r.date).toBe('2019-10');
    const got = r.dates.map((d) => [d.mention, d.value]);
    expect(got).toContainEqual(['17.10.2019', '2019-10-17']);
    expect(got).toContainEqual(['Dzisiaj', '2019-10-17']);
  });
});
