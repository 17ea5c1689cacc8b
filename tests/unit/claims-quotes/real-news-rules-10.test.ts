import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Regression tests for the tenth round of real-news attribution rules (2026-11-23, ninth session).
// Every fixture is an invented news text written for these tests; each `it` checks one rule on a
// case the rule decides.

type Q = ReturnType<typeof quotes>[number];
const starting = (qs: Q[], prefix: string): Q | undefined => qs.find((x) => x.quote.startsWith(prefix));

describe('Polish surnames and outlets', () => {
  it('reads a `-ska` form beside the bare stem as the genitive of a man\'s surname', () => {
    const text = 'Miód drożeje\n"Zbiory miodu lipowego są w tym roku bardzo słabe" - powiedział Zysk.\nW ocenie Zyska cena słoika miodu będzie jeszcze wyższa.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Zbiory miodu')?.speaker).toBe('Zysk');
    expect(starting(qs, 'cena słoika')?.speaker).toBe('Zysk');
  });

  it('reads the name after an outlet in `w rozmowie z PAP …` as the speaker', () => {
    const text = 'Miód drożeje\nO sytuacji mówił prezes związku pszczelarzy Jan Nowak.\n"Zbiory miodu lipowego są w tym roku bardzo słabe" - podsumował Kowalczyk.\n"Pszczoły cierpią głód w wielu pasiekach" - ocenił w rozmowie z PAP Nowak.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Pszczoły cierpią')?.speaker).toBe('Jan Nowak');
  });
});
