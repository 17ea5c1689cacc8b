import { describe, expect, it } from 'vitest';
import { demonymCountry } from '../../../shared/claims/roles';
import { quotes, starting } from './helpers';

// Regression tests for the thirty-second round of real-news attribution rules (2026-11-25, thirty-first
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const plLead = 'Turniej trwa od tygodnia.\n\n';
const enLead = 'The tournament has been running for a week.\n\n';

describe('nationality epithets and the nationality an article gives a person', () => {
  it('demonymCountry reads Polish nationality nouns in any case and English ones, and nothing else', () => {
    expect(demonymCountry('Polkę', 'pl')).toBe('pl');
    expect(demonymCountry('Polakiem', 'pl')).toBe('pl');
    expect(demonymCountry('Amerykankę', 'pl')).toBe('us');
    expect(demonymCountry('Norwega', 'pl')).toBe('no');
    expect(demonymCountry('Niemca', 'pl')).toBe('de');
    expect(demonymCountry('Spaniard', 'en')).toBe('es');
    expect(demonymCountry('Pole', 'en')).toBe('pl');
    expect(demonymCountry('Pole', 'pl')).toBeNull();
    expect(demonymCountry('Kowalczyka', 'pl')).toBeNull();
    expect(demonymCountry('Anna', 'pl')).toBeNull();
  });

  it('`Polka Iga Świątek pokonała Amerykankę Jessicę Pegulę … Polka podkreśliła, że …` after Pegula spoke: the Pole, not the last woman', () => {
    const text = `Tenis\n\n${plLead}Polka Iga Świątek pokonała Amerykankę Jessicę Pegulę 6:2, 6:3.\n\nPegula przyznała, że grała słabo. Polka podkreśliła, że przed nią jeszcze dużo pracy.`;
    expect(starting(quotes(text, 'pl'), 'przed nią')?.speaker).toBe('Iga Świątek');
  });

  it('`Amerykanka dodała, że …` after the Pole spoke: the one the article called American', () => {
    const text = `Tenis\n\n${plLead}Polka Iga Świątek pokonała Amerykankę Jessicę Pegulę 6:2, 6:3.\n\nPegula przyznała, że grała słabo. Świątek powiedziała, że jest szczęśliwa. Amerykanka dodała, że wróci silniejsza.`;
    expect(starting(quotes(text, 'pl'), 'wróci silniejsza')?.speaker).toBe('Jessica Pegula');
  });

  it('`polski astronauta X` … `Polak wspominał, że …` after a list naming a Hungarian last: the Pole', () => {
    const text = `Kosmos\n\n${plLead}W misji uczestniczył polski astronauta Jan Kowalczyk. W niedzielę astronauci, czyli Jan Kowalczyk, Anna Lis i Tibor Kapu, pożegnali się z załogą. Polak wspominał wówczas, że to była wielka chwila.`;
    expect(starting(quotes(text, 'pl'), 'to była wielka')?.speaker).toBe('Jan Kowalczyk');
  });

  it('`"…," the Pole said` after `Poland\'s Iga Swiatek beat … Pegula`: the Pole', () => {
    const text = `Tennis\n\n${enLead}Poland's Iga Swiatek beat Jessica Pegula 6-2, 6-3 on Tuesday. Pegula said she had been tired. "I'm happy," the Pole said.`;
    expect(starting(quotes(text, 'en'), "I'm happy")?.speaker).toBe('Iga Swiatek');
  });

  it('`The American added that …`: a nationality adjective after `the` before a verb is an epithet for a person', () => {
    const text = `Tennis\n\n${enLead}Poland's Iga Swiatek beat Jessica Pegula 6-2, 6-3 on Tuesday. Pegula said she had been tired. The American added that she would be back.`;
    expect(starting(quotes(text, 'en'), 'she would be back')?.speaker).toBe('Jessica Pegula');
  });

  it('guard: `The American embassy said that …`: before a noun it stays an adjective', () => {
    const text = `Tennis\n\n${enLead}Poland's Iga Swiatek beat Jessica Pegula on Tuesday. The American embassy said that the match was great.`;
    expect(starting(quotes(text, 'en'), 'the match was great')?.speaker).toBe('American embassy');
  });
});

