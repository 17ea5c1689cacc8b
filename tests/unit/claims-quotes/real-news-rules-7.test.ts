import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the seventh round of real-news attribution rules (2026-11-23, sixth session).
// Every fixture is an invented news text written for these tests; each `it` checks one rule on a
// case the rule decides.

type Q = ReturnType<typeof quotes>[number];
const pieces = (q: Q | undefined): string[] | undefined => q?.claim.quote?.parts?.map((p) => q.claim.quote!.text.slice(p.start - q.claim.quote!.start, p.end - q.claim.quote!.start));

describe('one quotation interrupted by its attribution is one claim', () => {
  it('joins `“A,” Tech ace X said. “B.”` into one quote with two pieces', () => {
    const text = 'Hokies win again\nThe team won its third game in a row on Friday.\n“Right now we are just clicking on all cylinders,” Tech ace Keely Rochard said. “We are still reaching our stride and we are getting there.”\nThe final is on Sunday.';
    const qs = quotes(text, 'en');
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toBe('Keely Rochard');
    expect(pieces(qs[0])).toEqual(['Right now we are just clicking on all cylinders', 'We are still reaching our stride and we are getting there.']);
    expect(qs[0].claim.text).toContain('Tech ace Keely Rochard said.');
  });

  it('joins `“A,” said Burke, “B.”`; a piece with its own `she added` starts a new claim', () => {
    const text = 'Council votes on the budget\nThe council met on Tuesday.\n“We cannot afford the bridge this year,” said Councillor Kate Burke, “and the residents know it.” The vote was close.\n“It is a hard choice,” Burke said. “We will come back to it,” she added. “The money is simply not there.”';
    const qs = quotes(text, 'en');
    expect(pieces(starting(qs, 'We cannot'))).toEqual(['We cannot afford the bridge this year', 'and the residents know it.']);
    expect(starting(qs, 'It is a hard')?.quote).toBe('It is a hard choice');
    expect(pieces(starting(qs, 'We will come'))).toEqual(['We will come back to it', 'The money is simply not there.']);
    expect(qs.every((q) => q.speaker === 'Kate Burke')).toBe(true);
  });

  it('joins the Polish dialogue form `– A – dodaje rolnik. – B.`', () => {
    const text = 'Susza na Podlasiu\nRolnicy liczą straty po suszy.\n– Zbiory są o połowę gorsze niż rok temu – mówi rolnik Jan Nowak z Bielska. – Ceny nawozów też poszły w górę.\nWojewoda zapowiedział pomoc.';
    const qs = quotes(text, 'pl');
    const q = starting(qs, 'Zbiory');
    expect(q?.speaker).toBe('Jan Nowak');
    expect(pieces(q)).toEqual(['Zbiory są o połowę gorsze niż rok temu', 'Ceny nawozów też poszły w górę']);
  });

  it('keeps a new statement apart: `He added: “…”` names its own speaker', () => {
    const text = 'Mayor on floods\nThe river rose overnight.\n“The dams held,” Mayor Tom Reed said. He added: “The next two days will be difficult for everyone.”';
    const qs = quotes(text, 'en');
    expect(qs.map((q) => q.quote)).toEqual(['The dams held', 'The next two days will be difficult for everyone.']);
    expect(qs.every((q) => !q.claim.quote?.parts)).toBe(true);
  });

  it('keeps quotations of two speakers apart', () => {
    const text = 'Strike talks\nTalks went on through the night.\n“We are close to a deal,” union leader Ann Moss said. “We are not,” company spokesman Dan Kerr said.';
    const qs = quotes(text, 'en');
    expect(qs.map((q) => q.speaker)).toEqual(['Ann Moss', 'Dan Kerr']);
  });

  it('gives the second piece the first piece’s speaker whoever the context would guess', () => {
    const text = 'The Who Reveal New Album And Symphonic Tour Plans\n\nRoger Daltrey and Pete Townshend will tour in the spring.\n\n"I\'ll be 75 years old in March and this feels like a dignified way to go," Daltrey says. "That\'s all we\'re really left with."';
    const qs = quotes(text, 'en');
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toBe('Roger Daltrey');
  });

  it('joins no piece that has its own attribution after the sentence break (`“Ariane is back!” exclaimed X`)', () => {
    const text = 'Launch\n\nThe rocket lifted off on time.\n\n"It\'s a historic day," said Josef Aschbacher, director general of ESA. "Ariane is back!" exclaimed Martin Sion, president of ArianeGroup.';
    expect(quotes(text, 'en').some((q) => q.claim.quote?.parts?.length)).toBe(false);
  });

  it('keeps a quotation in the next paragraph apart', () => {
    const text = 'Harbour works\nThe harbour reopens in May.\n“The works are on schedule,” harbour master Lena Frost said.\n“We expect the first ferries in the second week of May.”';
    const qs = quotes(text, 'en');
    expect(qs).toHaveLength(2);
    expect(qs[1].speaker).toBe('Lena Frost');
  });
});

