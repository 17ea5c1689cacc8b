import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the fifth round of real-news attribution rules (2026-11-23, fourth session).
// Every fixture is an invented news text written for these tests; each `it` checks one rule on a
// case the rule decides.

describe('a title no one holds names the untitled person who spoke last', () => {
  it('resolves `prezes związku` to the person quoted a few sentences before', () => {
    const t = '- Nie będę komentował plotek, bo rozmowy wciąż trwają - powiedział w środę Tadeusz Wrona.\n\n' +
      'Dziennikarze pytali o kolejne nazwiska. Lista była długa. Czy ktoś z nich dostanie posadę? - Rozważamy kilka osób, ale decyzja zapadnie w lipcu - wyjaśnił prezes ZPKS.';
    expect(starting(quotes(t), 'Rozważamy')?.speaker).toBe('Tadeusz Wrona');
  });

  it('does not hand the title to someone who already has another title', () => {
    const t = '- Nie będę komentował plotek - powiedział w środę minister sportu Tadeusz Wrona.\n\n' +
      'Dziennikarze pytali o kolejne nazwiska. - Rozważamy kilka osób - wyjaśnił prezes ZPKS.';
    expect(starting(quotes(t), 'Rozważamy')?.speaker).toBe('prezes ZPKS');
  });

  it('does not reach back past an institution that spoke in between', () => {
    const t = '- Nie będę komentował plotek - powiedział Tadeusz Wrona.\n\n' +
      'Związek poinformował, że rozmowy trwają. - Rozważamy kilka osób - wyjaśnił prezes ZPKS.';
    expect(starting(quotes(t), 'Rozważamy')?.speaker).toBe('prezes ZPKS');
  });
});

describe('a speaker named after a multi-sentence quotation', () => {
  it('counts as the last speaker from the quotation\'s last sentence (`szef federacji` after `prezes PZKol`)', () => {
    const t = '- Sezon pokazał, że kolarstwo jest sportem wymagającym. Cieszymy się z medali, ale to już historia. Teraz trzeba myśleć o igrzyskach - mówił do zawodników prezes PZKol Marian Lis.\n\n' +
      '- Dziękuję za wspaniałą walkę na torze w Glasgow. Daliście z siebie wszystko - powiedział w Warszawie szef federacji.';
    expect(starting(quotes(t), 'Dziękuję')?.speaker).toBe('Marian Lis');
  });
});

describe('an adjective in the genitive opens no name', () => {
  it('reads `przewodnicząca Krajowego Związku Zawodowego Kolejarzy` as a title, not a person named `Zawodowego Kolejarzy`', () => {
    const t = '- Zaczniemy w środę - mówi nam Teresa Wilk, przewodnicząca Krajowego Związku Zawodowego Kolejarzy i Maszynistów. Dodaje, że do Warszawy zjadą ludzie z całej Polski.';
    const q = starting(quotes(t), 'do Warszawy');
    expect(q?.speaker).toBe('Teresa Wilk');
  });
});

describe('a web portal named with its domain', () => {
  it('keeps the domain of a hyphenated portal name (`portal e-diesel.pl`)', () => {
    const t = 'W ciągu tygodnia olej napędowy staniał o 13 groszy - podał w czwartek portal e-diesel.pl. Jak podkreślili analitycy portalu, spadki cen to efekt tańszej ropy.';
    const qs = quotes(t);
    expect(starting(qs, 'W ciągu')?.speaker).toBe('e-diesel.pl');
    expect(starting(qs, 'spadki')?.speaker).toBe('e-diesel.pl');
  });
});

describe('the subject of a relative clause is not who the text goes on about', () => {
  it('continues a subject-less `Mówił, że` with the speaker, not with the name in `na które X zaprosił`', () => {
    const t = 'Adam Lis zabrał głos w środę na briefingu przed spotkaniem w ministerstwie. Poinformował o terminie spotkania, na które prezydent Nowicki zaprosił ministra.\n\n' +
      'Mówił, że w wielu placówkach brakuje ambasadorów.';
    expect(starting(quotes(t), 'w wielu')?.speaker).toBe('Adam Lis');
  });
});

