import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the twelfth round of real-news attribution rules (2026-11-23, eleventh session).
// Every fixture is an invented news text written for these tests; each `it` checks one rule on a
// case the rule decides.

describe('Polish names next to places', () => {
  it('does not take a place in the locative after `w` into the surname that follows it', () => {
    const text = 'Protest rolników\n- Stoimy na drogach, bo nikt nas nie słucha - mówił w czwartek w Wielkopolsce Zawadzki. Dodał, że rolnicy wrócą na drogi w przyszłym miesiącu.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Stoimy na drogach')?.speaker).toBe('Zawadzki');
    expect(starting(qs, 'rolnicy wrócą')?.speaker).toBe('Zawadzki');
  });

  it('reads an inflected given name before a city as a club (`trener Lecha Poznań`)', () => {
    const text = 'Po meczu\n- To było bardzo trudne spotkanie - mówił po meczu Adam Kowal, trener Lecha Poznań. Goście mieli jeszcze rzut karny. - Mogliśmy wtedy zamknąć ten mecz - przyznał trener Lecha.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'To było bardzo trudne')?.speaker).toBe('Adam Kowal');
    expect(starting(qs, 'Mogliśmy wtedy')?.speaker).toBe('Adam Kowal');
  });

  it('reads capitals after a noun of a settlement as a place, not a person', () => {
    const text = 'Powódź\nJak mówi Tomasz Wróbel z PSP w Nowym Targu, najwięcej zgłoszeń jest z gminy Dobra. Trudna sytuacja jest też w miejscowości Kasinka Mała, gdzie rzeka zalała drogę.\n\nZgłoszenia cały czas napływają, sytuacja jest rozwojowa - dodał strażak.';
    const q = starting(quotes(text, 'pl'), 'Zgłoszenia cały czas');
    expect(q?.speaker).toBe('Tomasz Wróbel');
  });
});

describe('Polish lists of dash lines', () => {
  it('makes no quotations of a menu of places', () => {
    const text = 'Pogoda\nPopularne miejscowości\n- Białystok, Podlaskie\n- Gdańsk, Pomorskie\n- Kraków, Małopolskie\n\nSynoptycy zapowiadają, że w weekend spadnie śnieg.';
    const qs = quotes(text, 'pl');
    expect(qs.filter((x) => /Białystok|Gdańsk|Kraków/.test(x.quote))).toEqual([]);
    expect(starting(qs, 'w weekend spadnie')?.speaker).toBe('Synoptycy');
  });

  it('makes no quotations of the points under a teaser heading', () => {
    const text = 'Górnicy protestują\nZ tego artykułu dowiesz się…\n- Jak radzą sobie kopalnie, które nie należą do państwa.\n- Jakie żądania mają związkowcy.\n- Jak odpowiada na nie Ministerstwo Przemysłu.\nW czwartek w kopalni odbędą się zebrania załogi.';
    expect(quotes(text, 'pl')).toEqual([]);
  });

  it('still reads a dialogue line that follows a heading as a quotation', () => {
    const text = 'Rozmowa z dyrektorem\nDyrektor szkoły Jan Mazur odpowiada na pytania.\n- Nauczycieli brakuje od lat i nic się nie zmienia.';
    expect(starting(quotes(text, 'pl'), 'Nauczycieli brakuje')).toBeDefined();
  });
});

describe('Polish dashes that set off an apposition or an inserted clause', () => {
  it('reads `X – nazwa – zapowiedziała` as no dash tail', () => {
    const text = 'Kopalnia\nZałoga czeka na decyzję. To kolejna odsłona walki o przyszłość zakładu. Jej główny właściciel – grupa Energa – zapowiedziała ograniczenie zakupów węgla.';
    const qs = quotes(text, 'pl');
    expect(qs.filter((x) => x.rule === 'quote.dash-tail')).toEqual([]);
  });

  it('reads the dash closing an inserted `jak` clause as no dash tail', () => {
    const text = 'Afera w ratuszu\nWedług tych informacji pieniądze miał przyjąć pośrednik, który następnie — jak podejrzewają śledczy — podzielił się nimi z urzędującym burmistrzem miasta. Śledztwo trwało dwa lata.';
    const qs = quotes(text, 'pl');
    expect(qs.some((x) => x.speaker === 'burmistrz miasta')).toBe(false);
  });

  it('reads `zwraca uwagę` after a dash as a verb of saying', () => {
    const text = 'Lasy\nLeśnicy domagają się dymisji w ministerstwie. - Ograniczanie wycinek doprowadzi do załamania branży drzewnej - zwraca uwagę Bogdan Mazur, przewodniczący związku leśników.';
    expect(starting(quotes(text, 'pl'), 'Ograniczanie wycinek')?.speaker).toBe('Bogdan Mazur');
  });
});

