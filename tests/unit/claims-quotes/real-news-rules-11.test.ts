import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the eleventh round of real-news attribution rules (2026-11-23, tenth session).
// Every fixture is an invented news text written for these tests; each `it` checks one rule on a
// case the rule decides.

describe('Polish dash tails', () => {
  it('reads `nie ukrywa` after a dash as a verb of saying', () => {
    const text = 'Żłobek\n- W tym roku chętnych jest dwa razy więcej - przyznaje Michał Nowicki, zastępca burmistrza. Jednym z rozwiązań jest rozbudowa żłobka Bajkowy Domek. - Skorzystalibyśmy z programu rządowego, ale istniałoby ryzyko utraty dotacji - nie ukrywa zastępca burmistrza.';
    const q = starting(quotes(text, 'pl'), 'Skorzystalibyśmy');
    expect(q?.speaker).toBe('Michał Nowicki');
  });

  it('knows present forms of `podsumowywać`, `kwitować` and `wtórować`', () => {
    const text = 'Wyniki sieci\n– W minionym roku otworzyliśmy kilkadziesiąt nowych sklepów – podsumowuje Adam Wolski, prezes Sklepów Pod Lipą.\n– To był dobry rok dla całej branży – wtóruje mu Ewa Malec.\n– Nic dodać, nic ująć – kwituje Adam Wolski.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'W minionym roku')?.speaker).toBe('Adam Wolski');
    expect(starting(qs, 'To był dobry rok')?.speaker).toBe('Ewa Malec');
    expect(starting(qs, 'Nic dodać')?.speaker).toBe('Adam Wolski');
  });
});

describe('Polish names that are institutions', () => {
  it('reads the words after `ds.` and after a capitalised genitive adjective as no person', () => {
    const text = 'Choroba zwierząt\nWiesław Korab podczas obrad Sejmowego Zespołu ds. Ochrony Rolnictwa wyliczał, że koszty zwalczania choroby wyniosły 14 mln zł.';
    const q = starting(quotes(text, 'pl'), 'koszty zwalczania');
    expect(q?.speaker).toBe('Wiesław Korab');
  });

  it('names a capitalised web outlet with its domain', () => {
    const text = 'Pożar hali\nStrażacy walczą z ogniem od rana. Przed południem portal Strazacy.com informował, że w akcji uczestniczy 20 zastępów.';
    const q = starting(quotes(text, 'pl'), 'w akcji uczestniczy');
    expect(q?.speaker).toBe('Strazacy.com');
  });

  it('names an outlet without its kind (`portal e-ceny.pl` → `e-ceny.pl`)', () => {
    const text = 'Paliwa\nZ opublikowanych przez portal e-ceny.pl danych wynika, że średnia cena oleju napędowego wynosi 6,69 zł.';
    const q = starting(quotes(text, 'pl'), 'średnia cena');
    expect(q?.speaker).toBe('e-ceny.pl');
  });

  it('names an outlet noun with the quoted title after it (`Według portalu "Expressu Lokalnego"`)', () => {
    const text = 'Pożar domu\nWedług portalu "Expressu Lokalnego", na miejsce przyjechały dwie jednostki straży pożarnej.';
    const q = starting(quotes(text, 'pl'), 'na miejsce przyjechały');
    expect(q?.speaker).toBe('portal Expressu Lokalnego');
  });

  it('keeps the office after the comma when `prokurator` stands before the name as a rank', () => {
    const text = 'Atak nożownika\n"Strażnicy obezwładnili agresora i wezwali policjantów" - relacjonuje w komunikacie prokurator Joanna Lis, rzeczniczka Prokuratury Okręgowej w Łomży.\nProkuratura wnioskowała o areszt dla mężczyzny.\nRzeczniczka łomżyńskiej prokuratury przypomina, że strażnicy miejscy są funkcjonariuszami publicznymi.';
    const q = starting(quotes(text, 'pl'), 'strażnicy miejscy');
    expect(q?.speaker).toBe('Joanna Lis');
  });
});

