import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the fourteenth round of real-news attribution rules (2026-11-24, thirteenth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule
// on a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break
// (they pass on the code before the round too).

describe('names and their cases (Polish)', () => {
  it('reads `Sylwestra` as the genitive of Sylwester', () => {
    const text = 'Uczelnia\n\nDla prof. Sylwestra Czopka to ostatni rok na stanowisku rektora. – Reforma nie spełniła oczekiwań – stwierdził bez ogródek prof. Czopek.';
    expect(starting(quotes(text, 'pl'), 'Reforma nie')?.speaker).toBe('Sylwester Czopek');
  });

  it('reads a woman’s name in -a before a man’s genitive surname as his name (`Stanisława Nowaka`)', () => {
    const text = 'Uczelnia\n\nDla prof. Stanisława Nowaka to ósmy rok na stanowisku rektora. – Reforma nie spełniła oczekiwań – stwierdził prof. Nowak.';
    expect(starting(quotes(text, 'pl'), 'Reforma nie')?.speaker).toBe('Stanisław Nowak');
  });

  it('reads a woman’s name in -a before a man’s genitive surname in -ka as his (`Daniela Obajtka`)', () => {
    const text = 'Orlen\n\nWedle słów Daniela Obajtka spółka rośnie. – Jesteśmy silni – powiedział Obajtek.';
    expect(starting(quotes(text, 'pl'), 'Jesteśmy silni')?.speaker).toBe('Daniel Obajtek');
  });

  it('guard: keeps a woman named in the nominative with a surname in -ka (`Anna Sroka`)', () => {
    const text = 'Szkoła\n\nDyrektorka szkoły Anna Sroka zabrała głos. – Nie zamkniemy szkoły – powiedziała Sroka.';
    expect(starting(quotes(text, 'pl'), 'Nie zamkniemy')?.speaker).toBe('Anna Sroka');
  });

  it('takes no one from a brand written with digits (`w Polskim Radiu24`)', () => {
    const text = 'Wywiad\n\nTo jest nieprawda - powiedział w Polskim Radiu24 prezes partii, wicepremier Jan Wrona.\n\n„Nasz prezes dobrze pracuje” - powiedział prezes partii.';
    expect(starting(quotes(text, 'pl'), 'Nasz prezes')?.speaker).toBe('Jan Wrona');
  });
});

describe('titles (Polish)', () => {
  it('keeps the speaking title when a saint, a possessive adjective and a past holder are named between', () => {
    const text = 'Konsekracja\n\nW homilii metropolita krakowski zwrócił uwagę na obrzęd. Podkreślił, że wierzący są żywym Kościołem. Wskazał na relikwie św. Maksymiliana Marii Kolbego. Zaznaczył, że kościół konsekrowano w rocznicę wyboru kard. Karola Wojtyły na stolicę Piotrową, a ówczesny biskup krakowski stał u początków parafii.\n\n- Uwierzyliście sercem ufnym - mówił metropolita.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'wierzący są')?.speaker).toBe('metropolita krakowski');
    expect(starting(qs, 'kościół konsekrowano')?.speaker).toBe('metropolita krakowski');
    expect(starting(qs, 'Uwierzyliście')?.speaker).toBe('metropolita krakowski');
  });

  it('names an archbishop as such, not as a bishop', () => {
    const text = 'Pielgrzymka\n\nArcybiskup mówił, że pielgrzymi przybyli z całego kraju.';
    expect(starting(quotes(text, 'pl'), 'pielgrzymi')?.speaker?.toLowerCase()).toBe('arcybiskup');
  });

  it('lets a title after a short opening phrase speak on (`Na konferencji prasowej rzecznik policji …`)', () => {
    const text = 'Wypadek\n\nNa konferencji prasowej rzecznik policji przedstawił szczegóły wypadku. Przekazał, że kierowca był trzeźwy.';
    expect(starting(quotes(text, 'pl'), 'kierowca był')?.speaker).toBe('rzecznik policji');
  });
});

describe('institutions (Polish)', () => {
  it('does not take the country of the clause as the seat of a national body', () => {
    const text = 'Strażacy\n\nWedług danych Państwowej Straży Pożarnej w Polsce jest obecnie ok. 62 tys. strażaków.';
    expect(starting(quotes(text, 'pl'), 'w Polsce jest')?.speaker ?? starting(quotes(text, 'pl'), 'jest obecnie')?.speaker).toBe('Państwowa Straż Pożarna');
  });

  it('guard: keeps the city seat of an office (`Prokuratura Okręgowa w Warszawie wszczęła …`)', () => {
    const text = 'Śledztwo\n\nProkuratura Okręgowa w Warszawie poinformowała, że wszczęła śledztwo.';
    expect(starting(quotes(text, 'pl'), 'wszczęła')?.speaker).toBe('Prokuratura Okręgowa w Warszawie');
  });
});

describe('who speaks inside whose words (Polish)', () => {
  it('ends a title’s complement before an adverb of degree (`w ocenie prezydenta najbardziej alarmujące są …`)', () => {
    const text = 'Budżet\n\nPrezydent Jan Wrona mówił o deficycie. W ocenie prezydenta najbardziej alarmujące są niższe od zaplanowanych dochody.';
    expect(starting(quotes(text, 'pl'), 'najbardziej alarmujące')?.speaker).toBe('Jan Wrona');
  });

  it('does not read `…, co proponuje resort finansów` as the ministry reporting what the president said', () => {
    const text = 'Budżet\n\nPrezydent Jan Wrona spotkał się z ministrami. Jednocześnie prezydent zapowiedział, że nie zgodzi się na podwyższenie podatków, co proponuje obecnie resort finansów.';
    expect(starting(quotes(text, 'pl'), 'nie zgodzi się')?.speaker).toBe('Jan Wrona');
  });

  it('lets the speaker, not someone speaking only inside his reported words, go on (`Jak dodał, …`)', () => {
    const text = 'Budżet\n\nPrezydent Jan Wrona spotkał się z ministrami. Jednocześnie prezydent zapowiedział, że nie zgodzi się na podwyżki, co proponuje resort finansów. Jak dodał, jego kancelaria może służyć w tej kwestii pomocą.';
    expect(starting(quotes(text, 'pl'), 'jego kancelaria')?.speaker).toBe('Jan Wrona');
  });

  it('guard: keeps a participle inside a long title (`wiceszef KE prowadzący procedurę … Frans Timmermans`)', () => {
    const text = 'Spotkanie\n\nW kolacji ma wziąć udział wiceszef KE prowadzący procedurę praworządności wobec Polski Jan Lis. Rzecznik Komisji zapowiedział w poniedziałek, że nie będzie to spotkanie jednego tematu.';
    expect(starting(quotes(text, 'pl'), 'nie będzie to')?.speaker?.toLowerCase()).toBe('rzecznik komisji');
  });
});

describe('English', () => {
  it('takes no name from a title in the possessive (`the Chief Minister’s residence`)', () => {
    const text = 'Outburst\n\nAn enraged Nitish Kumar today accused the media of asking wrong questions. "If you have any clues, please share with the police," the Bihar Chief Minister sneered. The killing took place 2 km from the Chief Minister\'s residence. "We always take action," he said.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'If you have')?.speaker).toBe('Nitish Kumar');
    expect(starting(qs, 'We always take')?.speaker).toBe('Nitish Kumar');
  });

  it('reads a lower-case word of jurisdiction before a title after a quotation (`state Emergency Management Director …`)', () => {
    const text = 'Fires\n\n"There are going to be a number of fatalities," state Emergency Management Director Andrew Phelps told MSNBC late Friday.';
    expect(starting(quotes(text, 'en'), 'There are going')?.speaker).toBe('Andrew Phelps');
  });

  it('takes a US state before a title as the title’s qualifier, not a name (`one Oregon official`)', () => {
    const text = 'Fires\n\nThe death toll is likely to climb, with one Oregon official warning of a "mass fatality incident."';
    expect(starting(quotes(text, 'en'), 'mass fatality')?.speaker).not.toBe('Oregon');
  });

  it('knows two given names joined by a hyphen (`François-Philippe Champagne`)', () => {
    const text = 'Deal\n\nThe deal rests with Industry Minister François-Philippe Champagne. The decision rests with Minister Champagne, who said Wednesday he is still looking at the ruling.';
    expect(starting(quotes(text, 'en'), 'he is still')?.speaker).toBe('François-Philippe Champagne');
  });

  it('names the unnamed title of a lead by the person named in full right after (`THE OUTGOING State Solicitor …`)', () => {
    const text = 'Courthouse\n\nTHE OUTGOING State Solicitor for Limerick fired a final shot across the bow of court services, saying that conditions in the old courthouse are “completely unacceptable”.\n\nAidan Judge thanked all those he worked with during his 26 years in the role.';
    expect(starting(quotes(text, 'en'), 'conditions in the old')?.speaker).toBe('Aidan Judge');
  });

  it('names `the head of` an institution in a lead by its director-general named next', () => {
    const text = 'Pandemic\n\nThe head of the World Health Organization (WHO) has said the world should be preparing for a potential pandemic.\n\nIn a statement read out in Geneva on Monday Director-General Dr Tedros Adhanom Ghebreyesus said “We must focus on containment.”';
    expect(starting(quotes(text, 'en'), 'the world should')?.speaker).toBe('Tedros Adhanom Ghebreyesus');
  });

  it('guard: keeps an unnamed lead title when the next person named holds another title', () => {
    const text = 'Strike\n\nThe prime minister said the strike must end.\n\nOpposition leader John Smith said the government had failed.';
    expect(starting(quotes(text, 'en'), 'the strike must')?.speaker?.toLowerCase()).toBe('prime minister');
  });
});

describe('public figures and countries (Polish)', () => {
  it('does not give `szef polskiego MSZ` to a foreign minister the article called `szef MSZ`', () => {
    const text = 'Wizyta\n\nMinister spraw zagranicznych Radosław Sikorski spotkał się w Kijowie ze swoim ukraińskim odpowiednikiem szefem MSZ Andrij Sybiha. — Kijów odzyskuje terytorium — mówił szef polskiego MSZ w ukraińskiej stolicy.';
    expect(starting(quotes(text, 'pl'), 'Kijów odzyskuje')?.speaker).toBe('Radosław Sikorski');
  });

  it('does not give a foreign president’s title to the Polish president', () => {
    const text = 'Wizyta\n\nPrezydent Andrzej Duda jest w Korei Południowej. - Potępiliśmy Koreę Północną - oświadczył Jun po rozmowie z Dudą. Prezydent Korei Południowej dodał, że obaj zgodzili się co do zagrożenia.';
    expect(starting(quotes(text, 'pl'), 'obaj zgodzili')?.speaker).toBe('Jun');
  });

  it('finds a public figure through a double surname in the genitive (`W ocenie Kosiniaka-Kamysza`)', () => {
    const text = 'Obronność\n\nW ocenie Kosiniaka-Kamysza przekaz po spotkaniu jest optymistyczny.';
    expect(starting(quotes(text, 'pl'), 'przekaz po')?.speaker).toBe('Władysław Kosiniak-Kamysz');
  });

  it('reads a subject-less verb after an adverb and a prepositional phrase (`Jeszcze przed spotkaniem podkreślał, że …`)', () => {
    const text = 'Wizyta\n\nSzef polskiej dyplomacji Jan Wrona przebywał w Kijowie. Jeszcze przed spotkaniem podkreślał, że rada ministrów była poświęcona sprawom ukraińskim.';
    expect(starting(quotes(text, 'pl'), 'rada ministrów')?.speaker).toBe('Jan Wrona');
  });
});

describe('addressees and outlets after the verb (Polish)', () => {
  it('reads a dative after the verb as the addressee, not as a noun whose genitive follows (`powiedział dziennikarzom Rogala`)', () => {
    const text = 'Górnictwo\n\nZrobimy wszystko - zadeklarował prezes spółki Tomasz Rogala.\n\n"Oczywiście, że zrobimy wszystko" - powiedział dziennikarzom Rogala w kopalni Ziemowit w Lędzinach.';
    expect(starting(quotes(text, 'pl'), 'Oczywiście')?.speaker).toBe('Tomasz Rogala');
  });

  it('ends a name run after a surname in the dative (`wtórował Moskalowi Gontarz`)', () => {
    const text = 'MPK\n\nZdaniem posła Michała Moskala w MPK łamane są prawa pracowników.\n\n– Miasto staje się folwarkiem – wtórował Moskalowi Gontarz.';
    expect(starting(quotes(text, 'pl'), 'Miasto staje')?.speaker).toBe('Gontarz');
  });

  it('leaves out the agency told (`poinformował PAP Dział Prasowy Prokuratury Krajowej`)', () => {
    const text = 'Zatrzymanie\n\n"Na polecenie prokuratora zatrzymano prezydenta miasta" - poinformował PAP Dział Prasowy Prokuratury Krajowej.';
    expect(starting(quotes(text, 'pl'), 'Na polecenie')?.speaker).toBe('Dział Prasowy Prokuratury Krajowej');
  });

  it('keeps an outlet named after a preposition out of the speakers (`w rozmowie z agencją prasową Ukrinform`)', () => {
    const text = 'Ambasador\n\n– Ambasador został zaproszony do ministerstwa – powiedział w rozmowie z agencją prasową Ukrinform rzecznik ukraińskiego MSZ Oleg Nikolenko.';
    expect(starting(quotes(text, 'pl'), 'Ambasador został')?.speaker).toBe('Oleg Nikolenko');
  });
});

describe('groups and journalists (Polish)', () => {
  it('names a group with its collective in the genitive (`Przedstawiciele załogi`, `członkowie grupy inicjatywnej`)', () => {
    const text = 'Protest\n\nPrzedstawiciele załogi, która przyszła do ratusza, mówili, że przez trzy lata nie dostali wyrównania. Członkowie grupy inicjatywnej twierdzą, że wójt nie słucha rady.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'przez trzy lata')?.speaker?.toLowerCase()).toBe('przedstawiciele załogi');
    expect(starting(qs, 'wójt nie słucha')?.speaker?.toLowerCase()).toBe('członkowie grupy inicjatywnej');
  });

  it('keeps the outlet of a reporter talked to out of the speakers (`w rozmowie z reporterem Pomponika`)', () => {
    const text = 'Festiwal\n\nPiotr Kupicha w rozmowie z reporterem Pomponika wyjaśnił, czemu nie zaprosił koleżanki. "Ona jeszcze śpiewa?" – powiedział.';
    expect(starting(quotes(text, 'pl'), 'Ona jeszcze')?.speaker).toBe('Piotr Kupicha');
  });
});

describe('English names, places and offices', () => {
  it('ends a name at a possessive and takes no name from `Brexit` (`Theresa May’s Brexit deal`)', () => {
    const text = 'Brexit\n\nMPs rejected Prime Minister Theresa May\'s Brexit deal on Tuesday.\n\nThe Prime Minister has said she will reach out to politicians.';
    expect(starting(quotes(text, 'en'), 'she will reach')?.speaker).toBe('Theresa May');
  });

  it('tells a first minister from the prime minister', () => {
    const text = 'Sturgeon\n\nThe First Minister has been meeting MPs during a visit to Westminster.\n\nThe First Minister has said she will give her thoughts on the timing in a "matter of weeks".\n\nNicola Sturgeon said she believed it was best to stay.\n\nMPs rejected Prime Minister Theresa May\'s deal on Tuesday.';
    expect(starting(quotes(text, 'en'), 'she will give')?.speaker).toBe('Nicola Sturgeon');
  });

  it('takes no one from a station (`outside Euston Station … he said`)', () => {
    const text = 'Strikes\n\nRMT general secretary Mick Lynch said the strikes could continue. His comments came as he joined workers on a picket line outside Euston Station on Saturday.\n\n"We\'re not ruling out strikes," he said.';
    expect(starting(quotes(text, 'en'), 'We\'re not ruling')?.speaker).toBe('Mick Lynch');
  });

  it('takes no person from an airports company a `he` could refer to', () => {
    const text = 'Travel\n\nThe boss of Dubai Airports is gearing up for an increase in passengers, but he admitted figures may not hit pre-pandemic level for years.\n\nPaul Griffiths said the move would be a huge boost.';
    expect(starting(quotes(text, 'en'), 'figures may not')?.speaker).toBe('Paul Griffiths');
  });
});

describe('English attributions', () => {
  it('reads `Assistant Atty. Gen.` as a title before the name', () => {
    const text = 'Abramoff\n\n"The corruption scheme is very extensive, and we will follow it," said Assistant Atty. Gen. Alice Fisher, head of the criminal division.';
    expect(starting(quotes(text, 'en'), 'The corruption')?.speaker).toBe('Alice Fisher');
  });

  it('reads `…, said <company> spokesman <name>.` as a tail, not as the company saying the name', () => {
    const text = 'Storm\n\nThe situation was worse in several York County, Maine, towns, said Central Maine Power Company spokesman Kevin Howes.';
    expect(starting(quotes(text, 'en'), 'The situation was')?.speaker).toBe('Kevin Howes');
  });

  it('takes a capital city opening the body with a colon as a dateline (`DUBAI: …`)', () => {
    const text = 'Trump partner\n\nDUBAI: Donald Trump’s business partner in Dubai on Wednesday said he was interested in expanding their relationship.';
    const q = quotes(text, 'en').find((x) => x.quote.includes('he was interested'));
    expect(q?.speaker).toBeTruthy();
    expect(q?.speaker).not.toBe('DUBAI');
  });
});

describe('English: telling someone the words', () => {
  it('attributes a quotation after `telling reporters` to the sentence’s subject', () => {
    const text = 'Debt\n\nGaetz said: “My colleagues support it.”\n\nKarine Jean-Pierre criticized the caucus on Thursday, telling reporters “you heard them argue against preventing default.”';
    expect(starting(quotes(text, 'en'), 'you heard them')?.speaker).toBe('Karine Jean-Pierre');
  });
});

describe('English: appositions', () => {
  it('reads an unclosed apposition with a possessive in it before the verb (`Shin Jong-kyun, the head of Samsung Electronics’ mobile division said`)', () => {
    const text = 'Samsung\n\nSamsung said it expects record sales.\n\n“We expect the figure will be a lot higher,” Shin Jong-kyun, the head of Samsung Electronics’ mobile division said at a media event.';
    expect(starting(quotes(text, 'en'), 'We expect')?.speaker).toBe('Shin Jong-kyun');
  });
});

describe('comparisons and sentence subjects (Polish)', () => {
  it('reads `tak, jak przewiduje X` inside a sentence as a comparison, and gives its quotation to the titled subject', () => {
    const text = 'Stopy\n\nO rozmowę został zapytany rzecznik rządu Piotr Müller. - Ktoś podszedł, co miał zrobić? - pytał.\n\nRzecznik liczy na to, aby sytuacja potoczyła się tak, jak przewiduje Glapiński, ale "jesteśmy otwarci i musimy być gotowi na różne warianty".';
    expect(starting(quotes(text, 'pl'), 'jesteśmy otwarci')?.speaker).toBe('Piotr Müller');
  });
});

describe('Polish rank abbreviations', () => {
  it('keeps `asp. szt.` inside the sentence and the tail', () => {
    const text = 'Wypadek\n\n- Samochód zjechał na pobocze i uderzył w drzewo - powiedział asp. szt. Krzysztof Wojsznarowicz z KPP Stargard.';
    expect(starting(quotes(text, 'pl'), 'Samochód zjechał')?.speaker).toBe('Krzysztof Wojsznarowicz');
  });
});

describe('English names do not decline', () => {
  it('reads an English name ending in consonant-and-a as a subject (`Spokesperson Luyanda Mfeka said`)', () => {
    const text = 'Blackouts\n\nThe mayor\'s spokesperson Luyanda Mfeka says they\'re preparing for the worst.\n\n"To ensure that there are minimal disruptions to services as a result of the rolling blackouts."';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'they\'re preparing')?.speaker).toBe('Luyanda Mfeka');
    expect(starting(qs, 'To ensure')?.speaker).toBe('Luyanda Mfeka');
  });

  it('reads an unlisted English full name after the verb as the speaker (`said Bafana Khumala`)', () => {
    const text = 'Football\n\n"We will fight again next year," said Bafana Khumala.';
    expect(starting(quotes(text, 'en'), 'We will fight')?.speaker).toBe('Bafana Khumala');
  });
});