describe('Polish subjects after the verb of a dash tail', () => {
  it('reads a surname after the verb\'s noun object as its genitive, and the title after it as the subject', () => {
    const text = 'Obronność\nMinister obrony Jan Sowa mówił o rekordowym budżecie.\n\n- Trzeba mieć dużo niechęci do Polski, aby mówić takie rzeczy - ocenił wpis Kowalczyka minister. - Kontynuujemy to, co dobre - dodał o działaniach obecnej koalicji rządzącej.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Trzeba mieć')?.speaker).toBe('Jan Sowa');
    expect(starting(qs, 'Kontynuujemy')?.speaker).toBe('Jan Sowa');
  });

  it('gives no title to a surname in the locative after a preposition (`o Kowalczyku wicepremier`)', () => {
    const text = 'Obronność\n- Budżet jest rekordowy - mówił wicepremier Jan Sowa.\n\nMówiąc o Kowalczyku wicepremier stwierdził, że emocje polityczne biorą górę nad rozsądkiem.\n\nPóźniej wicepremier dodał, że armia się powiększyła.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'emocje polityczne')?.speaker).toBe('Jan Sowa');
    expect(starting(qs, 'armia się')?.speaker).toBe('Jan Sowa');
  });

  it('reads a plural genitive after `w` and a locative as no subject', () => {
    const text = 'Siatkówka\nTrener Marco Bellini powołał 24 zawodniczki. Polki czeka poważny sprawdzian w Lidze Narodów.\n\n43-latek wyjaśnił, że zostawił jedno wolne miejsce na wypadek kontuzji.';
    expect(starting(quotes(text, 'pl'), 'zostawił jedno')?.speaker).toBe('Marco Bellini');
  });
});

describe('Polish epithets and documents', () => {
  it('reads `włodarz` as an epithet of the mayor named before', () => {
    const text = 'Opóźniona inwestycja\nBudowa linii tramwajowej opóźnia się. Prezydent Gdańska Adam Lis przeprasza mieszkańców. Włodarz wyjaśnił, że problemy wynikają z błędu wykonawcy robót.';
    expect(starting(quotes(text, 'pl'), 'problemy wynikają')?.speaker).toBe('Adam Lis');
  });

  it('gives `zgodnie z raportem` to the institution that published the report two sentences back', () => {
    const text = 'Smog\nW swoim najnowszym raporcie Najwyższa Izba Kontroli krytycznie oceniła działania samorządów. Wzięła pod lupę 18 gmin. Zgodnie z raportem żadna z tych gmin nie poradziła sobie z zadaniem.';
    expect(starting(quotes(text, 'pl'), 'żadna z tych gmin')?.speaker).toBe('Najwyższa Izba Kontroli');
  });
});

describe('English names', () => {
  it('finds the full name behind `According to Ms X`', () => {
    const text = 'Housing\nNorth Walsham councillor Lucy Shore said: "Will we see what we have been promised?"\n\nAccording to Ms Shore, only 27 affordable homes have become available this year.';
    expect(starting(quotes(text, 'en'), 'only 27 affordable')?.speaker).toBe('Lucy Shore');
  });

  it('splits `head of the Commission` from the name that follows it', () => {
    const text = 'Election\nThe decision to cancel the vote was made to prevent tension in the country, head of the Commission Nurlan Bekova told the Interfax news agency.';
    expect(starting(quotes(text, 'en'), 'The decision to cancel')?.speaker).toBe('Nurlan Bekova');
  });

  it('keeps a nickname in quotation marks inside the name, after an initial', () => {
    const text = 'Runoff\nCandidates Larry L. “Butch” Green and Phillip West said they are worried turnout will be low. Green said he has been calling residents who voted in the primary.';
    expect(starting(quotes(text, 'en'), 'he has been calling')?.speaker).toBe('Larry L. Green');
  });
});