describe('English subjects', () => {
  it('reads a numbered district after a name as no speaker', () => {
    const text = 'Fares\nAld. Brian Kowal, 10th District, a transit board member who wants to keep fares at $1.50, said, "The board has acted twice. Maybe it is time to ask the council."';
    const q = starting(quotes(text, 'en'), 'The board has acted');
    expect(q?.speaker).toBe('Brian Kowal');
  });

  it('ends an institution before a rank abbreviation and its name', () => {
    const text = 'Chase\n"The man was not under arrest," explained Milton Police Lt. Dana Ferris. Then, police say a neighbor called 911 about the man.';
    const q = starting(quotes(text, 'en'), 'a neighbor called');
    expect(q?.speaker).toBe('Milton Police');
  });

  it('reads a sentence-initial capitalised qualifier of an institution noun as part of it', () => {
    const text = 'Storm\nHundreds were evacuated on Thursday.\nCivil defence authorities said people from about 250 homes were told to leave.';
    const q = starting(quotes(text, 'en'), 'people from about 250 homes');
    expect(q?.speaker).toBe('Civil defence authorities');
  });

  it('reads a party adjective before a noun of people as no name', () => {
    const text = 'Coalition\nThe alliance of the main Communist parties on Tuesday said it will form the next government.';
    const q = starting(quotes(text, 'en'), 'it will form');
    expect(q?.speaker).not.toBe('Communist');
  });
});

describe('English `according to` a document', () => {
  it('takes the author after a participle and a time phrase, and the content after the phrase', () => {
    const text = 'Vaccines\nThe first doses arrived on Thursday.\nHowever, according to a statement released on Wednesday by the World Health Organisation (WHO), the ministry plans to start vaccinating this weekend.';
    const q = starting(quotes(text, 'en'), 'the ministry plans');
    expect(q?.speaker).toBe('World Health Organisation');
    expect(q?.quote).toBe('the ministry plans to start vaccinating this weekend');
  });
});

describe('English web outlets and company anaphors', () => {
  it('keeps every part of a domain and a company word after it', () => {
    const text = 'Union vote\nShopline.com Inc. said the labor board suppressed turnout.\nThe breach may have exposed 90,000 cards, Phonesdirect.co.uk said.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the labor board')?.speaker).toBe('Shopline.com Inc.');
    expect(starting(qs, 'The breach')?.speaker).toBe('Phonesdirect.co.uk');
  });

  it('never resolves `the firm` to a company first named after it', () => {
    const text = 'Data breach\nThe encrypted card details of up to 90,000 people may have been accessed, the mobile phone firm said.\nThe affected division is owned by Talkmore Group.\nTalkmore Group said it had taken its site down.';
    const q = starting(quotes(text, 'en'), 'The encrypted card details');
    expect(q?.speaker).toBe('mobile phone firm');
  });
});

describe('quotations left open', () => {
  it('takes every sentence of a quotation left open to its line end into the quote', () => {
    const text = 'Strike\nGerald Jansen, the company\'s vice president, said in a video on Friday: “Unfortunately, we did not reach an agreement by the Sept. 14 deadline. I want you to know it was not due to lack of effort. I believe we made four compelling offers.\n"Our teams will keep working to find a solution.”\nIn an earlier statement, Ford said that the union had responded.';
    const q = starting(quotes(text, 'en'), 'Unfortunately');
    expect(q?.speaker).toBe('Gerald Jansen');
    expect(q?.quote).toContain('I believe we made four compelling offers');
  });

  it('closes a quotation opened after a colon at its paragraph end', () => {
    const text = 'Sentence\n\nPassing sentence, Judge Martin Hale told the defendant that his crime "strikes at the roots of justice". He went on: "For that reason a deterrent sentence is inevitable.\n\nThe defendant showed no reaction.';
    const q = starting(quotes(text, 'en'), 'For that reason');
    expect(q?.speaker).toBe('Martin Hale');
  });

  it('closes a single-mark quotation left open by the end of an excerpt', () => {
    const text = 'Water\n\nFergus Shanley, rock star turned campaigner, said the regulator\'s lack of action has contributed to recent chaos. \'As much as I may be furiously unhappy with the water companies, they were actually doing';
    const q = starting(quotes(text, 'en'), 'As much as I may be');
    expect(q?.speaker).toBe('Fergus Shanley');
  });
});

