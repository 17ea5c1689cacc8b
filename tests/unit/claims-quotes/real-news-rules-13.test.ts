import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the thirteenth round of real-news attribution rules (2026-11-23, twelfth session).
// Every fixture is an invented news text written for these tests; each `it` checks one rule on a
// case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break
// (they pass on the code before the round too).

describe('who goes on speaking', () => {
  it('lets an unnamed member of a group speak on only until someone new is named', () => {
    const text = 'Protest\n\nTrwa protest. - Nie mamy już siły czekać - mówi jeden z kierowców stojących na granicy. Kierowcy domagają się zmian. Na miejsce przyjechał wojewoda lubelski Tomasz Malinowski. - Rozumiem kierowców - zaznaczył.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Nie mamy już')?.speaker).toBe('jeden z kierowców stojących');
    expect(starting(qs, 'Rozumiem kierowców')?.speaker).toBe('Tomasz Malinowski');
  });

  it('gives a bare title to the untitled person just before rather than to a holder named only later', () => {
    const text = 'Lekarze\n\nMichał Kowalczyk był pytany w radiu, czy premier spotka się z lekarzami. W tym tygodniu takie spotkanie nie jest planowane - powiedział minister.\n\nPremier Jan Zieliński zapowiedział, że z lekarzami spotka się minister zdrowia Adam Wrona.';
    expect(starting(quotes(text, 'pl'), 'W tym tygodniu')?.speaker).toBe('Michał Kowalczyk');
  });

  it('guard: keeps a later-named holder of a title with a complement (`Rzecznik KE:` above `rzecznik KE Jan Lis`)', () => {
    const text = 'Polska i Komisja\n\nPremier Adam Kowal udzielił wywiadu. – Komisja stawia nam żądania – stwierdził Adam Kowal.\n\nRzecznik KE: Nie ma mowy o wojnie\n\nO komentarz poproszony został rzecznik prasowy Komisji Europejskiej Jan Lis. – Nie odnosimy się do wywiadów – powiedział rzecznik KE.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Nie ma mowy')?.speaker).toBe('Jan Lis');
    expect(starting(qs, 'Nie odnosimy się')?.speaker).toBe('Jan Lis');
  });

  it('keeps a public figure in the one office the title names even when named only in someone else’s words', () => {
    const text = 'Stopy procentowe\n\n- To jest upolitycznienie banku centralnego pod wodzą pana Adama Glapińskiego - powiedział ekonomista Jan Wrzos.\n\nKrytykuje obniżkę stóp.\n\n- Nasze prognozy wskazują, że inflacja będzie maleć - powiedział prezes NBP.';
    expect(starting(quotes(text, 'pl'), 'Nasze prognozy')?.speaker).toBe('Adam Glapiński');
  });

  it('lets a title given inside someone’s words yield to the speaker just quoted', () => {
    const text = 'Rezydenci\n\nPremier Jan Zieliński powiedział w środę, że z lekarzami spotka się minister zdrowia Adam Wrona. Na pewno minister zdrowia będzie do dyspozycji lekarzy - podkreślił w czwartek szef kancelarii premiera Piotr Kowalczyk.\n\nPremier docenia powagę sytuacji. Reformy są potrzebne - powiedział minister.';
    expect(starting(quotes(text, 'pl'), 'Premier docenia')?.speaker).toBe('Piotr Kowalczyk');
  });

  it('names a person described afresh (`wzburzony starszy mężczyzna`) as new, not as the last speaker', () => {
    const text = 'Zebranie\n\n- Nie mamy narzędzi, aby wstrzymać budowę – powiedział wiceprezydent Adam Nowak. Po chwili z sali odezwał się krzyk – Pan nam opowiada bzdury! Kto jest za tym? - krzyczał wzburzony starszy mężczyzna.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Pan nam opowiada')?.speaker).toBe('wzburzony starszy mężczyzna');
    expect(starting(qs, 'Nie mamy narzędzi')?.speaker).toBe('Adam Nowak');
  });
});