describe('English verbs of saying', () => {
  it('reads `did say that` as saying', () => {
    const text = 'Retail results\nChief executive Mark Hollis spoke about the quarter. He did say that the company is pleased with its inventory position as the fall season begins.';
    expect(starting(quotes(text, 'en'), 'the company is pleased')?.speaker).toBe('Mark Hollis');
  });

  it('passes a clause set off by commas between the verb and its `that`', () => {
    const text = 'Sanctions\nThe U.S. Treasury Department announced Tuesday, as the Ukrainian president visited Washington, that it had added 38 Russian individuals to the sanctions list.';
    expect(starting(quotes(text, 'en'), 'it had added 38')?.speaker).toBe('U.S. Treasury Department');
  });

  it('reads `posted on Twitter` as a verb of saying in a tail', () => {
    const text = 'Shooting\nPolice were called to a store on Tuesday afternoon.\n\nTwo officers were critically wounded, the Dallas Police Department posted on Twitter.';
    expect(starting(quotes(text, 'en'), 'Two officers were')?.speaker).toBe('Dallas Police Department');
  });

  it('does not read a post of a photo as saying', () => {
    const text = 'Shooting\nThe suspect posted a photo of the store on Facebook before the attack, police said.';
    expect(quotes(text, 'en').some((x) => x.quote.startsWith('a photo'))).toBe(false);
  });
});

describe('English subjects', () => {
  it('reads `State Patrol` as an institution and a quotation before `while …` as the tweet\'s', () => {
    const text = 'Mall shooting\nWashington State Patrol confirmed the capture in a tweet that said “the suspect is in custody,” while the patrol spokesman, Sgt. Mark Fenn, tweeted “Gunman captured in Oak Harbor.”';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the suspect is')?.speaker).toBe('Washington State Patrol');
    expect(starting(qs, 'Gunman captured')?.speaker).toBe('Mark Fenn');
  });

  it('takes a lower-case institution before a title into the title', () => {
    const text = 'Budget\nThe council leader defended the plan. But opposition group leaders said the administration had wasted its capital money on shiny projects.';
    expect(starting(quotes(text, 'en'), 'the administration had')?.speaker).toBe('opposition group leaders');
  });

  it('gives a participle of saying to the subject of the main verb', () => {
    const text = 'Rally\nGovernor Evans Kamau spoke to residents in Embakasi.\n\nAt the same time, Dr Kamau blamed his Jubilee rivals for using his tribe against him saying that he was willing to change his name.\n\nHe went on to list projects his administration had started in the area saying that sewerage connections had been improved.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'he was willing')?.speaker).toBe('Evans Kamau');
    expect(starting(qs, 'sewerage connections')?.speaker).toBe('Evans Kamau');
  });
});

describe('Polish clauses', () => {
  it('reads `zaznaczył mówiąc, że …` after a dash tail as a second statement', () => {
    const text = 'Sejm\nMarszałek Jan Wolski zapewnił, że Sejm pracuje. - Chcemy poważnie traktować konsultacje społeczne - zaznaczył mówiąc, że wydłuża to czas procedowania ustaw.';
    expect(starting(quotes(text, 'pl'), 'wydłuża to czas')?.speaker).toBe('Jan Wolski');
  });

  it('keeps a `że` clause opened by a date with `br.` in one sentence', () => {
    const text = 'Wizyta\nPrezydent Francji powiedział w wywiadzie, że 7 maja br. Friedrich Merz złoży w Paryżu swą pierwszą wizytę zagraniczną.';
    expect(starting(quotes(text, 'pl'), '7 maja br. Friedrich Merz')).toBeDefined();
  });

  it('lets a connective open a clause with a subject-less plural verb of saying', () => {
    const text = 'Protest\nRolnicy spotkali się z ministrem, ale rozmowy nic nie dały. Dlatego zapowiedzieli, że nie schodzą z barykad i przyjadą znów do Warszawy.';
    expect(starting(quotes(text, 'pl'), 'nie schodzą z barykad')?.speaker).toBe('Rolnicy');
  });
});