describe('Polish dash lines', () => {
  it('reads a dash glued to its first word as a line of dialogue', () => {
    const text = 'Odwołanie starosty\nKlub zagłosuje przeciw.\n-Jesteśmy przekonani wewnętrznie, że tak powinniśmy uczynić - mówi Jan Kopa. -Chcemy w ten sposób przeciąć falę plotek, która obiega nasze miasto - dodał.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Jesteśmy przekonani')?.speaker).toBe('Jan Kopa');
    expect(starting(qs, 'Jesteśmy przekonani')?.quote).not.toContain('Chcemy');
    expect(starting(qs, 'Chcemy w ten sposób')?.speaker).toBe('Jan Kopa');
  });

  it('runs a dash line opened after a colon over the rest of its paragraph', () => {
    const text = 'Olimpijczycy\n- Jestem finalistą olimpiady informatycznej - mówi Piotr Sowa, absolwent liceum w Lublinie i dodaje: - To kwestia systematyczności. W moim przypadku wystarczyło poświęcić na naukę około godziny dziennie. To też sprawa predyspozycji.\n\nSzkoła ma wielu laureatów.';
    const q = starting(quotes(text, 'pl'), 'To kwestia systematyczności');
    expect(q?.speaker).toBe('Piotr Sowa');
    expect(q?.quote).toContain('To też sprawa predyspozycji');
  });

  it('attributes the paragraph above to a tail that opens its paragraph before a new dash line', () => {
    const text = 'Buraki\n\nTo tylko jeden z punktów długiej listy wydatków.\n\nPosiałem w marcu pięć hektarów buraków. Na same nasiona poszło 5 tys. zł\n\n— wylicza znany gospodarz Jan Gil. — Ciągnik stale musi chodzić, litr paliwa po 6 zł.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Posiałem w marcu')?.speaker).toBe('Jan Gil');
    expect(qs.some((x) => x.quote.startsWith('wylicza'))).toBe(false);
  });
});

describe('Polish titles and verbless dash lines', () => {
  it('binds a full name after a title and its comma to the title when a lower-case word follows', () => {
    const text = 'Turniej\nPodkreślał to trener reprezentacji Polski, Tomasz Wrona zaraz po zakończeniu konkursu.\n\nSzkoleniowiec polskich skoczków odniósł się także do formy Kamila Stocha. - Kamil nabiera coraz więcej pewności siebie. Jest w coraz lepszej formie.';
    const q = starting(quotes(text, 'pl'), 'Kamil nabiera');
    expect(q?.speaker).toBe('Tomasz Wrona');
  });

  it('reads initials alone after a title as an abbreviation, not a name', () => {
    const text = 'Laureaci\nW szkole jest wielu laureatów.\n\n- Dziś z mojej szkoły odebrał nagrodę jeden uczeń, ale i tak jestem z tego bardzo dumna - mówi Alicja Rogala, dyrektorka lubelskiego VI L.O. w Lublinie. - Każdy uczeń ma swoją wartość i liczy się to, jak się rozwija.';
    const qs = quotes(text, 'pl');
    expect(qs.every((x) => x.speaker !== 'L.O.')).toBe(true);
    expect(qs.find((x) => x.quote.includes('Każdy uczeń'))?.speaker).toBe('Alicja Rogala');
  });

  it('reads the full name after an adverbial participle and its short complement as the speaker', () => {
    const text = 'Gala\nW szkole jest wielu laureatów, mówi pan Remigiusz.\n\n- Chciałbym wam podziękować za to, że cały czas wierzycie w to, że trzeba się uczyć - podkreślał zwracając się do uczniów Mariusz Banat, kurator oświaty.';
    const q = starting(quotes(text, 'pl'), 'Chciałbym wam');
    expect(q?.speaker).toBe('Mariusz Banat');
  });
});

