import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the twenty-fourth round of real-news attribution rules (2026-11-25, twenty-third
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const enLead = 'The trial ended on Monday.\n\n';
const plLead = 'Protest trwał od rana.\n\n';

describe('an English place set off after a place in a prepositional phrase is no subject', () => {
  it('`John Brown, of Leeds, Yorkshire, said` names John Brown', () => {
    const text = `Verdict\n\n${enLead}John Brown, of Leeds, Yorkshire, said he was shocked by the verdict.`;
    expect(starting(quotes(text, 'en'), 'he was shocked')?.speaker).toBe('John Brown');
  });

  it('`Her father Luciano, of Holmfirth, Huddersfield, said` names Luciano', () => {
    const text = `Verdict\n\n${enLead}Her father Luciano, of Holmfirth, Huddersfield, said he was very happy with the verdict.`;
    expect(starting(quotes(text, 'en'), 'he was very happy')?.speaker).toBe('Luciano');
  });

  it('guard: `Jane Smith, of Boston, said` names Jane Smith', () => {
    const text = `Verdict\n\n${enLead}Jane Smith, of Boston, said the plan would hurt local families.`;
    expect(starting(quotes(text, 'en'), 'the plan would hurt')?.speaker).toBe('Jane Smith');
  });
});

describe("a platform's name is the company when it speaks", () => {
  it('`Critics have included Facebook, which said that …` names Facebook', () => {
    const text = `Privacy\n\n${enLead}Critics have included Facebook, which said that it would have to turn off some of its features.`;
    expect(starting(quotes(text, 'en'), 'it would have to turn off')?.speaker).toBe('Facebook');
  });

  it('guard: `YouTube said it removed …` names YouTube', () => {
    const text = `Video\n\n${enLead}YouTube said it removed the video because it broke the platform's rules.`;
    expect(starting(quotes(text, 'en'), 'it removed the video')?.speaker).toBe('YouTube');
  });

  it('`Facebook poinformował, że …` names Facebook', () => {
    const text = `Konta\n\n${plLead}Facebook poinformował, że usunie wszystkie takie konta z serwisu.`;
    expect(starting(quotes(text, 'pl'), 'usunie wszystkie')?.speaker).toBe('Facebook');
  });

  it('guard: `He wrote on Facebook that …` does not make Facebook the speaker', () => {
    const text = `Post\n\n${enLead}The mayor John Kerr spoke to reporters. He wrote on Facebook that the decision was a scandal for the city.`;
    expect(starting(quotes(text, 'en'), 'the decision was a scandal')?.speaker).not.toBe('Facebook');
  });

  it('guard: `Na Facebooku napisał, że …` does not make Facebook the speaker', () => {
    const text = `Wpis\n\n${plLead}Burmistrz Jan Kowalski zabrał głos. Na Facebooku napisał, że decyzja jest skandaliczna dla miasta.`;
    expect(starting(quotes(text, 'pl'), 'decyzja jest skandaliczna')?.speaker).toBe('Jan Kowalski');
  });
});

describe('an English institution named by a plural noun is no antecedent of a singular one', () => {
  it('`… against rival companies. The company said …` is Apple, not the rivals', () => {
    const text = `Privacy\n\n${enLead}Apple says it will press ahead with a feature that has set it against rival companies.\n\nThe company said that it is fully committed to the new update.`;
    expect(starting(quotes(text, 'en'), 'it is fully committed')?.speaker).toBe('Apple');
  });

  it('guard: `Civil defence authorities said` keeps its qualifier', () => {
    const text = 'Storm\nHundreds were evacuated on Thursday.\nCivil defence authorities said people from about 250 homes were told to leave.';
    expect(starting(quotes(text, 'en'), 'people from about 250 homes')?.speaker).toBe('Civil defence authorities');
  });
});

describe('a demonstrative before a generic institution noun refers back like the article', () => {
  it('`According to this body, …` after the Irish Data Protection Commission (DPC) is the DPC', () => {
    const text = `Fine\n\n${enLead}Meta was fined 17 million euros, explained the Irish Data Protection Commission (DPC).\n\nAccording to this body, Meta's platforms failed to take appropriate technical measures in the case.`;
    expect(starting(quotes(text, 'en'), "Meta's platforms failed")?.speaker).toBe('DPC');
  });

  it('`According to this regulator, …` is the regulator named before', () => {
    const text = `Fine\n\n${enLead}Meta was fined 17 million euros, explained the Irish Data Protection Commission (DPC).\n\nAccording to this regulator, Meta's platforms failed to take appropriate technical measures in the case.`;
    expect(starting(quotes(text, 'en'), "Meta's platforms failed")?.speaker).toBe('DPC');
  });

  it('guard: `the body` of a victim is no speaker (`Police said the body had been …`)', () => {
    const text = `River\n\n${enLead}The body of a man was found in the river. Police said the body had been in the water for several days.`;
    expect(starting(quotes(text, 'en'), 'the body had been')?.speaker).toBe('Police');
  });
});

describe('Polish speakers: a Polish nationality noun that is also English, and groups of an event', () => {
  it('`– … – zaznaczył Serb.` after Nikola Grbić is Nikola Grbić (the Polish `Serb` is a man)', () => {
    const text = `Siatkówka\n\n${plLead}Trener ZAKS-y Nikola Grbić ze spokojem podchodzi do przegranego meczu. - Porażka nie zawsze wynika ze złej gry - zaznaczył Serb.\n\nSłynny Serb zaznaczył, że nie należy rozpamiętywać tej porażki.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Porażka nie zawsze')?.speaker).toBe('Nikola Grbić');
    expect(starting(qs, 'nie należy rozpamiętywać')?.speaker).toBe('Nikola Grbić');
  });

  it('`Uczestnicy protestu podkreślają`, `Wielu uczestników akcji zapowiada` keep the event in the group', () => {
    const text = `Protest\n\n${plLead}Uczestnicy protestu podkreślają, że nie życzą sobie obecności polityków.\n\nWielu uczestników akcji zapowiada, że ograniczy się do ustawienia ciągników przy trasach.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'nie życzą sobie')?.speaker).toBe('Uczestnicy protestu');
    expect(starting(qs, 'ograniczy się')?.speaker).toBe('Wielu uczestników akcji');
  });

  it('guard: only the nouns of taking part or running take the event (`Eksperci konferencji mówią` is `Eksperci`)', () => {
    const text = `Protest\n\n${plLead}Eksperci konferencji mówią, że hałas jest nie do zniesienia dla rodzin z dziećmi.`;
    expect(starting(quotes(text, 'pl'), 'hałas jest')?.speaker).toBe('Eksperci');
  });
});

