import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the fifteenth round of real-news attribution rules (2026-11-24, fourteenth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule
// on a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break
// (they pass on the code before the round too).

describe('news outlets (Polish)', () => {
  it('names the outlet after its kind (`portal Wirtualna Polska napisał`)', () => {
    const text = 'Sprawa prokuratorki\n\nSprawa stała się głośna, gdy w marcu portal Wirtualna Polska napisał, że wnioski powstały poza prokuraturą.';
    expect(starting(quotes(text, 'pl'), 'wnioski powstały')?.speaker).toBe('Wirtualna Polska');
  });

  it('names the outlet after a source noun (`według agencji Reuters`)', () => {
    const text = 'Rząd\n\nWedług agencji Reuters rząd podał się do dymisji w nocy z soboty na niedzielę.';
    expect(starting(quotes(text, 'pl'), 'rząd podał')?.speaker).toBe('Reuters');
  });

  it('reads `gazeta` alone as the paper quoted before by its title', () => {
    const text = 'Sędzia\n\n„Sędziowie w całym kraju przerwali pracę” – pisze „Frankfurter Rundschau”.\n\nGazeta zarzuca również rządowi, że nie przejął się wyrokiem trybunału.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Sędziowie w całym')?.speaker).toBe('Frankfurter Rundschau');
    expect(starting(qs, 'nie przejął')?.speaker).toBe('Frankfurter Rundschau');
  });

  it('reads `Dziennik podaje` as the paper of `czytamy w … wydaniu „…”`, in the nominative', () => {
    const text = 'Masło\n\nMasło nadal drożeje, a to jeszcze nie koniec - czytamy w poniedziałkowym wydaniu "Rzeczpospolitej".\n\nDziennik podaje, że kostka masła kosztuje średnio 7,6 zł.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Masło nadal')?.speaker).toBe('Rzeczpospolita');
    expect(starting(qs, 'kostka masła')?.speaker).toBe('Rzeczpospolita');
  });

  it('does not take a web portal for `gazeta`', () => {
    const text = 'Sędzia\n\n„Sędziowie w całym kraju przerwali pracę” – pisze „Frankfurter Rundschau”. Sprawę opisuje portal dw.com.\n\nGazeta zarzuca również rządowi, że nie przejął się wyrokiem trybunału.';
    expect(starting(quotes(text, 'pl'), 'nie przejął')?.speaker).toBe('Frankfurter Rundschau');
  });

  it('guard: reads a declined one-word outlet name as the outlet (`Zdaniem Bloomberga`)', () => {
    const text = 'Prezes NBP dla agencji Bloomberg: stopy wzrosną\n\nZdaniem Bloomberga stanowisko szefa banku to efekt najnowszych danych.';
    expect(starting(quotes(text, 'pl'), 'stanowisko szefa')?.speaker).toBe('Bloomberg');
  });

  it('guard: keeps a paper named in full with a capitalised kind (`Gazeta Wyborcza`)', () => {
    const text = 'Sąd\n\nJak podała „Gazeta Wyborcza”, sędzia został odsunięty od orzekania.';
    expect(starting(quotes(text, 'pl'), 'sędzia został')?.speaker).toBe('Gazeta Wyborcza');
  });
});

describe('sentence openings (Polish)', () => {
  it('takes no name from an object put first (`Sprawę komentowała …`)', () => {
    const text = 'Atak hakerski\n\nSprawę komentowała w Polsat News Hanna Gill-Piątek z Polski 2050. – Dlaczego minister nie dba o bezpieczeństwo? – pytała polityk.\n\nJak dodała, atak nie dotyczył tylko prywatnej poczty.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Dlaczego minister')?.speaker).toBe('Hanna Gill-Piątek');
    expect(starting(qs, 'atak nie dotyczył')?.speaker).toBe('Hanna Gill-Piątek');
  });

  it('knows a shop assistant as a title (`sprzedawczyni`)', () => {
    const text = 'Ceny\n\nW sklepie na rogu ruch jest mniejszy. – Klienci są zszokowani cenami – mówi sprzedawczyni.';
    expect(starting(quotes(text, 'pl'), 'Klienci są')?.speaker).toBe('sprzedawczyni');
  });
});