describe('English bare plural subjects', () => {
  it('names a bare plural noun phrase of people as the speaker, a capitalised qualifier included', () => {
    const text = 'Auction\nThe auction closed on Friday.\n\nOffshore wind developers said the price did not reflect the costs of building.\n\nCounty leaders say these families may start to see some improvements soon.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the price did not')?.speaker).toBe('offshore wind developers');
    expect(starting(qs, 'these families')?.speaker).toBe('County leaders');
  });

  it('leaves a sentence-opening conjunction out of the group', () => {
    const text = 'Farms\nThe rules took effect on Monday.\n\nBut farmers say they are bearing the brunt of the emergency measures.';
    const q = starting(quotes(text, 'en'), 'they are bearing');
    expect(q?.speaker).toBe('farmers');
  });
});

describe('English attributions after a long apposition', () => {
  it('passes over a relative clause after the apposition to the verb, and reads no content in it', () => {
    const text = 'Courts\nCourts were busy.\n\n“We’ll be back in court tomorrow and the next day and the next day,” Nora Nugent, president of the Center for Patient Rights, which argued the case that resulted in the high court ruling, said Friday.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'We’ll be back')?.speaker).toBe('Nora Nugent');
    expect(qs.some((x) => x.quote.includes('resulted in the high court'))).toBe(false);
  });

  it('still reads `argued the point that` with a clause as a statement', () => {
    const text = 'Tax\nThe vote is on Monday.\n\nThe minister argued the point that the tax was unfair to small firms.';
    const q = starting(quotes(text, 'en'), 'the tax was unfair');
    expect(q).toBeDefined();
  });

  it('reads a tail of a title and the name set off by commas (`…, its head, Muhammad Wafid, said.`)', () => {
    const text = 'Volcano\nThe volcano erupted on Wednesday for around nine minutes, the country\'s Geological Agency said in a statement.\nThe agency raised its alert level after recording "significant rising of the volcano\'s activities" since Monday, its head, Rahmat Hidayat, said.';
    const q = quotes(text, 'en').find((x) => x.quote.includes('significant rising'));
    expect(q?.speaker).toBe('Rahmat Hidayat');
  });
});

describe('English institutions', () => {
  it('keeps a portfolio after `and` in the title when no given name opens it', () => {
    const text = 'Talks\nThe envoy arrived on Sunday.\n\nFor his part, the Minister of Foreign Affairs and International Cooperation stressed that the government is keen to achieve peace.';
    const q = starting(quotes(text, 'en'), 'the government is keen');
    expect(q?.speaker).not.toBe('International Cooperation');
  });

  it('reads a union local with its number as an institution', () => {
    const text = 'Lockout\nThe talks failed.\n\nUnifor Local 212 said the railway will be locking out its 195 members on Friday.';
    const q = starting(quotes(text, 'en'), 'the railway will');
    expect(q?.speaker).toBe('Unifor Local 212');
  });

  it('reads `The` + a county + a lower-case institution noun as one institution', () => {
    const text = 'Floods\nAirboats from the sheriff\'s office were helping with the rescues, Hawthorne said.\n\nThe Jasper County sheriff\'s office said in a Facebook post that residents should use their boats to pick up neighbours.';
    const q = starting(quotes(text, 'en'), 'residents should use');
    expect(q?.speaker).toBe('Jasper County sheriff\'s office');
  });
});

describe('Polish web outlets', () => {
  it('keeps a plain lower-case web name with its domain after `portal`, and `portalu` refers back to it', () => {
    const text = 'Śledztwo\nJako pierwszy o tym poinformował portal gazeta24.pl. Według informacji portalu nadzór nad śledztwem przejął prokurator krajowy.';
    const q = starting(quotes(text, 'pl'), 'nadzór nad śledztwem');
    expect(q?.speaker).toBe('gazeta24.pl');
  });
});