describe('English absolute `with` phrases', () => {
  it('reads `…, with Mr Smith claiming he …` as Smith’s statement, ends the one before at `with`, and lets Smith go on', () => {
    const text = 'Mayors\n\nLogan mayor Luke Smith was suspended by minister Stirling Hinchliffe.\n\nThe minister denied failing to inform mayors of their suspensions, with Mr Smith claiming he found out on Twitter.\n\n"I feel like I\'ve been robbed of an opportunity to serve the people," he said.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'failing to inform')?.quote).toBe('failing to inform mayors of their suspensions');
    expect(starting(qs, 'he found out')?.speaker).toBe('Luke Smith');
    expect(starting(qs, 'I feel like')?.speaker).toBe('Luke Smith');
  });
});

describe('English residents', () => {
  it('reads `Chiquita Banks of Atlanta said` as a person and where she lives', () => {
    const text = 'Landing\n\nDelta said other travel arrangements were being made.\n\nChiquita Banks of Atlanta said she was asleep and was awakened by the noise.\n\n"That\'s not something you like to hear on a flight," she said.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'she was asleep')?.speaker).toBe('Chiquita Banks');
    expect(starting(qs, 'That\'s not')?.speaker).toBe('Chiquita Banks');
  });

  it('guard: keeps `Bank of America said` an institution', () => {
    const text = 'Banks\n\nBank of America said it would raise rates next year.';
    expect(starting(quotes(text, 'en'), 'it would raise')?.speaker).toBe('Bank of America');
  });
});