describe('English titles and institutions', () => {
  it('reads `the DA` as the district attorney named before', () => {
    const t = 'District attorney Maria Lowell is suing County Judge Tom Briggs over the budget. The judge says the budget is done. But the DA says it was supposed to be presented at the end of July.';
    expect(starting(quotes(t, 'en'), 'it was supposed')?.speaker).toBe('Maria Lowell');
  });

  it('keeps a proper name between an indefinite article and a title inside the title (`a senior Hamas official`)', () => {
    const t = 'Meanwhile, a senior Hamas official said on Thursday that the group was ready to stop fighting. The official said a delegation had discussed proposals in Cairo.';
    const qs = quotes(t, 'en');
    expect(starting(qs, 'the group')?.speaker).toBe('a senior Hamas official');
    expect(starting(qs, 'a delegation')?.speaker).toBe('a senior Hamas official');
  });

  it('names an institution with its nationality adjective, and `the military` refers back to it', () => {
    const t = 'The Israeli military said it had hit a command centre. Later the military said that the strike was precise.';
    const qs = quotes(t, 'en');
    expect(starting(qs, 'it had hit')?.speaker).toBe('Israeli military');
    expect(starting(qs, 'the strike')?.speaker).toBe('Israeli military');
  });
});

describe('a quotation left open to its paragraph\'s end over several sentences', () => {
  it('belongs to the speaker before the colon, not to a name inside it (`What Mr Hale said was …`)', () => {
    const t = 'Mr Ortiz said: “What Mr Hale said was a personal attack on head teachers, by suggesting we are cheating. I was seething when I heard it.\n\n' +
      '“But my primary concern is the students.”\n\nOther schools are now scrapping exams.';
    const q = starting(quotes(t, 'en'), 'What Mr Hale');
    expect(q?.speaker).toBe('Ortiz');
    expect(quotes(t, 'en').some((x) => x.speaker === 'Hale')).toBe(false);
  });
});

describe('Polish institution nouns', () => {
  it('reads `uczelnia` and `magistrat` as institutions that speak', () => {
    const t = 'Nowa metoda badania stopów otrzymała ochronę patentową - poinformowała we wtorek uczelnia. Jak przekazała rzeczniczka uczelni Anna Sowa, to pierwszy taki patent.\n\n' +
      'Park miejski zostanie zamknięty do odwołania - przekazał magistrat.';
    const qs = quotes(t);
    expect(starting(qs, 'Nowa metoda')?.speaker).toBe('uczelnia');
    expect(starting(qs, 'Park miejski')?.speaker).toBe('magistrat');
  });
});

describe('a publication quoted by name goes on as the source', () => {
  it('gives `– czytamy w artykule` to the newspaper quoted just before', () => {
    const t = '"Walne zgromadzenie odwołało przewodniczącego rady nadzorczej spółki" – relacjonuje "Kurier".\n\n' +
      '"Następnie na wniosek ministra powołano nowego przewodniczącego" – czytamy w artykule.';
    expect(starting(quotes(t), 'Następnie')?.speaker).toBe('Kurier');
  });

  it('does not read a sentence-initial conjunction as a given name (`Ale Nowak to …`)', () => {
    const t = '"Zarząd spółki zmieniono w nocy" – podkreśla "Kurier". Ale Nowak to także bliski współpracownik ministra.\n\n"Gdy w 2008 r. Nowak został prezesem, stanowisko objął jego zastępca."';
    expect(quotes(t).some((x) => x.speaker === 'Ale Nowak')).toBe(false);
  });
});

describe('initials that take in the seat of the institution', () => {
  it('resolves `Szef ZPKP` to `prezes Związku Piłki Koszykowej w Polsce` named before', () => {
    const t = 'Tomasz Wrzos prezes Związku Piłki Koszykowej w Polsce przyznał, że drużyna ma potencjał. Trener Adam Lis powiedział, że raport będzie gotowy w marcu. Szef ZPKP przyznał, że gra reprezentacji nie była najlepsza.';
    const qs = quotes(t);
    expect(starting(qs, 'gra reprezentacji')?.speaker).toBe('Tomasz Wrzos');
  });
});

