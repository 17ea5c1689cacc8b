import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the third round of real-news attribution rules. Every fixture is an invented
// news sentence written for these tests; each `it` checks one rule on a case the rule decides.

describe('coordinated speech verbs', () => {
  it('gives `… and added that …` the subject of the speech verb before it, not a noun of its content', () => {
    const t = 'Olivia Grant opened the debate on Tuesday. She said rival parties are blocking the Harbour Bridge plans and added that she would not let them stall the project.';
    const qs = quotes(t, 'en');
    expect(starting(qs, 'rival parties')?.quote).toBe('rival parties are blocking the Harbour Bridge plans');
    expect(starting(qs, 'she would not')?.speaker).toBe('Olivia Grant');
  });

  it('does the same in Polish (`powiedział, że …, i dodał, że …`)', () => {
    const qs = quotes('Minister Jan Kowalski powiedział, że rozmowy z Komisją Europejską nadal trwają, i dodał, że termin nie jest znany.', 'pl');
    expect(starting(qs, 'rozmowy')?.quote).toBe('rozmowy z Komisją Europejską nadal trwają');
    expect(starting(qs, 'termin')?.speaker).toBe('Jan Kowalski');
  });

  it('leaves a speech verb coordinated with another verb to its own subject', () => {
    const qs = quotes('Jan Kowalski powiedział, że wystartuje tylko wtedy, gdy Anna Nowak wróci z urlopu i powie mu, że się zgadza.', 'pl');
    expect(qs.some((x) => x.speaker === 'Jan Kowalski' && x.quote.startsWith('się zgadza'))).toBe(false);
  });
});

describe('names that are also common words', () => {
  it('reads a month that is also a surname as the person before a verb of saying (`May had said`)', () => {
    const t = 'Prime Minister Theresa May called the vote on Tuesday. “We need certainty,” May had said. Later, May told reporters she was confident of a majority.';
    const qs = quotes(t, 'en');
    expect(starting(qs, 'We need')?.speaker).toBe('Theresa May');
    expect(starting(qs, 'she was')?.speaker).toBe('Theresa May');
  });
});

describe('subject-less verbs after a titled subject', () => {
  it('gives a subject-less reported verb to the title that was the subject of the sentence before', () => {
    const t = 'Rzecznik wojewody wyjaśnił dziennikarzom, czym zajmie się sztab kryzysowy. Przekazał, że w środę do miasta przyjadą dodatkowe zespoły ratowników.';
    expect(quotes(t, 'pl')[0].speaker).toBe('Rzecznik wojewody');
  });

  it('resolves that title to the person who holds it when the article names them', () => {
    const t = 'Rzecznik wojewody wyjaśnił dziennikarzom, czym zajmie się sztab kryzysowy. Przekazał, że w środę do miasta przyjadą dodatkowe zespoły ratowników. - Sytuacja jest pod kontrolą - powiedział rzecznik wojewody Marek Zięba.';
    expect(quotes(t, 'pl')[0].speaker).toBe('Marek Zięba');
  });
});

describe('institution names', () => {
  it('keeps a run that ends in an institution word whole even when it starts with a given name', () => {
    expect(quotes('The St. Louis County Police Department said an arrest had been made in the Ferguson shooting.', 'en')[0].speaker).toBe('St. Louis County Police Department');
    expect(quotes('The NC Division of Public Health said it was first notified about the outbreak on Monday.', 'en')[0].speaker).toBe('NC Division of Public Health');
  });

  it('reads an acronym with one capitalised brand word as one institution (`BM Reflex`, `NBC News`)', () => {
    expect(quotes('Według BM Reflex koniec kwietnia upłynie pod znakiem podwyżek cen paliw.', 'pl')[0].speaker).toBe('BM Reflex');
    expect(quotes('According to NBC News, the agency will announce the finding on Monday.', 'en')[0].speaker).toBe('NBC News');
  });

  it('reads the last word after an acronym or genitive adjective of a title as the surname', () => {
    expect(quotes('Prezes NBP Glapiński powiedział, że stopy procentowe nie zmienią się do końca roku.', 'pl')[0].speaker).toBe('Adam Glapiński');
    expect(quotes('Rzecznik ZUS Wierzbicki powiedział, że emerytury zostaną wypłacone na czas.', 'pl')[0].speaker).toBe('Wierzbicki');
    expect(quotes('Minister Spraw Zagranicznych Sikorski powiedział, że rozmowy nie mają dziś sensu.', 'pl')[0].speaker).toBe('Radosław Sikorski');
    // (A place after the acronym is part of the title.)
    expect(quotes('Rzecznik MSZ Rosji powiedział, że rozmowy nie mają dziś sensu.', 'pl')[0].speaker).toBe('Rzecznik MSZ Rosji');
  });
});