describe('English: an absolute `with` phrase with a long institution, and parties to a case', () => {
  it('`…, with the U.S. Department of Justice saying that …` keeps the judge’s statement and names the department', () => {
    const text = `Google\n\n${enLead}A federal judge said that Google illegally dominated two markets, with the U.S. Department of Justice saying that Google should sell off its ad business.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'Google illegally dominated')?.speaker).toBe('a federal judge');
    expect(starting(qs, 'Google should sell off')?.speaker).toBe('U.S. Department of Justice');
  });

  it('guard: `with Mr Smith claiming` names Smith', () => {
    const text = `Talks\n\n${enLead}The talks collapsed, with Mr Smith claiming he found out on Twitter about the decision.`;
    expect(starting(quotes(text, 'en'), 'he found out')?.speaker).toBe('Smith');
  });

  it('`Complainants, who lodged their complaints in 2018, had argued that …` names the complainants', () => {
    const text = `GDPR\n\n${enLead}Complainants, who lodged their complaints in 2018, had argued that Meta was forcing users to consent to the new terms.`;
    expect(starting(quotes(text, 'en'), 'Meta was forcing')?.speaker).toBe('Complainants');
  });
});

describe('a name its bracketed acronym spells is one name, where the name stands', () => {
  it('`with the bloc’s General Data Protection Regulation (GDPR)` is no General and no later speaker', () => {
    const text = `Fine\n\n${enLead}Meta was fined 17 million euros, explained the Irish Data Protection Commission (DPC).\n\nIreland plays a key role in monitoring compliance with the bloc's General Data Protection Regulation (GDPR).\n\nAccording to this body, Meta's platforms failed to take appropriate technical measures in the case.`;
    expect(starting(quotes(text, 'en'), "Meta's platforms failed")?.speaker).toBe('DPC');
  });
});

describe('`the club` refers back like `the company`', () => {
  it('`Chelsea FC announced … The club said …` is Chelsea FC', () => {
    const text = `Transfer\n\n${enLead}Chelsea FC announced on Friday that it had signed a new striker. The club said the deal would run until 2028.`;
    expect(starting(quotes(text, 'en'), 'the deal would run')?.speaker).toBe('Chelsea FC');
  });
});

describe('English: adjectives in -based, holidays and stock tickers are no speakers', () => {
  it('`The London-based budget airline’s CEO said` is the CEO, no `London-based`', () => {
    const text = `Jobs\n\n${enLead}EasyJet said Thursday that it will cut up to one-third of its staff. The London-based budget airline's CEO said he had no choice but to cut the jobs.`;
    expect(starting(quotes(text, 'en'), 'he had no choice')?.speaker).not.toBe('London-based');
  });

  it('`The Houston, Texas-based company said` is the company named before, not Houston', () => {
    const text = `Stores\n\n${enLead}Stage Stores filed for bankruptcy on Sunday. The Houston, Texas-based company said it expects to reopen about 557 stores on May 15.`;
    expect(starting(quotes(text, 'en'), 'it expects to reopen')?.speaker).not.toBe('Houston');
  });

  it('`… after a poor Christmas, said …. The retailer said …` is Debenhams, never Christmas', () => {
    const text = `Jobs\n\nLONDON, Feb 8 (Reuters) - Department store Debenhams said on Thursday it plans to cut 320 in-store management roles.\n\nDebenhams, which warned on profit in January after a poor Christmas, said the job losses formed part of a programme to reduce costs.\n\nThe retailer said it aimed to redeploy staff where possible.`;
    expect(starting(quotes(text, 'en'), 'it aimed to redeploy')?.speaker).toBe('Debenhams');
  });

  it('`Nordstrom Inc (JWN.N)` and `(NYSE: JWN)` leave the ticker out: `The company said` is Nordstrom', () => {
    for (const ticker of ['(JWN.N)', '(NYSE: JWN)']) {
      const text = `Sales\n\n${enLead}Nordstrom Inc ${ticker} on Thursday cut its annual profit forecast. The company said net sales declined 3.5% for the holiday period.`;
      expect(starting(quotes(text, 'en'), 'net sales declined')?.speaker).toBe('Nordstrom Inc');
    }
  });
});

