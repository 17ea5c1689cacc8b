import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the sixteenth round of real-news attribution rules (2026-11-24, fifteenth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule
// on a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break
// (they pass on the code before the round too).

describe('people who speak for someone else (English)', () => {
  it('keeps `a spokesman for <name>` as the speaker, not the person he speaks for', () => {
    const text = 'Council row\n\nA spokesman for Maria Delgado has said the mayor is being targeted in a row over the budget.\n\nDelgado has refused to comment on the accounts.';
    expect(starting(quotes(text, 'en'), 'the mayor is being')?.speaker).toBe('a spokesman for Maria Delgado');
  });

  it('does not take `a lawyer for <name>` for that person', () => {
    const text = 'Court case\n\nA lawyer for Peter Hollis told the court his client had never seen the documents.';
    expect(starting(quotes(text, 'en'), 'his client had')?.speaker).not.toBe('Peter Hollis');
  });

  it('guard: still reads a portfolio before the name as the holder’s title (`Minister for Health Simon Harris said`)', () => {
    const text = 'Hospitals\n\nMinister for Health Simon Harris said the waiting lists would be cut by half.';
    expect(starting(quotes(text, 'en'), 'the waiting lists')?.speaker).toBe('Simon Harris');
  });

  it('guard: still reads `Secretary of State Antony Blinken said` as Blinken', () => {
    const text = 'Talks\n\nSecretary of State Antony Blinken said the talks had been constructive.';
    expect(starting(quotes(text, 'en'), 'the talks had')?.speaker).toBe('Antony Blinken');
  });
});

describe('a given name met alone before the full name (English)', () => {
  it('reads a headline’s lone `Salman` and a later `Salman said` as the Salman named in full in the body', () => {
    const text = 'Nobody gains from a row over the film: Salman on the protests\n\nSuperstar Salman Khan finds it hard to judge who is right in the row over the film.\n\n"No one gains from a controversy around a film," Salman said at an event on Thursday.';
    expect(starting(quotes(text, 'en'), 'No one gains')?.speaker).toBe('Salman Khan');
  });

  it('guard: keeps a lone name that is someone’s surname in the article with that person', () => {
    const text = 'Talks: Jordan on the budget\n\nFinance minister Claire Jordan met union leaders on Monday. Jordan Peters, a union official, attended.\n\n"We are close to a deal," Jordan said after the meeting.';
    expect(starting(quotes(text, 'en'), 'We are close')?.speaker).toBe('Claire Jordan');
  });
});

describe('unnamed people (English)', () => {
  it('names an unnamed speaker with the indefinite article and the describing words (`a female undercover officer`)', () => {
    const text = 'Police tactics\n\n"You are not allowed to lie about everything," said a female undercover officer.';
    expect(starting(quotes(text, 'en'), 'You are not allowed')?.speaker).toBe('a female undercover officer');
  });

  it('writes a sentence-initial article in lower case (`A spokesman for Ofsted said` → `a spokesman for Ofsted`)', () => {
    const text = 'School inspection\n\nA spokesman for Ofsted said they take all complaints seriously.';
    expect(starting(quotes(text, 'en'), 'they take all')?.speaker).toBe('a spokesman for Ofsted');
  });

  it('reads `one Oregon official` as someone new, not the spokesman quoted before', () => {
    const text = 'Floods\n\nAn NCA spokesman said: "We are looking at it."\n\n"We knew it was coming," one Oregon official said.';
    expect(starting(quotes(text, 'en'), 'We knew')?.speaker).toBe('one Oregon official');
  });

  it('guard: keeps a definite title without an article (`the spokesman said`)', () => {
    const text = 'Floods\n\nThe council spokesman said the roads would reopen on Monday.';
    expect(starting(quotes(text, 'en'), 'the roads')?.speaker).toBe('council spokesman');
  });
});

describe('block quotations without marks (Polish)', () => {
  it('attributes a short unmarked paragraph to the tail line alone under it (`Jeden telefon może uratować` / `– napisała KGP.`)', () => {
    const text = 'Mrozy\n\nPolicja zaapelowała, by nie być obojętnym wobec osób w kryzysie bezdomności.\n\nJeden telefon może uratować\n\n– napisała KGP.';
    const q = starting(quotes(text, 'pl'), 'Jeden telefon');
    expect(q?.speaker).toBe('KGP');
    expect(quotes(text, 'pl').some((c) => c.quote.startsWith('napisała'))).toBe(false);
  });

  it('guard: attributes a longer unmarked paragraph to the tail line under it', () => {
    const text = 'Mrozy\n\nKomenda przypomniała o mrozach.\n\nKażdego dnia policjanci patrolują ulice i miejsca, gdzie ktoś może potrzebować pomocy\n\n– napisała KGP.';
    expect(starting(quotes(text, 'pl'), 'Każdego dnia')?.speaker).toBe('KGP');
  });
});

describe('groups of people (Polish)', () => {
  it('names `jedna z jego organizatorek` without the possessive that points back into the text', () => {
    const text = 'Protest\n\nProtest rozpoczął się w niedzielę. "To jest wojna" - powiedziała podczas protestu jedna z jego organizatorek.';
    expect(starting(quotes(text, 'pl'), 'To jest wojna')?.speaker).toBe('jedna z organizatorek');
  });

  it('reads a participle used as a noun after a tail verb as the speakers (`– mówią protestujący.`)', () => {
    const text = 'Strajk\n\n– Będziemy walczyć o godność naszej pracy – mówią protestujący.';
    expect(starting(quotes(text, 'pl'), 'Będziemy walczyć')?.speaker).toBe('protestujący');
  });

  it('reads a plural title before its complement as a group (`Pracownicy MOPS podkreślają`)', () => {
    const text = 'Strajk\n\nPracownicy MOPS podkreślają, że nie chodzi im tylko o podwyżki.';
    expect(starting(quotes(text, 'pl'), 'nie chodzi')?.speaker).toBe('Pracownicy MOPS');
  });

  it('guard: still ends a tail at an adverbial participle (`– powiedział szef NATO odnosząc się do …`)', () => {
    const text = 'NATO\n\n– Będziemy walczyć – powiedział szef NATO odnosząc się do sprawy.';
    expect(starting(quotes(text, 'pl'), 'Będziemy walczyć')?.speaker).toBe('szef NATO');
  });
});

describe('`Jak dodał,` with no one named (Polish)', () => {
  it('keeps the speaker who was talking when `Jak dodał,` is followed by a comma and another person', () => {
    const text = 'Rocznica\n\n- Nie wiecie, co to jest przelewać krew o wolność - podkreślił generał Zbigniew Ścibor-Rylski.\n\nJak dodał, Lech Kaczyński czuł najlepiej, że muzeum musi być wspaniałe.';
    expect(starting(quotes(text, 'pl'), 'Lech Kaczyński czuł')?.speaker).toBe('Zbigniew Ścibor-Rylski');
  });

  it('does not end a sentence at `śp.` before a name', () => {
    const text = 'Rocznica\n\n- Nie wiecie, co to jest przelewać krew o wolność - podkreślił generał Zbigniew Ścibor-Rylski.\n\nJak dodał, śp. Lech Kaczyński, syn powstańca, "czuł najlepiej, że muzeum musi być wspaniałe". - On najlepiej czuł, co powstańcy przeżywali - mówił.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'On najlepiej')?.speaker).toBe('Zbigniew Ścibor-Rylski');
    expect(qs.some((q) => q.speaker === 'Lech Kaczyński')).toBe(false);
  });

  it('guard: still names the source after `Jak dodał` when there is no comma before it', () => {
    const text = 'Rocznica\n\nJak dodał minister Jan Kowalski, muzeum musi być wspaniałe.';
    expect(starting(quotes(text, 'pl'), 'muzeum musi')?.speaker).toBe('Jan Kowalski');
  });
});

describe('appositions (English)', () => {
  it('reads the name opening the sentence as the subject across commas inside an `a …` apposition', () => {
    const text = 'Insulin\n\nSen. Bernie Sanders, a Vermont independent and chairman of the Health, Education, Labor and Pensions Committee, said that 1.3 million Americans are rationing their insulin.';
    expect(starting(quotes(text, 'en'), '1.3 million')?.speaker).toBe('Bernie Sanders');
  });

  it('guard: still takes the name set off by commas after a description (`The world’s largest airline, United Continental Holdings, said`)', () => {
    const text = 'Airlines\n\nThe world\'s largest airline, United Continental Holdings, said it would cut flights to Asia next year.';
    expect(starting(quotes(text, 'en'), 'it would cut')?.speaker).toBe('United Continental Holdings');
  });
});

describe('broken lines in web copies', () => {
  it('reads a blank line inside a sentence (after a letter, before a lower-case word) as no paragraph break', () => {
    const text = 'Economy\n\nKARACHI: Governor Reza Baqir on Wednesday said the economy was on the mend.\n\n“Our economic sector is somewhat frail. However, I believe we can turn\n\nthe tide,” Baqir said, while addressing an audience.';
    expect(starting(quotes(text, 'en'), 'Our economic sector')?.speaker).toBe('Reza Baqir');
  });
});

describe('people named only by a given name (Polish)', () => {
  it('keeps `pan`/`pani` with a given name the article never completes (`pan Filip`, `pani Renata`)', () => {
    const text = 'Wilki\n\nRozmawialiśmy z panem Filipem. – W środku dnia wilki zagryzły mojego psa – mówi Filip.\n\nZdaniem pani Renaty nie jest wesoło na wsi.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'W środku dnia')?.speaker).toBe('pan Filip');
    expect(starting(qs, 'nie jest wesoło')?.speaker).toBe('pani Renata');
  });

  it('guard: gives the full name once the article names the person in full', () => {
    const text = 'Wilki\n\nRozmawialiśmy z panem Filipem Nowakiem. – W środku dnia wilki zagryzły mojego psa – mówi Filip Nowak.';
    expect(starting(quotes(text, 'pl'), 'W środku dnia')?.speaker).toBe('Filip Nowak');
  });
});

describe('names of events (Polish)', () => {
  it('does not take `Grand Prix` for a person an epithet could refer to', () => {
    const text = 'Skoki\n\nKamil Stoch złapał wiatr pod narty. – Ten skok dał mi satysfakcję – mówił Stoch.\n\nWspólnie z Dawidem Kubackim wygrał tu latem konkurs Letniego Grand Prix. – Zdecydowanie wzbudza we mnie dobre emocje – przyznał 39-latek.';
    expect(starting(quotes(text, 'pl'), 'Zdecydowanie wzbudza')?.speaker).toBe('Kamil Stoch');
  });
});

describe('ranks and plain epithets (Polish)', () => {
  it('knows `sierżant` as a title and does not take `Mężczyzna` for the officer who spoke before', () => {
    const text = 'Wypadek\n\nW radiowóz uderzył volkswagen. – Na przedniej szybie wyskrobana była dziurka – relacjonuje sierżant Kamil Tomaszczuk z Komendy Wojewódzkiej Policji.\n\nMężczyzna tłumaczy, że nie zauważył ani policjantów, ani radiowozu.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Na przedniej')?.speaker).toBe('Kamil Tomaszczuk');
    expect(starting(qs, 'nie zauważył')?.speaker).not.toBe('Kamil Tomaszczuk');
  });

  it('guard: still reads `policjant` after a named officer as that officer', () => {
    const text = 'Wypadek\n\nPolicjant Jan Nowak zatrzymał kierowcę. – Kierowca był pijany – powiedział policjant.';
    expect(starting(quotes(text, 'pl'), 'Kierowca był')?.speaker).toBe('Jan Nowak');
  });
});