describe('appositions', () => {
  it('attributes a quotation to a name whose apposition is left without its closing comma', () => {
    const t = '"We have two storm systems that will reach the coast this week," Alyssa Clements, a meteorologist with the National Weather Service told USA TODAY.';
    expect(quotes(t, 'en')[0].speaker).toBe('Alyssa Clements');
  });
});

describe('English names and follow-on quotations', () => {
  it('does not decline an English given name as a Polish one (`Ole` is no case of `Ola`)', () => {
    const t = '“He did not feel right after training,” United manager Ole Gunnar Solskjaer said before kickoff.';
    expect(quotes(t, 'en')[0].speaker).toBe('Ole Gunnar Solskjaer');
  });

  it('lets a quotation right after an attributed one in its paragraph go on with that speaker', () => {
    const t = 'Singer Marta Keel called the station on Wednesday.\n\n“We have a film that looks good,” Keel told hosts Dave Marsh and Jim Rotolo. “We filmed the whole album on one stage in the desert.”';
    expect(quotes(t, 'en').find((q) => q.quote.includes('We filmed'))?.speaker).toBe('Marta Keel');
  });

  it('reads manner-of-speaking verbs (`sobbed`, `begged`) as attributions', () => {
    const t = '"Please do not give up, please keep searching," 47-year-old housewife Ana Reyes sobbed as rescuers dug through the mud.';
    expect(quotes(t, 'en')[0].speaker).toBe('Ana Reyes');
  });
});

describe('institutions named again', () => {
  it('lets a capitalised bare head (`komunikat Instytutu`) refer back to the institution known by its acronym', () => {
    const t = 'IMGW prognozuje, że w niedzielę przez cały kraj przejdą gwałtowne burze.\n\n"Na mniejszych rzekach mogą wystąpić gwałtowne wzrosty poziomu wody" - czytamy w komunikacie Instytutu.';
    expect(starting(quotes(t, 'pl'), 'Na mniejszych')?.speaker).toBe('IMGW');
  });

  it('keeps where a group comes from in its name (`Synoptycy z IMGW`)', () => {
    expect(quotes('Synoptycy z IMGW prognozują, że burze z gradem wystąpią w całym kraju.', 'pl')[0].speaker).toBe('Synoptycy z IMGW');
  });
});

describe('Polish titles in oblique cases', () => {
  it('does not take a nominative -cja noun after a genitive title as its complement (`Według rzeczniczki sekcja …`)', () => {
    const q = quotes('Według rzeczniczki sekcja zwłok kobiety zostanie przeprowadzona w pierwszych dniach listopada.', 'pl')[0];
    expect(q.quote.startsWith('sekcja zwłok')).toBe(true);
    // (Unnamed, the title is given in the nominative.)
    expect(q.speaker).toBe('rzeczniczka');
  });

  it('keeps an office seat the gazetteer lacks inside the title when a name follows (`… w Ostrołęce Elżbieta …`)', () => {
    const t = 'Jak poinformowała rzeczniczka Prokuratury Okręgowej w Ostrołęce Elżbieta Nowicka, sekcję zwłok przeprowadzono w poniedziałek.\n\nKierowca zginął na miejscu, a pasażerka trafiła do szpitala w Warszawie.\n\nAutobus jechał z Łomży do Warszawy z dwudziestoma pasażerami.\n\nWedług rzeczniczki sekcja zwłok kobiety zostanie przeprowadzona w listopadzie.';
    expect(starting(quotes(t, 'pl'), 'sekcja zwłok kobiety')?.speaker).toBe('Elżbieta Nowicka');
  });
});