describe('English company names and datelines', () => {
  it('reads a dateline in capitals as no institution and `Ford Motor` as the company `the automaker` means', () => {
    const t = 'DETROIT (Wire) -- Ford Motor continued its turnaround story with a ninth straight profitable quarter.\nThe nation\'s No. 2 automaker said Wednesday that it earned $1.8 billion in the third quarter.';
    expect(starting(quotes(t, 'en'), 'it earned')?.speaker).toBe('Ford Motor');
  });

  it('does not take `PARIS, France —` for the airline of the next sentence', () => {
    const t = 'PARIS, France — Skyline Airways said it would cancel more than 280 flights on Tuesday.\n\nAbout 90,000 passengers were affected by the strike, which the airline said was costing 20 million euros a day.';
    expect(starting(quotes(t, 'en'), 'was costing')?.speaker).toBe('Skyline Airways');
  });
});

describe('English attributions with `told` and anonymous sources', () => {
  it('gives a quotation closed by a full stop to the bare attribution sentence after it, not to the outlet told', () => {
    const t = 'But the change has been slammed by the union.\n“Key stakeholders that use the court system have been ignored, with this model set up for the benefit of the court.” Union president Mark Dorsey told The Daily Courier.\n' +
      '“By law, police officers have a duty to put offenders before a magistrate.”';
    const qs = quotes(t, 'en');
    expect(starting(qs, 'Key stakeholders')?.speaker).toBe('Mark Dorsey');
    expect(starting(qs, 'By law')?.speaker).toBe('Mark Dorsey');
  });

  it('reads `a Russian diplomatic source` as the speaker, not the agency it told', () => {
    const t = 'A Russian diplomatic source told Interfax that deputy foreign ministers of the four parties would meet in Berlin on Monday.';
    expect(starting(quotes(t, 'en'), 'deputy foreign')?.speaker).toBe('a Russian diplomatic source');
  });

  it('does not take `the source of the outbreak` for a person', () => {
    const t = 'While the source of the outbreak is under investigation, NCDPH says many of the cases are tied to the county fair.';
    expect(starting(quotes(t, 'en'), 'many of the cases')?.speaker).toBe('NCDPH');
  });

  it('attributes a statement to the name before a comma-enclosed apposition and `told`', () => {
    const t = 'Astronomers are watching the asteroid closely before it disappears from view, Karen Holt, a planetary defense officer at NASA, told ABC News earlier this year.';
    expect(starting(quotes(t, 'en'), 'Astronomers')?.speaker).toBe('Karen Holt');
  });
});

describe('English title phrases', () => {
  it('keeps an adverb after the title out of it (`official initially said`)', () => {
    const t = 'A Pakistani military official initially said the soldier was killed on Thursday night.';
    expect(starting(quotes(t, 'en'), 'the soldier')?.speaker).toBe('a Pakistani military official');
  });

  it('keeps `familiar with the talks` and `close to the minister` in the source\'s description', () => {
    const t = 'Some proposals have been put on the table, said an official familiar with the talks. A source close to the prime minister said there was no deal yet.';
    const qs = quotes(t, 'en');
    expect(starting(qs, 'Some proposals')?.speaker).toBe('an official familiar with the talks');
    expect(starting(qs, 'there was no deal')?.speaker).toBe('a source close to the prime minister');
  });
});

describe('Polish institution titles with plural genitives, and `wojskowy` as an epithet', () => {
  it('reads `Inspektor Wojsk Bezzałogowych Systemów Łączności` as a title, and `Wojskowy stwierdził` as the officer just named', () => {
    const t = 'Nie powinniśmy się obawiać ataku - zapewnił w rozmowie radiowej gen. bryg. Marek Sowa, Inspektor Wojsk Bezzałogowych Systemów Łączności. Wojskowy stwierdził, że ostateczna decyzja należy do dowódcy.\n\n' +
      'Inspektor Wojsk Bezzałogowych Systemów Łączności zaznaczył, że duże drony nie są powszechnie dostępne.';
    const qs = quotes(t);
    expect(starting(qs, 'ostateczna')?.speaker).toBe('Marek Sowa');
    expect(starting(qs, 'duże drony')?.speaker).toBe('Marek Sowa');
  });
});