describe('subjects and verbs', () => {
  it('`Speaking to the media in Athlone, he also announced that …`: a pronoun before `also` and the verb is its subject', () => {
    const text = `Defence\n\nTaoiseach Micheál Martin visited the barracks on Friday. Speaking to the media in Athlone, he also announced that private healthcare will be available.`;
    expect(starting(quotes(text, 'en'), 'private healthcare')?.speaker).toBe('Micheál Martin');
  });

  it('`Pat Conroy repeated that …`: repeating a statement is saying it', () => {
    const text = `Defence\n\nThe minister visited Darwin. Defence Industry Minister Pat Conroy repeated that the government was open to the discussion.`;
    expect(starting(quotes(text, 'en'), 'the government was open')?.speaker).toBe('Pat Conroy');
  });

  it('`… zastać posła PiS Kacpra Płażyńskiego. – … – mówił polityk.` after a protester spoke: the one holding a political office', () => {
    const text = `Rybacy\n\nRybacy protestują od tygodnia.\n\n- Sytuacja jest beznadziejna - ocenia Roman Kuźmiński, protestujący z Solidarności.\n\nProtestującym udało się w biurze zastać posła PiS Kacpra Płażyńskiego. - Do tej sprawy trzeba wrócić - mówił polityk.`;
    expect(starting(quotes(text, 'pl'), 'Do tej sprawy')?.speaker).toBe('Kacper Płażyński');
  });

  it('`O zatrzymaniu statku w porcie Canaveral napisała Gazeta Wyborcza, podkreślając, że …`: a place named after its kind inside a prepositional phrase is no subject', () => {
    const text = `Statek\n\nStatek stoi w porcie od tygodnia. O zatrzymaniu statku w porcie Canaveral na Florydzie napisała we wtorek Gazeta Wyborcza, podkreślając, że statek został zatrzymany.`;
    expect(starting(quotes(text, 'pl'), 'statek został')?.speaker).toBe('Gazeta Wyborcza');
  });

  it('guard: `W piątek minister Jan Kowal powiedział, że …`: a time phrase before a titled name leaves it the subject', () => {
    const text = `Statek\n\nStatek stoi w porcie od tygodnia. W piątek minister Jan Kowal powiedział, że statek zostanie zwolniony.`;
    expect(starting(quotes(text, 'pl'), 'statek zostanie')?.speaker).toBe('Jan Kowal');
  });
});

describe('institutions and former titles', () => {
  it('`The MoD said …` after `the Ministry of Defence`: a mixed-case acronym is the body named in full before', () => {
    const text = `Soldiers\n\nTwo soldiers are expected to be named by the Ministry of Defence. The MoD said the two men had been serving with the reconnaissance force.`;
    expect(starting(quotes(text, 'en'), 'the two men')?.speaker).toBe('Ministry of Defence');
  });

  it('guard: `The DoJ said that …` with no department named in full stays as written', () => {
    const text = `Inquiry\n\nThe inquiry has been running for a month. The DoJ said that it had no comment on the matter.`;
    expect(starting(quotes(text, 'en'), 'it had no comment')?.speaker).toBe('DoJ');
  });

  it('`… the military says.` after `the Canadian Armed Forces said`: the armed forces named before', () => {
    const text = `Misconduct\n\nIn a report released Tuesday, the Canadian Armed Forces said its investigators determined 174 complaints were founded. Since January, six personnel have been convicted, the military says.`;
    expect(starting(quotes(text, 'en'), 'Since January')?.speaker).toBe('Canadian Armed Forces');
  });

  it('`Defence Minister Tobias Ellwood … The former army captain said: "…"`: a former title re-mentions the person just talked about', () => {
    const text = `Pay\n\nDefence Minister Tobias Ellwood heightened pressure on the Treasury as he insisted that personnel deserve a pay rise.\n\nSuch a move would cost hundreds of millions of pounds over several years.\n\nThe former army captain said: "There needs to be a pay rise."`;
    expect(starting(quotes(text, 'en'), 'There needs to be')?.speaker).toBe('Tobias Ellwood');
  });

  it('`with the minister suggesting the UK would need …`: an absolute `with` phrase and a participle that takes a clause with its own subject', () => {
    const text = `Pay\n\nDefence Minister Tobias Ellwood spoke on Monday. Such a move would cost millions, with the minister suggesting the UK would need to spend more than 2.5% of GDP.`;
    expect(starting(quotes(text, 'en'), 'the UK would need')?.speaker).toBe('Tobias Ellwood');
  });

  it('guard: `with the minister suggesting changes to the budget` reports no clause', () => {
    const text = `Pay\n\nDefence Minister Tobias Ellwood spoke on Monday. It was costly, with the minister suggesting changes to the budget.`;
    expect(quotes(text, 'en')).toEqual([]);
  });
});