describe('names (English)', () => {
  it('reads an unlisted given name in -ny opening the sentence as part of the name (`Denny Kelly`)', () => {
    const text = 'Pilots\n\nDenny Kelly, a retired airline captain, says the pilots still have some leverage.';
    expect(starting(quotes(text, 'en'), 'the pilots still')?.speaker).toBe('Denny Kelly');
  });

  it('reads an unlisted given name before a surname in -na as one name (`Indranil Manna`)', () => {
    const text = 'Research\n\nThe programme is the first of its kind, says its national coordinator Indranil Manna.';
    expect(starting(quotes(text, 'en'), 'The programme')?.speaker).toBe('Indranil Manna');
  });

  it('takes the place set off by commas after a title for no person (`director of IIT, Kanpur, Indranil Manna`)', () => {
    const text = 'Research\n\nThe programme is the first of its kind, says the director of IIT, Kanpur, Indranil Manna.';
    expect(starting(quotes(text, 'en'), 'The programme')?.speaker).toBe('Indranil Manna');
  });
});

describe('appeals and feelings voiced (English)', () => {
  it('reports nothing the police are appealing for', () => {
    // (Changed in round 26: English appeals and noun-phrase reports are no claims — an appeal or an announced noun asserts no proposition, and none of the eleven such claims over final65–69 was annotated, by either annotator where final66 was annotated twice.)
    const text = 'Crash\n\nLancashire Police are appealing for help tracing witnesses to a collision on the A59.';
    expect(quotes(text, 'en')).toEqual([]);
  });

  it('guard: takes no appeal from a noun (`185,000 appeals for asylum`)', () => {
    const text = 'Asylum\n\nGermany received around 185,000 appeals for asylum last year, a decline from the year before.';
    expect(starting(quotes(text, 'en'), 'asylum last year')).toBeUndefined();
  });

  it('reports no call on someone to act (`called on all Victorians to …`)', () => {
    // (Changed in round 26: English appeals and noun-phrase reports are no claims — an appeal or an announced noun asserts no proposition, and none of the eleven such claims over final65–69 was annotated, by either annotator where final66 was annotated twice.)
    const text = 'Virus\n\nPremier Daniel Andrews has called on all Victorians to exercise commonsense as the state battles the virus.';
    expect(quotes(text, 'en')).toEqual([]);
  });

  it('reports no progressive appeal (`is urging the union … to respond`)', () => {
    // (Changed in round 26: English appeals and noun-phrase reports are no claims — an appeal or an announced noun asserts no proposition, and none of the eleven such claims over final65–69 was annotated, by either annotator where final66 was annotated twice.)
    const text = 'Strike\n\nLabour Minister Patty Hajdu is urging the union representing striking postal workers to respond to the latest offer.';
    expect(quotes(text, 'en')).toEqual([]);
  });

  it('reads a clause without `that` after `emphasised`', () => {
    const text = 'Floods\n\nAnnastacia Palaszczuk emphasised Queensland had responded strongly and proactively to the floods.';
    expect(starting(quotes(text, 'en'), 'Queensland had')?.speaker).toBe('Annastacia Palaszczuk');
  });

  it('reports no feeling expressed as a noun (`expressed disappointment in …`)', () => {
    // (Changed in round 26: English appeals and noun-phrase reports are no claims — an appeal or an announced noun asserts no proposition, and none of the eleven such claims over final65–69 was annotated, by either annotator where final66 was annotated twice.)
    const text = 'Council\n\nCouncil president Lisa Bender expressed disappointment in the lack of action on policing.';
    expect(quotes(text, 'en')).toEqual([]);
  });

  it('guard: takes no report from a passive (`is expressed in dollars`)', () => {
    const text = 'Trade\n\nThe value of the contract was expressed in dollars rather than in euros this year.';
    expect(quotes(text, 'en')).toHaveLength(0);
  });

  it('takes a title-case headline verb for no surname (`Minister Calls for …`)', () => {
    const text = 'Minister Calls for Response from Striking Union\n\nThe federal jobs minister said the union must respond to the latest offers quickly.';
    expect(starting(quotes(text, 'en'), 'the union must')?.speaker).toBe('minister');
  });
});

