import { describe, expect, it } from 'vitest';
import { findMentions, tokenize } from '../../../shared/claims/mentions';
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

describe('Polish companies and their short names', () => {
  it('`Santander zapewnił, że …` after `Santander Bank Polska`: the national arm\'s country closes the full name', () => {
    const text = `Kradzieże\n\n${plLead}Santander Bank Polska opublikował oświadczenie. Santander zapewnił, że wszystkie karty zostały już zablokowane.`;
    expect(starting(quotes(text, 'pl'), 'wszystkie karty')?.speaker).toBe('Santander Bank Polska');
  });

  it('`Bank złoży zawiadomienie do prokuratury` (a heading): a future verb after the bare institution noun is no part of its name', () => {
    const text = `Kradzieże\n\n${plLead}Mostowy Bank Spółdzielczy opublikował oświadczenie.\n\nBank złoży zawiadomienie do prokuratury\n\nBank poinformował, że sprawa została zgłoszona policji.`;
    expect(starting(quotes(text, 'pl'), 'sprawa została')?.speaker).toBe('Mostowy Bank Spółdzielczy');
  });

  it('`Według banku przestępcy dokonali wypłat …`: a noun right before a plural past verb is its subject, not the source\'s complement', () => {
    const text = `Kradzieże\n\n${plLead}Mostowy Bank Spółdzielczy opublikował oświadczenie. Według banku przestępcy dokonali nieautoryzowanych wypłat z bankomatów.`;
    const q = starting(quotes(text, 'pl'), 'przestępcy dokonali');
    expect(q?.speaker).toBe('Mostowy Bank Spółdzielczy');
  });

  it('`Według rzecznika policji sprawcy zostali …`: so after a title\'s complement; the institution in the genitive stays in the title', () => {
    const text = `Kradzieże\n\n${plLead}Według rzecznika policji sprawcy zostali już zatrzymani.`;
    expect(starting(quotes(text, 'pl'), 'sprawcy zostali')?.speaker).toBe('rzecznik policji');
  });

  it('`w komunikacie przesłanym Polskiej Agencji Prasowej`: the agency a statement was sent to is no subject a later `instytucja` names', () => {
    const text = `Kradzieże\n\n${plLead}„Zwróciliśmy środki wszystkim klientom” – poinformował Mostowy Bank Spółdzielczy w komunikacie przesłanym Polskiej Agencji Prasowej.\n\nZ informacji przekazanych przez instytucję wynika, że problem dotyczył kilkuset klientów.`;
    expect(starting(quotes(text, 'pl'), 'problem dotyczył')?.speaker).toBe('Mostowy Bank Spółdzielczy');
  });
});

describe('Polish findings of an outlet', () => {
  it('`Jak nieoficjalnie ustaliła PAP, …`: an adverb of how it was learnt between `Jak` and the verb', () => {
    const text = `Okup\n\n${plLead}Jak nieoficjalnie ustaliła PAP, szantażyści zażądali od firmy kilkuset tysięcy dolarów.`;
    expect(starting(quotes(text, 'pl'), 'szantażyści zażądali')?.speaker).toBe('PAP');
  });

  it('`– … – nieoficjalnie ustaliła PAP.`: a finding verb closes a line with the outlet named right after it', () => {
    const text = `Okup\n\n${plLead}Szantażyści zażądali od firmy kilkuset tysięcy dolarów - nieoficjalnie ustaliła PAP.`;
    expect(starting(quotes(text, 'pl'), 'Szantażyści zażądali')?.speaker).toBe('PAP');
  });

  it('guard: `… - ustalili wspólnie.`: a finding verb with no institution after it closes no line', () => {
    const text = `Okup\n\n${plLead}Strony spotkają się w przyszłym tygodniu - ustalili wspólnie.`;
    expect(starting(quotes(text, 'pl'), 'Strony spotkają')).toBeUndefined();
  });
});

