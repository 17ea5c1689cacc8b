import { describe, expect, it } from 'vitest';
import { findMentions, tokenize } from '../../../shared/claims/mentions';
import { quotes, starting } from './helpers';

// Regression tests for the twenty-eighth round of real-news attribution rules (2026-11-25, twenty-seventh
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const enLead = 'The vote is on Wednesday.\n\n';
const plLead = 'Sprawa trwa od tygodnia.\n\n';

describe('according to, then an aside after a dash', () => {
  it('`…, according to Ministry of Justice figures – a rise of a fifth …`: the statement is the clause before the phrase', () => {
    const text = `Evictions\n\n${enLead}There were 2,682 repossessions between January and March, according to Ministry of Justice figures – a rise of almost a fifth on last year.`;
    const q = starting(quotes(text, 'en'), 'There were 2,682');
    expect(q?.speaker).toBe('Ministry of Justice');
    expect(q?.quote.endsWith('January and March')).toBe(true);
  });

  it('the same in Polish: `…, według danych GUS – to najszybszy wzrost …`', () => {
    const text = `Ceny\n\n${plLead}Ceny żywności wzrosły w marcu o 3 proc., według danych GUS – to najszybszy wzrost od dekady.`;
    expect(starting(quotes(text, 'pl'), 'Ceny żywności wzrosły')?.speaker).toBe('GUS');
  });

  it('guard: `According to the ONS, prices rose …` still takes what follows', () => {
    const text = `Prices\n\n${enLead}According to the ONS, prices rose by 3% in March.`;
    expect(starting(quotes(text, 'en'), 'prices rose')?.speaker).toBe('ONS');
  });
});

