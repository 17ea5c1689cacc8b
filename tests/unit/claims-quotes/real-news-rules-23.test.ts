import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the twenty-third round of real-news attribution rules (2026-11-25, twenty-second
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const enLead = 'The council met on Monday.\n\n';

describe('ranks and titles written before an English name are no part of it', () => {
  it('`Police spokesperson Brig Jane Moyo said` names Jane Moyo', () => {
    const text = `Shooting\n\n${enLead}Police spokesperson Brig Jane Moyo said murder dockets were opened after the bodies were found.\n\nMoyo said two suspects would appear in court.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'murder dockets')?.speaker).toBe('Jane Moyo');
    expect(starting(qs, 'two suspects')?.speaker).toBe('Jane Moyo');
  });

  it('`State Advocate Xolani Bharto told the court that` names Xolani Bharto', () => {
    const text = `Trial\n\n${enLead}State Advocate Xolani Bharto told the court that the accused was charged with murder.`;
    expect(starting(quotes(text, 'en'), 'the accused was charged')?.speaker).toBe('Xolani Bharto');
  });

  it('guard: `Sgt Mark Francis said` names Mark Francis', () => {
    const text = `Crash\n\n${enLead}Sgt Mark Francis said the driver had been taken to hospital.`;
    expect(starting(quotes(text, 'en'), 'the driver had')?.speaker).toBe('Mark Francis');
  });
});

describe('an English judge\'s style (`Lord Justice X`, `Mrs Justice X`) is the judge\'s name', () => {
  it('keeps the style with the surname, and `the judge` and `she` are the same judge', () => {
    const text = `Appeal\n\n${enLead}Mrs Justice Cockerill said the bank had acted lawfully throughout the period.\n\nThe judge said the claim was brought far too late.\n\nShe said the costs would be assessed later.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the bank had acted')?.speaker).toBe('Mrs Justice Cockerill');
    expect(starting(qs, 'the claim was brought')?.speaker).toBe('Mrs Justice Cockerill');
    expect(starting(qs, 'the costs would')?.speaker).toBe('Mrs Justice Cockerill');
  });

  it('a later bare surname is the same judge', () => {
    const text = `Trial\n\n${enLead}Lord Justice Fulford said the police investigation was the most impressive he had seen.\n\nFulford said the evidence was overwhelming.`;
    expect(starting(quotes(text, 'en'), 'the evidence was overwhelming')?.speaker).toBe('Lord Justice Fulford');
  });

  it('guard: `Lord Coe said` keeps the peer\'s title', () => {
    expect(starting(quotes(`Games\n\n${enLead}Lord Coe said the championships had been a great success.`, 'en'), 'the championships')?.speaker).toBe('Lord Coe');
  });
});

describe('`told X` then a pronoun subject opens the content without `that`', () => {
  it('`She told the jury they could see from CCTV footage that …` starts at `they`', () => {
    const text = `Trial\n\n${enLead}Prosecutor Ann Kelly opened the case.\n\nShe told the jury they could see from CCTV footage that the accused armed himself with a knife.`;
    const q = starting(quotes(text, 'en'), 'they could see');
    expect(q?.speaker).toBe('Ann Kelly');
  });

  it('`told the BBC it was clear that …` starts at `it`', () => {
    const text = `Rules\n\n${enLead}Minister Ann Kelly told the BBC it was clear that the rules had changed.`;
    expect(starting(quotes(text, 'en'), 'it was clear')?.speaker).toBe('Ann Kelly');
  });

  it('guard: `told reporters that they would appeal` starts after `that`', () => {
    const text = `Appeal\n\n${enLead}Minister Ann Kelly told reporters that they would appeal the decision.`;
    expect(starting(quotes(text, 'en'), 'they would appeal')?.speaker).toBe('Ann Kelly');
  });
});

describe('a paragraph that opens a quotation it never closes is the speaker\'s words from its first sentence', () => {
  const chain = (middle: string) => `Match\n\nCoach Paul Warne believes his side rode their luck on Monday.\n\n“I thought we should have had two penalties,” he added.\n\n“But I don’t know if everyone agrees with me, so I don’t want to sound mad.\n\n${middle}\n\n“He stayed on his feet, which is great. I thought that was a pen.”`;

  it('`“The fourth official kindly said that the ref thought …` is no report of the official in the chain', () => {
    const qs = quotes(chain('“The fourth official kindly said that the ref thought that the player ran into his back.'), 'en');
    expect(qs.find((q) => q.speaker === 'official' || q.speaker === 'fourth official')).toBeUndefined();
    const q = starting(qs, 'But I don’t know');
    expect(q?.speaker).toBe('Paul Warne');
    expect(q?.quote).toContain('He stayed on his feet');
  });

  it('guard: the same chain without a verb of saying is one quotation of the coach', () => {
    const q = starting(quotes(chain('“The player ran into his back, and the referee saw nothing at all.'), 'en'), 'But I don’t know');
    expect(q?.speaker).toBe('Paul Warne');
    expect(q?.quote).toContain('He stayed on his feet');
  });

  it('guard: a closed quotation in the paragraph still has its own attribution', () => {
    const text = 'Match\n\nThe council met on Monday.\n\n“We rode our luck tonight,” coach Paul Warne said. “The fourth official said that the ref saw nothing.”';
    expect(starting(quotes(text, 'en'), 'We rode our luck')?.speaker).toBe('Paul Warne');
  });
});

const plLead = 'Zarząd związku zebrał się w poniedziałek w Warszawie.\n\n';

describe('Polish titles that point back to a named person', () => {
  it('`Szef spółki` is the head of the company named before, sentences later', () => {
    const text = `Pociągi\n\n${plLead}Prezes Kolei Mazowieckich Robert Stępień przypomina, że tak było zawsze. Dziś jest dobrze. Szef spółki podkreśla, że zamówienie na 71 pociągów będzie przełomem.`;
    expect(starting(quotes(text, 'pl'), 'zamówienie na 71')?.speaker).toBe('Robert Stępień');
  });

  it('guard: `szef resortu` is no company head', () => {
    const text = `Pociągi\n\n${plLead}Prezes Kolei Mazowieckich Robert Stępień przypomina, że tak było zawsze. Dziś jest dobrze. Szef resortu infrastruktury podkreśla, że zamówienie będzie przełomem.`;
    expect(starting(quotes(text, 'pl'), 'zamówienie będzie')?.speaker).not.toBe('Robert Stępień');
  });

  it('`Związkowiec` at a sentence start is the trade unionist named before, no surname', () => {
    const text = `Kolej\n\n${plLead}Przewodniczący związku Leszek Miętek powiedział, że zwolnienia są błędem.\n\nDziś jest dobrze.\n\nZwiązkowiec podkreśla, że wyszkolenie maszynisty trwa około dwóch i pół roku.`;
    expect(starting(quotes(text, 'pl'), 'wyszkolenie maszynisty')?.speaker).toBe('Leszek Miętek');
  });
});

describe('Polish street interviews: each new passer-by is a new speaker, named as the article tells them apart', () => {
  const vox = `Emerytury\n\n${plLead}W piątek rozpoczęła się wypłata. Jarosław Kaczyński zapowiedział, że w tym roku będzie ona wynosiła 2200 zł netto.\n\n- Jest nareszcie rząd, który dba o ludzi. Czekałem na to tyle lat - pyta kolejny mężczyzna. - Dzięki Bogu, że dali, to będę miała na węgiel - dodaje kobieta, która popiera rząd. - Na wnuczki i leki - odpowiada nasz następny rozmówca. - Jestem wkurzona, bo nie dostanę ani grosza - podsumowuje inna kobieta.`;

  it('`kobieta` after a present-tense verb is never the man quoted before', () => {
    expect(starting(quotes(vox, 'pl'), 'Dzięki Bogu')?.speaker).toBe('kobieta');
  });

  it('`kolejny mężczyzna`, `inna kobieta`, `nasz następny rozmówca` keep the words that make them new', () => {
    const qs = quotes(vox, 'pl');
    expect(starting(qs, 'Jest nareszcie rząd')?.speaker).toBe('kolejny mężczyzna');
    expect(starting(qs, 'Jestem wkurzona')?.speaker).toBe('inna kobieta');
  });

  it('`nasz następny rozmówca` is not the one person the article names', () => {
    expect(starting(quotes(vox, 'pl'), 'Na wnuczki')?.speaker).toBe('nasz następny rozmówca');
  });

  it('guard: `starszy mężczyzna` keeps its adjective', () => {
    const text = `Emerytury\n\n${plLead}- Jest źle i będzie jeszcze gorzej - mówi starszy mężczyzna.`;
    expect(starting(quotes(text, 'pl'), 'Jest źle')?.speaker).toBe('starszy mężczyzna');
  });
});

describe('Polish surnames and subject-less dash tails', () => {
  it('`z Ireneuszem Fąfarą` … `Zdaniem Ireneusza Fąfary` is Ireneusz Fąfara', () => {
    const text = `Orlen\n\n${plLead}Proces był tematem rozmowy z Ireneuszem Fąfarą. Prezes opowiedział o błędach.\n\nZdaniem Ireneusza Fąfary, proces łączenia spółek można uznać za zamknięty.`;
    expect(starting(quotes(text, 'pl'), 'proces łączenia')?.speaker).toBe('Ireneusz Fąfara');
  });

  it('`– przyznał i jako przykład podał projekt Olefiny III` is the person spoken to before, not the project', () => {
    const text = `Orlen\n\n${plLead}Proces był tematem rozmowy z Ireneuszem Fąfarą.\n\n– Największym błędem była dezynwoltura – przyznał i jako przykład podał projekt Olefiny III, którego koszty wzrosły.`;
    expect(starting(quotes(text, 'pl'), 'Największym błędem')?.speaker).toBe('Ireneusz Fąfara');
  });

  it('guard: `– powiedział minister Jan Nowak` still names the minister after the verb', () => {
    const text = `Orlen\n\n${plLead}– Największym błędem była dezynwoltura – powiedział minister Jan Nowak.`;
    expect(starting(quotes(text, 'pl'), 'Największym błędem')?.speaker).toBe('Jan Nowak');
  });
});

describe('clergy titles and religious adjectives', () => {
  const church = `Law\n\nThe plan would fail to make children any safer at all, Brisbane's Catholic archbishop says.\n\nMark Coleridge is opposing a state government plan.\n\nIn his submission to the committee, the archbishop claims it would be unworkable in practice.\n\nThe Queensland government's proposed law is in line with a recommendation from a royal commission.\n\nHowever, the archbishop says a confession is between the penitent and God.\n\n"The legislation would make the priest an agent of the state," he added.`;

  it('`Brisbane\'s Catholic archbishop says` closes a reported statement in the lead; the archbishop is named next', () => {
    const qs = quotes(church, 'en');
    expect(starting(qs, 'The plan would fail')?.speaker).toBe('Mark Coleridge');
    expect(starting(qs, 'a confession is')?.speaker).toBe('Mark Coleridge');
    expect(starting(qs, 'The legislation would')?.speaker).toBe('Mark Coleridge');
  });

  it('`the government\'s proposed law is …` reports no proposal', () => {
    expect(starting(quotes(church, 'en'), 'law is in line')).toBeUndefined();
  });

  it('`The government proposed new rules` reports no proposal as a quotation', () => {
    // (Changed in round 26: English appeals and noun-phrase reports are no claims — an appeal or an announced noun asserts no proposition, and none of the eleven such claims over final65–69 was annotated, by either annotator where final66 was annotated twice.)
    const text = `Rules\n\n${enLead}The government proposed new rules for the whole sector on Monday.`;
    expect(starting(quotes(text, 'en'), 'new rules')).toBeUndefined();
  });

  it('`Archbishop Justin said` goes by title and given name, and `the archbishop` is him', () => {
    const text = `Synod\n\n${enLead}Archbishop Justin said the church would listen to the victims from now on.\n\nThe archbishop said that the hurt had been immense for many years.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the church would')?.speaker).toBe('Archbishop Justin');
    expect(starting(qs, 'the hurt had')?.speaker).toBe('Archbishop Justin');
  });

  it('guard: `Bishop Martin Warner said` is Martin Warner', () => {
    const text = `Synod\n\n${enLead}Bishop Martin Warner said that the report was painful to read.`;
    expect(starting(quotes(text, 'en'), 'the report was')?.speaker).toBe('Martin Warner');
  });
});

describe('Polish adverbials, titles of events and complements before the verb', () => {
  it('`W niedzielę podczas 43. Ogólnopolskiej Pielgrzymki Ludzi Pracy na Jasną Górę ocenił, że …` is the person named before', () => {
    const text = `Płaca\n\n${plLead}Przewodniczący związku Piotr Duda skrytykował rozporządzenie w sprawie płacy minimalnej. W niedzielę podczas 43. Ogólnopolskiej Pielgrzymki Ludzi Pracy na Jasną Górę ocenił, że to wstyd dla rządu.`;
    expect(starting(quotes(text, 'pl'), 'to wstyd')?.speaker).toBe('Piotr Duda');
  });

  it('`Zdaniem gospodarza gminy dodatkowymi zaletami inwestycji są …`: the title ends before the plural instrumental', () => {
    const text = `Farma\n\n${plLead}Minister Marlena Maląg powiedziała, że to ważna inwestycja dla regionu.\n\nZdaniem gospodarza gminy dodatkowymi zaletami inwestycji są ochrona środowiska i bezpieczeństwo energetyczne.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'to ważna')?.speaker).toBe('Marlena Maląg');
    expect(starting(qs, 'dodatkowymi zaletami')?.speaker).toBe('gospodarz gminy');
  });

  it('`minister Marleny Maląg` is Marlena Maląg', () => {
    const text = `Emerytury\n\n${plLead}Z zapowiedzi minister Marleny Maląg wynika, że rząd dosypie emerytom pieniędzy.`;
    expect(starting(quotes(text, 'pl'), 'rząd dosypie')?.speaker).toBe('Marlena Maląg');
  });

  it('`"Super Express" twierdzi — powołując się na rządowe plany — że …` is the paper\'s report, not a quotation', () => {
    const text = `Emerytury\n\n${plLead}Rząd obiecał podwyżki.\n\n"Super Express" twierdzi — powołując się na rządowe plany — że emerytury mogą wzrosnąć nawet o ponad 8 proc.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'emerytury mogą')?.speaker).toBe('Super Express');
    expect(starting(qs, 'Super Express')).toBeUndefined();
  });
});

describe('English tails and names from religion and housing news', () => {
  it('`…, University of Quebec Hospital Centre spokeswoman Genevieve Dupuis said Monday.` takes the institution\'s whole name', () => {
    const text = `Shooting\n\n${enLead}In addition to the six who died, five were in critical condition and 12 others suffered minor injuries, University of Quebec Hospital Centre spokeswoman Genevieve Dupuis said Monday.`;
    expect(starting(quotes(text, 'en'), 'In addition to the six')?.speaker).toBe('Genevieve Dupuis');
  });

  it('`Trump called Trudeau to express condolences …, Trudeau\'s office said.`: calling someone is phoning them', () => {
    const text = `Shooting\n\n${enLead}Trump called Trudeau to express condolences to the Canadian people, Trudeau's office said.`;
    expect(starting(quotes(text, 'en'), 'Trump called Trudeau')?.speaker).toBe("Trudeau's office");
  });

  it('`Sarita-Marie Rehman Wall` is one person with a double given name', () => {
    const text = `Housing\n\n${enLead}Sarita-Marie Rehman Wall, NFA chair and tenant board member, said: 'Our national housing shortage is hitting everyone.'`;
    expect(starting(quotes(text, 'en'), 'Our national housing')?.speaker).toBe('Sarita-Marie Rehman Wall');
  });
});

describe('a lone Polish word in -ów is a town, no person', () => {
  it('`wymienia się także Bełchatów` … `premier wskazał, że …` leaves the premier unnamed', () => {
    const text = `Atom\n\n${plLead}Wśród preferowanych lokalizacji wymienia się także Bełchatów.\n\nChoć w październiku premier wskazał, że to miasto jest liderem wyścigu, wojewoda była innego zdania.`;
    expect(starting(quotes(text, 'pl'), 'to miasto jest')?.speaker).toBe('premier');
  });

  it('guard: `TVP3 Gorzów` stays the outlet\'s name', () => {
    const text = `Sąd\n\n${plLead}Jak informuje TVP3 Gorzów, kobieta usłyszała wyrok we wtorek.`;
    expect(starting(quotes(text, 'pl'), 'kobieta usłyszała')?.speaker).toBe('TVP3 Gorzów');
  });
});
