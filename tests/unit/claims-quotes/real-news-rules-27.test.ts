import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the twenty-seventh round of real-news attribution rules (2026-11-25, twenty-sixth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const enLead = 'The hearing ended on Monday.\n\n';
const plLead = 'Sprawa trwa od tygodnia.\n\n';

describe('a title named before its holder', () => {
  it('`Burmistrz miasta mówi, że …` … `Andrzej Lis, szef związku` … `Burmistrz miasta Jan Kos`: someone with another office in between does not block', () => {
    const text = `Strajk\n\n${plLead}Kierowcy nie wyjechali na trasy. Burmistrz miasta mówi, że strajk jest nielegalny.\n\n- Brakuje kierowców i nikt tego nie słucha - mówi Andrzej Lis, przewodniczący związku zawodowego kierowców.\n\nBurmistrz miasta Jan Kos podkreśla, że pieniędzy nie ma.`;
    expect(starting(quotes(text, 'pl'), 'strajk jest')?.speaker).toBe('Jan Kos');
  });

  it("guard: an untitled person named in between still blocks (`The airline's CEO said …` / `Johan Lundgren said` / `CEO Ed Bastian`)", () => {
    const text = `Airlines\n\n${enLead}The budget airline's CEO said he had no choice.\n\n"We do it to survive," Johan Lundgren said.\n\n"This is the reality," CEO Ed Bastian said.`;
    expect(starting(quotes(text, 'en'), 'he had no choice')?.speaker).not.toBe('Ed Bastian');
  });
});

describe('unnamed people the article introduces', () => {
  it('`"…," one trooper told The Buffalo News`: an indefinite singular subject is someone new, named as written', () => {
    const text = `Snow\n\n${enLead}In New York, police reached many motorists, and "there are no medical emergencies at this time," one trooper told The Buffalo News early Friday.`;
    expect(starting(quotes(text, 'en'), 'there are no medical')?.speaker).toBe('one trooper');
  });

  it('`"…," a passer-by said.`: a noun the lexicon does not know after `a`', () => {
    const text = `Fire\n\n${enLead}"The whole roof came down in seconds," a passer-by said.`;
    expect(starting(quotes(text, 'en'), 'The whole roof')?.speaker).toBe('a passer-by');
  });

  it('guard: `"…," the industrialist concluded` is still someone the context names', () => {
    const text = `Steel\n\n${enLead}Tom Reed, who owns the mill, spoke at the meeting. "We cannot go on like this," the industrialist concluded.`;
    expect(starting(quotes(text, 'en'), 'We cannot go on')?.speaker).not.toBe('industrialist');
  });

  it('`A Polish immigrant said …`: `Polish` is a nationality adjective, not a name', () => {
    const text = `Quake\n\n${enLead}A Polish immigrant said her neighbours were among the dead.`;
    expect(starting(quotes(text, 'en'), 'her neighbours')?.speaker).toBe('a Polish immigrant');
  });

  it('`A Polish immigrant living in Amatrice said …`: a participle phrase after the head is no part of the name', () => {
    const text = `Quake\n\n${enLead}A Polish immigrant living in Amatrice said her neighbours were among the dead.`;
    expect(starting(quotes(text, 'en'), 'her neighbours')?.speaker).toBe('a Polish immigrant');
  });

  it('`A tourist said her neighbours and their 13-year-old grandson were …`: a clause opened by a possessive is what was said', () => {
    const text = `Quake\n\n${enLead}A tourist said her next door neighbours and their 13-year-old grandson were among the dead.`;
    expect(starting(quotes(text, 'en'), 'her next door')?.speaker).toBe('a tourist');
  });

  it('`He said his message to minor parties was that …`: the possessive phrase opens the reported clause', () => {
    const text = `Election\n\n${enLead}Don Brash spoke in Auckland. He said his message to minor parties was that the public had not wanted a Labour-led government.`;
    expect(starting(quotes(text, 'en'), 'his message')?.speaker).toBe('Don Brash');
  });
});

describe('a lone capitalised word as a given name', () => {
  it('`a list of Apple Intelligence features` … `Apple announced it would …`: a name seen only after a preposition is no person called Apple', () => {
    const text = `Apple\n\n${enLead}Tim Cook mentioned a list of Apple Intelligence features. Back in March, Apple announced it would postpone the new Siri indefinitely.`;
    expect(starting(quotes(text, 'en'), 'it would postpone')?.speaker).toBe('Apple');
  });

  it('guard: `Shakilah Ahmed, who owns the store, was …` … `Shakilah said`: a subject is the person of that given name', () => {
    const text = `Robbery\n\n${enLead}Shakilah Ahmed, who owns the Village Store, was closing the shop when she was targeted.\n\nShakilah said that she has handed the footage to police.`;
    expect(starting(quotes(text, 'en'), 'she has handed')?.speaker).toBe('Shakilah Ahmed');
  });
});

describe('a prepositional phrase set off by commas before the verb', () => {
  it('`The OpenAI CEO, during an appearance at The New York Times’ Dealbook Conference on Wednesday, said …`: the conference is no subject', () => {
    const text = `AI\n\n${enLead}Sam Altman leads OpenAI. The OpenAI CEO, during an appearance at The New York Times’ Dealbook Conference on Wednesday, said its chatbot now has 300 million weekly users.`;
    expect(starting(quotes(text, 'en'), 'its chatbot')?.speaker).toBe('Sam Altman');
  });

  it('guard: `Jason Knight, a casting director at Buchan Knight Casting, said …` is still the name', () => {
    const text = `Film\n\n${enLead}Jason Knight, a casting director at Buchan Knight Casting, said the industry was recovering.`;
    expect(starting(quotes(text, 'en'), 'the industry')?.speaker).toBe('Jason Knight');
  });
});

describe('Polish conditions, questions and tails', () => {
  it('`Jeśli jednak zadeklarowali, że chcą go napisać, mogą to zrobić.`: `Jeśli` names no one', () => {
    const text = `Matura\n\n${plLead}Jeśli jednak zadeklarowali, że chcą go napisać, mogą to zrobić.`;
    expect(quotes(text, 'pl').map((q) => q.speaker)).not.toContain('jeśli');
  });

  it('guard: `Rolnicy zadeklarowali, że …`: a plural of people before the verb still speaks', () => {
    const text = `Protest\n\n${plLead}Rolnicy zadeklarowali, że nie będą blokować dróg.`;
    expect(starting(quotes(text, 'pl'), 'nie będą')?.speaker).toBe('Rolnicy');
  });

  it('`…¶— grzmiał w 2023 roku.`: any past-tense verb alone on a dash line is the tail of the paragraph above, all of it', () => {
    const text = `Dymisja\n\n${plLead}Minister Jan Kowal atakował wtedy ministra Piotra Lisa.\n\nJeśli minister Piotr Lis nie wiedział o rakiecie, to jest to skandal. Jeśli wiedział, to jest to nieodpowiedzialność. Jedno i drugie dyskwalifikuje. Do dymisji!\n\n— grzmiał w 2023 roku.`;
    const q = starting(quotes(text, 'pl'), 'Jeśli minister');
    expect(q?.speaker).toBe('Jan Kowal');
    expect(q?.quote).toContain('Do dymisji!');
  });

  it('guard: `— Wyszedł.` with a capital is a line of dialogue, not a tail', () => {
    const text = `Sąsiad\n\n${plLead}Sąsiad opowiada, co widział tamtego wieczoru.\n\n— Wyszedł.`;
    expect(quotes(text, 'pl').some((q) => q.rule === 'quote.dash-tail')).toBe(false);
  });

  it('`Czy według ministra to cel …?`: reported words inside a yes/no question are asked about, not claimed', () => {
    const text = `Dron\n\n${plLead}Minister Jan Kowal mówił o dronie. Czy według ministra to cel niewystarczająco zlokalizowany, by reagować?`;
    expect(starting(quotes(text, 'pl'), 'to cel')).toBeUndefined();
  });

  it('guard: `Według ministra to cel …`: the statement stays', () => {
    const text = `Dron\n\n${plLead}Minister Jan Kowal mówił o dronie. Według ministra to cel niewystarczająco zlokalizowany.`;
    expect(starting(quotes(text, 'pl'), 'to cel')?.speaker).toBe('Jan Kowal');
  });

  it('`Panie Kosiniak-Kamysz` in the vocative: `Panie` is no part of the name', () => {
    const text = `Dymisja\n\n${plLead}„To co Panie Kowal-Nowak, kiedy dymisja?” — pytał poseł Jan Lis. Kowal-Nowak odpowiedział, że nie poda się do dymisji.`;
    expect(starting(quotes(text, 'pl'), 'nie poda się')?.speaker).toBe('Kowal-Nowak');
  });
});

describe('English bare clauses and unnamed sources', () => {
  it('`people familiar with the matter said it is valued at …`: news’s unnamed sources, named with how they know', () => {
    const text = `Funding\n\n${enLead}Cohere did not disclose its valuation, but people familiar with the matter said it is valued at $2.2 billion.`;
    expect(starting(quotes(text, 'en'), 'it is valued')?.speaker).toBe('people familiar with the matter');
  });

  it('`Two people close to the talks told Reuters …`', () => {
    const text = `Deal\n\n${enLead}Two people close to the talks told Reuters the deal would be signed within weeks.`;
    expect(starting(quotes(text, 'en'), 'the deal would')?.speaker).toBe('two people close to the talks');
  });

  it('`People said the town was quiet.`: a sentence-initial `People` names no one called People', () => {
    const text = `Town\n\n${enLead}People said the town was quiet.`;
    expect(quotes(text, 'en').map((q) => q.speaker)).not.toContain('People');
  });

  it('`The Associated Press reported the water rescues took place in Chico.`: an irregular past after the noun makes a clause', () => {
    const text = `Floods\n\n${enLead}The Associated Press reported the water rescues took place in Chico.`;
    expect(starting(quotes(text, 'en'), 'the water rescues')?.speaker).toBe('Associated Press');
  });

  it('`The sheriff’s office reported at least two bridges had washed out`: a number in words opens the reported figure', () => {
    const text = `Floods\n\n${enLead}The Sioux County Sheriff’s Office posted maps. The sheriff’s office reported at least two bridges and roads had washed out.`;
    expect(starting(quotes(text, 'en'), 'at least two')?.speaker).toBe('Sioux County Sheriff’s Office');
  });

  it('guard: `The agency reported two cases to the council.` is an object, not a clause', () => {
    const text = `Health\n\n${enLead}The agency reported two cases to the council.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });

  it('`The IMF now expects the economy will contract …`: `expect` with a modal clause, past an adverb', () => {
    const text = `Economy\n\n${enLead}The IMF now expects the economy will contract by 3.5% this year.`;
    expect(starting(quotes(text, 'en'), 'the economy will')?.speaker).toBe('IMF');
  });

  it('`Buzbee admitted the possibility of a win was slim.`: an `of` phrase with `was` after it is a clause subject', () => {
    const text = `Election\n\n${enLead}Tony Buzbee did not concede. Buzbee admitted the possibility of a win was slim.`;
    expect(starting(quotes(text, 'en'), 'the possibility')?.speaker).toBe('Tony Buzbee');
  });

  it('guard: `He confirmed the death of a man in a statement.` is an object', () => {
    const text = `Police\n\n${enLead}Inspector Tom Reed spoke. He confirmed the death of a man in a statement.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });

  it('`Airline executives and analysts were upbeat on bookings, but noted …`: two groups joined, and `but` shares their subject', () => {
    const text = `Airlines\n\n${enLead}Airline executives and analysts were upbeat on year-end bookings and revenue projections, but noted the recovery had not reached full strength.`;
    expect(starting(quotes(text, 'en'), 'the recovery')?.speaker).toBe('Airline executives and analysts');
  });

  it('`Lekarze i pielęgniarki mówią, że …`: the first of two joined groups, with the second', () => {
    const text = `Szpital\n\n${plLead}Lekarze i pielęgniarki mówią, że szpital jest pełny.`;
    expect(starting(quotes(text, 'pl'), 'szpital jest')?.speaker).toBe('Lekarze i pielęgniarki');
  });
});

describe('whose opinion the sentence before was', () => {
  it('`… to bardzo realny scenariusz. To opinia gościa audycji „Rozmowy pod krawatem” profesora Dariusza Zarzeckiego.`', () => {
    const text = `Stopy\n\n${plLead}Obniżka stóp procentowych to bardzo realny scenariusz. To opinia gościa audycji „Rozmowy pod krawatem” profesora Dariusza Zarzeckiego.`;
    const q = starting(quotes(text, 'pl'), 'Obniżka stóp');
    expect(q?.speaker).toBe('Dariusz Zarzecki');
    expect(q?.rule).toBe('quote.reported.opinion-of');
  });

  it('`… That is the view of the IMF.`, `… So says Jane Smith, an analyst.`', () => {
    const a = `Growth\n\n${enLead}Growth will slow sharply next year in most economies. That is the view of the IMF.`;
    expect(starting(quotes(a, 'en'), 'Growth will slow')?.speaker).toBe('IMF');
    const b = `Growth\n\n${enLead}Growth will slow sharply next year in most economies. So says Jane Smith, an analyst.`;
    expect(starting(quotes(b, 'en'), 'Growth will slow')?.speaker).toBe('Jane Smith');
  });

  it('guard: `To opinia większości.` names no one: no claim', () => {
    const text = `Stopy\n\n${plLead}Obniżka stóp procentowych to bardzo realny scenariusz. To opinia większości.`;
    expect(quotes(text, 'pl')).toHaveLength(0);
  });
});

describe('Polish verbs of opinion with their clause', () => {
  it('`Sąd podejrzewa, że …`, `sądzi, że …`, `obawiają się, że …`, `spodziewa się, że …`', () => {
    const text = `Proces\n\n${plLead}Sąd podejrzewa, że zainteresowanie będzie duże. Minister Jan Kos sądzi, że ceny spadną. Ekonomiści obawiają się, że inflacja wzrośnie. Prezes Anna Lis spodziewa się, że zysk wzrośnie.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'zainteresowanie')?.speaker).toBe('Sąd');
    expect(starting(qs, 'ceny spadną')?.speaker).toBe('Jan Kos');
    expect(starting(qs, 'inflacja')?.speaker).toBe('Ekonomiści');
    expect(starting(qs, 'zysk')?.speaker).toBe('Anna Lis');
  });

  it('guard: `myślał o tym długo` without a clause is no claim', () => {
    const text = `Proces\n\n${plLead}Jan Kos myślał o tym długo.`;
    expect(quotes(text, 'pl')).toHaveLength(0);
  });
});

describe('a verb of saying inside a question whether', () => {
  it('`asked Clark whether he accepted that …`: what Clark is asked about is not his claim', () => {
    const text = `Energy\n\n${enLead}Alan Whitehead asked Greg Clark during an urgent question whether he accepted that the response falls far short of the promise.`;
    expect(quotes(text, 'en').some((q) => q.speaker === 'Greg Clark')).toBe(false);
  });
});

describe('`added` and `maintained` with an object', () => {
  it('`OpenAI also added its latest 100 million users pretty quickly, …`: a noun phrase added is no statement', () => {
    const text = `AI\n\n${enLead}OpenAI also added its latest 100 million users pretty quickly, considering the rivalry.`;
    expect(starting(quotes(text, 'en'), 'its latest')).toBeUndefined();
  });

  it('`Leaders from around the world maintained a defiant front Thursday after …`', () => {
    const text = `Climate\n\n${enLead}Leaders from around the world maintained a defiant front Thursday after the announcement.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });

  it('guard: `Smith added his team would appeal.` is still what Smith said', () => {
    const text = `Court\n\n${enLead}Smith added his team would appeal.`;
    expect(starting(quotes(text, 'en'), 'his team')?.speaker).toBe('Smith');
  });
});

describe('Polish titles', () => {
  it('`– … – oceniła była małopolska kurator oświaty`: a kurator is no head of the education ministry', () => {
    const text = `Szkoła\n\n${plLead}Szefowa Ministerstwa Edukacji Narodowej Barbara Nowacka podkreśla, że przedmiot powinien być obowiązkowy.\n\n– Ona zaplanowała, że będzie to obowiązkowy przedmiot – powiedziała Barbara Nowak.\n\n– Tutaj nie ma mowy o patrzeniu w kierunku rodziców – oceniła była małopolska kurator oświaty.`;
    expect(starting(quotes(text, 'pl'), 'Tutaj nie ma')?.speaker).not.toBe('Barbara Nowacka');
  });

  it('`– … – mówił gość RMF FM.`: the guest of a programme is the one who has been speaking, not the man named just before', () => {
    const text = `Komisja\n\n${plLead}- Musimy wszystko zrobić - mówił w RMF FM minister nauki Marcin Kulasek.\n\nZbigniew Ziobro na poniedziałek został wezwany przed komisję śledczą. Tak naprawdę ten spektakl służy przede wszystkim panu ministrowi Ziobrze, bo nie chce się dać przesłuchać - mówił gość RMF FM.`;
    expect(starting(quotes(text, 'pl'), 'Tak naprawdę')?.speaker).toBe('Marcin Kulasek');
  });

  it('`Robert Grabowski, szef CERT-u Orange, podał, że …`: an inflected acronym opening the complement is no name', () => {
    const text = `Cyberbezpieczeństwo\n\n${plLead}Robert Grabowski, szef CERT-u Orange, podał, że liczba przypadków spadła.`;
    expect(starting(quotes(text, 'pl'), 'liczba przypadków')?.speaker).toBe('Robert Grabowski');
  });

  it('`— zaapelował redaktor naczelny Republiki.`: `redaktor` is a title; `Republiki` is no person', () => {
    const text = `Koncesja\n\n${plLead}Prezes Republiki Tomasz Sakiewicz mówił o koncesji. Sakiewicz wskazał, że opłatę uiszczono.\n\n„Oczekujemy od KRRiT wyjaśnienia tej sprawy” — zaapelował redaktor naczelny Republiki.`;
    expect(starting(quotes(text, 'pl'), 'Oczekujemy')?.speaker).not.toBe('Republiki');
  });
});

describe('English sentences and subjects', () => {
  it('`… has dwindled.“We used to say …”`: a quotation glued to the full stop opens a sentence of its own', () => {
    const text = `Tigers\n\n${enLead}Minister Jairam Ramesh said the number of tigers has gone up, but their area has dwindled.“We used to say that there are only 1,411 tigers but we have estimated more. It is an increase of 12 percent.”`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the number of tigers')?.quote).not.toContain('We used');
    expect(starting(qs, 'We used to say')?.speaker).toBe('Jairam Ramesh');
  });

  it('`according to Thomson Reuters I/B/E/S.`: slashes inside a source’s name', () => {
    const text = `Markets\n\n${enLead}Profits are expected to have fallen 7.7 per cent in the first quarter, according to Thomson Reuters I/B/E/S.`;
    expect(starting(quotes(text, 'en'), 'Profits are expected')?.speaker).toBe('Thomson Reuters I/B/E/S');
  });

  it('`Shares fell after the bank announced its widely respected CEO, Stephen Hester, would be leaving`', () => {
    const text = `RBS\n\n${enLead}Shares in the Royal Bank of Scotland fell after the bank announced its widely respected CEO, Stephen Hester, would be leaving at the end of the year.`;
    expect(starting(quotes(text, 'en'), 'its widely respected')?.speaker).toBe('Royal Bank of Scotland');
  });

  it('`Craig Tiley is confident the season’s first grand slam won’t be …`, `remains hopeful that …`: a belief held', () => {
    const text = `Tennis\n\n${enLead}Australian Open boss Craig Tiley is confident the season’s first grand slam won’t be reduced to last star standing. The minister remains hopeful that a deal can be reached.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the season’s first')?.speaker).toBe('Craig Tiley');
    expect(starting(qs, 'a deal can')).toBeDefined();
  });

  it('guard: `She was confident of victory.` holds no clause', () => {
    const text = `Tennis\n\n${enLead}She was confident of victory.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });

  it('`…, senior BJP leader Pralhad Joshi, who took charge as minister, said on Tuesday.`: a relative clause before the tail verb', () => {
    const text = `Energy\n\n${enLead}The government will continue to increase the contribution of clean energy, senior BJP leader Pralhad Joshi, who took charge as minister, said on Tuesday.`;
    expect(starting(quotes(text, 'en'), 'The government will')?.speaker).toBe('Pralhad Joshi');
  });
});

describe('Polish sources', () => {
  it('`Według policyjnych statystyk od początku miesiąca zatrzymano …`: a preposition after the source noun ends the phrase', () => {
    const text = `Policja\n\n${plLead}Według policyjnych statystyk od początku miesiąca zatrzymano prawie 6 tys. poszukiwanych osób.`;
    expect(starting(quotes(text, 'pl'), 'od początku')?.speaker).toBe('policyjnych statystyk');
  });

  it('`Jak jednak podlicza administracja galerii, …`: administracja is an institution; podliczać reports', () => {
    const text = `Galeria\n\n${plLead}Jak jednak podlicza administracja galerii, mieszkańcy regionu w ten weekend wydali sporo pieniędzy.`;
    expect(starting(quotes(text, 'pl'), 'mieszkańcy regionu')?.speaker).toBe('administracja galerii');
  });

  it('`wykonawca robót ostrzega, że …`, `W opinii nadawcy, …`: a contractor and a broadcaster are institutions', () => {
    const text = `Budowa\n\n${plLead}Dodatkowo wykonawca robót ostrzega, że prace mogą zostać zatrzymane z powodów finansowych. W opinii nadawcy, sytuacja ta utrudniła planowanie rozwoju firmy.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'prace mogą')?.speaker).toBe('wykonawca');
    expect(starting(qs, 'sytuacja ta')?.speaker).toBe('nadawca');
  });
});

describe('Polish phrases of saying', () => {
  it('`nie pozostawił wątpliwości, że …`: leaving no doubt is saying', () => {
    const text = `MSZ\n\n${plLead}Rzecznik MSZ Paweł Wroński podczas wtorkowej konferencji nie pozostawił wątpliwości, że resort ma poważne zastrzeżenia do wizyty.`;
    expect(starting(quotes(text, 'pl'), 'resort ma')?.speaker).toBe('Paweł Wroński');
  });
});

describe('English institutions referred back to', () => {
  it('`"…," the statement warned` with no statement introduced: the institution that has just spoken', () => {
    const text = `Floods\n\n${enLead}The National Weather Service said a flash flood watch will be in effect until 10 p.m.\n\n"DO NOT DRIVE AROUND BARRICADES. TURN AROUND," the statement warned the public.`;
    expect(starting(quotes(text, 'en'), 'DO NOT DRIVE')?.speaker).toBe('National Weather Service');
  });

  it('`Citizens Bank will pay …` … `Citizens said …`: a bank named without `Bank`', () => {
    const text = `Banks\n\n${enLead}Citizens Bank will pay roughly $35 million in penalties, regulators said. Citizens said it was pleased with the settlements.`;
    expect(starting(quotes(text, 'en'), 'it was pleased')?.speaker).toBe('Citizens Bank');
  });

  it('`The Semiconductor Industry Association blasted the rules. "…," the group said.`: a group is any body', () => {
    const text = `Chips\n\n${enLead}Nvidia and Intel sell chips in China. The Semiconductor Industry Association blasted the rules in a statement. “Overly broad controls risk harming the U.S. semiconductor ecosystem,” the group said.`;
    expect(starting(quotes(text, 'en'), 'Overly broad')?.speaker).toBe('Semiconductor Industry Association');
  });
});

describe('Polish institutions referred back to', () => {
  it('`– podała policja` after `Komendę Główną Policji`: the body named with it as its genitive complement', () => {
    const text = `Policja: 26 ofiar\n\n${plLead}Piątek przyniósł 21 ofiar - wynika z danych opublikowanych przez Komendę Główną Policji.\n\nW piątek doszło do 88 wypadków drogowych, zginęło w nich 21 osób - podała policja.`;
    expect(starting(quotes(text, 'pl'), 'W piątek doszło')?.speaker).toBe('Komenda Główna Policji');
  });
});

describe('a paragraph that only closes a quotation', () => {
  it('`“…,” Green said.¶It looks very difficult for Peter Dutton …, the numbers are swinging against him.”`', () => {
    const text = `Vote\n\n${enLead}“It appears he has lost that seat,” pollster Antony Green said.\n\nIt looks very difficult for Peter Dutton to retain his seat there, the numbers are swinging against him.”\n\nGreen earlier declared Labor the winner.`;
    const q = starting(quotes(text, 'en'), 'It looks very difficult');
    expect(q?.speaker).toBe('Antony Green');
    expect(q?.quote.endsWith('”')).toBe(false);
  });

  it('guard: a paragraph ending in a closing mark after narration with no quotation stays narration', () => {
    const text = `Vote\n\n${enLead}Green spoke to the station on Saturday.\n\nIt looks very difficult for Peter Dutton to retain his seat there, the numbers are swinging against him.”`;
    expect(starting(quotes(text, 'en'), 'It looks very difficult')).toBeUndefined();
  });
});

describe('a headline with its speaker after the colon', () => {
  it('`We accept the people’s mandate with humility: PM Modi`', () => {
    const text = `Victory and defeat part of life, says Modi\n\nPrime Minister Narendra Modi said BJP worked hard in these states.\n\nWe accept the people's mandate with humility: PM Modi\n\nBJP has been unseated from power in Rajasthan`;
    const q = starting(quotes(text, 'en'), 'We accept');
    expect(q?.speaker).toBe('Narendra Modi');
    expect(q?.rule).toBe('quote.headline-colon');
  });

  it('guard: `Results of the vote in five states: Rajasthan` names a place, not a speaker', () => {
    const text = `Results\n\n${enLead}Results of the vote in five states: Rajasthan\n\nThe BJP lost there.`;
    expect(starting(quotes(text, 'en'), 'Results of the vote')).toBeUndefined();
  });
});

describe('an outlet quoting someone', () => {
  it('`…, cytując osoby z otoczenia premiera: „…”`: the words are those of whom the outlet quotes', () => {
    const text = `ETS2\n\n${plLead}Rzeczpospolita ujawniła kulisy rządowych ustaleń, cytując osoby z otoczenia premiera: „Zapisy dotyczące ETS2 nie mogą wejść w roku wyborczym. Wszyscy są tego świadomi”.`;
    expect(starting(quotes(text, 'pl'), 'Zapisy')?.speaker).toBe('osoby z otoczenia premiera');
  });

  it('`The Times revealed the plan, quoting a senior official: “…”`', () => {
    const text = `Plan\n\n${enLead}The Times revealed the plan, quoting a senior official: “The rules cannot come in during an election year. Everyone knows that.”`;
    expect(starting(quotes(text, 'en'), 'The rules')?.speaker).toBe('a senior official');
  });
});

describe('who gave the information the sentence before reported', () => {
  it('`… doniesienia mówiące o tym, że … . Takie informacje podała również warszawska prokuratura.`', () => {
    const text = `Wypadek\n\n${plLead}Potwierdziły się wcześniejsze doniesienia mówiące o tym, że kierowca autobusu był pod wpływem narkotyków. Takie informacje podała również warszawska prokuratura.`;
    expect(starting(quotes(text, 'pl'), 'kierowca autobusu')?.speaker).toBe('warszawska prokuratura');
  });

  it('`Kierowca … był pod wpływem narkotyków. Takie informacje podała prokuratura.`: with no frame before, the sentence itself', () => {
    const text = `Wypadek\n\n${plLead}Kierowca autobusu, który w czwartek spadł z trasy, był pod wpływem narkotyków. Takie informacje podała warszawska prokuratura.`;
    expect(starting(quotes(text, 'pl'), 'Kierowca autobusu')?.speaker).toBe('warszawska prokuratura');
  });
});

describe('a noun of saying owned by a possessive', () => {
  it('`… called on the government to act in light of Ofgem’s warning that the price cap will increase`', () => {
    const text = `Energy\n\n${enLead}A top Tory MP, Robert Halfon, has called on the government to bring in a new scheme in light of Ofgem's warning that the price cap will increase.`;
    expect(starting(quotes(text, 'en'), 'the price cap')?.speaker).toBe('Ofgem');
  });
});

describe('English subjects joined by and, and generic bodies', () => {
  it('`… after Mr Sunak ended months of speculation about the general election and confirmed it would …`', () => {
    const text = `Election\n\nRishi Sunak called the vote on Wednesday.\n\nSir Keir’s words came moments after Mr Sunak ended months of speculation about the timing of the general election and confirmed it would take place on 4 July.`;
    expect(starting(quotes(text, 'en'), 'it would take place')?.speaker).toBe('Rishi Sunak');
  });

  it('`Party says it won’t ditch incumbent president` after the ANC: a capitalised generic body noun refers back', () => {
    const text = `ANC\n\nThe African National Congress said on Monday it would not replace President Cyril Ramaphosa.\n\nParty says it won't ditch incumbent president\n\nThe party lost its majority.`;
    expect(starting(quotes(text, 'en'), "it won't ditch")?.speaker).toBe('African National Congress');
  });
});

describe('news agencies, titles and adjectives', () => {
  it('`according to Italian news agency ANSA`, `according to German press agency (dpa)`: the agency’s name, not its nationality', () => {
    const a = `Migrants\n\n${enLead}Two of those rescued told authorities that their wives were not among them, according to Italian news agency ANSA.`;
    expect(starting(quotes(a, 'en'), 'Two of those')?.speaker).toBe('ANSA');
    const b = `Pilots\n\n${enLead}The pilots accepted a 2.2 per cent raise for the one-year deal, according to German press agency (dpa).`;
    expect(starting(quotes(b, 'en'), 'The pilots')?.speaker).toBe('dpa');
  });

  it('`"…," Martin Lindgren, President of the Swedish Pilots Union told reporters.`: an apposition opened by a title, left unclosed', () => {
    const text = `Pilots\n\n${enLead}"We have a collective bargaining agreement with a joint pay scale, we are satisfied," Martin Lindgren, President of the Swedish Pilots Union told reporters.`;
    expect(starting(quotes(text, 'en'), 'We have a collective')?.speaker).toBe('Martin Lindgren');
  });

  it('`Major freight carrier Union Pacific said …`: `Major` before a lower-case word is no rank', () => {
    const text = `Rail\n\n${enLead}Major freight carrier Union Pacific said it "looks forward to the unions ratifying these agreements."`;
    expect(starting(quotes(text, 'en'), 'looks forward')?.speaker).toBe('Union Pacific');
  });

  it('guard: `Human rights group say …` is a group of its own, not the airport named before', () => {
    const text = `Flights\n\n${enLead}The first flight left Heathrow airport on Tuesday.\n\nHuman rights group say the policy is inhumane and will put asylum seekers at risk.`;
    expect(starting(quotes(text, 'en'), 'the policy is')?.speaker).not.toBe('Heathrow airport');
  });
});

describe('a kind of institution before its acronym', () => {
  it('`the train drivers’ union ASLEF` … `The union claims that …`: the union is ASLEF', () => {
    const text = `Strikes\n\n${enLead}New strikes have been announced by the train drivers’ union ASLEF.\n\nThe union claims that train drivers have not had a pay rise since April 2019.`;
    expect(starting(quotes(text, 'en'), 'train drivers have')?.speaker).toBe('ASLEF');
  });
});