describe('English prepositional phrases', () => {
  it('keeps a name after a possessive inside a prepositional phrase out of the subjects (`obtained by FOX Business Network’s Hillary Vaughn, the FAA said`)', () => {
    const text = 'Boeing\n\nIn an email to key congressional committees, obtained by FOX Business Network\'s Hillary Vaughn, the FAA said Dickson is instructing agency safety experts to take their time.';
    expect(starting(quotes(text, 'en'), 'Dickson is')?.speaker).toBe('FAA');
  });
});

describe('Polish ministers and public figures', () => {
  it('reads `szef resortu` as the minister of that ministry', () => {
    const text = 'Rezydenci\n\nNie dojdzie do spotkania ministra zdrowia Adama Nowaka z lekarzami. "Teraz musimy się skoncentrować na fali" – przekazał na Twitterze szef resortu.\n\nZ apelem do ministra zwrócił się rezydent Jakub Kosikowski.';
    expect(starting(quotes(text, 'pl'), 'Teraz musimy')?.speaker).toBe('Adam Nowak');
  });

  it('does not complete a lone common Polish surname to a foreign public figure (`Według Brzezińskiego` is no US ambassador)', () => {
    const text = 'Absolutorium\n\nRadni zagłosowali przeciw absolutorium dla wójta.\n\nWedług Brzezińskiego, głosy przeciwko udzieleniu mu absolutorium to wynik politycznej bezsilności.';
    expect(starting(quotes(text, 'pl'), 'głosy przeciwko')?.speaker).toBe('Brzeziński');
  });
});