describe('public figures named inside quotations', () => {
  it('lets a title go to the person who has just been speaking, not to a listed figure named only in their words', () => {
    const t = '- Mam nadzieję, że kandydatem będzie Mariusz Błaszczak - mówił w radiu Jan Wiśniak. Dodał, że to dobry kandydat. Odniósł się też do sondażu. W badaniu pytano o dwóch kandydatów. - To pokazuje, że nasz elektorat się nie rozszerza - ocenił poseł PiS.';
    expect(starting(quotes(t, 'pl'), 'To pokazuje')?.speaker).toBe('Jan Wiśniak');
  });
});

describe('Polish title complements and verbs', () => {
  it('reads the genitive of a name the article uses (`Górnika` after `Górnik wygrał`) as the complement of a title', () => {
    const t = 'Górnik wygrał skromnie po golu Nowaka.\n\n- Pierwsza połowa była bardzo dobra - powiedział trener Adam Lipa. - Po przerwie graliśmy w osłabieniu, ale drużyna walczyła do końca - dodał szkoleniowiec Górnika.';
    expect(starting(quotes(t, 'pl'), 'Po przerwie')?.speaker).toBe('Adam Lipa');
  });

  it('reads `wyznał`, `wtrącił`, `zażartował` as verbs of saying', () => {
    expect(quotes('- Nie spałem przed tym meczem przez całą noc - wyznał trener Adam Lipa.', 'pl')[0].speaker).toBe('Adam Lipa');
    expect(quotes('- To był najlepszy mecz w tym sezonie - zażartowała Anna Nowak.', 'pl')[0].speaker).toBe('Anna Nowak');
  });
});

describe('profession epithets', () => {
  it('lets `policjant` re-mention the officer introduced in the paragraph before', () => {
    const t = '"Jeden funkcjonariusz zginął, a dwóch zostało rannych" - napisał komendant Adam Ryś.\n\nInformacje przekazał w rozmowie z PAP mł. asp. Tomasz Wrona z biura prasowego dolnośląskiej policji. Do wypadku doszło po godzinie 3 rano na obwodnicy Wrocławia.\n\n- Bus uderzył w barierę. Trzy osoby zostały poszkodowane - poinformował policjant.';
    expect(quotes(t, 'pl').at(-1)?.speaker).toBe('Tomasz Wrona');
  });
});

describe('English institution names', () => {
  it('reads `The agency reported that …` as an attribution (a weak verb after an institution noun)', () => {
    const t = 'Floods hit the north on Monday. The ministry reported that the death toll had risen to 40 people in the province.';
    expect(quotes(t, 'en')[0].speaker).toBe('ministry');
  });

  it('names a news agency without its descriptor (`TASS news agency` → TASS)', () => {
    expect(quotes('Talks resumed on Monday. According to TASS news agency, the four ministers will meet again in March.', 'en')[0].speaker).toBe('TASS');
  });

  it('ends an institution in a title-case headline at its verb and keeps a capitalised name particle', () => {
    expect(quotes('The talks ended. "The suspect was arrested in the afternoon," Dutch Police Say in a statement.', 'en')[0]?.speaker).toBe('Dutch Police');
    expect(quotes('The talks ended on Friday. Envoy Mokhtar Ould Tahrou said he would leave Geneva for New York on Monday.', 'en')[0].speaker).toBe('Mokhtar Ould Tahrou');
  });
});

describe('English reported speech, more shapes', () => {
  it('keeps a tail attribution whose statement opens with `This suggests …`', () => {
    const t = 'The specimen is a skull fragment. This suggests the animal had a sharp sense of smell, Kowalczyk said.';
    expect(quotes(t, 'en')[0]).toMatchObject({ speaker: 'Kowalczyk', quote: 'This suggests the animal had a sharp sense of smell' });
  });

  it('skips a short prepositional phrase before a bare content clause (`said at the time the suspect …`)', () => {
    const t = 'The search went on for weeks. Chief Ann White said at the time the suspect was a man in his late 20s.';
    expect(quotes(t, 'en')[0].quote).toBe('the suspect was a man in his late 20s');
  });

  it('reads `a statement … saying …` as reported speech of whoever issued it', () => {
    const t = 'The freeway was closed. Sgt. Ray Dunn, a spokesman for the police, issued a written statement at 3:20 p.m. saying officers were pursuing the suspect on foot.';
    expect(quotes(t, 'en')[0]).toMatchObject({ speaker: 'Ray Dunn', quote: 'officers were pursuing the suspect on foot' });
  });
});