describe('taking the floor introduces a speaker', () => {
  it('keeps `Następnie głos zabrał X.` out of the unmarked statement after it and gives that statement to X', () => {
    const t = 'Na mównicę wszedł też poseł Adam Kruk, ale nie dopuściła go do głosu przewodnicząca rady Ewa Lis.\n\nNastępnie głos zabrał radny Tomasz Zięba. To, co państwo robią na tej sali, jest bezczelne - powiedział.';
    const q = starting(quotes(t), 'To, co');
    expect(q?.quote.startsWith('To, co')).toBe(true);
    expect(q?.speaker).toBe('Tomasz Zięba');
  });
});

describe('academic, church and consular titles', () => {
  it('resolves `rektor UW` to the rector (a rank before the name yields to the office after the comma) named with the university\'s full name', () => {
    const t = '- Świat nas znów zaskoczył - mówił podczas inauguracji prof. Adam Wilk, rektor Uniwersytetu Wrocławskiego.\n\nMocne słowa\n\n- Kierujcie się wiedzą płynącą z nauki - apelował rektor UW. Przyznał też, że boi się o kondycję studentów.';
    const qs = quotes(t);
    expect(starting(qs, 'Kierujcie')?.speaker).toBe('Adam Wilk');
  });

  it('reads `ordynator`, `proboszcz`, `konsul` as titles that name the holder later', () => {
    for (const [title, later] of [['ordynator oddziału', 'ordynator'], ['proboszcz parafii', 'proboszcz'], ['konsul generalny', 'konsul']]) {
      const t = `- Sytuacja jest stabilna - powiedział Jan Mazur, ${title}.\n\n- Wszyscy czują się dobrze - dodał Adam Kos, rzecznik wojewody.\n\n- Wszystko mamy pod kontrolą - zapewnił ${later}.`;
      expect(starting(quotes(t), 'Wszystko mamy')?.speaker).toBe('Jan Mazur');
    }
  });
});

describe('an institution named across `ds.`', () => {
  it('keeps `Biuro Delegata KEP ds. Ochrony Dzieci i Młodzieży` whole, in the nominative', () => {
    const t = 'W komunikacie Biura Delegata Episkopatu ds. Ochrony Dzieci i Młodzieży zapowiadało, że biskup jest gotowy przekazać dane.';
    expect(starting(quotes(t), 'biskup jest')?.speaker).toBe('Biuro Delegata Episkopatu ds. Ochrony Dzieci i Młodzieży');
  });
});

describe('an institution before a group noun', () => {
  it('makes `CDC officials` the speaker, not the CDC itself', () => {
    const qs = quotes('Oregon is seeing less activity. CDC officials said they hoped that meant the epidemic was waning.', 'en');
    expect(starting(qs, 'they hoped')?.speaker).toBe('CDC officials');
  });
});

describe('English attributions after a quotation', () => {
  it('gives a quotation closed before more words to the tail verb (`"…" since 2010, Schuchat said`)', () => {
    const t = '"This is unusual," the agency\'s Dr. Daniel Jern said. "The hospitalization rate is the highest that we have seen" since 2010, Schuck said.';
    expect(starting(quotes(t, 'en'), 'The hospitalization')?.speaker).toBe('Schuck');
  });

  it('takes a long apposition between the name and `told`', () => {
    const t = '"I don\'t think anyone has seen this before, where every single patient has improved," Andrea Cerny, an oncologist at Memorial Hospital in New York and lead author of the study, told The Washington Post.';
    expect(starting(quotes(t, 'en'), 'I don')?.speaker).toBe('Andrea Cerny');
  });
});