describe('what was said reported through a preposition (Polish)', () => {
  it('an appeal for something is no claim (`zaapelował o …`)', () => {
    // (Changed in round 27: an appeal asserts nothing; none of the five Polish appeals produced over final65–71 was annotated.)
    const text = 'Sylwester\n\nMinister zdrowia Adam Niedzielski zaapelował o pozostanie w domach w noc sylwestrową.';
    expect(starting(quotes(text, 'pl'), 'pozostanie w domach')).toBeUndefined();
  });

  it('reports what someone drew attention to (`zwrócił uwagę na …`)', () => {
    const text = 'Budżet\n\nPrezydent Karol Nawrocki zwrócił uwagę na rekordowo wysoki deficyt w budżecie państwa.';
    expect(starting(quotes(text, 'pl'), 'rekordowo wysoki')?.speaker).toBe('Karol Nawrocki');
  });

  it('takes no topic from a time of day (`poinformował o godz. 12`)', () => {
    const text = 'Konferencja\n\nRzecznik rządu Piotr Müller poinformował o godz. 12 dziennikarzy zebranych w sali.';
    expect(quotes(text, 'pl')).toHaveLength(0);
  });
});

describe('groups and plural institutions (Polish)', () => {
  it('keeps a plural institution plural (`służby lotniskowe`)', () => {
    const text = 'Lądowanie\n\nJak przekazały służby lotniskowe, w trakcie lotu załoga zgłosiła problem techniczny.';
    expect(starting(quotes(text, 'pl'), 'w trakcie lotu')?.speaker).toBe('służby lotniskowe');
  });

  it('guard: still reads a genitive institution in the nominative (`według straży miejskiej`)', () => {
    const text = 'Wypadek\n\nWedług straży miejskiej kierowca uciekł z miejsca zdarzenia.';
    expect(starting(quotes(text, 'pl'), 'kierowca uciekł')?.speaker).toBe('straż miejska');
  });

  it('reads a bare group noun as the group named in full before, even when that one did not speak', () => {
    const text = 'Tatry\n\nPracowity początek roku mają ratownicy TOPR. Jak informują ratownicy, najwięcej interwencji dotyczyło turystów.';
    expect(starting(quotes(text, 'pl'), 'najwięcej interwencji')?.speaker).toBe('ratownicy TOPR');
  });
});

describe('dash tails (Polish)', () => {
  it('reads an adverb between the dash and the verb of its tail (`– wielokrotnie deklarował X`)', () => {
    const text = 'Stopy\n\n– Jeśli będzie taka konieczność, to stopy procentowe będą zmienione – wielokrotnie deklarował prof. Adam Glapiński, prezes NBP.';
    expect(starting(quotes(text, 'pl'), 'Jeśli będzie')?.speaker).toBe('Adam Glapiński');
  });

  it('guard: keeps a dash closing an insertion out of tails (`Mieszkańcy – i nie ma się co dziwić – negatywnie oceniają …`)', () => {
    const text = 'Remont\n\nMieszkańcy – i nie ma się co dziwić – negatywnie oceniają tempo robót. Robotników spotkaliśmy tylko na jednej ulicy.';
    expect(starting(quotes(text, 'pl'), 'Mieszkańcy')).toBeUndefined();
  });

  it('reads a tail alone on the line under a dialogue line as its attribution', () => {
    const text = 'Sesja\n- Oświadczam, że pan przewodniczący nie panuje nad obradami.\n- oświadczył na sesji radny Jan Dżugaj.\n\n- Ale nie zauważyłem takich osób\n- odpowiedział mu Adam Horbacz, przewodniczący rady.\n\n- Proszę zachować takie złośliwości dla siebie\n- odgryzł się Horbacz.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Ale nie zauważyłem')?.speaker).toBe('Adam Horbacz');
    expect(starting(qs, 'Proszę zachować')?.speaker).toBe('Adam Horbacz');
  });
});