describe('Polish source phrases', () => {
  it('reads `Jak … zastrzegał X - …` with a dash after the source', () => {
    const t = 'Prognoza mówi o szczycie inflacji. Jak jednak zastrzegał krytykowany za prognozy szef NBP Adam Glapiński - wiele się może jeszcze zdarzyć w tym roku.';
    expect(quotes(t, 'pl')[0]).toMatchObject({ speaker: 'Adam Glapiński', quote: 'wiele się może jeszcze zdarzyć w tym roku' });
  });

  it('reads `…, co potwierdził nam X.` as X confirming the clause before it', () => {
    const t = 'Strażacy jechali do pożaru. Tam ogień pojawił się niedługo przed wypadkiem, co potwierdził nam rzecznik PSP bryg. Adam Kruk.';
    expect(quotes(t, 'pl')[0]).toMatchObject({ speaker: 'Adam Kruk', quote: 'Tam ogień pojawił się niedługo przed wypadkiem' });
  });

  it('gives unowned data (`Według szacunku, …`) to the institution just named as publishing it', () => {
    const t = 'Główny Urząd Statystyczny opublikował nowe dane o inflacji. Według szacunku, w grudniu inflacja wynosiła 8,6 proc.';
    expect(quotes(t, 'pl')[0].speaker).toBe('Główny Urząd Statystyczny');
  });
});

describe('web outlets', () => {
  it('keeps a lower-case brand or web name after an outlet noun (`portal e-petrol`, `serwis money.pl`)', () => {
    expect(quotes('Ceny rosną. "Diesel podrożał aż o 40 groszy w ciągu roku" - podał portal e-petrol.', 'pl')[0].speaker).toBe('portal e-petrol');
    expect(quotes('Ceny rosną. Jak podaje serwis money.pl, diesel podrożał aż o 40 groszy w ciągu roku.', 'pl')[0].speaker).toBe('money.pl');
  });
});

describe('subject-less tails before a titled tail', () => {
  it('gives a subject-less tail to the holder of the title named in the very next tail of its paragraph', () => {
    const t = 'Prezes NBP Adam Glapiński zapowiedział, że inflacja spadnie do końca roku.\n\nOd marca inflacja ma spadać, co nie oznacza spadku cen - pisał w zeszłym tygodniu Marek Rybak.\n\nStopy procentowe\n\n"Najbliższa przyszłość to dalsze aplikowanie bolesnej kuracji" - wskazał, zaznaczając, że za wcześnie na obniżki. Chciałbym, aby to było możliwe na koniec roku - wskazał prezes NBP.';
    expect(starting(quotes(t, 'pl'), 'Najbliższa')?.speaker).toBe('Adam Glapiński');
  });
});

describe('more English institution and title forms', () => {
  it('reads `Coun` as a councillor title and `Here’s` as no part of a name', () => {
    expect(quotes('The council met on Monday. Coun James Lewis said the burden of funding council services had shifted to residents.', 'en')[0].speaker).toBe('James Lewis');
    expect(quotes('Here’s Huawei’s statement on the ban. Huawei said it will continue providing security updates to its phones.', 'en').at(-1)?.speaker).toBe('Huawei');
  });

  it('lets a described lower-case institution (`the space agency`) refer back to the institution of that kind', () => {
    const t = 'NASA said the asteroid was small. The space agency said the asteroid now has a 1.7% probability of hitting the Moon.';
    expect(quotes(t, 'en').at(-1)?.speaker).toBe('NASA');
  });

  it('keeps plural `Centers` as an institution word (`Centers for Disease Control and Prevention`)', () => {
    expect(quotes('Overdoses rose. According to the Centers for Disease Control and Prevention, fentanyl is the deadliest drug in the US.', 'en')[0].speaker).toBe('Centers for Disease Control and Prevention');
  });
});

describe('verbs of stance and English names in -em', () => {
  it('reads `expressed frustration that …` and `teased that …` as reported speech', () => {
    expect(quotes('The vote passed. Rep. Gary Brandt, who brokered the deal, expressed frustration that the nation has run up so much debt.', 'en')[0]).toMatchObject({ speaker: 'Gary Brandt', quote: 'the nation has run up so much debt' });
    expect(quotes('The call was short. Singer Tom Hale on Wednesday teased that a film of his latest album is on the way.', 'en')[0].speaker).toBe('Tom Hale');
  });

  it('does not undo a Polish instrumental ending on an English given name (`Hakeem` is no `Hake`)', () => {
    const t = 'The vote passed. House Minority Leader Hakeem Jeffries praised the president for doing an "extraordinary job under very difficult circumstances."';
    expect(quotes(t, 'en')[0].speaker).toBe('Hakeem Jeffries');
  });
});