describe('English names', () => {
  it('reads three unknown capitalised words right after a quotation as one name (`,” Khurram Dastgir Khan told`)', () => {
    const text = 'Grid restored\nPower is back across the country.\n“All grid stations were restored within a day,” Khurram Dastgir Khan told reporters on Tuesday.\nKhan added that short outages would continue.';
    expect(quotes(text, 'en').map((q) => q.speaker)).toEqual(['Khurram Dastgir Khan', 'Khurram Dastgir Khan']);
  });

  it('ends a name at a generational suffix set off by a comma (`Ferdinand R. Marcos, Jr. on Tuesday said`), which the display keeps', () => {
    const text = 'Manila on the sea dispute\n\nPresident Ferdinand R. Marcos, Jr. on Tuesday said the Philippines would continue its resupply missions.\n\n“We are not at war,” he told reporters. The navy will stay in port, Mr. Marcos said.';
    const qs = quotes(text, 'en');
    expect(qs.map((q) => q.speaker)).toEqual(['Ferdinand R. Marcos, Jr.', 'Ferdinand R. Marcos, Jr.', 'Ferdinand R. Marcos, Jr.']);
    expect(qs[0].mention).toBe('President Ferdinand R. Marcos, Jr.');
  });
});

describe('Polish block quotations and agencies', () => {
  it('attributes a paragraph without quotation marks to the dash tail alone in the next paragraph', () => {
    const text = 'Szczyt w Waszyngtonie\n\nPrezydent Francji Emmanuel Macron rozmawiał z dziennikarzami po spotkaniu.\n\n' +
      'Dzisiaj w ogóle nie poruszaliśmy tego tematu\n\n— powiedział dziennikarzom prezydent Francji.\n\nRozmowy potrwają do piątku.';
    const qs = quotes(text, 'pl');
    expect(qs).toHaveLength(1);
    expect(qs[0].quote).toBe('Dzisiaj w ogóle nie poruszaliśmy tego tematu');
    expect(qs[0].speaker).toBe('Emmanuel Macron');
  });

  it('names an agency without the generic noun before it (`agencja AFP` → AFP, `spółka JSW` → JSW)', () => {
    const qs = quotes('Szczyt w Waszyngtonie\n\nPrezydent Francji wezwał do zaostrzenia sankcji wobec Rosji - przekazała agencja AFP.', 'pl');
    expect(qs[0].speaker).toBe('AFP');
    expect(qs[0].mention).toBe('agencja AFP');
  });
});

describe('English institutions before a title or after a group', () => {
  it('reads a long institution before a lower-case title as the title’s qualifier', () => {
    const qs = quotes('Brush fire\n\nBurning along Orwood Road, an East Contra Costa Fire Protection District spokesperson said an illegal bonfire may have caused the fire.', 'en');
    expect(qs[0]?.speaker).toBe('an East Contra Costa Fire Protection District spokesperson');
  });

  it('keeps the institution of a group after `with the` (`Officials with the Oklahoma City Police Department`)', () => {
    const qs = quotes('Chief to retire\n\nOfficials with the Oklahoma City Police Department confirmed that the chief will announce his retirement on Thursday.', 'en');
    expect(qs[0]?.speaker).toBe('Officials with the Oklahoma City Police Department');
  });

  it('takes no person after `with` into a group (`officials with Smith`)', () => {
    const qs = quotes('Talks\n\nOfficials with Mayor Smith said the talks would resume on Monday.', 'en');
    expect(qs[0]?.speaker).not.toMatch(/Smith/);
  });
});