describe('objects of verbs that also report (English)', () => {
  // (Revised in round 18: what a government announces — `announced funding … to help ranchers` — is reported
  // as a noun phrase; a claimed victory still is not.)
  it('takes no content from a bare noun phrase object (`claimed a commanding victory`, `announced funding`)', () => {
    // (Changed in round 26: English appeals and noun-phrase reports are no claims — an appeal or an announced noun asserts no proposition, and none of the eleven such claims over final65–69 was annotated, by either annotator where final66 was annotated twice.)
    const qs = quotes('Election\n\nOpposition leader Donald Tusk claimed a commanding election victory over the prime minister last night.\n\nHer government announced funding on Tuesday to help ranchers and farmers facing drought.', 'en');
    expect(qs).toHaveLength(0);
  });

  it('guard: keeps a gerund clause denied (`denied failing to inform mayors …`)', () => {
    const qs = quotes('Council\n\nThe minister denied failing to inform mayors of their suspensions last month.', 'en');
    expect(starting(qs, 'failing to inform')?.speaker).toBe('minister');
  });
});

describe('titles and addressees (Polish)', () => {
  it('takes no title inside a prepositional phrase for the name after a dash (`kandydat na prezydenta - X`)', () => {
    const text = 'Kampania\n\n"Chyba już czwarty raz zaczynamy kampanię prezydencką" - ocenił w rozmowie z Polską Agencją Prasową lider Polskiego Stronnictwa Ludowego i kandydat tej partii na prezydenta - Władysław Kosiniak-Kamysz.\n\nTo jest wewnętrzna sprawa Platformy - zapewnił lider ludowców.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Chyba już')?.speaker).toBe('Władysław Kosiniak-Kamysz');
    expect(starting(qs, 'To jest wewnętrzna')?.speaker).toBe('Władysław Kosiniak-Kamysz');
  });

  it('knows a candidate as a title (`zaznaczył kandydat PiS`)', () => {
    const text = 'Konwencja\n\n– Polska to moja wielka miłość – powiedział Karol Nawrocki. – Chcę zostać Waszym prezydentem – zaznaczył kandydat PiS.';
    expect(starting(quotes(text, 'pl'), 'Chcę zostać')?.speaker).toBe('Karol Nawrocki');
  });

  it('takes an outlet told something for no speaker (`powiedział w sobotę agencji PAP`)', () => {
    const text = 'Podatki\n\nMinister finansów Tadeusz Kościński zmienił zdanie.\n\n– Podnosimy kwotę wolną do 30 tys. złotych – powiedział w sobotę agencji PAP.';
    expect(starting(quotes(text, 'pl'), 'Podnosimy kwotę')?.speaker).toBe('Tadeusz Kościński');
  });
});

describe('opening participles and indefinite leads (English)', () => {
  it('gives a sentence-opening participle of saying the main clause\'s subject', () => {
    const text = 'Ruling\n\nCouncillors met on Monday.\n\nSaying residents "were likely to suffer serious harm" without intervention, Judge Mary Ellison blocked the plan.\n\nNoting that the law was unclear, Judge Mary Ellison also ordered a review.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'were likely')?.speaker).toBe('Mary Ellison');
    const r = starting(qs, 'the law was unclear');
    expect(r?.speaker).toBe('Mary Ellison');
    expect(r?.quote).toBe('the law was unclear');
  });

  it('identifies an indefinite title in the lead by the same title named in full just after', () => {
    const text = 'Judge blocks order\n\nSaying migrants "were likely to suffer serious, irreparable harm", a federal judge on Tuesday blocked the order.\n\nThe ruling came from U.S. District Judge William Alsup. It gave a victory to the plaintiffs.';
    expect(starting(quotes(text, 'en'), 'were likely')?.speaker).toBe('William Alsup');
  });
});