describe('English: a place and capitalised words joined by `and` name a state agency', () => {
  it('`…,” stated Nebraska Game and Parks in a press release` names Nebraska Game and Parks', () => {
    const text = `Eagles\n\n${enLead}“In less than a quarter century this species has gone from a nonexistent breeding species to one that is numerous,” stated Nebraska Game and Parks in a press release.`;
    expect(starting(quotes(text, 'en'), 'In less than a quarter century')?.speaker).toBe('Nebraska Game and Parks');
  });

  it('guard: a company form closing it stays the company finder’s (`Canada Mortgage and Housing Corp.`)', () => {
    const text = 'Housing starts\nHousing starts jumped 30 per cent to an annualized 248,138 units, Canada Mortgage and Housing Corp. (CMHC) said Tuesday.';
    expect(starting(quotes(text, 'en'), 'Housing starts jumped')?.speaker).toBe('Canada Mortgage and Housing Corp.');
  });
});

describe('English: a belief of a group opening a statement is part of it when the tail names the speaker', () => {
  it('`Police believe the suspect fled …, said Sgt. John Smith.` is John Smith’s, with the belief', () => {
    const text = `Shooting\n\n${enLead}Police believe the suspect fled the scene in a stolen car, said Sgt. John Smith.`;
    const q = starting(quotes(text, 'en'), 'Police believe the suspect');
    expect(q?.speaker).toBe('John Smith');
  });

  it('`Experts believe the 40-foot juvenile …, said Kate Harle, a spokeswoman …` is Kate Harle’s', () => {
    const text = `Whale\n\n${enLead}Experts believe the approximately 40-foot juvenile likely came ashore during high tide around midnight Sunday, said Kate Harle, a spokeswoman for the center.`;
    expect(starting(quotes(text, 'en'), 'Experts believe')?.speaker).toBe('Kate Harle');
  });

  it('guard: `John Smith said …, Mary Brown said.` stays John Smith’s statement', () => {
    const text = `Plan\n\n${enLead}John Smith said the plan would fail in the end, Mary Brown said.`;
    expect(starting(quotes(text, 'en'), 'the plan would fail')?.speaker).toBe('John Smith');
  });
});