describe('Polish unmarked direct speech', () => {
  it('reads a first-person paragraph after a paragraph of someone speaking as that person\'s words', () => {
    const text = 'Mistrzostwa\n\n- Dziś przegraliśmy. A ja nie lubię przegrywać - stwierdził Adam Sowiński.\n\nPodkreślił pracę wykonaną przez zespół w trakcie sezonu.\n\nZrobiliśmy od maja ogromny postęp. Ciężko pracowaliśmy przygotowując się do mistrzostw.';
    const q = starting(quotes(text, 'pl'), 'Zrobiliśmy od maja');
    expect(q?.speaker).toBe('Adam Sowiński');
  });

  it('leaves the journalist\'s own first person and nouns that end like verbs alone', () => {
    const text = 'Śledztwo\n\n- Nie znamy szczegółów - powiedział rzecznik Jan Bury.\n\nJak ustaliliśmy, śledztwo prowadzi prokuratura w Gdańsku.\n\n- Sprawa jest rozwojowa - dodał Bury.\n\nNa miejscu do rana trwały czynności z udziałem prokuratora.';
    const qs = quotes(text, 'pl');
    expect(qs.some((x) => x.quote.startsWith('Jak ustaliliśmy'))).toBe(false);
    expect(qs.some((x) => x.quote.startsWith('Na miejscu do rana'))).toBe(false);
  });

  it('splits a dash line that opens with a date from the narrative before it', () => {
    const text = 'Drogi\n\n– Niestety pracownicy przekroczyli termin – przyznał wtedy starosta Jan Wilk. Za takie zadania odpowiada wydział inwestycji starostwa. – 14 listopada podpisywaliśmy umowę z wojewodą. A u nas w starostwie była ona parafowana dzień później – tłumaczył Wilk.';
    const q = starting(quotes(text, 'pl'), '14 listopada');
    expect(q?.speaker).toBe('Jan Wilk');
    expect(q?.quote).toContain('A u nas w starostwie');
  });

  it('gives a verbless dash line after a group speaking the group as its speaker', () => {
    const text = 'Szkoła\n\n- W szkole jest dużo agresji – mówi Ryszard.\n\nRodzice wskazują, że problem pojawił się na początku roku. - 13 września mój syn został po raz pierwszy pobity.';
    const q = starting(quotes(text, 'pl'), '13 września');
    expect(q?.speaker).toBe('Rodzice');
  });
});

describe('English verbs of making clear, flagging and records', () => {
  it('reads `made clear that`, `flagged … that` and `Records show` as statements', () => {
    const text = 'Leadership\nThe vote passed on Monday.\n\nMr Burnell meanwhile made clear that he could continue to lead the fight against the plans.\n\nThe regulator flagged in December that it was concerned about the finances of several companies.\n\nRecords show the spill was reported about 9:50 a.m. on March 2, 2015.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'he could continue')?.speaker).toBe('Burnell');
    expect(starting(qs, 'it was concerned')).toBeDefined();
    expect(starting(qs, 'the spill was reported')?.speaker).toBe('Records');
  });
});

describe('Polish court names', () => {
  it('keeps a court\'s district after `dla` in its name, in the nominative and the genitive', () => {
    const text = 'Wyrok\n\nSąd Rejonowy dla Krakowa-Podgórza uznał, że oskarżony zachował się nieetycznie.\n\nZdaniem Sądu Rejonowego dla Krakowa-Podgórza kara jest zasadna i konieczna.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'oskarżony zachował')?.speaker).toBe('Sąd Rejonowy dla Krakowa-Podgórza');
    expect(starting(qs, 'kara jest zasadna')?.speaker).toBe('Sąd Rejonowy dla Krakowa-Podgórza');
  });
});

describe('English pronouns', () => {
  it('resolves `she said` to the full name just before whose given name the lexicon cannot sex', () => {
    const text = 'Fares\nThe fares were raised.\n\nAld. Satya Rhodes-Conway, 12th District, who opposes a fare increase, is concerned about the mayor\'s persistence.\n\n"On the surface, it almost looks like a temper tantrum," she said.';
    const q = starting(quotes(text, 'en'), 'On the surface');
    expect(q?.speaker).toBe('Satya Rhodes-Conway');
  });

  it('reads the genitive of a double surname ending in -ka for the woman named before', () => {
    const text = 'Energia\n\nMinister Anna Wiśniewicz-Proska mówiła o cenach energii.\n\nW ocenie Wiśniewicz-Proski mrożenie cen energii na pierwszą połowę roku to koszt ok. 16 mld zł.';
    const q = starting(quotes(text, 'pl'), 'mrożenie cen');
    expect(q?.speaker).toBe('Anna Wiśniewicz-Proska');
  });
});