describe('Polish groups', () => {
  it('knows more groups of people (`producenci soków`, `sadownicy`) and keeps a genitive plural that says which ones', () => {
    const qs = quotes('Ceny jabłek\n\nJabłka są tanie przez pogodę - mówią producenci soków. - Tak, ale być może jest też zmowa - odpowiadają sadownicy.', 'pl');
    expect(qs.map((q) => q.speaker)).toEqual(['producenci soków', 'sadownicy']);
  });

  it('reads `- jak mówili -` between dashes as inserted, spoken by the group that is the subject before it', () => {
    const qs = quotes('Burza nad Opolszczyzną\n\nDługo zapamiętają ją mieszkańcy miasta w powiecie głubczyckim, ponieważ - jak mówili - sytuacja była porównywalna do tej z 1997 roku.', 'pl');
    expect(qs).toHaveLength(1);
    expect(qs[0].quote).toContain('sytuacja była porównywalna');
    expect(qs[0].speaker).toBe('mieszkańcy miasta');
  });

  it('gives a subject-less plural verb no group named only in the statement it closes', () => {
    const qs = quotes('Spór o drogę\n\nWójt spotkał się z mieszkańcami w poniedziałek.\n\n- Rolnicy nie dostaną rekompensat za zajęte pola - mówili.', 'pl');
    expect(qs[0]?.speaker).not.toBe('rolnicy');
  });
});

describe('English content clauses after an adverbial', () => {
  it('passes a time word after the phrase (`said in a statement Wednesday those contracts …`)', () => {
    const qs = quotes('Coach contracts\n\nRegents Chairman Bill Ridenour said in a statement Wednesday those contracts need to be reviewed for transparency.', 'en');
    expect(qs[0]?.quote).toBe('those contracts need to be reviewed for transparency');
  });

  it('passes `over the last decade` and `for 2022` before a clause with a bare noun subject', () => {
    expect(quotes('Schools\n\nKimerly Dove said over the last decade enrollment at Parklane dropped more than 50 percent.', 'en')[0]?.quote).toBe('enrollment at Parklane dropped more than 50 percent');
    const qs = quotes('Oil\n\nWhile there was general agreement, an industry source said for 2022 forecasts ranged from growth of 500,000 bpd to 1.3 million bpd.', 'en');
    expect(qs.map((q) => q.quote)).toEqual(['forecasts ranged from growth of 500,000 bpd to 1.3 million bpd']);
  });
});

describe('English denials, accusations and groups', () => {
  it('reads `rejected suggestions that …`, `dismissed rumours that …` as reported speech', () => {
    expect(quotes('Power cuts\n\nPresident Cyril Ramaphosa has rejected suggestions that his government has failed to end the crisis.', 'en')[0]?.quote).toBe('his government has failed to end the crisis');
    expect(quotes('Power cuts\n\nThe minister also dismissed rumours that the country did not have enough fuel.', 'en')[0]?.speaker).toBe('minister');
  });

  it('takes no relative clause after a rejected thing as content (`rejected the bill that would …`)', () => {
    expect(quotes('Tax\n\nThe senate rejected the bill that would have raised taxes on fuel.', 'en')).toEqual([]);
  });

  it('reads `accused X of Y` and `accusing X of Y` as a reported accusation, ending at its clause', () => {
    expect(quotes('Vote\n\nCongress leader Rahul Gandhi accused the Election Commission of bias.', 'en')[0]?.quote).toBe('the Election Commission of bias');
    const qs = quotes('Brexit\n\nKeir Starmer accused the government of being in a mess over Brexit on Wednesday, after David Davis was forced to come to the House.', 'en');
    expect(qs[0]?.quote).toBe('the government of being in a mess over Brexit on Wednesday');
    expect(qs[0]?.speaker).toBe('Keir Starmer');
  });

  it('reads no passive `was accused of` as an accusation by the subject', () => {
    expect(quotes('Fraud\n\nHe was accused of fraud by the prosecutors.', 'en')).toEqual([]);
  });

  it('keeps a short phrase of where a group comes from before its verb (`Residents of the town said`)', () => {
    expect(quotes('Flood\n\nResidents of the town said the water had risen overnight.', 'en')[0]?.speaker).toBe('Residents of the town');
  });
});