describe('Polish groups that go on speaking', () => {
  it('`rybacy zapowiedzieli złożenie zawiadomienia`: fishermen are a group that speaks', () => {
    const text = `Protest\n\n${plLead}Poza manifestacją rybacy zapowiedzieli również złożenie zawiadomienia do prokuratury przeciwko wiceministrowi.`;
    expect(starting(quotes(text, 'pl'), 'złożenie zawiadomienia')?.speaker).toBe('rybacy');
  });

  it('`Dziś rybacy zarzucają rządowi, że … ¶ Twierdzą również, że …`: a paragraph opened by the plural verb goes on with the group', () => {
    const text = `Protest\n\n${plLead}Dziś rybacy zarzucają rządowi, że władza nie dotrzymała obietnicy.\n\nTwierdzą również, że wkrótce mają zostać wprowadzone ograniczenia na połowy łososia.`;
    expect(starting(quotes(text, 'pl'), 'wkrótce mają')?.speaker).toBe('rybacy');
  });

  it('`…, który, jak twierdzą, nie potraktował ich właściwie.` after one protester spoke: the relative clause\'s words, the plural subject of the sentence', () => {
    const text = `Protest\n\n${plLead}- Dostajemy mało pieniędzy na utrzymanie łodzi - powiedziała jedna z protestujących.\n\nRybacy wspominają również o spotkaniu z ministrem rolnictwa Robertem Telusem, który, jak twierdzą, nie potraktował ich właściwie.`;
    const q = starting(quotes(text, 'pl'), 'nie potraktował');
    expect(q?.quote).toBe('nie potraktował ich właściwie');
    expect(q?.speaker).toBe('Rybacy');
  });

  it('guard: `– … – mówi jedna z protestujących. ¶ – … – dodała.` goes on with the protester', () => {
    const text = `Protest\n\n${plLead}- Dostajemy mało pieniędzy - mówi jedna z protestujących.\n\n- Nikt nas nie słucha - dodała.`;
    expect(starting(quotes(text, 'pl'), 'Nikt nas')?.speaker).toBe('jedna z protestujących');
  });

  it('guard: `100 pielęgniarek z Krakowskiego Szpitala … Pielęgniarki zapowiedziały, że …`: a genitive head with its institution still names the group', () => {
    const text = `Szpital\n\n${plLead}Przed szpitalem protestowało 100 pielęgniarek z Krakowskiego Szpitala Specjalistycznego.\n\nPielęgniarki zapowiedziały, że protest potrwa do piątku.`;
    expect(starting(quotes(text, 'pl'), 'protest potrwa')?.speaker).toBe('pielęgniarki z Krakowskiego Szpitala Specjalistycznego');
  });
});

describe('Polish speakers named by a trade the lexicon lacks', () => {
  it('`– Wszystko stoi – mówi ochroniarz.`: a lone lower-case person noun closing the tail is the speaker', () => {
    const text = `Port\n\n${plLead}W porcie nie ma prawie nikogo.\n\n- Wszystko stoi - mówi ochroniarz.\n\nRybacy czekają na pogodę. - Nie ma ryb - mówi Jan Kowal.`;
    expect(starting(quotes(text, 'pl'), 'Wszystko stoi')?.speaker).toBe('ochroniarz');
  });

  it('guard: `– Nic nie pływa – mówi spokojnie.`: an adverb is no speaker', () => {
    const text = `Port\n\n${plLead}- Nie ma ryb - przyznaje rybak Jan Kowal. - Nic nie pływa - mówi spokojnie.`;
    expect(starting(quotes(text, 'pl'), 'Nic nie pływa')?.speaker).toBe('Jan Kowal');
  });

  it('`– … – przyznaje sprzedawczyni Anna Nowak. – … – zapewniała kelnerka.`: another bare trade is someone else', () => {
    const text = `Port\n\n${plLead}- Nie ma ryb - przyznaje sprzedawczyni Anna Nowak.\n\n- Ryby są świeże - zapewniała kelnerka.`;
    expect(starting(quotes(text, 'pl'), 'Ryby są')?.speaker).toBe('kelnerka');
  });

  it('guard: `nadkomisarz Marczak … – przekazał rzecznik.`: a rank goes with an office', () => {
    const text = `Policja\n\n${plLead}Rzecznik stołecznej policji nadkomisarz Sylwester Marczak skomentował zatrzymania.\n\n"Osoby nie podały swoich danych" - powiedział nadkom. Marczak.\n\n"Po ustaleniu tożsamości zostały zwolnione" - przekazał rzecznik.`;
    expect(starting(quotes(text, 'pl'), 'Po ustaleniu')?.speaker).toBe('Sylwester Marczak');
  });
});