describe('companies named by their kind (English)', () => {
  it('reads `the airline` as the airline named before, not the outlet in the dateline', () => {
    const text = 'Pilots threaten strike\n\nDALLAS (CBS 11 NEWS) — If the pilots union wanted to get American Airlines\' attention, it surely did.\n\nThe airline though says it still hopes to reach a consensual deal with the pilots.';
    expect(starting(quotes(text, 'en'), 'it still hopes')?.speaker).toBe('American Airlines');
  });
});

describe('institutions spelt out before their acronym (English)', () => {
  it('reads words spelling the bracketed acronym, then `union`, as one institution', () => {
    const text = 'Strikes\n\nRoad traffic officers will strike on Friday, according to the Public and Commercial Services (PCS) union.\n\nThe Rail, Maritime and Transport (RMT) union said it would strike again next week.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'Road traffic')?.speaker).toBe('Public and Commercial Services (PCS) union');
    expect(starting(qs, 'it would strike')?.speaker).toBe('Rail, Maritime and Transport (RMT) union');
  });
});

describe('a company described between commas (English)', () => {
  it('reads a capitalised name, an apposition opened by `a`, then a verb of saying as the institution speaking', () => {
    const text = 'Store closes\n\nIn October, Wal-Mart Canada, a unit of retailing-giant Wal-Mart Stores Inc., said the store was not profitable.';
    expect(starting(quotes(text, 'en'), 'the store was')?.speaker).toBe('Wal-Mart Canada');
  });
});

describe('press officers (Polish)', () => {
  it('ends a `Jak przekazała X, oficer prasowa … w Oławie,` attribution after the title and its place', () => {
    const text = 'Wypadek\n\nJak przekazała podinsp. Alicja Jędo, oficer prasowa Komendy Powiatowej Policji w Oławie, samochód zjechał do rowu.';
    const q = starting(quotes(text, 'pl'), 'samochód zjechał');
    expect(q?.speaker).toBe('Alicja Jędo');
    expect(q?.quote).toBe('samochód zjechał do rowu');
  });

  it('reads a police spokeswoman as the press officer named before', () => {
    const text = 'Wypadek\n\nJak przekazała podinsp. Alicja Jędo, oficer prasowa Komendy Powiatowej Policji w Oławie, samochód zjechał do rowu.\n\nWedług wstępnych ustaleń policji kierowca jechał za szybko. - Został zabrany do szpitala - mówiła rzeczniczka oławskich policjantów.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Został zabrany')?.speaker).toBe('Alicja Jędo');
    expect(starting(qs, 'kierowca jechał')?.speaker).toBe('policja');
  });
});

describe('things and verbs that look like names (Polish)', () => {
  it('takes neither a past verb opening the sentence nor a name before a model number for the speaker', () => {
    const text = 'Wizyta\n\n- Ta sprawa nie jest zamknięta - powiedział minister Zbigniew Rau.\n\nRozmawiał z nimi między innymi o gazociągu Nord Stream 2. Podkreślał, że jego rozmówcy nie byli w tej sprawie jednomyślni.';
    expect(starting(quotes(text, 'pl'), 'jego rozmówcy')?.speaker).toBe('Zbigniew Rau');
  });

  it('guard: keeps a given name opening the sentence (`Michał powiedział`)', () => {
    const text = 'Mecz\n\nMichał Nowak grał dobrze. Michał powiedział, że drużyna jest gotowa.';
    expect(starting(quotes(text, 'pl'), 'drużyna jest')?.speaker).toBe('Michał Nowak');
  });
});

describe('datelines (English)', () => {
  it('takes a two-word city in capitals before a colon for a dateline, not a speaker', () => {
    const text = 'Talks\n\nKUALA LUMPUR: Prime Minister Najib Razak accused the embassy of lying about the case on Monday.';
    expect(starting(quotes(text, 'en'), 'the embassy of lying')?.speaker).toBe('Najib Razak');
  });
});