describe('findings and their authors', () => {
  it('`Official data released on Thursday shows that …`: a description between the data and its verb', () => {
    const text = `Homelessness\n\n${enLead}Official data released on Thursday shows that the number of people sleeping rough fell by 9% from last year.`;
    expect(starting(quotes(text, 'en'), 'the number of people')?.speaker).toBe('Official data');
  });

  it('`Official data shows that …`: a describing word opening the sentence is no author', () => {
    const text = `Homelessness\n\n${enLead}Official data shows that the number of people sleeping rough fell by 9% from last year.`;
    expect(starting(quotes(text, 'en'), 'the number of people')?.speaker).toBe('Official data');
  });

  it('`Research by YouGov commissioned by Shelter showed …`: the author is the first `by`', () => {
    const text = `Renters\n\n${enLead}Recent research by YouGov commissioned by homelessness charity Shelter showed 943,000 tenants had been served notices since April 2019.`;
    expect(starting(quotes(text, 'en'), '943,000 tenants')?.speaker).toBe('YouGov');
  });

  it('`A survey by YouGov found …` without `that`', () => {
    const text = `Renters\n\n${enLead}A survey by YouGov found 943,000 tenants had been served notices since April 2019.`;
    expect(starting(quotes(text, 'en'), '943,000 tenants')?.speaker).toBe('YouGov');
  });

  it('`The latest figures available show that …`: plural figures with their `that`', () => {
    const text = `Housing\n\n${enLead}The latest figures available show that during July the number of completed house sales decreased by 11%.`;
    expect(starting(quotes(text, 'en'), 'during July')?.speaker).toBe('latest figures');
  });

  it('guard: `A Reuters survey showed that …` keeps the agency as the author', () => {
    const text = `Economy\n\n${enLead}A Reuters survey showed that most economists expect a rate cut in June.`;
    expect(starting(quotes(text, 'en'), 'most economists')?.speaker).toBe('Reuters');
  });

  it('guard: bare `figures show` with no `that` is still no one’s statement', () => {
    const text = `Housing\n\n${enLead}Figures show prices are falling in most regions.`;
    expect(starting(quotes(text, 'en'), 'prices are falling')).toBeUndefined();
  });

  it('guard: `Official figures published this month showed a six-year high`: a finding with a noun phrase only is no claim', () => {
    const text = `Housing\n\n${enLead}Official figures published this month showed a six-year high in repossessions.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });
});

describe('a document and its author after the statement', () => {
  it('`…, a statement from the court said.`: the author after `from`', () => {
    const text = `Rent cap\n\n${enLead}The Federal Constitutional Court ruled on Thursday. The state law was void in its entirety, a statement from the court said.`;
    expect(starting(quotes(text, 'en'), 'The state law')?.speaker).toBe('Federal Constitutional Court');
  });

  it('`…, a statement released by the ministry said.`', () => {
    const text = `Rent cap\n\n${enLead}The new rules will apply to every landlord in the country, a statement released by the Housing Ministry said.`;
    expect(starting(quotes(text, 'en'), 'The new rules')?.speaker).toBe('Housing Ministry');
  });

  it('`"…," an English statement from the court said`: a language adjective is no author', () => {
    const text = `Rent cap\n\n${enLead}The Federal Constitutional Court ruled on Thursday. Earlier laws had “attempted to ensure a fair balance between tenants and lessors,” an English statement from the court said.`;
    expect(starting(quotes(text, 'en'), 'attempted to ensure')?.speaker).toBe('Federal Constitutional Court');
  });

  it('guard: `…, the statement said.` is still the statement as written', () => {
    const text = `Rent cap\n\n${enLead}The state law was void in its entirety, the statement said.`;
    expect(starting(quotes(text, 'en'), 'The state law')?.speaker).toBe('the statement');
  });
});

describe('subjects described at length', () => {
  it('`…, the city’s newly re-elected mayor said Wednesday.`: an adverb of the participle does not count against the title', () => {
    const text = `Housing\n\n${enLead}Toronto's lack of affordable housing is a pressing problem that should receive some attention, the city's newly re-elected mayor said Wednesday.`;
    expect(starting(quotes(text, 'en'), "Toronto's lack")?.speaker).toBe('mayor');
  });

  it('`However, a body representing landlords said …`: an institution introduced with `a` and described is new', () => {
    const text = `Renters\n\n${enLead}The Renters Reform Coalition said the Bill had been weakened.\n\nHowever, a body representing landlords said the Bill delivers a fair deal for tenants.`;
    expect(starting(quotes(text, 'en'), 'the Bill delivers')?.speaker).toBe('a body representing landlords');
  });

  it('guard: `The body said …` is not described as a new one', () => {
    const text = `Renters\n\n${enLead}The Renters Reform Coalition said the Bill had been weakened.\n\nThe body said the Bill delivers nothing for tenants.`;
    expect(starting(quotes(text, 'en'), 'the Bill delivers')?.speaker).not.toMatch(/^a /);
  });
});

describe('verbs with no subject of their own', () => {
  it('`Uczestnicy imprezy tłumaczą, że … . … . … . Zapewniali, że …`: a plural verb goes on with the group that spoke a few sentences back in its paragraph', () => {
    const text = `Porodówka\n\n${plLead}Uczestnicy imprezy tłumaczą, że oddział przestał przyjmować pacjentki. Spotkanie miało charakter pożegnania. Na stołach znalazły się owoce. Zapewniali, że alkoholu nie było.`;
    expect(starting(quotes(text, 'pl'), 'alkoholu nie było')?.speaker).toBe('Uczestnicy imprezy');
  });

  it('guard: not across a paragraph break', () => {
    const text = `Porodówka\n\n${plLead}Uczestnicy imprezy tłumaczą, że oddział przestał przyjmować pacjentki.\n\nSpotkanie miało charakter pożegnania. Na stołach znalazły się owoce. Zapewniali, że alkoholu nie było.`;
    expect(starting(quotes(text, 'pl'), 'alkoholu nie było')?.speaker).not.toBe('Uczestnicy imprezy');
  });

  it('`But the Government has indicated it will delay …`: indicating with a clause and its modal', () => {
    const text = `Renters\n\n${enLead}But the Government has indicated it will delay implementation of the ban until the courts are ready.`;
    expect(starting(quotes(text, 'en'), 'it will delay')?.speaker).toBe('Government');
  });

  it('guard: `The data indicated the need for more beds` is no statement', () => {
    const text = `Beds\n\n${enLead}The data indicated the need for more beds in the region.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });
});