describe('Polish phrases and group subjects', () => {
  it('reads `ma nadzieję, że` and `dawał do zrozumienia, że` as reporting', () => {
    const text = 'Polityka\nMichał Dąbek, szef kancelarii premiera, ma nadzieję, że to będzie nowe otwarcie w relacjach z Unią. Prezes banku Adam Mazur dawał do zrozumienia, że to nie koniec podwyżek stóp.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'to będzie nowe otwarcie')?.speaker).toBe('Michał Dąbek');
    expect(starting(qs, 'to nie koniec')?.speaker).toBe('Adam Mazur');
  });

  it('knows `mundurowi`, `goście` and `najbliżsi` as groups that speak', () => {
    const text = 'Obława\nMundurowi uspokajali, że nie jest to groźny przestępca. Najbliżsi poszkodowanego tłumaczą, że rowerzysta jechał drogą, bo chodnik był zajęty.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'nie jest to groźny')?.speaker).toBe('Mundurowi');
    expect(starting(qs, 'rowerzysta jechał')?.speaker).toBe('Najbliżsi poszkodowanego');
  });

  it('reads `przeprasza, że` as reporting', () => {
    const text = 'Opera\nDyrektor teatru Jan Kudła przeprasza, że przez pierwsze miesiące nie udzielał wywiadów.';
    expect(starting(quotes(text, 'pl'), 'przez pierwsze miesiące')?.speaker).toBe('Jan Kudła');
  });
});

describe('English plural and coordinated subjects', () => {
  it('reads a capitalised plural of people before `say` as a group', () => {
    const text = 'Schools\nEducators say denying access to students is wrenching.';
    expect(starting(quotes(text, 'en'), 'denying access')?.speaker).toBe('educators');
  });

  it('still reads a surname in -ers before `said` as a person', () => {
    const text = 'Markets\nAnalyst Tom Powers spoke on Monday. Powers said the market would recover soon.';
    expect(starting(quotes(text, 'en'), 'the market would')?.speaker).toBe('Tom Powers');
  });

  it('gives `X and Y say` to the first of the two', () => {
    const text = 'Runoff\nCandidates Larry Green and Phillip West met voters on Monday.\n\nGreen and West say they have not changed their political strategy.';
    expect(starting(quotes(text, 'en'), 'they have not changed')?.speaker).toBe('Larry Green');
  });

  it('reads a clause with a verb of showing after `said` as bare content', () => {
    const text = 'Inflation\nING economist Bert Colijn said the jump in core inflation indicates that price pressures remain strong.';
    expect(starting(quotes(text, 'en'), 'the jump in core inflation')?.speaker).toBe('Bert Colijn');
  });
});

describe('English verbs before `that`', () => {
  it('knows `affirmed`, `divulged`, `highlighted` and `reminds … that`', () => {
    const text = 'Visit\nMinister Ali Hassan visited Khartoum. He affirmed that his visit aims to review the latest developments. Health chief John Otieno divulged that 40 per cent of the cases are children. Police chief Michael Scott reminds drivers that it is imperative to keep their wits about them.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'his visit aims')?.speaker).toBe('Ali Hassan');
    expect(starting(qs, '40 per cent')?.speaker).toBe('John Otieno');
    expect(starting(qs, 'it is imperative')?.speaker).toBe('Michael Scott');
  });

  it('reads a weak form before `that` after a noun as a verb of saying', () => {
    const text = 'Schools\nThe report states that the trust does not have the capacity to improve. Parents from both schools say that the county gave no good reason for closing them.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the trust does not')?.speaker).toBe('report');
    expect(starting(qs, 'the county gave')?.speaker).toBe('Parents from both schools');
  });

  it('does not read `the claims that …` as saying', () => {
    const text = 'Court\nThe court heard the case on Monday. These claims that the company had hidden its losses were never proven.';
    expect(quotes(text, 'en').some((x) => x.quote.startsWith('the company had hidden'))).toBe(false);
  });
});

