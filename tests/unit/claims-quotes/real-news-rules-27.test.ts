import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the twenty-seventh round of real-news attribution rules (2026-11-25, twenty-sixth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const enLead = 'The hearing ended on Monday.\n\n';
const plLead = 'Sprawa trwa od tygodnia.\n\n';

describe('a title named before its holder', () => {
  it('`Burmistrz miasta mówi, że …` … `Andrzej Lis, szef związku` … `Burmistrz miasta Jan Kos`: someone with another office in between does not block', () => {
    const text = `Strajk\n\n${plLead}Kierowcy nie wyjechali na trasy. Burmistrz miasta mówi, że strajk jest nielegalny.\n\n- Brakuje kierowców i nikt tego nie słucha - mówi Andrzej Lis, przewodniczący związku zawodowego kierowców.\n\nBurmistrz miasta Jan Kos podkreśla, że pieniędzy nie ma.`;
    expect(starting(quotes(text, 'pl'), 'strajk jest')?.speaker).toBe('Jan Kos');
  });

  it("guard: an untitled person named in between still blocks (`The airline's CEO said …` / `Johan Lundgren said` / `CEO Ed Bastian`)", () => {
    const text = `Airlines\n\n${enLead}The budget airline's CEO said he had no choice.\n\n"We do it to survive," Johan Lundgren said.\n\n"This is the reality," CEO Ed Bastian said.`;
    expect(starting(quotes(text, 'en'), 'he had no choice')?.speaker).not.toBe('Ed Bastian');
  });
});