describe('where the words begin', () => {
  it('runs a dash tail back to a dash opened after a colon', () => {
    const text = 'Kadra\n\nTrener odniósł się do powołania trzech zawodników: - To była trudna decyzja. Wszyscy zasłużyli na wyjazd. Teraz gra się o zwycięstwo - stwierdził Jan Lis.';
    expect(quotes(text, 'pl').find((q) => q.quote.includes('Teraz gra się'))?.quote).toBe('To była trudna decyzja. Wszyscy zasłużyli na wyjazd. Teraz gra się o zwycięstwo');
  });

  it('starts spoken words at a dash before a capital inside a narrative sentence', () => {
    const text = 'Żużel\n\nTrener gości zrugał rywali, nie rozumiejąc jak można być tak słabo dopasowanym - Tyle jeździć i nie trafić? To nie do pomyślenia - powiedział Jan Wrzos tuż po meczu.';
    expect(starting(quotes(text, 'pl'), 'Tyle jeździć')?.quote).toBe('Tyle jeździć i nie trafić? To nie do pomyślenia');
  });

  it('does not run a dash tail back over a narrative sentence about someone named in full', () => {
    const text = 'Strajk\n\nKurator Anna Lis skrytykowała miasto. Ewa Wrona z urzędu miasta nie chciała się odnosić do zarzutów. Czas na weryfikację jeszcze będzie - zapewniła.';
    const q = starting(quotes(text, 'pl'), 'Czas na weryfikację');
    expect(q?.speaker).toBe('Ewa Wrona');
  });

  it('ends a dialogue line before a new line that carries its own tail', () => {
    const text = 'Sesja\n\n– Musimy zabezpieczyć środki – mówi przewodniczący rady Adam Kos. – Emitujemy obligacje na szkoły. Z tej puli część pójdzie na przedszkola. Za głosowali radni koalicji. – Emitujemy obligacje już drugi raz w tym roku – mówi radna Ewa Lis.';
    const qs = quotes(text, 'pl');
    expect(qs.find((q) => q.quote.includes('na szkoły'))?.speaker).toBe('Adam Kos');
    expect(starting(qs, 'Emitujemy obligacje już')?.speaker).toBe('Ewa Lis');
  });

  it('cuts a line with a tail the lexicon lacks at that tail and keeps the speaker’s own question', () => {
    const text = 'Reparacje\n\nGłos zabrał też Jan Wrzos. — Czy ktoś kiedykolwiek za to zapłacił? Nie, oczywiście, że nie — rozpoczął. Zapytał też, "czy to w ogóle do pomyślenia".';
    const q = starting(quotes(text, 'pl'), 'Czy ktoś');
    expect(q?.quote).toBe('Czy ktoś kiedykolwiek za to zapłacił? Nie, oczywiście, że nie');
    expect(q?.speaker).toBe('Jan Wrzos');
  });

  it('takes a present-tense verb the lexicon lacks right before a title that closes the line as a tail (`– wytyka radny prawicy.`)', () => {
    const text = 'Sesja\n\nRadni dyskutowali o sprawozdaniu. – To powinno być sprawozdanie z pracy prezydenta – wytyka radny prawicy.';
    expect(starting(quotes(text, 'pl'), 'To powinno')?.speaker).toBe('radny prawicy');
  });

  it('takes a reflexive verb in the present right before the speaker as a tail (`– dziwi się radny Jan Wrona.`)', () => {
    const text = 'Sesja\n\n– Wniosek jest niezgodny z regulaminem – mówi radny Edward Lis. Podobnie ocenia go jeden z radnych prawicy. – Dlaczego mieszkańcy mają nie wiedzieć, co robił prezydent? – dziwi się radny Jan Wrona.';
    expect(starting(quotes(text, 'pl'), 'Dlaczego mieszkańcy')?.speaker).toBe('Jan Wrona');
  });

  it('takes an idiom tail after a short question (`Kiedy mogliby grać? - rozważał Lis.`)', () => {
    const text = 'Kadra\n\nW rozmowie z portalem trener wyjaśnił swój wybór.\n\n- Mogłem wziąć Kwolka. Kiedy mogliby grać? - rozważał Adam Lis.';
    expect(starting(quotes(text, 'pl'), 'Mogłem wziąć')?.speaker).toBe('Adam Lis');
  });
});

