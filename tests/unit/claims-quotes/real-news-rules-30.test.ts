import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the thirtieth round of real-news attribution rules (2026-11-25, twenty-ninth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const plLead = 'Sprawa trwa od tygodnia.\n\n';

describe('Polish names inside a phrase', () => {
  it('`sekundę za zwyciężczynią Marileidy Paulino.`: a foreign name after a preposition and an instrumental noun is no subject', () => {
    const text = `Mistrzostwa\n\n${plLead}Natalia Lis skończyła piąta z czasem 50,16 s, prawie sekundę za zwyciężczynią Marileidy Paulino. "Nie jestem zadowolona. Coś poszło nie tak", mówiła po biegu.`;
    expect(starting(quotes(text, 'pl'), 'Nie jestem zadowolona')?.speaker).toBe('Natalia Lis');
  });

  it('guard: after a verb of saying the name closing the clause is its subject: `– … – powiedziała przed kamerą Maria Kowalska.`', () => {
    const text = `Mistrzostwa\n\n${plLead}Anna Nowak przegrała finał. – Cieszę się z medalu – powiedziała przed kamerą Maria Kowalska.`;
    expect(starting(quotes(text, 'pl'), 'Cieszę się')?.speaker).toBe('Maria Kowalska');
  });
});

describe('Polish sponsors and sites', () => {
  it('`– … – kontynuował trener Marwis.pl Falubazu Zielona Góra.`: a word glued to a web domain is no surname after a title', () => {
    const text = `Żużel\n\n${plLead}- Tor został przygotowany z zawodnikami - powiedział w rozmowie z portalem Piotr Żyto. - Mieliśmy też problem z pogodą - kontynuował trener Marwis.pl Falubazu Zielona Góra.`;
    expect(starting(quotes(text, 'pl'), 'Mieliśmy też problem')?.speaker).toBe('Piotr Żyto');
  });
});
