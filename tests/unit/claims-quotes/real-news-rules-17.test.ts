import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the seventeenth round of real-news attribution rules (2026-11-24, sixteenth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule
// on a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break
// (they pass on the code before the round too).

describe('the outlet a statement was given to (Polish)', () => {
  it('reads a title shaped like a participle after `powiedział PAP` as the subject (`przewodniczący …, Jan Wolny`)', () => {
    const text = 'Mniejszość\n\n"W tym roku mija pięć lat od uchwalenia ustawy" - powiedział PAP przewodniczący Towarzystwa Społeczno-Kulturalnego, Jan Wolny.';
    expect(starting(quotes(text, 'pl'), 'W tym roku')?.speaker).toBe('Jan Wolny');
  });

  it('reads a name after a station’s acronyms (`mówiła w TOK FM Anna Wiśniewska`) as the speaker', () => {
    const text = 'Protest\n\nWczoraj zatrzymano fotoreporterkę.\n\n- Policja wkracza na niebezpieczny grunt - mówiła w TOK FM Draginja Nadaždin, dyrektorka fundacji.';
    expect(starting(quotes(text, 'pl'), 'Policja wkracza')?.speaker).toBe('Draginja Nadaždin');
  });

  it('guard: does not read a station’s second word as a given name (`w TVP Info Kowalczyk`)', () => {
    const text = 'Policja\n\nWiceminister Czesław Kowalczyk mówił o policji.\n\n- Od kilku tygodni apelujemy o solidarność - mówił w TVP Info Kowalczyk.';
    expect(starting(quotes(text, 'pl'), 'Od kilku tygodni')?.speaker).toBe('Czesław Kowalczyk');
  });

  it('guard: still ends a tail at an adverbial participle (`– powiedział szef NATO odnosząc się do …`)', () => {
    const text = 'NATO\n\n– Będziemy walczyć – powiedział szef NATO odnosząc się do sprawy.';
    expect(starting(quotes(text, 'pl'), 'Będziemy walczyć')?.speaker).toBe('szef NATO');
  });
});

describe('institutions after a title (English)', () => {
  it('does not read the end of `the Ministry of National Defense` as a person’s name', () => {
    const text = 'Arms sale\n\nBEIJING (Xinhua) -- China is firmly opposed to the arms sale, a defense ministry spokesperson said on Tuesday.\n\nWu Qian, a spokesperson for the Ministry of National Defense, made the remarks on Tuesday.\n\nThe Taiwan question is the most sensitive issue in the relations, the spokesperson noted.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'China is firmly')?.speaker).toBe('Wu Qian');
    expect(starting(qs, 'The Taiwan question')?.speaker).toBe('Wu Qian');
  });

  it('guard: keeps a holder named with a given name after the institution (`Director of the Department of Health John Smith said`)', () => {
    const text = 'Hospitals\n\nThe Director of the Department of Health John Smith said the wards would reopen.';
    expect(starting(quotes(text, 'en'), 'the wards')?.speaker).toBe('John Smith');
  });
});