describe('what is no statement', () => {
  it('reads `wg scenariusza`, `według planu` as no source', () => {
    const text = 'Kino\n\nFilm w reżyserii Adama Wrony wg scenariusza Jana Lisa trafi do kin w maju. Według planu zdjęcia ruszą w marcu.';
    expect(quotes(text, 'pl')).toEqual([]);
  });

  it('reads unowned `nieoficjalne informacje` as the outlet’s own, but keeps an owner after them', () => {
    const text = 'Sejmik\n\nPartia ma 21 mandatów. Według nieoficjalnych informacji, na kandydata nie chcą głosować radni skupieni wokół marszałka.\n\nWedług nieoficjalnych informacji PAP prezydent ogłosi start w wyborach w ciągu kilku dni.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'na kandydata')).toBeUndefined();
    expect(starting(qs, 'prezydent ogłosi')?.speaker).toBe('PAP');
  });

  it('does not let a relative clause of learning cut the reported clause it sits in', () => {
    const text = 'Strajk\n\nKurator Anna Lis tłumaczyła, że każdy dyrektor, który dowiedział się o tym, że w jego szkole planowany jest strajk, powinien zgłosić ten fakt.';
    const qs = quotes(text, 'pl');
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toBe('Anna Lis');
    expect(qs[0].quote).toContain('powinien zgłosić ten fakt');
  });

  it('guard: keeps the statement of someone named in a relative clause inside another’s words (`with Trump, who announced that`)', () => {
    const text = 'Tariffs\n\nPrime Minister Justin Trudeau said he had a good call with Donald Trump, who announced Monday night that he will sign an executive order imposing new tariffs.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'he will sign')?.speaker).toBe('Donald Trump');
  });

  it('guard: reads a lower-case `co` as no company (`co do marszałka`)', () => {
    const text = 'Sejmik\n\nBrak dochowania uzgodnień przez radnych co do marszałka to przejaw braku odpowiedzialności - skomentował rzecznik PiS Jan Wrzos i zapowiedział, że wobec osób, które zachowały się nieuczciwie, będą wyciągnięte konsekwencje.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'wobec osób')?.speaker).toBe('Jan Wrzos');
  });
});

describe('names and institutions', () => {
  it('matches a soft-stem surname across its cases (`Grbicia` … `Grbić`)', () => {
    const text = 'Siatkówka\n\nReprezentacja pod wodzą selekcjonera Nikoli Grbicia zajęła drugie miejsce.\n\n- Chciałem dać mu szansę - mówił Grbić.';
    expect(starting(quotes(text, 'pl'), 'Chciałem dać')?.speaker).toBe('Nikola Grbić');
  });

  it('gives a public figure the nominative of a surname seen only declined (`Dmytro Kułebą`, `Kułeby`)', () => {
    const text = 'Wizyta\n\nMinister rozmawiał z szefem ukraińskiego MSZ Dmytro Kułebą. Nie umknęło to uwadze ministra Kułeby, który oświadczył, że jest to oznaka szacunku.';
    expect(starting(quotes(text, 'pl'), 'jest to oznaka')?.speaker).toBe('Dmytro Kułeba');
  });

  it('reads `Sąd Okręgowy` after `Sąd Okręgowy w Białymstoku` and a bare `Sąd` after it as that court, not the one after `do`', () => {
    const text = 'Wyrok\n\nSkazał go w piątek Sąd Okręgowy w Białymstoku. Sąd Okręgowy zajmował się sprawą po tym, gdy kasację do Sądu Najwyższego wniosła prokuratura. Sąd uzasadniał, że sprawa ma wydźwięk społeczny.';
    expect(starting(quotes(text, 'pl'), 'sprawa ma')?.speaker).toBe('Sąd Okręgowy w Białymstoku');
  });

  it('reads `menedżer Stali` as a title of a club, not a person called Stali', () => {
    const text = 'Żużel\n\n- To nie do pomyślenia - powiedział menedżer Stali tuż po meczu.';
    expect(starting(quotes(text, 'pl'), 'To nie do')?.speaker).toBe('menedżer Stali');
  });

  it('guard: prefers the holder named last before the quotation when two titles tie', () => {
    const text = 'Ceny prądu\n\nSzef rządu Donald Tusk powiedział, że ceny zostaną zamrożone.\n\nDariusz Marzec, prezes Polskiej Grupy Energetycznej, odpowiedział, że rośnie zużycie prądu. – Po prostu zużywamy więcej prądu – stwierdził szef PGE.';
    expect(starting(quotes(text, 'pl'), 'Po prostu')?.speaker).toBe('Dariusz Marzec');
  });

  it('guard: takes the subject of the main clause, not of an embedded question with `co`', () => {
    const text = 'Konwencja\n\nRzecznik rządu Piotr Wrona pytany w radiu, co PiS zaprezentuje na konwencji, odparł: "My sprawy programowe już zaprezentowaliśmy".';
    expect(starting(quotes(text, 'pl'), 'My sprawy')?.speaker).toBe('Piotr Wrona');
  });
});