describe('Polish subjects and requests', () => {
  it('reads a sentence-initial `Zarząd spółki` as one institution and `firma zamknie` as no name', () => {
    const qs = quotes('Huta\n\nZarząd spółki potwierdził, że firma zamknie oddział w przyszłym roku.', 'pl');
    expect(qs[0]?.speaker).toBe('zarząd spółki');
  });

  it('finds the subject after `Mimo to`', () => {
    const qs = quotes('Huta\n\nMimo to zarząd spółki potwierdził, że podjął decyzję o likwidacji oddziału.', 'pl');
    expect(qs[0]?.speaker).toBe('zarząd spółki');
  });

  it('reads requests and advice with `, by` / `, żeby` as reported appeals', () => {
    expect(quotes('Wilki\n\nLekarz Ryszard Buzek zaapelował, by gospodarze zamykali na noc swoje zwierzęta w oborach.', 'pl')[0]?.quote).toBe('gospodarze zamykali na noc swoje zwierzęta w oborach');
    expect(quotes('Niedźwiedzie\n\nEksperci radzą, by w przypadku spotkania niedźwiedzia oddalić się spokojnie.', 'pl')[0]?.speaker).toBe('Eksperci');
    expect(quotes('Szkoły\n\nPolicja apeluje, żeby kierowcy zwolnili przed szkołami w całym mieście.', 'pl')[0]?.rule).toBe('quote.reported.appeal');
  });

  it('knows `powiadomił, że` and `orzekli, że`', () => {
    expect(quotes('Rozmowy\n\nKanclerz Friedrich Merz powiadomił wcześniej, że prezydenci spotkają się w ciągu dwóch tygodni.', 'pl')[0]?.speaker).toBe('Friedrich Merz');
  });

  it('reads no request without its clause (`poprosił świadka o spokój`)', () => {
    expect(quotes('Sąd\n\nSędzia poprosił świadka o spokój.', 'pl')).toEqual([]);
  });
});

describe('Polish attributions after the statement', () => {
  it('reads `…, o czym poinformował X` and a closing `…, jak poinformował X.`', () => {
    const a = quotes('Wichury\n\nW poniedziałek wieczorem bez prądu pozostawało ponad 45 tysięcy odbiorców, o czym poinformował na Twitterze Marek Kubiak.', 'pl');
    expect(a.map((q) => [q.quote, q.speaker])).toEqual([['W poniedziałek wieczorem bez prądu pozostawało ponad 45 tysięcy odbiorców', 'Marek Kubiak']]);
    const b = quotes('Wichury\n\nBez prądu pozostawało ponad 45 tysięcy odbiorców, jak poinformował na Twitterze Marek Kubiak.', 'pl');
    expect(b[0]?.speaker).toBe('Marek Kubiak');
  });

  it('reads no comparison `tak, jak mówił trener` as an attribution', () => {
    expect(quotes('Mecz\n\nWszystko potoczyło się tak, jak mówił trener.', 'pl')).toEqual([]);
  });

  it('takes a plural adjective into a group (`Związki zawodowe`), not a predicate (`gotowe`)', () => {
    expect(quotes('Kopalnia\n\nZwiązki zawodowe przekonują, że akcja ma charakter oddolny.', 'pl')[0]?.speaker).toBe('Związki zawodowe');
  });
});

describe('Polish impersonal attributions', () => {
  it('reads an impersonal dash tail (`– podano w komunikacie.`) as the document speaking, for its own sentence', () => {
    const qs = quotes('Rada nadzorcza\n\nTomasz Sójka złożył rezygnację z funkcji członka rady. Decyzja wejdzie w życie 16 lutego - podano w komunikacie.', 'pl');
    expect(qs.map((q) => [q.quote, q.speaker])).toEqual([['Decyzja wejdzie w życie 16 lutego', 'komunikat']]);
  });

  it('names no outlet that cites the document as its owner (`w piśmie do związkowców cytowanym przez Tygodnik`)', () => {
    const qs = quotes('Zwolnienia\n\n„Zachodzi konieczność dokonania zwolnień grupowych pracowników” - napisano w piśmie do związkowców cytowanym przez Tygodnik Nadwiślański.', 'pl');
    expect(qs[0]?.speaker).not.toBe('Tygodnik Nadwiślański');
  });

  it('takes the owner of an event before an impersonal verb (`Podczas konferencji prasowej PiS podkreślono, że …`)', () => {
    const qs = quotes('Budżet\n\nPodczas konferencji prasowej PiS podkreślono, że władza nie zamierza powtarzać głosowania w sprawie budżetu.', 'pl');
    expect(qs[0]?.speaker).toBe('PiS');
  });
});

describe('English groups and institutions named in full', () => {
  it('keeps an acronym opening the sentence before a group (`US officials said`)', () => {
    expect(quotes('Tariffs\n\nUS officials said the penalties against China were the first of their kind.', 'en')[0]?.speaker).toBe('US officials');
  });

  it('keeps `in` and a place before the verb in the group (`Officials in Philadelphia said`)', () => {
    expect(quotes('Arrest\n\nOfficials in Philadelphia said a teenager has been arrested.', 'en')[0]?.speaker).toBe('Officials in Philadelphia');
  });

  it('takes three lower-case words before an institution noun (`the county public health department`)', () => {
    expect(quotes('Measles\n\nThe county public health department said they have confirmed the first case.', 'en')[0]?.speaker).toBe('county public health department');
  });
});

