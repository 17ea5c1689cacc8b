import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the thirty-first round of real-news attribution rules (2026-11-25, thirtieth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const plLead = 'Sprawa trwa od tygodnia.\n\n';

describe('Polish clauses that say what someone is asked to do', () => {
  it('`apelował do Polaków, by zastrzegali numery PESEL. – … – mówił.`: the verb of a `by` clause introduces no speaker', () => {
    const text = `Cyberataki\n\n${plLead}Minister Jan Kowalczyk apelował do Polaków, by zastrzegali masowo numery PESEL. – Namawiam do tego wszystkich – mówił.`;
    expect(starting(quotes(text, 'pl'), 'Namawiam do tego')?.speaker).toBe('Jan Kowalczyk');
  });

  it('guard: an inverted subject closing a clause introduces the speaker: `Głos zabrał też prezes Jan Nowak. – … – mówił.`', () => {
    const text = `Cyberataki\n\n${plLead}Minister Jan Kowalczyk apelował do Polaków. Wypowiedział się też prezes Adam Nowak. – Namawiam do tego wszystkich – mówił.`;
    expect(starting(quotes(text, 'pl'), 'Namawiam do tego')?.speaker).toBe('Adam Nowak');
  });
});