describe('excerpts whose lead was cut', () => {
  it('gives subject-less verbs and pronouns before anyone has spoken to the first person named as a speaker soon after', () => {
    const t = '– Jestem przekonana, że reforma wypali – mówi o nowym programie. Jej zdaniem weto prezydenta miało wyłącznie wymiar polityczny.\n\nSzkoła ma mocniej stawiać na praktykę. – Przede wszystkim liczy się połączenie wiedzy z praktyką – wyjaśnia Anna Wiśniewska.';
    const qs = quotes(t, 'pl');
    expect(starting(qs, 'Jestem')?.speaker).toBe('Anna Wiśniewska');
    expect(starting(qs, 'weto')?.speaker).toBe('Anna Wiśniewska');
  });

  it('does not give them to someone of the other gender', () => {
    const t = '– Jestem przekonana, że reforma wypali – powiedziała o nowym programie.\n\nSzkoła ma mocniej stawiać na praktykę. – Przede wszystkim liczy się praktyka – wyjaśnia Jan Nowak.';
    expect(starting(quotes(t, 'pl'), 'Jestem')?.speaker ?? null).toBe(null);
  });
});

describe('institution seats', () => {
  it('keeps the seat in a Polish institution name (`Prokuratura Okręgowa w Warszawie`)', () => {
    expect(quotes('Sprawa trafiła do sądu. Jak poinformowała Prokuratura Okręgowa w Warszawie, zarzuty usłyszały trzy osoby.', 'pl')[0].speaker).toBe('Prokuratura Okręgowa w Warszawie');
  });
});

describe('nationality nouns further back', () => {
  it('lets `dodał Polak` re-mention the last speaker even when the same noun was used earlier in another case', () => {
    const t = 'Trener rozmawiał z Polakiem przed zawodami.\n\n- Skok był w porządku, ale spóźniony - przyznał Adam Wrona.\n\nW drugiej serii miało być lepiej. Skok był spóźniony. Wynik był słaby.\n\n- Jeśli straci się energię, traci się też prędkość za progiem. To element, nad którym będę pracował - wyjaśnił Polak.';
    expect(starting(quotes(t, 'pl'), 'Jeśli')?.speaker).toBe('Adam Wrona');
  });
});

describe('English subjects and adverbials', () => {
  it('finds the subject after a fronted relative clause (`In X region, which borders Y, Governor Z said …`)', () => {
    const t = 'The drones were shot down. In the Kursk region, which borders Ukraine, Governor Alexey Smirnov said a helicopter struck a fire station.';
    expect(quotes(t, 'en')[0]).toMatchObject({ speaker: 'Alexey Smirnov', quote: 'a helicopter struck a fire station' });
  });

  it('skips `on Telegram` before a bare content clause', () => {
    const t = 'The drones were shot down. Officials said on Telegram there were no casualties or damage from the drones.';
    expect(quotes(t, 'en')[0].quote).toBe('there were no casualties or damage from the drones');
  });

  it('reads `air force` as an institution in a tail and ignores a colon inside a journal title', () => {
    expect(quotes('The attacks went on. Russian attacks also included missiles directed at the Odesa region, the Ukrainian air force said.', 'en')[0].speaker).toBe('Ukrainian air force');
    const t = 'The virus spreads. The virus can travel in droplets, which enter the air through spray, the researchers wrote in an editorial for Environmental Science: Water Research & Technology, a journal.';
    expect(quotes(t, 'en').some((q) => q.quote.startsWith('Water Research'))).toBe(false);
  });
});

describe('Polish dash tails with an idiom', () => {
  it('reads `- … - nie gryzł się w język trener Polaków.` as a dash tail naming the speaker', () => {
    const t = 'Polacy wygrali mecz.\n\n- Jakim cudem straciliśmy seta? Polska jest jednym z najlepszych krajów do pracy w siatkówce. To byłoby odciąganie uwagi od gry - nie gryzł się w język trener Polaków po meczu z Kanadą.';
    const q = quotes(t, 'pl')[0];
    expect(q.speaker).toBe('trener Polaków');
    expect(q.quote.startsWith('Jakim cudem') && q.quote.endsWith('od gry')).toBe(true);
  });

  it('needs a speaker at the end of such a tail', () => {
    const t = 'Polacy wygrali mecz.\n\n- Jakim cudem straciliśmy seta w tym meczu z Kanadą - zastanawiał się długo po meczu.';
    expect(quotes(t, 'pl').some((q) => q.rule === 'quote.direct.dash' && q.speaker !== null)).toBe(false);
  });
});