describe('English', () => {
  it('leaves a party-and-place parenthesis out of the subject (`Sen. Mark Leno (D San Francisco), said`)', () => {
    const text = 'Minimum wage\n\nThe bill’s sponsor, Sen. Mark Leno (D San Francisco), said in a release, “The bill rewards work and raises productivity.”';
    expect(starting(quotes(text, 'en'), 'The bill rewards')?.speaker).toBe('Mark Leno');
  });

  it('knows a dealer, a trader and an administrator as people who speak', () => {
    const text = 'Markets\n\n"Prices will only go up now," a Mumbai-based dealer at a global trading firm said.\n\nCity Administrator Jane Roe says the company has guidelines to follow.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'Prices will')?.speaker).toBe('a Mumbai-based dealer');
    expect(starting(qs, 'the company has')?.speaker).toBe('Jane Roe');
  });

  it('reads past a rank before the name after `according to` (`According to Lt. Larry Crowson of HPD`)', () => {
    const text = 'Burglary\n\nAccording to Lt. Larry Crowson of HPD, officers did not have to go far to find their suspect.';
    expect(starting(quotes(text, 'en'), 'officers did not')?.speaker).toBe('Larry Crowson');
  });

  it('names a company without its legal form (`Cineworld Group Plc` → `Cineworld Group`)', () => {
    const text = 'Cinemas\n\nCineworld Group Plc said on Wednesday that it would close 536 cinemas in the U.S. this week.';
    expect(starting(quotes(text, 'en'), 'it would close')?.speaker).toBe('Cineworld Group');
  });

  it('reads a byline label (`News Desk:`) as no speaker and the sentence after it as reported speech', () => {
    const text = 'Power prices\n\nNews Desk: Finance Minister Ali Khan has said that no proposal to raise prices has come to the ministry yet.';
    expect(starting(quotes(text, 'en'), 'no proposal')?.speaker).toBe('Ali Khan');
  });

  it('reads a nationality adjective and a capitalised noun before a past-tense verb as an institution (`Irish Rail attributed`)', () => {
    const text = 'Delays\n\nIrish Rail attributed the delays to a signal fault and said services into and out of the station were impacted.';
    expect(starting(quotes(text, 'en'), 'services into')?.speaker).toBe('Irish Rail');
  });
});

