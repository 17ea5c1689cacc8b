import { describe, expect, it } from 'vitest';
import { datePairs } from './date-pairs';

// Round 25: a Polish season named as what a sentence is about; a part of an English season (`the start
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