describe('names and subjects set off by commas', () => {
  it('`Care4Calais said …`: a name with a digit in it speaks as an organisation', () => {
    const text = `Rwanda\n\n${enLead}Care4Calais said only seven people still had live tickets.`;
    expect(starting(quotes(text, 'en'), 'only seven people')?.speaker).toBe('Care4Calais');
  });

  it('`One of the charities that brought a legal appeal, Care4Calais, said …`: the name set off before the verb', () => {
    const text = `Rwanda\n\n${enLead}One of the charities that brought a legal appeal, Care4Calais, said only seven people still had live tickets.`;
    expect(starting(quotes(text, 'en'), 'only seven people')?.speaker).toBe('Care4Calais');
  });

  it('`Flag carrier Air France said …`: a capitalised name after the lower-case noun of its kind', () => {
    const text = `Strikes\n\n${enLead}Flag carrier Air France said it had cancelled 30 percent of domestic flights for Thursday.`;
    expect(starting(quotes(text, 'en'), 'it had cancelled')?.speaker).toBe('Air France');
  });

  it('`The airline that cut flights, Air France, said …`', () => {
    const text = `Strikes\n\n${enLead}The airline that cut the most flights, Air France, said it had cancelled 30 percent of domestic flights.`;
    expect(starting(quotes(text, 'en'), 'it had cancelled')?.speaker).toBe('Air France');
  });

  it('`Bamber claimed his sister, who had a history of mental illness, killed …`: a relative clause after the clause subject', () => {
    const text = `Appeal\n\n${enLead}Bamber claimed his sister, who had a history of mental illness, killed her family before turning the gun on herself.`;
    expect(starting(quotes(text, 'en'), 'his sister')?.speaker).toBe('Bamber');
  });

  it('guard: `claimed the prize, which was worth a lot, on Monday` is no statement', () => {
    const text = `Prize\n\n${enLead}The company claimed the prize, which was worth a lot, on Monday.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });

  it('guard: `w Polskim Radiu24` is still no one speaking', () => {
    const text = `Radio\n\n${plLead}Audycja była emitowana w Polskim Radiu24 przez całe lato.`;
    expect(quotes(text, 'pl')).toHaveLength(0);
  });
});

describe('more English verbs and what stands between them and their clause', () => {
  it('`He insisted to a group of journalists on the sidelines of the Paris event that …`: long prepositional phrases before `that`', () => {
    const text = `AI\n\n${enLead}Sam Altman spoke in Paris. He insisted to a group of journalists on the sidelines of the Paris event that the headlines were not fair.`;
    expect(starting(quotes(text, 'en'), 'the headlines were')?.speaker).toBe('Sam Altman');
  });

  it('`Sheriff Williamson said with an officer involved shooting in Colbert County Sunday, he’s afraid …`', () => {
    const text = `Shooting\n\n${enLead}Sheriff Williamson said with an officer involved shooting in Colbert County Sunday, he's afraid they could see more of these situations.`;
    expect(starting(quotes(text, 'en'), 'with an officer')?.speaker).toBe('Williamson');
  });

  it('`Bank of America on Friday reported its quarterly profit shrank`: an irregular past after the reported noun phrase', () => {
    const text = `Banks\n\n${enLead}Shafaq News / Bank of America on Friday reported its quarterly profit shrank, hit by one-off charges.`;
    expect(starting(quotes(text, 'en'), 'its quarterly profit')?.speaker).toBe('Bank of America');
  });

  it('`the High Court on Friday ruled the first planned flight could take place`: ruling with a bare clause', () => {
    const text = `Rwanda\n\n${enLead}The High Court on Friday ruled the first planned flight could take place.`;
    expect(starting(quotes(text, 'en'), 'the first planned')?.speaker).toBe('High Court');
  });

  it('guard: `The king ruled the country for twenty years` is no statement', () => {
    const text = `History\n\n${enLead}The king ruled the country for twenty years before the war.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });

  it('`Gustafson welcomed that …`: welcoming a fact with `that`', () => {
    const text = `Strike\n\n${enLead}Rickard Gustafson spoke after the deal. Gustafson welcomed that the agreed wage increase was in line with other groups.`;
    expect(starting(quotes(text, 'en'), 'the agreed wage')?.speaker).toBe('Rickard Gustafson');
  });

  it('guard: `The minister welcomed the decision` is no statement', () => {
    const text = `Court\n\n${enLead}The minister welcomed the decision of the court on Monday.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });

  it('`… said it stands ready … but has indicated it is waiting …`: two statements, the second past its auxiliary', () => {
    const text = `Energy\n\n${enLead}The government has repeatedly said it stands ready to offer new support but has indicated it is waiting until the autumn.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'it stands ready')?.quote).toBe('it stands ready to offer new support');
    expect(starting(qs, 'it is waiting')?.speaker).toBe('government');
  });

  it('`Earlier Bank of America said …`: a time adverb opening the sentence is no part of the name', () => {
    const text = `Banks\n\n${enLead}Earlier Bank of America said its quarterly profit shrank.`;
    expect(starting(quotes(text, 'en'), 'its quarterly profit')?.speaker).toBe('Bank of America');
  });
});

describe('Polish names, sources and institutions', () => {
  it('`W tegorocznej ustawie budżetowej zapisano, że …`: what a document has written down', () => {
    const text = `Bezrobocie\n\n${plLead}W tegorocznej ustawie budżetowej zapisano, że stopa bezrobocia wyniesie 4,9 proc. na koniec roku.`;
    expect(starting(quotes(text, 'pl'), 'stopa bezrobocia')?.speaker).toBe('ustawa budżetowa');
  });

  it('guard: `Lekarz zapisał pacjentowi leki` is no statement', () => {
    const text = `Leki\n\n${plLead}Lekarz zapisał pacjentowi leki na grypę.`;
    expect(quotes(text, 'pl')).toHaveLength(0);
  });

  it('`Według jego słów, …`: his words, as `jego zdaniem`', () => {
    const text = `Pomoc\n\n${plLead}Viktor Orban zabrał głos na Facebooku. Według jego słów, łączna wartość węgierskiej pomocy wyniosła około 200 mln euro.`;
    expect(starting(quotes(text, 'pl'), 'łączna wartość')?.speaker).toBe('Viktor Orban');
  });

  it('`związkowcy z … NSZZ „Solidarność”`: a quoted name ends the institution’s name', () => {
    const text = `Dodatki\n\n${plLead}Związkowcy z Krajowej Sekcji Pracowników Pomocy Społecznej NSZZ „Solidarność” podkreślają, że ustawa dzieli pracowników.`;
    expect(starting(quotes(text, 'pl'), 'ustawa dzieli')?.speaker).toBe('Związkowcy z Krajowej Sekcji Pracowników Pomocy Społecznej NSZZ „Solidarność”');
  });

  it('`– podkreśliła stacja` after `Telewizja Republika`: a broadcaster is a company a company noun refers back to', () => {
    const text = `Koncesja\n\n${plLead}Telewizja Republika złożyła skargę do sądu.\n\n– Sytuacja utrudniła nam planowanie dalszego rozwoju firmy – podkreślił nadawca.`;
    expect(starting(quotes(text, 'pl'), 'Sytuacja utrudniła')?.speaker).toBe('Telewizja Republika');
  });

  it('`z członkiem KRRiT, prof. Tadeuszem Kowalskim.` … `– podkreślił członek KRRiT`: a ranked holder after the title’s comma', () => {
    const text = `Koncesja\n\n${plLead}Gazeta rozmawiała dzień wcześniej z członkiem KRRiT, prof. Tadeuszem Kowalskim.\n\n– W KRRiT nie toczą się rozmowy o koncesji – podkreślił członek KRRiT.`;
    expect(starting(quotes(text, 'pl'), 'W KRRiT nie')?.speaker).toBe('Tadeusz Kowalski');
  });
});

describe('English institutions referred back to', () => {
  it('`…, the force said.`: the police force named before', () => {
    const text = `Chase\n\n${enLead}Greater Manchester Police arrested a man on Sunday.\n\nTowler then drove at 90mph in a 20mph area before hitting a kerb, the force said.`;
    expect(starting(quotes(text, 'en'), 'Towler then')?.speaker).toBe('Greater Manchester Police');
  });

  it('`according to the Clearinghouse`: one word of a longer name named before, not its first', () => {
    const text = `Colleges\n\n${enLead}The National Student Clearinghouse Research Center released new data on Thursday.\n\nThe number of undergraduate students has fallen by 6.5 percent, according to the Clearinghouse.`;
    expect(starting(quotes(text, 'en'), 'The number of')?.speaker).toBe('National Student Clearinghouse Research Center');
  });

  it('guard: `Labour said …` after `the Labour Party` is still `Labour`', () => {
    const text = `Renters\n\n${enLead}The Labour Party and campaigners have warned the reforms will fail.\n\nLabour said the ban is collapsing under the weight of vested interests.`;
    expect(starting(quotes(text, 'en'), 'the ban is')?.speaker).toBe('Labour');
  });

  it('`…, according to its website.`: the institution named in the sentence owns it', () => {
    const text = `Strikes\n\n${enLead}Around half of Eurostar trains have already been cancelled on Thursday, according to its website.`;
    expect(starting(quotes(text, 'en'), 'Around half')?.speaker).toBe('Eurostar');
  });

  it('`criticized the GDL union’s announcement on Monday that …`: the owner past a time, and the critic goes on speaking', () => {
    const text = `Strikes\n\n${enLead}Deutsche Bahn's head of human resources, Martin Seiler, criticized the GDL union's announcement on Monday that it would no longer provide 48 hours' notice of strikes.\n\n"These so-called wave strikes are a sheer imposition for our passengers."`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'it would no longer')?.speaker).toBe('GDL');
    expect(starting(qs, 'These so-called')?.speaker).toBe('Martin Seiler');
  });

  it('`Christina Figueres, the former U.N. official who led the negotiations, said that …`: an apposition across a dotted acronym', () => {
    const text = `Climate\n\n${enLead}Miguel Arias Cañete, the EU commissioner, said the decision galvanized Europe.\n\nChristina Figueres, the former U.N. official who led the negotiations, said that the United States cannot withdraw until 2019.`;
    expect(starting(quotes(text, 'en'), 'the United States')?.speaker).toBe('Christina Figueres');
  });

  it('`… issued a statement … . "…," the statement read.`: who issued it', () => {
    const text = `Climate\n\n${enLead}The leaders of France, Germany and Italy issued a statement expressing regret.\n\n“We therefore reaffirm our strongest commitment to the Paris Agreement,” the statement read.`;
    expect(starting(quotes(text, 'en'), 'We therefore')?.speaker).toBe('leaders of France, Germany and Italy');
  });
});