describe('English questions and documents', () => {
  it('`Asked about the request made by the US that Australia boost …, Admiral Johnston said …`: the question is nobody\'s statement', () => {
    const text = `Defence\n\nThe admiral spoke on Tuesday. Asked about the request made by the US that Australia boost its defence spending to 3.5 per cent of GDP, Admiral David Johnston said Defence was fully expending its budget.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'Australia boost')).toBeUndefined();
    expect(starting(qs, 'Defence was fully')?.speaker).toBe('David Johnston');
  });

  it('`A statement issued by UNIFIL said …`: the author of a document a participle describes speaks through it', () => {
    const text = `Lebanon\n\nIrish troops were not hurt. A statement issued by UNIFIL said the IDF were responsible for the incident.`;
    expect(starting(quotes(text, 'en'), 'the IDF were')?.speaker).toBe('UNIFIL');
  });
});

describe('English names after titles', () => {
  it('`Minister for the Marine Noel Dempsey`: the capitalised complement after `for the` is no part of the name, and `He` is him', () => {
    const text = `Fishing\n\nFishermen protested on Monday. Lorcan Smith said quotas were unfair.\n\nMinister for the Marine Noel Dempsey said the illegal catches were bad. He said the commission is determined there will be a level playing field.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the illegal catches')?.speaker).toBe('Noel Dempsey');
    expect(starting(qs, 'the commission is')?.speaker).toBe('Noel Dempsey');
  });

  it('`Port of Tauranga chief executive Leonard Sampson, told the meeting that …`: a stray comma before the verb leaves the titled person its subject', () => {
    const text = `Port\n\nThe port had a strong quarter. Port of Tauranga chief executive Leonard Sampson, told the company's meeting today that the strong performance was underpinned by imports.`;
    expect(starting(quotes(text, 'en'), 'the strong performance')?.speaker).toBe('Leonard Sampson');
  });
});

describe('Polish questions and reportive verbs', () => {
  it('`Pytany, czy funkcjonariusze sprawdzali trop … odpowiada: Tak, …`: the question runs to the verb; the one asked answers', () => {
    const text = `Poszukiwania\n\n${plLead}- Dziewczyna nadal jest poszukiwana - mówi nadkom. Tomasz Krupa z podlaskiej policji. Pytany, czy funkcjonariusze sprawdzali trop logowania się dziewczyny w sieci odpowiada: Tak, wiemy o tym. Policjanci mają tę informację.`;
    expect(starting(quotes(text, 'pl'), 'Tak, wiemy')?.speaker).toBe('Tomasz Krupa');
  });

  it('guard: `Natalia Kowal ma pisać: "…"`: a reportive `ma` before the infinitive of a verb of saying', () => {
    const text = `Poszukiwania\n\n${plLead}Internauci natrafili na trop. Zaginiona Natalia Kowal ma pisać: "To nie moja wina, że robicie taką aferę".`;
    expect(starting(quotes(text, 'pl'), 'To nie moja')?.speaker).toBe('Natalia Kowal');
  });

  it('`Prezydent miał powiedzieć, że …`', () => {
    const text = `Spotkanie\n\n${plLead}Minister Jan Kowal był na spotkaniu. Prezydent Adam Nowak miał powiedzieć, że sprawa jest zamknięta.`;
    expect(starting(quotes(text, 'pl'), 'sprawa jest')?.speaker).toBe('Adam Nowak');
  });

  it('guard: `Minister ma mówić o budżecie w piątek.` reports nothing', () => {
    const text = `Spotkanie\n\n${plLead}Minister Jan Kowal ma mówić o budżecie w piątek.`;
    expect(quotes(text, 'pl')).toEqual([]);
  });
});