describe('English lead titles', () => {
  it('gives a lead title to the one named speaker who holds a member’s title (`Cllr Martin Tett`)', () => {
    const text = 'Council cuts\n\nThe leader of Buckinghamshire Council has said he “takes no pride” in announcing cuts to key services.\nCllr Martin Tett defended the savings as he introduced the draft budget on Monday.\nCllr Tett also said the litter budget would be cut.\nThe leader said parking fees would go up next year.';
    expect(quotes(text, 'en').map((q) => q.speaker)).toEqual(['Martin Tett', 'Martin Tett', 'Martin Tett']);
  });

  it('gives no lead spokesman to the named principal', () => {
    const text = 'Cabinet leaks\n\nThe Prime Minister’s spokesman has said the cabinet must be able to hold private discussions.\nChancellor Philip Hammond said he was not aware of any inquiry.';
    expect(quotes(text, 'en')[0]?.speaker).not.toBe('Philip Hammond');
  });
});

describe('Polish names that are no speakers', () => {
  it('reads a quoted title in the dative after the verb as the addressee (`powiedział „Gazecie Wyborczej”`)', () => {
    const text = 'Odejścia z Trójki\n\nZ rozgłośnią rozstał się Wojciech Mann.\n\n- Postanowiłem, że to ja podejmę tę decyzję - powiedział "Gazecie Wyborczej".';
    expect(quotes(text, 'pl')[0]?.speaker).toBe('Wojciech Mann');
    expect(quotes('Ceny\n\n- Ceny wzrosną jeszcze w tym roku - podaje „Rzeczpospolita”.', 'pl')[0]?.speaker).toBe('Rzeczpospolita');
  });

  it('reads a name governed by a complex preposition (`W przypadku Głuchołaz`) as no subject', () => {
    const text = 'Powódź\n\n- Woda opada - mówił burmistrz Michał Piszko. W przypadku Głuchołaz woda przelała się przez wały.\n\n- Pompy pracują całą noc - dodał.';
    expect(quotes(text, 'pl').map((q) => q.speaker)).toEqual(['Michał Piszko', 'Michał Piszko']);
  });
});

describe('Polish person names', () => {
  it('keeps the surname when a lone given name re-mentions the person (`Jelenę Rybakinę` … `Jelena`)', () => {
    const text = 'Tenis\n\nJelena Rybakina zagrała w sobotę. Potem Jelena wycofała się z turnieju. Trener poinformował, że Jelena Rybakina wraca do domu.\n\nW niedzielę Jelenę Rybakinę odwiedził lekarz. Lekarz powiedział, że Jelena jest zdrowa.';
    expect(quotes(text, 'pl').map((q) => q.speaker)).not.toContain('Jelena Jelena');
  });

  it('reads a lone plural adjective or locative (`Kolejowych`, `Mazurach`) as no person', () => {
    const qs = quotes('Kolej\n\nPociągi nie pojadą po Warmii i Mazurach. Zarząd województwa poinformował, że wysłał pismo do centrali.', 'pl');
    expect(qs[0]?.speaker).not.toBe('Mazurach');
  });
});

describe('Polish dialogue lines without a tail', () => {
  it('quotes the whole line, and only the answer after a journalist’s question', () => {
    const text = 'Po meczu\n\nTrener Maciej Stolarczyk rozmawiał z dziennikarzami po porażce.\n\n– Czy taki wynik to wstyd? Ja bym tego tak nie nazwał. To jest po prostu przegrana, która nas boli.\n\n– Gratuluję rywalom zwycięstwa. Zagrali lepiej od nas.';
    const qs = quotes(text, 'pl');
    expect(qs.map((q) => q.quote)).toEqual(['Ja bym tego tak nie nazwał. To jest po prostu przegrana, która nas boli', 'Gratuluję rywalom zwycięstwa. Zagrali lepiej od nas']);
  });

  it('ends the line at a tail the lexicon lacks and before narrative opening with a verb of saying', () => {
    const text = 'Budżet\n\nPoseł Marek Jakubiak skrytykował konferencję.\n\n– Oczywiście, że nie jest wszystko w porządku – zżymał się. Przyznał, że źle odebrał zachowanie polityków.\n\n– Dobry humor zarządu tylko nas niepokoi. Na dowód jest obecność policji w Sejmie.';
    // (The tail itself is no part of the words.)
    expect(quotes(text, 'pl').find((q) => q.quote.startsWith('Oczywiście'))?.quote).toBe('Oczywiście, że nie jest wszystko w porządku');
    const qs = quotes(text, 'pl');
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.every((q) => q.speaker === 'Marek Jakubiak')).toBe(true);
  });
});