describe('quotations continued over paragraphs without an attribution at the end (English)', () => {
  it('gives a chain of open paragraphs closed by an unattributed one to the speaker of the context', () => {
    const text = 'Football\n\nBoss Steve Lovell had no complaints.\n\nAsked what happened, he said: “They said it was not very good.\n\n"I said, ‘you are frustrated, you are a supporter’.\n\n“I agreed with them and agreed with everyone who booed, because we deserved it.\n\n“We take the accolades when we play well. We were hopeless, in a word.\n\n"They should be feeling the same because my weekend was spoilt.”';
    const qs = quotes(text, 'en');
    const q = starting(qs, 'I agreed with them');
    expect(q?.speaker).toBe('Steve Lovell');
    expect(q?.quote).toContain('my weekend was spoilt');
  });

  it('guard: gives a chain that runs to the text end to the speaker of the context', () => {
    const text = 'Football\n\nBoss Steve Lovell had no complaints after the defeat, he said.\n\n“I agreed with them and agreed with everyone who booed, because we deserved it.\n\n“We take the accolades when we play well. We were hopeless, in a word.';
    const q = starting(quotes(text, 'en'), 'I agreed with them');
    expect(q?.speaker).toBe('Steve Lovell');
    expect(q?.quote).toContain('hopeless');
  });
});