describe('English verb forms', () => {
  it('`He did stress that …`: the emphatic auxiliary and the base form', () => {
    const text = `Prawns\n\nFleet-master Hilton Bell spoke on Monday. He did stress that indications from the survey pointed to stronger results.`;
    expect(starting(quotes(text, 'en'), 'indications from')?.speaker).toBe('Hilton Bell');
  });

  it('`The association is demanding that the EU and Norway tear up the deal`', () => {
    const text = `Mackerel\n\nThe Shetland Fishermen's Association is demanding that the EU and Norway tear up the deal.`;
    expect(starting(quotes(text, 'en'), 'the EU and Norway')).toBeDefined();
  });

  it('guard: the noun `demands` (`the GDL’s maximum demands are …`) is no verb', () => {
    const text = `Strike\n\nThe railway is still prepared to find solutions, Martin Seiler said. However, he added, the GDL's maximum demands are unrealizable and pose a threat to the railway.`;
    expect(quotes(text, 'en').map((q) => q.speaker)).toEqual(['Martin Seiler', 'Martin Seiler']);
  });
});

describe('English participles after an unknown capitalised subject', () => {
  it('`The Mi’kmaq First Nations have denied the allegation, stating …`: the opening name as written, not the last speaker', () => {
    const text = `Lobster\n\nSmith said the boats were out. The Mi’kmaq First Nations have denied the allegation, stating their right to fish has been confirmed by a 1999 ruling.`;
    expect(starting(quotes(text, 'en'), 'their right to fish')?.speaker).toBe('Mi’kmaq First Nations');
  });

  it('guard: `He has denied the claim, saying …` goes on with the one the pronoun names', () => {
    const text = `Lobster\n\nJohn Smith spoke on Monday. He has denied the claim, saying the boats were never out.`;
    expect(starting(quotes(text, 'en'), 'the boats were')?.speaker).toBe('John Smith');
  });
});

describe('Polish sources named by an adjective', () => {
  it('`Z policyjnych ustaleń wynikało, że …`: the police', () => {
    const text = `Poszukiwania\n\n${plLead}Z policyjnych ustaleń wynikało, że mężczyzna może być bardzo niebezpieczny.`;
    expect(starting(quotes(text, 'pl'), 'mężczyzna może')?.speaker).toBe('policja');
  });

  it('guard: `Z ustaleń policji wynika, że …`', () => {
    const text = `Poszukiwania\n\n${plLead}Z ustaleń policji wynika, że mężczyzna uciekł za granicę kraju.`;
    expect(starting(quotes(text, 'pl'), 'mężczyzna uciekł')?.speaker?.toLowerCase()).toBe('policja');
  });
});

describe('English abbreviations between the verb and its `that`', () => {
  it('`The mining company announced on Jan. 17 that …`: a month\'s dot before its day ends nothing', () => {
    const text = `Mining\n\nTeck Resources Ltd said it had reached a deal. The mining company announced on Jan. 17 that a union at its mine had agreed to hold a ratification vote.`;
    expect(starting(quotes(text, 'en'), 'a union at its mine')?.speaker).toBe('Teck Resources');
  });
});

describe('Polish titles and what follows them', () => {
  it('`– … – mówiła Pierwsza Dama.` with `Agaty Kornhauser-Dudy` named: the first lady is a title, and the public figure holding it', () => {
    const text = `Biblioteka\n\n${plLead}W otwarciu, oprócz Agaty Kornhauser-Dudy, wzięli udział m.in. burmistrz Jacek Lelek i starosta Marek Pławiak.\n\n– Książki były dla Polaków pomocą w zachowaniu tożsamości – mówiła Pierwsza Dama.`;
    expect(starting(quotes(text, 'pl'), 'Książki były')?.speaker).toBe('Agata Kornhauser-Duda');
  });

  it('`– … – mówiła pierwsza dama.` with no one named: the title as written', () => {
    const text = `Szpital\n\n${plLead}Pierwsza dama odwiedziła szpital w Krakowie. – To ważne miejsce – mówiła pierwsza dama.`;
    expect(starting(quotes(text, 'pl'), 'To ważne')?.speaker).toBe('pierwsza dama');
  });

  it('`Grażyna Grabowska, prezes Targów w Krakowie. Dodała, że …`: a plural genitive in -ów after a title is no surname', () => {
    const text = `Targi\n\n${plLead}"To motto jest pojemne" - powiedziała Grażyna Grabowska, prezes Targów w Krakowie. Dodała, że w ten sposób targi wpisują się w obchody rocznicy.`;
    expect(starting(quotes(text, 'pl'), 'w ten sposób')?.speaker).toBe('Grażyna Grabowska');
  });
});