describe('English subjects set off or introduced', () => {
  it('passes over a dash-set aside before the verb (`Democrats — and at least one Republican — told`)', () => {
    expect(quotes('Shutdown\n\nDemocrats — and at least one Republican — told The Hill that their offices have begun contingency plans.', 'en')[0]?.speaker).toBe('Democrats');
  });

  it('gives a participle clause to the subject after an opening phrase (`In a statement, board members defended …, stating …`)', () => {
    const qs = quotes('Inquiry\n\nIn a statement, the Board of Trustees defended the investigations, stating they were initiated to provide a progress report.', 'en');
    expect(qs[0]?.speaker).toBe('Board of Trustees');
  });

  it('knows `opined that`', () => {
    expect(quotes('Match\n\nThe coach, Sergio Lobera opined that his players could not have done anything more.', 'en')[0]?.speaker).toBe('Sergio Lobera');
  });
});

describe('Polish findings, beliefs and institutions in the locative', () => {
  it('knows `ustalił, że`, `Jak ustaliło radio RMF FM, …` and `wierzą, że`', () => {
    expect(quotes('Kary\n\nUOKiK ustalił, że etykiety cenowe w wielu przypadkach wprowadzały w błąd.', 'pl')[0]?.speaker).toBe('UOKiK');
    expect(quotes('Starosta\n\nJak ustaliło radio RMF FM, za kierownicą siedział starosta powiatu płockiego.', 'pl')[0]?.speaker).toBe('RMF FM');
    expect(quotes('Festiwal\n\nArtyści wierzą, że festiwal po raz kolejny będzie świętem polskiej piosenki.', 'pl')[0]?.speaker).toBe('Artyści');
  });

  it('gives a present plural verb after an institution in the locative to that institution', () => {
    const qs = quotes('Tłok\n\nPasażerowie skarżą się na tłok. W Zarządzie Transportu Publicznego przekonują, że na razie nie może kursować więcej pojazdów.', 'pl');
    expect(qs.at(-1)?.speaker).toBe('Zarząd Transportu Publicznego');
    expect(quotes('Tłok\n\nW ratuszu zapewniają, że autobusów wkrótce przybędzie.', 'pl')[0]?.speaker).toBe('ratusz');
  });
});

describe('Polish capitalised words that are no names', () => {
  it('reads no plural past verb, instrumental plural or genitive adjective as a name', () => {
    expect(quotes('Protest\n\nPrzeszli Alejami Jerozolimskimi pod Sejm. – Polski rolnik, polskie pole, polski chleb – skandowali.', 'pl')[0]?.speaker ?? '').not.toMatch(/Alejami|Jerozolimskimi|Przeszli/);
  });
});

describe('Polish manner-of-saying tails', () => {
  it('reads `– cieszył się trener`, `– skandowali`, `– oburzał się` as tails, not words of the quotation', () => {
    const qs = quotes('Mecz\n\nTrener Jan Nowak był zadowolony. – Wygraliśmy zasłużenie – cieszył się trener. – Sędzia był w porządku – oburzał się.', 'pl');
    expect(qs.map((q) => [q.quote, q.speaker])).toEqual([['Wygraliśmy zasłużenie', 'Jan Nowak'], ['Sędzia był w porządku', 'Jan Nowak']]);
    expect(quotes('Protest\n\nRolnicy przyszli pod ministerstwo. – Polski rolnik, polskie pole – skandowali.', 'pl')[0]?.quote).toBe('Polski rolnik, polskie pole');
  });
});

describe('a new line of dialogue after a closed quotation', () => {
  it('starts a new sentence at `”. – Cieszy się …`, a reflexive verb of feeling being no tail', () => {
    const qs = quotes('Kredyt\n\nSzef rządu powiedział, że „Bezpieczny kredyt to kredyt dla rodzin”. – Cieszy się to takim powodzeniem, że zwiększymy finansowanie – powiedział Mateusz Morawiecki.', 'pl');
    expect(qs.find((q) => q.quote.startsWith('Cieszy'))?.speaker).toBe('Mateusz Morawiecki');
  });
});