describe('accusing participles', () => {
  it('gives `…, accusing A, B and C of “…”` to the subject that opens the sentence', () => {
    const t = 'The conference ended on Wednesday. Hollins attacked her opponents, vowing to reverse tax policies and accusing Sir Keir Starmer, Nigel Farage, Jeremy Corbyn and Sir Ed Davey of "shaking the same magic money tree".';
    const q = quotes(t, 'en').find((x) => x.quote.startsWith('shaking'));
    expect(q?.speaker).toBe('Hollins');
  });
});

describe('W ocenie X', () => {
  it('reads `W ocenie X`, `w opinii X`, `W jego ocenie` like `zdaniem X`', () => {
    expect(quotes('Ceny mieszkań spadają. W ocenie Grzegorza Sielaka to efekt mniejszej płynności na rynku kredytów.', 'pl')[0]).toMatchObject({ speaker: 'Grzegorz Sielak', quote: 'to efekt mniejszej płynności na rynku kredytów' });
  });

  it('lets an epithet (`ekonomista`) re-mention the last person who spoke a few paragraphs back', () => {
    const t = 'Ceny spadają. W ocenie Grzegorza Sielaka to efekt mniejszej płynności na rynku.\n\nW III kwartale cena sięgnęła 15 tys. zł. To więcej niż w latach ubiegłych. Tempo wzrostu spadło. Ceny wzrosły o 1,6 proc.\n\n„Jeszcze bardziej widoczne zmiany dotyczą cen transakcyjnych” - zauważył ekonomista.\n\nW ocenie eksperta wszystko wskazuje na odwrócenie tego trendu.';
    const qs = quotes(t, 'pl');
    expect(starting(qs, 'Jeszcze')?.speaker).toBe('Grzegorz Sielak');
    expect(starting(qs, 'wszystko')?.speaker).toBe('Grzegorz Sielak');
  });
});

describe('courts and the defence', () => {
  it('reads `obrona` as a speaker and `Jej zdaniem` after it as the defence', () => {
    const t = 'Sąd skazał oskarżonego na dożywocie. Już po wyroku obrona oceniała, że "sprawa nie została wyjaśniona do końca". Jej zdaniem opinie biegłych były nierzetelne.';
    const qs = quotes(t, 'pl');
    expect(starting(qs, 'sprawa')?.speaker).toBe('obrona');
    expect(starting(qs, 'opinie')?.speaker).toBe('obrona');
  });

  it('does not let a court acronym named in passing take over `według sądu`', () => {
    const t = 'Na mocy wyroku Sądu Apelacyjnego w Katowicach skazany wyjdzie najwcześniej w 2049 r. Jak poinformował Jan Nowicki z zespołu prasowego SN, kasacja zostanie rozpoznana w maju. Według sądu, P. zabił, bo chciał uzyskać pieniądze z ubezpieczenia.';
    expect(starting(quotes(t, 'pl'), 'P. zabił')?.speaker).not.toBe('SN');
  });
});

describe('English runs with titles and streets', () => {
  it('ends an institution run before a title inside it (`Harbourside Police Acting Inspector Tom Aylett`)', () => {
    const t = 'The bus crashed on Monday. Harbourside Police Acting Inspector Tom Aylett said the scene was something out of a movie.';
    expect(quotes(t, 'en')[0].speaker).toBe('Tom Aylett');
  });

  it('reads `the Sinn Féin president` as a title and a street as no person for `she`', () => {
    const t = 'Party leader Mary Lou Keane has said she may well lead the next government.\n\nOn a walkabout around Dublin’s Moore Street, the Sinn Féin president was asked whether she will be the next leader.\n\n“I may well be the next Taoiseach, yes,” she said.';
    expect(starting(quotes(t, 'en'), 'I may well')?.speaker).toBe('Mary Lou Keane');
  });
});