describe('participles and findings without an owner in the sentence', () => {
  it('reads `…, saying it …` as the content of the participle', () => {
    const text = 'Immigration\nEarlier this month, the U.S. Department of Justice challenged the act, saying it would conflict with federal immigration policies.';
    expect(starting(quotes(text, 'en'), 'it would conflict')?.speaker).toBe('U.S. Department of Justice');
  });

  it('still reads `calling it …` as naming, not saying', () => {
    const text = 'Budget\nThe opposition leader attacked the budget, calling it a disgrace to the hard-working families of the country.';
    expect(quotes(text, 'en').some((x) => x.quote.startsWith('a disgrace'))).toBe(false);
  });

  it('gives `Wynika z niej, że` to the institution of the sentence before', () => {
    const text = 'Pogoda\nInstytut Meteorologii i Gospodarki Wodnej wydał prognozę zagrożeń. Wynika z niej, że pojawią się burze i będzie obficie padać.';
    expect(starting(quotes(text, 'pl'), 'pojawią się burze')?.speaker).toBe('Instytut Meteorologii i Gospodarki Wodnej');
  });

  it('gives `Wynika z niej, że` to the group that issued the document just before', () => {
    const text = 'Pogoda\nSynoptycy IMGW wydali prognozę zagrożeń. Wynika z niej, że pojawią się burze i będzie obficie padać.';
    expect(starting(quotes(text, 'pl'), 'pojawią się burze')?.speaker).toBe('Synoptycy IMGW');
  });

  it('reads `Ze zgłoszenia wynikało, że` as reported even with no owner named', () => {
    const text = 'Interwencja\nPolicjanci zostali wezwani do jednostki. Ze zgłoszenia wynikało, że w miejscowości Smogorzewo miało dojść do strzelaniny.';
    expect(starting(quotes(text, 'pl'), 'w miejscowości Smogorzewo')).toBeDefined();
  });
});

describe('Polish institution names', () => {
  it('takes an adjective in the genitive into a lower-case institution (`według straży miejskiej`)', () => {
    const text = 'Hulajnoga\nWedług straży miejskiej było to bardzo niebezpieczne dla przechodniów. Według komendy powiatowej policji kierowca uciekł z miejsca zdarzenia.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'było to bardzo')?.speaker).toBe('straż miejska');
    expect(starting(qs, 'kierowca uciekł')?.speaker).toBe('komenda powiatowa policji');
  });

  it('takes no second noun into a lower-case institution (`według ministerstwa zdrowia szczepionki …`)', () => {
    const text = 'Szczepienia\nWedług ministerstwa zdrowia szczepionki są bezpieczne dla dzieci w każdym wieku.';
    expect(starting(quotes(text, 'pl'), 'szczepionki są bezpieczne')?.speaker).toBe('ministerstwo zdrowia');
  });

  it('knows `Żandarmeria`, `Pogotowie` and `Kuratorium` as institutions', () => {
    const text = 'Znalezisko\nNa początku października Żandarmeria Wojskowa poinformowała, że znaleziono szczątki drona. Bieszczadzkie Pogotowie Ratunkowe przekazało, że w akcji brali udział ratownicy z GOPR. Zaalarmowane przez rodziców Dolnośląskie Kuratorium Oświaty przyznaje, że uczniowie muszą mieć zapewnioną naukę.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'znaleziono szczątki')?.speaker).toBe('Żandarmeria Wojskowa');
    expect(starting(qs, 'w akcji brali')?.speaker).toBe('Bieszczadzkie Pogotowie Ratunkowe');
    expect(starting(qs, 'uczniowie muszą')?.speaker).toBe('Dolnośląskie Kuratorium Oświaty');
  });
});

describe('English subjects and messages before the verb', () => {
  it('leaves adverbs before the verb out of a described subject (`The survey also reveals that`)', () => {
    const text = 'Housing\nThe survey also reveals that buyer enquiries across the country are down. The report further states that the trust does not have the capacity to improve.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'buyer enquiries')?.speaker).toBe('survey');
    expect(starting(qs, 'the trust does not')?.speaker).toBe('report');
  });

  it('reads `saying` after an alert or concerns raised as a statement', () => {
    const text = 'Fire\nYesterday the fire service put out an alert saying the bushfire would affect the town by evening. Governor Eddie Calvo raised his concerns saying the bill underfunds critical agencies.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the bushfire would')).toBeDefined();
    expect(starting(qs, 'the bill underfunds')?.speaker).toBe('Eddie Calvo');
  });
});