describe('`according to` a source the lexicon does not know', () => {
  it('names the source as written, up to the sentence end', () => {
    const cases: Array<[string, string, string]> = [
      ['China summoned the ambassador on Saturday after the sanctions, according to Chinese state media.', 'China summoned', 'Chinese state media'],
      ['The offers were made to staff in the search units, according to The Wall Street Journal.', 'The offers', 'Wall Street Journal'],
      ['He reached out to the senator on Friday night, according to a person granted anonymity to disclose private conversations.', 'He reached', 'person granted anonymity to disclose private conversations'],
      ['Another juror made comments about the weakness of the case, according to transcripts unsealed Wednesday.', 'Another juror', 'transcripts'],
      ['U.S. oil production has risen by 6.3 per cent, according to data from the U.S. Energy Information Administration.', 'U.S. oil', 'U.S. Energy Information Administration'],
    ];
    for (const [t, prefix, speaker] of cases) expect(starting(quotes(t, 'en'), prefix)?.speaker).toBe(speaker);
  });

  it('keeps `St.` inside a surname (`Mike St. Clair`) and not in front of an institution', () => {
    const qs = quotes('And according to Wood County Coroner Mike St. Clair, there have been 36 deaths in the county so far this year.', 'en');
    expect(starting(qs, 'there have been')?.speaker).toBe('Mike St. Clair');
    expect(starting(quotes('The St. Louis County Police Department says an arrest has been made in the case.', 'en'), 'an arrest')?.speaker).toBe('St. Louis County Police Department');
  });
});

describe('more Polish reporting phrases', () => {
  it('reads `nie ukrywał, że`, `wyliczył m.in., że`, `Zgodnie z informacjami portalu` and `Z danych e-diesel.pl wynika`', () => {
    const t = 'Olej staniał o 13 groszy - podał w czwartek portal e-diesel.pl.\n\n' +
      'Zgodnie z informacjami portalu, benzyna 95 najtańsza jest w Wielkopolsce. Z danych e-diesel.pl wynika, że średnia cena oleju to 6,36 zł.\n\n' +
      'Minister Jan Kos wyliczył przy tym m.in., że przebudowa szlaków pochłonie 67 mld zł. W swoim przemówieniu rektor Adam Lis nie ukrywał, że sytuacja w kraju coraz bardziej niepokoi.';
    const qs = quotes(t);
    expect(starting(qs, 'benzyna 95')?.speaker).toBe('e-diesel.pl');
    expect(starting(qs, 'średnia cena')?.speaker).toBe('e-diesel.pl');
    expect(starting(qs, 'przebudowa')?.speaker).toBe('Jan Kos');
    expect(starting(qs, 'sytuacja w kraju')?.speaker).toBe('Adam Lis');
  });
});

describe('a Polish subject-less verb after an adverbial phrase', () => {
  it('reads `W czwartek przypomniał, że …` and `Na konferencji podkreślił, że …` as the last speaker going on', () => {
    const t = '- Próbujcie być czujni - podkreślał prof. Jan Wrona.\n\nW czwartek przypomniał, że sytuacja w kraju niepokoi. Na konferencji prasowej podkreślił, że uczelnia jest gotowa.';
    const qs = quotes(t);
    expect(starting(qs, 'sytuacja w kraju')?.speaker).toBe('Jan Wrona');
    expect(starting(qs, 'uczelnia jest')?.speaker).toBe('Jan Wrona');
  });

  it('does not take a verb inside a relative clause for one', () => {
    const t = '- Próbujcie być czujni - podkreślał prof. Jan Wrona.\n\nW sprawie, o której wspomniał, że jest pilna, nic się nie zmieniło.';
    expect(starting(quotes(t), 'jest pilna')).toBeUndefined();
  });
});

describe('interview round-ups: `Name (title): - …`', () => {
  it('attributes the words after a bracketed title, a colon and a dash to the name', () => {
    const t = 'Mecz był bardzo wyrównany.\n\nAdam Rybak (przyjmujący PGE Skry): - Zagraliśmy całym zespołem - to jest dla nas najważniejsze.\n\nKUALA LUMPUR (Bernama): Prime Minister Anwar Ibrahim won the vote on Monday.';
    const qs = quotes(t);
    expect(starting(qs, 'Zagraliśmy')?.speaker).toBe('Adam Rybak');
    expect(starting(qs, 'Prime Minister')).toBeUndefined();
  });
});

describe('a title, its seat and a bracketed region before the name', () => {
  it('binds `dyrektorka szpitala w Koninie (woj. wielkopolskie) Krystyna Brzezińska`, and a heading `Decyzja dyrektorki` names no one', () => {
    const t = 'Nie będziemy odsyłać pacjentów – zadeklarowała dziś dyrektorka szpitala w Lesznie (woj. wielkopolskie) Anna Sowa.\nDecyzja dyrektorki\nSowa zapewniła, że pacjenci są informowani na bieżąco. Dyrektorka dodała, że pacjenci otrzymują pomoc.';
    const qs = quotes(t);
    expect(starting(qs, 'Nie będziemy')?.speaker).toBe('Anna Sowa');
    expect(starting(qs, 'pacjenci otrzymują')?.speaker).toBe('Anna Sowa');
  });
});