describe('English names: days and particles', () => {
  it('ends a name before a day of the week (`said Governor Kevin Stitt Monday`)', () => {
    const text = 'Budget\n\n"This past week proved to be pretty difficult," said Governor Kevin Stitt Monday.';
    expect(starting(quotes(text, 'en'), 'This past week')?.speaker).toBe('Kevin Stitt');
  });

  it('reads `Ben` opening a two-word name as the given name, not a particle (`Ben Reid` is no Harry Reid)', () => {
    const text = 'Hospital\n\nBen Reid, chair of the trust, said measures were being taken to strengthen the board.';
    expect(starting(quotes(text, 'en'), 'measures were')?.speaker).toBe('Ben Reid');
  });
});

describe('English title-case headlines and qualified titles', () => {
  it('reads no institution or person in a title-case headline, and gives a participle’s quotation to the titled person after an institution', () => {
    const text = 'Smaller State Budget Heads Towards Senate And Hobbs\n\nThe Senate is expected to pass the budget on Friday and convey it to Hobbs, who is expected to sign it.\n\nAfter weeks of battling against House conservatives, Senate President Warren Petersen sounded a conciliatory note, saying “We were able to reach a consensus to fund the core functions of government.”';
    expect(starting(quotes(text, 'en'), 'We were able')?.speaker).toBe('Warren Petersen');
  });
});

describe('Polish: read on someone’s account', () => {
  it('gives `– czytamy na Twitterze premiera` to the prime minister named before', () => {
    const text = 'Susza\n\nPremier Mateusz Morawiecki odwiedził rolników.\n\n"Europejska susza jest wyzwaniem dla rolników. Polski rząd jest gotowy na pomoc" - czytamy na Twitterze premiera.';
    expect(starting(quotes(text, 'pl'), 'Europejska susza')?.speaker).toBe('Mateusz Morawiecki');
  });
});