describe('Polish publishers', () => {
  it('`Wydawnictwo Literackie … Jak zapowiada wydawnictwo, …`: a publisher is an institution the bare noun refers back to', () => {
    const text = `Książki\n\n${plLead}Wydawnictwo Literackie ma w planach nową książkę Olgi Tokarczuk. Jak zapowiada wydawnictwo, nie będzie to oczekiwana saga o losach Dolnego Śląska.`;
    expect(starting(quotes(text, 'pl'), 'nie będzie to')?.speaker).toBe('Wydawnictwo Literackie');
  });
});

describe('English companies introduced by their kind', () => {
  it('`Embattled miner Mineral Resources has … , the company announced`: a participle opening the sentence is no name; `miner` before a name makes it a company', () => {
    const text = `Lithium\n\nEmbattled miner Mineral Resources has pulled back from lithium production. The mine will be placed on care and maintenance, the company announced on Wednesday. The miner said it would cut 300 jobs.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'The mine will')?.speaker).toBe('Mineral Resources');
    expect(starting(qs, 'it would cut')?.speaker).toBe('Mineral Resources');
  });

  it('guard: `Ørsted called BOEM’s decision a “major milestone”`: a name ending in -ed before a verb stays a name', () => {
    const text = `Wind\n\nThe project is being developed by Danish energy company Ørsted. Ørsted called the decision a “major milestone” in the review process.`;
    expect(starting(quotes(text, 'en'), 'major milestone')?.speaker).toBe('Ørsted');
  });

  it('`Scotland’s coal industry has warned that …`: a place’s possessive opens a described speaker', () => {
    const text = `Coal\n\nScotland’s coal industry has warned that cheap imports are putting jobs at risk.`;
    expect(starting(quotes(text, 'en'), 'cheap imports')?.speaker).toBe('Scotland’s coal industry');
  });
});

describe('Polish institutions named with their town or seat', () => {
  it('`Policja z Krasnegostawu informuje, że …` then `Policja informuje, że …`: the police of that town, named with it', () => {
    const text = `Wypadek\n\n${plLead}Policja z Krasnegostawu informuje, że wypadek miał miejsce w poniedziałek.\n\nPolicja informuje, że 61-latka zmarła w szpitalu.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'wypadek miał')?.speaker).toBe('policja z Krasnegostawu');
    expect(starting(qs, '61-latka')?.speaker).toBe('policja z Krasnegostawu');
  });

  it('`Policjanci z Komendy Wojewódzkiej Policji w Bydgoszczy podkreślają, że …`: the seat belongs to the group’s institution', () => {
    const text = `Oszustwa\n\n${plLead}Policjanci z Komendy Wojewódzkiej Policji w Bydgoszczy podkreślają, że skala zjawiska może się zwiększyć.`;
    expect(starting(quotes(text, 'pl'), 'skala zjawiska')?.speaker).toBe('Policjanci z Komendy Wojewódzkiej Policji w Bydgoszczy');
  });
});