describe('English subjects in absolute, relative and appositive phrases', () => {
  it('`perilous Channel crossings`: a capitalised word before a plural noun of an action is no person (the judge is not `Channel`)', () => {
    const text = `Rwanda\n\n${enLead}Some of those due to be given a ticket as part of the bid to curb perilous Channel crossings, as well as campaign groups and a union, had asked judges to block the flight.\n\nThe judge ruled against the claim and said: “I do not consider that the balance favours the grant of the relief.”`;
    expect(starting(quotes(text, 'en'), 'I do not consider')?.speaker).toBe('judge');
  });

  it('`"…," Karen Doyle, national organiser at Movement for Justice, a civil rights movement, tells The National.`: two appositions', () => {
    const text = `Rwanda\n\n${enLead}“Refugees may not have won in court today but there’s still three days to stop this plan," Karen Doyle, national organiser at Movement for Justice, a civil and immigrant rights movement, tells The National.`;
    expect(starting(quotes(text, 'en'), 'Refugees may not')?.speaker).toBe('Karen Doyle');
  });

  it('`…, with Mr Brearley telling the Committee "…"`: the absolute `with` phrase names who speaks', () => {
    const text = `Energy\n\n${enLead}Jonathan Brearley, head of Ofgem, gave evidence, and Adam Scorer said prices were too high.\n\nBills could rise further in October, with Mr Brearley telling the Committee "it is quite possible this could go higher".`;
    expect(starting(quotes(text, 'en'), 'it is quite possible')?.speaker).toBe('Jonathan Brearley');
  });

  it('`A 20-year-old man who police say broke into … has died`: the relative clause of saying, up to the main clause', () => {
    const text = `Machete\n\n${enLead}A 20-year-old man who police say broke into a family home while armed with a machete has died in hospital.`;
    const q = starting(quotes(text, 'en'), 'broke into');
    expect(q?.speaker).toBe('police');
    expect(q?.quote).toBe('broke into a family home while armed with a machete');
  });

  it('guard: `The World Health Organisation (WHO) said …, where authorities have confirmed …`: `WHO` is no relative pronoun', () => {
    const text = `Ebola\n\n${enLead}The World Health Organisation (WHO) said on Monday it has sent protective equipment to Congo, where authorities have confirmed two cases of Ebola.`;
    expect(starting(quotes(text, 'en'), 'it has sent')?.speaker).toBe('World Health Organisation');
  });
});