describe('Polish documents and relative clauses', () => {
  const lead = `Kary\n\n${plLead}Urząd Ochrony Konkurencji i Konsumentów nałożył karę na bank. `;

  it('`Urząd uznał, że sposób, w jaki bank informował o zmianie …, był niedozwolony`: a verb in a `jaki` clause starts no statement', () => {
    const q = starting(quotes(`${lead}Urząd uznał, że sposób, w jaki bank informował o zmianie zasad oprocentowania, był niedozwolony.`, 'pl'), 'sposób, w jaki');
    expect(q?.quote).toBe('sposób, w jaki bank informował o zmianie zasad oprocentowania, był niedozwolony');
  });

  it('`Jak czytamy w komunikacie urzędu, …`: the document\'s owner in the genitive speaks', () => {
    expect(starting(quotes(`${lead}Jak czytamy w komunikacie urzędu, należy traktować je tak, jakby nie było ich w umowach.`, 'pl'), 'należy traktować')?.speaker).toBe('Urząd Ochrony Konkurencji i Konsumentów');
  });

  it('`Jak możemy przeczytać w komunikacie urzędu, …`: the reader\'s verb with a modal', () => {
    expect(starting(quotes(`${lead}Jak możemy przeczytać w komunikacie urzędu, należy traktować je tak, jakby nie było ich w umowach.`, 'pl'), 'należy traktować')?.speaker).toBe('Urząd Ochrony Konkurencji i Konsumentów');
  });

  it('`Jak czytamy w komunikacie, …`: a document with no owner named is the institution\'s just named', () => {
    expect(starting(quotes(`${lead}Jak czytamy w komunikacie, należy traktować je tak, jakby nie było ich w umowach.`, 'pl'), 'należy traktować')?.speaker).toBe('Urząd Ochrony Konkurencji i Konsumentów');
  });
});

describe('Polish institutions inside a group', () => {
  it('`wielu klientów Santander Bank Polska … Jak poinformował bank, …`: the institution closing a group\'s mention is named for a later `bank`', () => {
    const text = `Awaria w dużym polskim banku\n\nDnia 11.09.2023 wielu klientów Mostowego Banku Spółdzielczego miało kłopoty z kontami. Jak poinformował bank, doszło do awarii, której przyczyny są badane.`;
    expect(starting(quotes(text, 'pl'), 'doszło do awarii')?.speaker).toBe('Mostowy Bank Spółdzielczy');
  });
});

describe('Polish police statements', () => {
  const lead = `Kradzieże\n\n${plLead}Policja z województwa kujawsko-pomorskiego wydała pilny komunikat. `;

  it('`Policja apeluje do osób, które mogły zostać poszkodowane, by …`: an appeal\'s addressee may carry a relative clause', () => {
    const q = starting(quotes(`${lead}Policja apeluje do osób, które mogły zostać poszkodowane, by niezwłocznie złożyły zawiadomienie.`, 'pl'), 'niezwłocznie złożyły');
    expect(q?.speaker).toBe('Policja');
  });

  it('`Z informacji przekazanych przez służby wynika, że …`: the bare `służby` are the uniformed service named last', () => {
    const q = starting(quotes(`${lead}Z informacji przekazanych przez służby wynika, że większość zgłoszeń pochodzi z Bydgoszczy.`, 'pl'), 'większość zgłoszeń');
    expect(q?.speaker).toBe('Policja');
  });
});