describe('Polish subject-less verbs after an adverb or a coordinated verb', () => {
  it('`Otwarcie przyznaje, że …`: an adverb of manner opening the sentence', () => {
    const text = `Raków\n\n${plLead}Marek Papszun poprowadzi Raków po raz ostatni. Otwarcie przyznaje, że jest bardzo zadowolony ze swojej pracy.`;
    expect(starting(quotes(text, 'pl'), 'jest bardzo')?.speaker).toBe('Marek Papszun');
  });

  it('`Wziął udział w konferencji prasowej i przyznał, że …`: a verb joined by `i` to a subject-less past verb', () => {
    const text = `Raków\n\n${plLead}Marek Papszun poprowadzi Raków po raz ostatni. Wziął udział w konferencji prasowej przed meczem z Omonią Nikozja i przyznał, że jest zadowolony z pracy.`;
    expect(starting(quotes(text, 'pl'), 'jest zadowolony')?.speaker).toBe('Marek Papszun');
  });

  it('guard: `Kierowca wyprzedzał na zakręcie i potrącił pieszego, że …` — no verb of saying, no claim', () => {
    const text = `Wypadek\n\n${plLead}Kierowca wyprzedzał na zakręcie i potrącił pieszego.`;
    expect(quotes(text, 'pl')).toEqual([]);
  });
});

describe('Company nouns and unions; acronyms seen first in the headline', () => {
  it('`The United Steelworkers have ratified …` then `The mining company announced that …`: a union is no company', () => {
    const text = `Teck Resources announces new contract\n\nTeck Resources Ltd said on Saturday that union members have ratified a new collective agreement.\n\nThe United Steelworkers have ratified a new collective agreement.\n\nThe mining company announced on Jan. 17 that the union had agreed to hold a ratification vote.`;
    expect(starting(quotes(text, 'en'), 'the union had agreed')?.speaker).toBe('Teck Resources');
  });

  it('`MoD to name blast death soldiers` (headline) … `the Ministry of Defence` … `The MoD said …`', () => {
    const text = `MoD to name blast death soldiers\n\nTwo soldiers are expected to be named by the Ministry of Defence. The MoD said the two men had been serving with the reconnaissance force.`;
    expect(starting(quotes(text, 'en'), 'the two men')?.speaker).toBe('Ministry of Defence');
  });
});

describe('Polish appositions that go on', () => {
  it('`Jacek Protas, były marszałek województwa, a obecnie europoseł, dodał, że …`', () => {
    const text = `Port\n\n${plLead}Komisja odmroziła środki. Jacek Protas, były marszałek województwa, a obecnie europoseł, dodał, że dzięki unijnym pieniądzom dokończona zostanie inwestycja.`;
    expect(starting(quotes(text, 'pl'), 'dzięki unijnym')?.speaker).toBe('Jacek Protas');
  });

  it('guard: `Europoseł Jan Kowal powiedział, że …` … `dodał europoseł`', () => {
    const text = `Port\n\n${plLead}Europoseł Jan Kowal powiedział, że to sukces. – To ważne – dodał europoseł.`;
    expect(quotes(text, 'pl').map((q) => q.speaker)).toEqual(['Jan Kowal', 'Jan Kowal']);
  });
});

describe('Polish naming verbs with `jako`', () => {
  it('`określił decyzję Komisji Europejskiej jako "rewelacyjną wiadomość"`: the words the verb names it with are a quotation', () => {
    const text = `Port\n\n${plLead}Prezydent Elbląga Michał Missan określił decyzję Komisji Europejskiej jako "rewelacyjną wiadomość".`;
    expect(starting(quotes(text, 'pl'), 'rewelacyjną')?.speaker).toBe('Michał Missan');
  });
});

describe('Polish comma tails', () => {
  it('`Rząd zdecydował o podwyżkach dla nauczycieli, poinformował w piątek minister Jan Kowal.`', () => {
    const text = `Szkoły\n\n${plLead}Rząd zdecydował o podwyżkach dla nauczycieli, poinformował w piątek minister Jan Kowal.`;
    expect(starting(quotes(text, 'pl'), 'Rząd zdecydował')?.speaker).toBe('Jan Kowal');
  });

  it('`Powołanie spółki …, która będzie …, ogłosił w piątek w Szczecinie wiceminister infrastruktury Arkadiusz Marchewka.`', () => {
    const text = `Promy\n\n${plLead}Powołanie spółki Baltic Ferries, która będzie dysponować promami, ogłosił w piątek w Szczecinie wiceminister infrastruktury Arkadiusz Marchewka.`;
    expect(starting(quotes(text, 'pl'), 'Powołanie spółki')?.speaker).toBe('Arkadiusz Marchewka');
  });

  it('guard: `…, poinformował minister Jan Kowal, który …`: a subject that does not close the sentence makes no tail', () => {
    const text = `Szkoły\n\n${plLead}Rząd zdecydował o podwyżkach dla nauczycieli, poinformował minister Jan Kowal, który odwiedził szkołę.`;
    expect(starting(quotes(text, 'pl'), 'Rząd zdecydował')).toBeUndefined();
  });
});