describe('relative clauses of saying and possessive places', () => {
  it('`she has handed the CCTV to police who have confirmed they have launched …`: two statements, hers and the police’s', () => {
    const text = `Robbery\n\n${enLead}Shakila said that she has handed the CCTV to police who have confirmed they have now launched an investigation to find those responsible.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'she has handed')?.quote).toContain('who have confirmed');
    expect(starting(qs, 'they have now')?.speaker).toBe('police');
  });

  it('`London’s Metropolitan Police said …`: a place in the possessive is no part of the name', () => {
    const text = `Protests\n\n${enLead}London's Metropolitan Police said a motorway stunt would risk serious harm to the public.`;
    expect(starting(quotes(text, 'en'), 'a motorway stunt')?.speaker).toBe('Metropolitan Police');
  });
});

describe('Polish groups that speak for someone', () => {
  it('`Prokuratura Okręgowa … . Jej przedstawiciele potwierdzają, że …`: representatives speak for the institution just named', () => {
    const text = `Autobus\n\n${plLead}Do spekulacji odniosła się Prokuratura Okręgowa w Warszawie. Jej przedstawiciele potwierdzają, że kierowca prowadził pod wpływem amfetaminy.`;
    expect(starting(quotes(text, 'pl'), 'kierowca prowadził')?.speaker).toBe('Prokuratura Okręgowa w Warszawie');
  });

  it('`… udział wzięli rodzice uczniów. ¶ – … – mówili.`: a quotation opening its paragraph goes on with the group just before', () => {
    const text = `Szkoły\n\n${plLead}Głosowanie poprzedziła długa dyskusja, w której udział wzięli rodzice uczniów.\n\n- Pani burmistrz! Jest pani rodzicem, tak jak my. Prosimy, nie róbcie krzywdy naszym dzieciom - mówili.`;
    expect(starting(quotes(text, 'pl'), 'Pani burmistrz')?.speaker).toBe('rodzice uczniów');
  });
});