describe('block quotations whose marks the page dropped', () => {
  it('`Policjanci jednak przypominają:` ¶ a plain paragraph: the paragraph is their direct quotation', () => {
    const text = `Oszustwa\n\n${plLead}Policjanci jednak przypominają:\n\nZanim przelejesz jakiekolwiek środki, skontaktuj się ze znajomym. Najlepiej spotkaj się z nim osobiście.\n\nNa komendę zgłosiły się trzy osoby.`;
    const q = starting(quotes(text, 'pl'), 'Zanim przelejesz');
    expect(q?.speaker).toBe('Policjanci');
    expect(q?.quote).toBe('Zanim przelejesz jakiekolwiek środki, skontaktuj się ze znajomym. Najlepiej spotkaj się z nim osobiście');
  });

  it('`The council said:` ¶ a plain paragraph (English)', () => {
    const text = `Roadworks\n\nThe vote is on Wednesday.\n\nHarbourside Council said:\n\nWe understand the frustration of residents and will reopen the road as soon as possible.\n\nWork started in May.`;
    expect(starting(quotes(text, 'en'), 'We understand the frustration')?.speaker).toBe('Harbourside Council');
  });

  it('guard: `Pierwszy, o 10:09 informował o trudnościach:` ¶ narrative: with no speaker named no block quotation', () => {
    const text = `Awaria\n\n${plLead}Pierwszy, o 10:09 informował jedynie o przejściowych trudnościach:\n\nJednak o 11:25 firma odsłoniła karty. To był zewnętrzny atak.`;
    expect(starting(quotes(text, 'pl'), 'Jednak o 11:25')).toBeUndefined();
  });
});

describe('Polish participles of belief', () => {
  it('`straciła 1000 zł, wierząc, że przekazuje pieniądze partnerowi`: a reason, no statement', () => {
    const text = `Oszustwa\n\n${plLead}Kolejna mieszkanka miasta straciła 1000 zł, wierząc, że przekazuje pieniądze swojemu partnerowi.`;
    expect(starting(quotes(text, 'pl'), 'przekazuje pieniądze')).toBeUndefined();
  });

  it('guard: `– … – mówił, dodając, że …`: a participle of saying still reports', () => {
    const text = `Oszustwa\n\n${plLead}Komendant Jan Nowak ostrzegał przed oszustami, dodając, że w tym roku zgłoszeń było dwa razy więcej.`;
    expect(starting(quotes(text, 'pl'), 'w tym roku zgłoszeń')?.speaker).toBe('Jan Nowak');
  });
});

const enLead = 'The hearing lasted four days.\n\n';

describe('English nouns shaped like verbs of saying', () => {
  it('`There were no real fears that …, a coroner has concluded.`: a plural noun after a determiner and an adjective is no verb', () => {
    const text = `Inquest\n\n${enLead}There were no real fears that a teenager was in imminent danger, a coroner has concluded.`;
    expect(starting(quotes(text, 'en'), 'There were no real fears')?.speaker).toBe('a coroner');
  });

  it('guard: `The council says …`: a noun before the verb is its subject', () => {
    const text = `Inquest\n\n${enLead}The council says the road will reopen in May.`;
    expect(starting(quotes(text, 'en'), 'the road will reopen')?.speaker).toBe('council');
  });
});

describe('English addressees with a relative clause', () => {
  it('`told the hearing, which was not attended by any relatives, that …`: the `that` after the relative clause opens the content', () => {
    const text = `Inquest\n\n${enLead}Coroner Alan Wilson told the hearing, which was not attended by any relatives, that he was formally opening the inquest.`;
    expect(starting(quotes(text, 'en'), 'he was formally opening')?.speaker).toBe('Alan Wilson');
  });

  it('guard: `criticised the plan, which was not costed, and left …`: no `that` after the relative clause, no content', () => {
    const text = `Inquest\n\n${enLead}Councillor Ann Lee criticised the plan, which was not costed, and left the meeting.`;
    expect(starting(quotes(text, 'en'), 'and left the meeting')).toBeUndefined();
  });
});