describe('a quotation mark typed twice', () => {
  it('reads `““It appears …` as one opening mark', () => {
    const text = 'Football\n\nSteve Evans was unhappy with the fans.\n\nWhen asked about it, he said: ““It appears we can by the reaction of the fans.\n\n“I’ve watched my players at the end of the game go to the supporters,” Evans said.';
    const q = starting(quotes(text, 'en'), 'It appears');
    expect(q?.speaker).toBe('Steve Evans');
  });
});

describe('`it` in a joined clause (English)', () => {
  it('reads `it` after `as` as the institution that opens the sentence, not the one named last', () => {
    const text = 'Judges\n\nThe Supreme Court on Thursday pulled up the Centre over delays in appointments as it stressed that the government must follow the collegium system.';
    expect(starting(quotes(text, 'en'), 'the government must')?.speaker).toBe('Supreme Court');
  });

  it('guard: `It said` opening a sentence is still the institution talked about last', () => {
    const text = 'Banks\n\nThe central bank raised rates on Tuesday. It said that inflation was still too high.';
    expect(starting(quotes(text, 'en'), 'inflation was')?.speaker).toBe('central bank');
  });
});

describe('quotations continued over paragraphs (English, continued)', () => {
  it('extends an unattributed closing paragraph back over open paragraphs that mention a verb of saying', () => {
    const text = 'Army cuts\n\nAn MOD spokesman said: "The information in this leaked memo is incorrect.\n\n"Beyond those already announced, there are no further Army reductions planned.\n\n"Personnel injured on operations will not be included in the redundancy process.\n\n"No one will leave the Armed Forces until they have recovered."';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'Beyond those')?.speaker).toBe('an MOD spokesman');
    expect(qs.some((q) => q.speaker === 'Army')).toBe(false);
  });
});
