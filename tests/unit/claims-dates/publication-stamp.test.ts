import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../shared/claims/extract';

describe('dates in a publication stamp', () => {
  it('lists the dates of `Publikacja: 13.11.2025 13:12` but none of a byline or the corpus date field', () => {
    const text = ' date 2025-11 Aktualizacja: 13.11.2025 13:49 Publikacja: 12.11.2025 13:12\nRząd przyjął projekt\n\nRząd przyjął w środę projekt ustawy.';
    const r = extractArticle(text, { lang: 'pl' });
    const values = r.dates.map((d) => d.value);
    expect(values).toContain('2025-11-13T13:49');
    expect(values).toContain('2025-11-12T13:12');
    expect(r.dates.some((d) => d.mention.includes('2025-11'))).toBe(false);
    expect(r.claims.some((c) => c.text.includes('Publikacja'))).toBe(false);
  });

  it('still lists no date of an ordinary byline', () => {
    const text = 'Nagłówek\nAutor: Jan Kowalski, 13.11.2025\n\nRząd przyjął w środę projekt ustawy.';
    const r = extractArticle(text, { lang: 'pl' });
    expect(r.dates.some((d) => d.mention.includes('13.11.2025'))).toBe(false);
  });
});