describe('more names', () => {
  it('gives a bare surname to the namesake named last before it, not to one named at the end', () => {
    const text = 'Kongres\n\nJarosław Kaczyński wybrany na prezesa partii.\n\nKaczyński: Polska musi się zmienić\n\nPrezesem partii był wcześniej jego brat Lech Kaczyński.';
    expect(starting(quotes(text, 'pl'), 'Polska musi')?.speaker).toBe('Jarosław Kaczyński');
  });

  it('reads `Kubacki` as a surname, not a form of `Kuba`, and an unknown foreign name in the genitive as no subject', () => {
    const text = 'Skoki\n\nW sobotę Dawid Kubacki był pierwszy.\n\nKubacki po skokach na 130 metrów wyprzedził Halvora Egnera Graneruda o 5 pkt. Potwierdził, że jest najlepszym skoczkiem na świecie.';
    expect(starting(quotes(text, 'pl'), 'jest najlepszym')?.speaker).toBe('Dawid Kubacki');
  });

  it('reads past a nickname in quotation marks inside the tail (`mówi „złoty trener” kadry Marek Lis`)', () => {
    const text = 'Żużel\n\n- Przegrali na własne życzenie - mówi o porażce Motoru w finale Ekstraligi "złoty trener" reprezentacji Polski Marek Lis.';
    expect(starting(quotes(text, 'pl'), 'Przegrali')?.speaker).toBe('Marek Lis');
  });

  it('reads a brand glued to a sign (`ekspert Canal+`) as no surname', () => {
    const text = 'Żużel\n\n- To był błąd sędziego - opowiada nam Marek Lis, były trener kadry i ekspert Canal+. Mecz skończył się remisem. - Rozmawiałem potem z zawodnikiem - dodał.';
    expect(starting(quotes(text, 'pl'), 'Rozmawiałem')?.speaker).toBe('Marek Lis');
  });

  it('starts the words after the sentence that says who was asked (`X był pytany, czy …`)', () => {
    const text = 'Rezydenci\n\nMichał Dworczyk był pytany w radiu, czy premier spotka się z lekarzami. W najbliższych dniach takie spotkanie nie jest planowane - powiedział minister.';
    const q = quotes(text, 'pl').find((x) => x.quote.includes('W najbliższych dniach'));
    expect(q?.quote).toBe('W najbliższych dniach takie spotkanie nie jest planowane');
    expect(q?.speaker).toBe('Michał Dworczyk');
  });
});

describe('titles and public figures', () => {
  it('reads an inflected acronym as the acronym (`szef MON-u`) and lets a bare article title keep the figure’s offices', () => {
    const text = 'Obrona\n\nMinister Mariusz Błaszczak spotkał się z sojusznikami. - Zderzamy się z wieloma zagrożeniami - mówił szef polskiego MON-u.';
    expect(starting(quotes(text, 'pl'), 'Zderzamy się')?.speaker).toBe('Mariusz Błaszczak');
  });

  it('takes a public figure’s surname opening a sentence as that person (`Szydło podkreśliła`)', () => {
    const text = 'Szczyt UE\n\n- Rozpoczynamy szczyt, dwa dni intensywnej pracy - powiedziała szefowa polskiego rządu.\n\nSzydło podkreśliła, że warunkiem powodzenia reform jest rozwiązanie problemów w UE.';
    expect(starting(quotes(text, 'pl'), 'Rozpoczynamy szczyt')?.speaker).toBe('Beata Szydło');
  });

  it('gives a bare Polish `premier` to the Polish one rather than to a foreign prime minister', () => {
    const text = 'Szczyt UE\n\nBeata Szydło przyjechała do Brukseli. - Oczekuję równego udziału wszystkich państw - powiedziała szefowa polskiego rządu. Na szczycie zabraknie premier Wielkiej Brytanii Theresy May.\n\n- Reformy są potrzebne - powiedziała premier.';
    expect(starting(quotes(text, 'pl'), 'Reformy są')?.speaker).toBe('Beata Szydło');
  });

  it('reads `Mr Lamb` as the man of that surname, not his wife', () => {
    const text = 'Buses\n\nRebecca Lamb and Geoffrey Lamb have used the bus for years. Geoffrey Lamb and his wife Rebecca live nearby.\n\nMr Lamb said he is now forced back into his car to drive to the park.';
    expect(starting(quotes(text, 'en'), 'he is now forced')?.speaker).toBe('Geoffrey Lamb');
  });
});