describe('English findings and conclusions', () => {
  it('`…, a report into security failings has found.`: a document with what it is about, and an auxiliary, closes a finding', () => {
    const text = `Inquiry\n\n${enLead}Lives may have been saved had concerns been taken seriously, a report into security failings has found.`;
    expect(starting(quotes(text, 'en'), 'Lives may have been saved')?.speaker).toBe('a report into security failings');
  });

  it('`Sir John Saunders concluded it was likely …`: a conclusion takes a bare clause with its own subject and verb', () => {
    const text = `Inquiry\n\n${enLead}The chairman Sir John Saunders concluded it was likely the bomber would still have detonated his device.`;
    expect(starting(quotes(text, 'en'), 'it was likely')?.speaker).toBe('John Saunders');
  });

  it('guard: `The coroner concluded the hearing on Friday.`: an object, no content', () => {
    const text = `Inquiry\n\n${enLead}The coroner concluded the hearing on Friday afternoon.`;
    expect(starting(quotes(text, 'en'), 'the hearing on Friday')).toBeUndefined();
  });

  it('guard: `as the recently concluded UN climate summit demanded`: a participle after an adverb of time is an adjective', () => {
    const text = `Climate\n\n${enLead}Several ministers said on Sunday the target was fixed, without saying whether targets would be updated as the recently concluded UN climate summit in Glasgow demanded.`;
    expect(starting(quotes(text, 'en'), 'UN climate summit')).toBeUndefined();
  });
});

describe('English content clauses', () => {
  it('`told the inquest her son was not asthmatic and that he only needed …`: a first clause without `that` opens the content', () => {
    const text = `Inquest\n\n${enLead}Mrs Marr told the inquest her son was not a diagnosed asthmatic and that he only needed ventolin when he had a cold.`;
    expect(starting(quotes(text, 'en'), 'her son was not')?.quote).toBe('her son was not a diagnosed asthmatic and that he only needed ventolin when he had a cold');
  });

  it('`…, telling a royal commission he presented it …`: whom the participle tells is no part of the content', () => {
    const text = `Robodebt\n\n${enLead}Stuart Robert has defended his record, telling a royal commission he presented the advice to the prime minister within two hours.`;
    expect(starting(quotes(text, 'en'), 'he presented the advice')?.speaker).toBe('Stuart Robert');
  });

  it('`asked if that included …`: a question, no statement', () => {
    const text = `Robodebt\n\n${enLead}Commissioner Catherine Holmes asked if that included misrepresenting policies to the public.`;
    expect(starting(quotes(text, 'en'), 'included misrepresenting')).toBeUndefined();
  });

  it('`Barristers representing the garda commissioner said …`: whom the participle serves is no speaker', () => {
    const text = `Tribunal\n\n${enLead}Barristers representing the garda commissioner said they were challenging the integrity of the sergeant.`;
    expect(starting(quotes(text, 'en'), 'they were challenging')?.speaker).toBe('Barristers representing the garda commissioner');
  });

  it('`…, writes Gerard Cunningham.`: the reporter\'s byline closing the sentence is no part of the content', () => {
    const text = `Tribunal\n\n${enLead}A solicitor has told the tribunal that she had seen trouble brewing at the inquiry, writes Gerard Cunningham.`;
    expect(starting(quotes(text, 'en'), 'she had seen trouble')?.quote).toBe('she had seen trouble brewing at the inquiry');
  });
});

describe('English staff of someone', () => {
  it('`Mr Pakula\'s departmental staff said …`: staff are people who speak', () => {
    const text = `Quarantine\n\n${enLead}Mr Pakula's departmental staff said they did not want rogue guards in hotels.`;
    expect(starting(quotes(text, 'en'), 'they did not want')?.speaker).toBe("Pakula's departmental staff");
  });

  it('`Mr Pakula\'s staff, who …, were wary, saying …`: a possessive opening the sentence owns the people of the participle', () => {
    const text = `Quarantine\n\n${enLead}Jobs Minister Martin Pakula spoke on Wednesday. Mr Pakula's staff, who were given the task, were wary, saying they did not want rogue guards in hotels.`;
    expect(starting(quotes(text, 'en'), 'they did not want')?.speaker).toBe("Mr Pakula's staff");
  });
});