describe('Nationality epithets in oblique cases and unnamed title holders', () => {
  it('`– … – cytuje słowa Polki portal WP.` after `Polka`/`przez Polkę` and `Świątek zamierza`: the woman named, not the epithet as a name', () => {
    const text = `Iga Świątek o limitach. Polka zajęła mocne stanowisko\n\nJak Polka poradzi sobie w turnieju? O tym przekonamy się wkrótce. Pewne jest jednak, że Świątek zamierza zmienić podejście. To też efekt problemu, który był przez Polkę wielokrotnie poruszany.\n\n– Przestanę patrzeć, które turnieje są obowiązkowe. Czuję się dobrze – cytuje słowa Polki z konferencji prasowej portal WP.`;
    expect(starting(quotes(text, 'pl'), 'Przestanę patrzeć')?.speaker).toBe('Iga Świątek');
  });

  it('`Dziennikarz zapytał go … – … – stwierdził Polak.`: a nationality epithet names a named person, not an unnamed title holder', () => {
    const text = `Tenis\n\n${plLead}Hubert Hurkacz wygrał mecz. Po spotkaniu zawodnik udzielił krótkiego wywiadu. Dziennikarz zapytał go o to, czy jest zaskoczony swoją formą.\n\n- Tak, i nie. Jestem miło zaskoczony - stwierdził Polak.`;
    expect(starting(quotes(text, 'pl'), 'Tak, i nie')?.speaker).toBe('Hubert Hurkacz');
  });
});

describe('Polish names in the instrumental', () => {
  it('`Po meczu z Fritzem Hurkacz udzielił wywiadu`: a name in the instrumental after `z` ends before a word that is not', () => {
    const text = `Tenis\n\n${plLead}Hubert Hurkacz awansował do półfinału. Po meczu z Fritzem Hurkacz udzielił krótkiego wywiadu. Dziennikarz zapytał go o formę.\n\n- Jestem miło zaskoczony - stwierdził Polak.`;
    expect(starting(quotes(text, 'pl'), 'Jestem miło')?.speaker).toBe('Hubert Hurkacz');
  });

  it('guard: `Spotkał się z Hubertem Hurkaczem.` stays one name', () => {
    const text = `Tenis\n\n${plLead}Trener spotkał się z Hubertem Hurkaczem. Hurkacz powiedział, że czuje się dobrze.`;
    expect(starting(quotes(text, 'pl'), 'czuje się')?.speaker).toBe('Hubert Hurkacz');
  });
});

describe('Polish sources named by their kind and a quoted title', () => {
  it('`Jak informuje profil facebookowy "Gdzie jesteś", Polak mieszkał …`: the quoted title, not the man the article is about', () => {
    const text = `Poszukiwania\n\n${plLead}Trwają poszukiwania Andrzeja Małża. Jak informuje profil facebookowy "Gdzie jesteś", Polak mieszkał i pracował w Briancon w Alpach.`;
    expect(starting(quotes(text, 'pl'), 'Polak mieszkał')?.speaker).toBe('Gdzie jesteś');
  });
});

describe('Subheadings of a group with its words in quotation marks', () => {
  it('`Protestujący rybacy: "Rząd nie dotrzymał obietnic"`', () => {
    const text = `Protest rybaków\n\nWe Władysławowie protestują rybacy.\n\nProtestujący rybacy: "Rząd nie dotrzymał obietnic"\n\nRybacy domagają się rekompensat.`;
    expect(starting(quotes(text, 'pl'), 'Rząd nie dotrzymał')?.speaker).toBe('Protestujący rybacy');
  });

  it('guard: `Mieszkańcy: zobacz też` with no quotation marks is no quotation', () => {
    const text = `Protest rybaków\n\nWe Władysławowie protestują rybacy.\n\nMieszkańcy: nowe zasady parkowania od poniedziałku\n\nRybacy domagają się rekompensat.`;
    expect(starting(quotes(text, 'pl'), 'nowe zasady')).toBeUndefined();
  });
});