describe('mentions', () => {
  it('guard: gives a person both titles joined by `i` (`wicepremier i minister cyfryzacji Jan Lis`)', () => {
    const text = 'Cyberataki\n\n„Odpieramy 99 proc. ataków” – powiedział wicepremier i minister cyfryzacji Jan Lis.\n\nWicepremier dodał, że cyberprzestrzeń jest polem bitwy bez granic.';
    expect(starting(quotes(text, 'pl'), 'cyberprzestrzeń')?.speaker).toBe('Jan Lis');
  });

  it('reads a sentence-opening `Co ciekawe` as no institution', () => {
    const text = 'Sesja\n\n– Wniosek jest niezgodny z regulaminem – mówi radny Edward Lis. Co ciekawe, podobnie ocenia go jeden z radnych prawicy. – Dlaczego mieszkańcy mają nie wiedzieć, co robił prezydent? – dziwi się radny Jan Wrona.';
    const q = starting(quotes(text, 'pl'), 'Dlaczego mieszkańcy');
    expect(q?.speaker).not.toBe('Co ciekawe');
    expect(q?.quote).toBe('Dlaczego mieszkańcy mają nie wiedzieć, co robił prezydent?');
  });

  it('takes no genitive adjective in `-czej` for a given name (`Kadry Kierowniczej Oświaty`)', () => {
    const text = 'Szkoły\n\n- Oświata się kurczy - tłumaczy Marek Wrona, dyrektor biura Stowarzyszenia Kadry Kierowniczej Oświaty.\n\n- Trzeba będzie łączyć klasy - dodał dyrektor biura stowarzyszenia.';
    expect(starting(quotes(text, 'pl'), 'Trzeba będzie')?.speaker).toBe('Marek Wrona');
  });

  it('reads `Prawo i Sprawiedliwość` in any case as the party, never as people called Prawo or Sprawiedliwość', () => {
    const text = 'Budżet\n\nPrawo i Sprawiedliwość zapowiedziało, że zagłosuje przeciw budżetowi. - Nie sądzę, by sprzedaż biletów wzrosła - tłumaczyła radna klubu Prawa i Sprawiedliwości.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'zagłosuje przeciw')?.speaker).toBe('Prawo i Sprawiedliwość');
    expect(starting(qs, 'Nie sądzę')?.speaker).not.toBe('Prawa');
  });
});

describe('English bare clauses', () => {
  it('reads a bare plural noun and its auxiliary after `said` as the content, not a later relative `that`', () => {
    const text = 'Tuition\n\nNapolitano said hikes are needed to maintain quality on the 10 campuses that comprise the university.';
    expect(quotes(text, 'en').find((q) => q.quote.includes('hikes'))?.quote).toBe('hikes are needed to maintain quality on the 10 campuses that comprise the university');
  });

  it('passes over a comma after `further said` before a pronoun', () => {
    const text = 'Power\n\nMustafa Kamal further said, we have to build many more power plants.';
    expect(starting(quotes(text, 'en'), 'we have to build')?.speaker).toBe('Mustafa Kamal');
  });
});

describe('English subjects', () => {
  it('takes no one a photo caption shows as the subject a later quotation continues', () => {
    const text = 'Rail chaos\n\nIrish Rail spokesperson Jane Cregan said the fault is affecting every line.\n\nLisa Hunter and Robyn Koch from Wisconsin pictured in Heuston Station (Photo: Kyran O\'Brien)\n\n"A train may have got as far as Charleville, but no further."';
    expect(starting(quotes(text, 'en'), 'A train may')?.speaker).toBe('Jane Cregan');
  });

  it('takes the full name set off by commas after a long title as the subject (`the Special Adviser …, Mr. Dele Alake, said`)', () => {
    const text = 'Fees\n\nClarifying this yesterday, the Special Adviser to the President on Special Duties, Communications and Strategy, Mr. Dele Alake, said those reports were inaccurate and not correct.';
    expect(starting(quotes(text, 'en'), 'those reports')?.speaker).toBe('Dele Alake');
  });
});