describe('English courts', () => {
  const courtLead = 'The case was heard on Tuesday.\n\n';

  it('`Magistrate Blanch replied …` after `Magistrate James Blanch`: `magistrate` is a title', () => {
    const text = `Court\n\n${courtLead}"Only filthy animals do that," Magistrate James Blanch said. When asked for leniency, Magistrate Blanch replied "not a chance".`;
    expect(starting(quotes(text, 'en'), 'not a chance')?.speaker).toBe('James Blanch');
  });

  it('`Dt Twomey said …` after `Detective Jerome Twomey`: `Dt` abbreviates `detective`', () => {
    const text = `Court\n\n${courtLead}Detective Jerome Twomey gave evidence. There were messages which Dt Twomey said was a reference to the drugs.`;
    expect(starting(quotes(text, 'en'), 'was a reference')?.speaker).toBe('Jerome Twomey');
  });

  it('`told Edward Doocey BL, prosecuting, that …`: counsel\'s part set off by commas is no clause', () => {
    const text = `Court\n\n${courtLead}Detective Jerome Twomey told Edward Doocey BL, prosecuting, that a person known as Suspect B arrived at the premises.`;
    expect(starting(quotes(text, 'en'), 'a person known as')?.speaker).toBe('Jerome Twomey');
  });

  it('guard: `Mr Hamilton said that detectives believe …`: a belief at the start of the content is part of what was said', () => {
    const text = `Court\n\n${courtLead}Mr Hamilton said that detectives believe the evidence to convict the killer exists.`;
    expect(starting(quotes(text, 'en'), 'detectives believe')?.speaker).toBe('Hamilton');
  });

  it('`O\'Leary said that while the company thought … that …, that is no longer the case`', () => {
    const text = `Court\n\n${courtLead}Michael O'Leary said that while the company thought at the start of the summer that prices could drop, that is no longer the case.`;
    expect(starting(quotes(text, 'en'), 'while the company thought')?.quote).toBe('while the company thought at the start of the summer that prices could drop, that is no longer the case');
  });
});

describe('English club names before a titled name', () => {
  it('`"…," said Rovers head coach Bradley`: a lone capitalised word right before a titled name is the title\'s club', () => {
    const text = `Football\n\nStephen Bradley was delighted on Wednesday.\n\nSligo Rovers lost to Derry. "It has to be right up there," said Rovers head coach Bradley.`;
    expect(starting(quotes(text, 'en'), 'It has to be right up there')?.speaker).toBe('Stephen Bradley');
  });
});

describe('English titles after a list of clubs', () => {
  it('`The 49-year-old former Genk, Club Brugge and Monaco boss denied …`: the title right before the verb is the subject', () => {
    const text = `Football\n\nRangers boss Philippe Clement is taking nothing from past games.\n\nThe 49-year-old former Genk, Club Brugge and Monaco boss denied there would be extra motivation for the side.`;
    expect(starting(quotes(text, 'en'), 'there would be extra motivation')?.speaker).toBe('Philippe Clement');
  });
});

describe('English plain person nouns', () => {
  it('`The victim … said: "…"` after a force spokesman spoke: a victim is never the official who spoke', () => {
    const text = `Court\n\nThe case was heard on Tuesday.\n\nA force spokesman said Jackson had been jailed for seven years. The victim, whose injuries have not yet healed, said: "I have been having flashbacks."`;
    expect(starting(quotes(text, 'en'), 'I have been having flashbacks')?.speaker).toBe('victim');
  });
});