describe('police ranks and `opisuje`', () => {
  it('attributes `- … - opisuje asp. sztab. Name z policji` to the officer', () => {
    const t = '- Policjanci dawali sygnały do zatrzymania, jednak kierowca nie reagował - opisuje asp. sztab. Tomasz Wilk z policji w Rawie. Dodaje, że funkcjonariusze zajechali mężczyźnie drogę.';
    const qs = quotes(t);
    expect(starting(qs, 'Policjanci')?.speaker).toBe('Tomasz Wilk');
    expect(starting(qs, 'funkcjonariusze')?.speaker).toBe('Tomasz Wilk');
  });
});

describe('age epithets, a manner phrase before the tail, and given names of either gender', () => {
  it('resolves `trener` after `takimi słowami` and `52-latek` to a man named Nikola', () => {
    const t = 'Po meczu przed kamerami stanął Nikola Petrović, którego reporter zatrzymał przy parkiecie.\n\n' +
      '- To zawsze jest walka. Nie ma znaczenia, kto stoi po drugiej stronie siatki - takimi słowami trener podsumował mecz.\n\n' +
      '52-latek na tym nie poprzestał. - Jestem naprawdę bardzo dumny z tych chłopaków - przyznał.';
    const qs = quotes(t);
    expect(starting(qs, 'To zawsze')?.speaker).toBe('Nikola Petrović');
    expect(starting(qs, 'Jestem naprawdę')?.speaker).toBe('Nikola Petrović');
  });
});

describe('Irish names and ranks, compass-qualified nationalities', () => {
  it('reads `Gda Glennon` as the officer `Fran Glennon` and `the South Korean military` whole', () => {
    const t = 'Garda Fran Glennon spotted a known drug dealer. Gda Glennon told the court that he was suspicious of activities going on at the home.\n\nThe South Korean military said it was on high alert and coordinating closely with the United States.';
    const qs = quotes(t, 'en');
    expect(starting(qs, 'he was suspicious')?.speaker).toBe('Fran Glennon');
    expect(starting(qs, 'it was on high alert')?.speaker).toBe('South Korean military');
  });
});

describe('a dateline agency', () => {
  it('is never the subject of the sentence after the dateline', () => {
    const t = 'LONDON (Wire) - An American swimming coach suggested that the champion could be using banned substances.';
    expect(starting(quotes(t, 'en'), 'the champion')?.speaker).toBe('coach');
  });
});

describe('English: a name, an apposition, then the verb of reported speech', () => {
  it('takes the name before the apposition, not a place inside it', () => {
    const t = 'Jason Kemp, a Toronto casting director at Kemp Casting, said Thursday it was too early to know how the strike would affect the industry.';
    expect(starting(quotes(t, 'en'), 'it was too early')?.speaker).toBe('Jason Kemp');
  });
});

describe('`, co potwierdził` with no one after the verb', () => {
  it('gives the clause before to the person it is about', () => {
    const t = 'Wiemy, że następcą trenera na stanowisku selekcjonera nie zostanie Marek Wilk, co potwierdził na konferencji prasowej.';
    expect(starting(quotes(t), 'Wiemy')?.speaker).toBe('Marek Wilk');
  });
});

describe('English tails: auxiliaries, described subjects and a trailing phrase', () => {
  it('reads `has claimed`, `scientists at … said`, `the union boss … has said` and `officials said Friday, in a …`', () => {
    const qs = (t: string) => quotes(t, 'en');
    expect(starting(qs('The Government is winning the battle on housing, a Cabinet minister has claimed.'), 'The Government')?.speaker).toBe('a Cabinet minister');
    expect(starting(qs('Water had altered the bedrock of the crater, scientists at the Jet Propulsion Laboratory in Pasadena said.'), 'Water had')?.speaker).toBe('scientists at the Jet Propulsion Laboratory in Pasadena');
    expect(starting(qs('Major ports will stay shut until pay demands are met, the union boss representing striking dockworkers has said.'), 'Major ports')?.speaker).toBe('union boss representing striking dockworkers');
    expect(starting(qs('Troops shot and killed a soldier who crossed the border, officials said Friday, in a development that could raise tensions.'), 'Troops shot')?.speaker).toBe('officials');
  });
});