describe('cost', () => {
  it('guard: finds institutions named by a prefix through an index, not by scanning every institution (many distinct names stay fast)', () => {
    const syl = ['ka', 'lo', 'mi', 'ra', 'to', 'ne', 'su', 'pe', 'do', 'wi'];
    const w = (i: number) => { let s = ''; let x = i; do { s += syl[x % 10]; x = Math.floor(x / 10); } while (x > 0); return s[0].toUpperCase() + s.slice(1) + 'ski'; };
    const parts: string[] = [];
    for (let i = 0; i < 1500; i++) parts.push(`Fundacja ${w(i)} ${w(i + 7)} poinformowała, że zbiórka ${i} trwa.`);
    // (Correctness on a long text with many institutions; the timing itself is measured by `npm run bench`.)
    const qs = quotes(parts.join(' '), 'pl');
    expect(qs).toHaveLength(1500);
    expect(qs[1499].speaker).toBe(`Fundacja ${w(1499)} ${w(1506)}`);
  });
});

describe('names of people and units', () => {
  it('reads a woman’s given name in -a before a man’s genitive surname as the man’s (`zdaniem Aleksandra Miszalskiego`)', () => {
    const text = 'Szkoła\n\nZdaniem Aleksandra Miszalskiego działania kurator przyczyniają się do odchodzenia uczniów.';
    expect(starting(quotes(text, 'pl'), 'działania kurator')?.speaker).toBe('Aleksander Miszalski');
  });

  it('reads a public figure’s surname in `-na` after the feminine `ministra` as her name, not a complement', () => {
    const text = 'Zdrowie\n\nMinistra Leszczyna została zapytana o obawy dotyczące odwołania. "Nie jestem spakowana, nie obawiam się rozmowy z premierem" - powiedziała w odpowiedzi.';
    expect(starting(quotes(text, 'pl'), 'Nie jestem spakowana')?.speaker).toBe('Izabela Leszczyna');
  });

  it('takes no lower-case institution in the genitive in -u for the subject (`rekonstrukcja rządu, odpowiedziała`)', () => {
    const text = 'Zdrowie\n\nMinistra Leszczyna udzieliła wywiadu. Dopytana, czy nie obawia się, że dotknie ją rekonstrukcja rządu, odpowiedziała: "nie obawiam się".';
    expect(starting(quotes(text, 'pl'), 'nie obawiam')?.speaker).toBe('Izabela Leszczyna');
  });

  it('guard: still takes the institution in the genitive after a noun of leadership (`kierownictwo resortu poinformowało`)', () => {
    const text = 'Porodówki\n\nPodczas konferencji w Ministerstwie Zdrowia kierownictwo resortu poinformowało, że w ubiegłym roku zamkniętych zostało 26 porodówek.';
    expect(starting(quotes(text, 'pl'), 'w ubiegłym roku')).toBeDefined();
  });

  it('strips a rank glued with a hyphen from the name (`Snr-Sgt Byrnes`)', () => {
    const text = 'Robbery\n\nOfficer-in-charge Tim Byrnes said the man arrived on a bicycle.\n\nSnr-Sgt Byrnes said there was a reported sighting on the other side of the highway.';
    expect(starting(quotes(text, 'en'), 'there was a reported')?.speaker).toBe('Tim Byrnes');
  });

  it('reads a numbered military unit as an institution', () => {
    const text = 'Czołgi\n\n– Mocne uderzenie podczas kursu dowódców – poinformowała 16 Dywizja Zmechanizowana.';
    expect(starting(quotes(text, 'pl'), 'Mocne uderzenie')?.speaker).toBe('16 Dywizja Zmechanizowana');
  });

  it('guard: keeps `Park` a surname (`epidemiologist Sarah Park wrote`)', () => {
    const text = 'Measles\n\n“They were exposed in their home state to an infected guest,” Hawaiian state epidemiologist Sarah Park wrote in a letter.';
    expect(starting(quotes(text, 'en'), 'They were exposed')?.speaker).toBe('Sarah Park');
  });

  it('guard: lets an age describe afresh only a plain person noun (`młody rolnik` may be the farmer named before)', () => {
    const text = 'Nawozy\n\nMarcin Piątek prowadzi gospodarstwo pod Radomiem. – Nawozy to najdroższa rzecz w uprawie – mówi młody rolnik.';
    expect(starting(quotes(text, 'pl'), 'Nawozy to')?.speaker).toBe('Marcin Piątek');
  });
});