describe('English places and clauses that look like names', () => {
  it('`driving along Albert Street`: a street after a preposition is no person who could speak', () => {
    const text = `Court\n\nThe case was heard on Tuesday.\n\nThe man and his partner were driving along Albert Street in Sebastopol. He then sent her texts calling her a "filthy dog".`;
    expect(starting(quotes(text, 'en'), 'filthy dog')?.speaker ?? null).not.toBe('Albert Street');
  });

  it('guard: `Nathan Lane said …`: a surname that is a street word is still a name', () => {
    const text = `Theatre\n\nThe show opened on Tuesday.\n\nNathan Lane said the production was the best he had seen.`;
    expect(starting(quotes(text, 'en'), 'the production was')?.speaker).toBe('Nathan Lane');
  });

  it('`after he fronted court for hitting …`: a pronoun and a verb are no premodifiers of `court`', () => {
    const text = 'A magistrate has condemned a man after he fronted court for hitting his partner.';
    const orgs = findMentions(tokenize(text), 'en').filter((m) => m.kind === 'org').map((m) => text.slice(m.start, m.end));
    expect(orgs).toEqual(['court']);
  });
});

describe('Polish football clubs', () => {
  const lead = `Ekstraklasa\n\n${plLead}`;

  it('`Lech Poznań`, `Arką Gdynia`: a word before a club\'s city names the club, no person', () => {
    const ms = findMentions(tokenize('Lech Poznań znów przegrał z Arką Gdynia 1-3.'), 'pl');
    expect(ms.map((m) => m.kind)).toEqual(['org', 'org']);
  });

  it('`po przegranej z Arką trener przyznał, że …`: a name in the instrumental after a preposition takes no title after it', () => {
    const text = `${lead}Kibice domagają się rozstania z Nielsem Frederiksenem. Zapytany o zwolnienie po przegranej z Arką trener przyznał, że się tego nie obawia.`;
    expect(starting(quotes(text, 'pl'), 'się tego nie obawia')?.speaker).toBe('Niels Frederiksen');
  });

  it('`To kolejny mecz, który potwierdza, że …`: a relative clause of a thing reports nothing', () => {
    const text = `${lead}Lech Poznań przegrał. To kolejny mecz, który potwierdza, że problem jest poważny.`;
    expect(starting(quotes(text, 'pl'), 'problem jest poważny')).toBeUndefined();
  });

  it('`Lech Poznań przegrał. Zapytaliśmy rzecznika, który potwierdził, że …`: a person\'s relative clause reports, and the club is no one a title names', () => {
    const text = `${lead}Lech Poznań przegrał. Zapytaliśmy rzecznika, który potwierdził, że problem jest poważny.`;
    expect(starting(quotes(text, 'pl'), 'problem jest poważny')?.speaker).toBe('rzecznik');
  });
});

describe('Polish speakers introduced before a dash paragraph', () => {
  it('`Do grona krytykujących dołączył Marek Rzepka. ¶ – Szczerze? …`: a full name closing the sentence before, after its verb, speaks next', () => {
    const text = `Lech\n\n${plLead}- Lech gra bez trenera - oceniał Zbigniew Boniek.\n\nDo grona krytykujących trenera dołączył Marek Rzepka.\n\n- Szczerze? Mam nadzieję, że nie. Straciłem już do niego zaufanie.`;
    expect(starting(quotes(text, 'pl'), 'Mam nadzieję')?.speaker).toBe('Marek Rzepka');
  });

  it('`… dołączył Marek Rzepka. Były kapitan drużyny nie gryzł się w język … ¶ – …`: past a title no one else holds, the newcomer speaks', () => {
    const text = `Lech\n\n${plLead}- Lech gra bez trenera - oceniał Zbigniew Boniek.\n\nDo grona krytykujących trenera dołączył Marek Rzepka. Były kapitan drużyny nie gryzł się w język, zapytany o to, czy trener utrzyma posadę.\n\n- Szczerze? Mam nadzieję, że nie. Straciłem już do niego zaufanie.`;
    expect(starting(quotes(text, 'pl'), 'Mam nadzieję')?.speaker).toBe('Marek Rzepka');
  });

  it('guard: `… mówił o tym z Markiem Rzepką. ¶ – …`: a name after a preposition introduces no one', () => {
    const text = `Lech\n\n${plLead}- Lech gra bez trenera - oceniał Zbigniew Boniek.\n\nRozmawiał o tym z Markiem Rzepką.\n\n- Szczerze? Mam nadzieję, że nie. Straciłem już do niego zaufanie.`;
    expect(starting(quotes(text, 'pl'), 'Mam nadzieję')?.speaker).toBe('Zbigniew Boniek');
  });
});