describe('words that name no one', () => {
  it('`Prosimy, nie róbcie …`, `Proszę państwa`: a Polish first-person verb opening a sentence', () => {
    const ms = findMentions(tokenize('Prosimy, nie róbcie krzywdy. Proszę państwa, to koniec.'), 'pl');
    expect(ms.filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('guard: a surname opening a sentence is still a person (`Nowak powiedział …`)', () => {
    const ms = findMentions(tokenize('Nowak powiedział, że to koniec.'), 'pl');
    expect(ms.some((m) => m.kind === 'person' && m.name?.[0] === 'Nowak')).toBe(true);
  });
});

describe('mixed quotation marks', () => {
  it('`«The talks … are being prepared," Foreign Ministry spokesperson Maria Zakharova told RIA Novosti.`', () => {
    const text = `Talks\n\n${enLead}«The talks in the Russia-Germany-France-Ukraine format are being prepared," Foreign Ministry spokesperson Maria Zakharova told RIA Novosti.`;
    const q = starting(quotes(text, 'en'), 'The talks');
    expect(q?.speaker).toBe('Maria Zakharova');
    expect(q?.quote).toBe('The talks in the Russia-Germany-France-Ukraine format are being prepared');
  });

  it('guard: `«…»` still pairs as before', () => {
    const text = `Rozmowy\n\n${plLead}«Rozmowy są przygotowywane» – powiedziała Maria Zacharowa.`;
    expect(starting(quotes(text, 'pl'), 'Rozmowy są')?.speaker).toBe('Maria Zacharowa');
  });
});

describe('a name inside a prepositional phrase', () => {
  it('`Anna Zakrzewska z biura prasowego PKP Intercity poinformowała PAP, że …`: `Intercity` continues the institution', () => {
    const text = `Wypadek\n\n${plLead}Anna Zakrzewska z biura prasowego PKP Intercity poinformowała PAP, że zorganizowanie transportu zastępczego jest utrudnione.`;
    expect(starting(quotes(text, 'pl'), 'zorganizowanie transportu')?.speaker).toBe('Anna Zakrzewska');
  });

  it('guard: `– … – powiedział PAP Miętek.`: a surname after the addressee’s acronym still speaks', () => {
    const text = `Kolej\n\n${plLead}Szef związku maszynistów Leszek Miętek zabrał głos.\n\n– Zwolnienia są, bo spółka ogranicza zasoby operacyjne – powiedział PAP Miętek.`;
    expect(starting(quotes(text, 'pl'), 'Zwolnienia są')?.speaker).toBe('Leszek Miętek');
  });
});

describe('a dash tail alone under a paragraph', () => {
  it('`Przypomnijmy sobie co minister mówił … ¶ — zapytał wicerzecznik PiS Mateusz Kurzejewski`: the report inside is part of the attributed words', () => {
    const text = `Dron\n\n${plLead}Przypomnijmy sobie co minister Kosiniak-Kamysz mówił w marcu ubiegłego roku, gdy w polską przestrzeń powietrzną wleciała ruska rakieta.\n\n— zapytał wicerzecznik Prawa i Sprawiedliwości Mateusz Kurzejewski\n\nSprawa trwa.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Przypomnijmy sobie')?.speaker).toBe('Mateusz Kurzejewski');
    expect(starting(qs, 'zapytał')).toBeUndefined();
  });

  it('guard: `Zostawię to tutaj ¶ — napisał poseł Konfederacji Konrad Berkowicz.` as before', () => {
    const text = `Dron\n\n${plLead}Zostawię to tutaj\n\n— napisał poseł Konfederacji Konrad Berkowicz.\n\nSprawa trwa.`;
    expect(starting(quotes(text, 'pl'), 'Zostawię to tutaj')?.speaker).toBe('Konrad Berkowicz');
  });
});

describe('a pronoun for the plain person just described', () => {
  it('`… zauważyli kobietę, która wybiegła z bramy. Poinformowała ona mundurowych, że …`: `kobieta`', () => {
    const text = `Pożar\n\n${plLead}Policjanci patrolując ulicę zauważyli kobietę, która wybiegła z bramy i wołała o pomoc. Poinformowała ona mundurowych, że w kuchni jej mieszkania doszło do pożaru.`;
    expect(starting(quotes(text, 'pl'), 'w kuchni')?.speaker).toBe('kobieta');
  });

  it('guard: a named woman before is still who `ona` is', () => {
    const text = `Pożar\n\n${plLead}Policjanci zauważyli Annę Nowak, która wybiegła z bramy. Poinformowała ona mundurowych, że w kuchni doszło do pożaru.`;
    expect(starting(quotes(text, 'pl'), 'w kuchni')?.speaker).toBe('Anna Nowak');
  });
});