describe('countries as speakers in English tails', () => {
  it('reads `South Korea said`, `South Korea and Japan said` and `Japan\'s coast guard said`', () => {
    const qs = (t: string) => quotes(t, 'en');
    expect(starting(qs('The missile was fired from near the capital, South Korea said.'), 'The missile')?.speaker).toBe('South Korea');
    expect(starting(qs('The North fired a missile of intermediate range on Thursday, South Korea and Japan said, prompting an alert.'), 'The North')?.speaker).toBe('Japan');
    expect(starting(qs("Japan's coast guard said the projectile had fallen in the sea to the east."), 'the projectile')?.speaker).toBe("Japan's coast guard");
  });
});

describe('a title quoted by a web portal', () => {
  it('reads `Przewodniczący komisji cytowany przez tvn24.pl przekazał, że …` as the chairman speaking', () => {
    const t = 'Przewodniczący komisji Adam Kruk mówił o tym w piątek.\n\nPrzewodniczący komisji cytowany przez tvn24.pl przekazał także, że komisja w lutym zwróciła się do wszystkich diecezji.';
    expect(starting(quotes(t), 'komisja w lutym')?.speaker).toBe('Adam Kruk');
  });
});

describe('`Z przekazanych przez niego informacji wynika, że`', () => {
  it('gives the finding to the person the pronoun refers to', () => {
    const t = '- Wszczęliśmy śledztwo - przyznaje Adam Wrona, rzecznik prokuratury.\n\nZ przekazanych przez niego informacji wynika, że 8 stycznia w jednej z sal oddziału pojawiła się kobieta.';
    expect(starting(quotes(t), '8 stycznia')?.speaker).toBe('Adam Wrona');
  });
});

describe('an attribution inserted between dashes', () => {
  it('reads `tymczasem - jak zwraca uwagę ekonomista X - …`', () => {
    const t = 'Tymczasem - jak zwraca uwagę główny ekonomista banku Jakub Mróz - na ocenę inflacji wpływają dobra nabywane najczęściej.';
    expect(starting(quotes(t), 'Tymczasem')?.speaker).toBe('Jakub Mróz');
  });
});

describe('names with initials, order suffixes and place-like surnames', () => {
  it('joins `bp D. Wrzos` to `bp Damian Wrzos OFM`', () => {
    const t = 'Nabożeństwu przewodniczył bp Damian Wrzos OFM. Przekonywał on pielgrzymów, że nie ma takiego wołania, którego Bóg by nie usłyszał. - On słyszy nawet tych, którzy odwrócili się od Niego - mówił bp D. Wrzos.';
    const qs = quotes(t);
    expect(starting(qs, 'nie ma takiego')?.speaker).toBe('Damian Wrzos');
    expect(starting(qs, 'On słyszy')?.speaker).toBe('Damian Wrzos');
  });

  it('reads `Stanley said` as Samuel Stanley named before, not the town', () => {
    const t = 'Samuel Stanley is leaving his position in the coming months. Stanley said he gave his notice on Oct. 13, citing a loss of confidence.';
    expect(starting(quotes(t, 'en'), 'he gave')?.speaker).toBe('Samuel Stanley');
  });
});

describe('a title naming the untitled speaker a few sentences back (English)', () => {
  it('gives `said the Staffordshire captain` to the player who spoke five sentences before', () => {
    const t = 'James Kettle admitted that Staffordshire had failed to find the answers posed by the wicket.\n\nThe side batted first. The rivals bowled tightly. Wickets fell quickly. The total was low.\n\n' +
      '“We weren’t quite good enough with our skills to cope with the challenges,” said the Staffordshire captain.';
    expect(starting(quotes(t, 'en'), 'We weren')?.speaker).toBe('James Kettle');
  });
});