describe('English parties to a case', () => {
  it('`The injured party stated that …`: a party to a case is a person, no political party the police name', () => {
    const text = `Court\n\nThe case was heard on Tuesday.\n\nPolice were called to the house. The injured party stated that she had been engaged in a verbal argument with her husband.`;
    expect(starting(quotes(text, 'en'), 'she had been engaged')?.speaker).toBe('injured party');
  });
});

describe('English competitions', () => {
  it('`ahead of their Challenge Cup showdown`, `the sport\'s iconic Cup competition`: a competition is no one who speaks', () => {
    const text = `Rugby league\n\nThe match is on Saturday.\n\nWigan head coach Matt Peet admits he made mistakes ahead of their Challenge Cup showdown. And speaking ahead of the rematch in the sport's iconic Cup competition, the head coach revealed he made some big mistakes himself.`;
    expect(starting(quotes(text, 'en'), 'he made some big mistakes')?.speaker).toBe('Matt Peet');
  });

  it('`Premier League Finals win`: no prime minister', () => {
    const ms = findMentions(tokenize('Luke Littler: Premier League Finals win was the best night of my life.'), 'en');
    expect(ms.map((m) => m.kind)).toEqual(['person']);
  });
});

describe('English verbs of beginning to speak', () => {
  it('`“I apologise to our fans …,” McRae began.`: beginning right after the quotation and a name is a verb of saying', () => {
    const text = `AFL\n\nThe match was on Thursday.\n\nCollingwood coach Craig McRae was angry on a night when veteran Steele Sidebottom played his 350th game.\n\n“I apologise to our fans. That’s a disappointing performance,” McRae began.`;
    expect(starting(quotes(text, 'en'), 'I apologise')?.speaker).toBe('Craig McRae');
  });

  it('guard: `The season began.`: no quotation before it, no saying', () => {
    const text = `AFL\n\nThe match was on Thursday.\n\nCraig McRae was angry. The AFL season began.`;
    expect(quotes(text, 'en').length).toBe(0);
  });
});

describe('Polish `nasza` and feminine given names', () => {
  it('`Nasza panczenistka przyznała, że …`: `our` and a noun of a person leave the speaker to the context; `Kaja` is a woman\'s name', () => {
    const text = `Łyżwy\n\n${plLead}Polscy łyżwiarze Kaja Ziomek-Nogal oraz Damian Żurek byli gośćmi studia. Nasza panczenistka przyznała, że będzie chciała dalej rywalizować. - Miałam najlepszy sezon w życiu - powiedziała.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'będzie chciała')?.speaker).toBe('Kaja Ziomek-Nogal');
    expect(starting(qs, 'Miałam najlepszy')?.speaker).toBe('Kaja Ziomek-Nogal');
  });
});

describe('Polish clubs of hyphenated cities', () => {
  it('`Tytułu broni Rekord Bielsko-Biała.`: the club is no one who speaks next', () => {
    const text = `Futsal\n\n${plLead}"Play off byłby lepszym rozwiązaniem" - powiedział PAP szef Komisji Futsalu PZPN Adam Kaźmierczak. Tytułu broni Rekord Bielsko-Biała.\n\n"Nie można u nas traktować ligi odrębnie od reprezentacji" - podkreślił.`;
    expect(starting(quotes(text, 'pl'), 'Nie można u nas')?.speaker).toBe('Adam Kaźmierczak');
  });
});

describe('English surnames that are words of a competition', () => {
  it('guard: `Richard Masters said …`: a surname is no competition', () => {
    const text = `Football\n\nThe league met on Friday.\n\nRichard Masters said the season would go ahead.`;
    expect(starting(quotes(text, 'en'), 'the season would')?.speaker).toBe('Richard Masters');
  });
});
