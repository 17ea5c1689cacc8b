import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the ninth round of real-news attribution rules (2026-11-23, eighth session).
// Every fixture is an invented news text written for these tests; each `it` checks one rule on a
// case the rule decides.

describe('English institutions', () => {
  it('reads an unknown capitalised run before `said` as an institution that speaks', () => {
    const text = 'Housing report\nThe figures were published on Tuesday.\nFocus Ireland said that the number of families without a home had risen again this year.';
    const q = starting(quotes(text, 'en'), 'the number of families');
    expect(q?.speaker).toBe('Focus Ireland');
  });

  it('reads an unknown capitalised run before an auxiliary and `said` as an institution', () => {
    const text = 'Strike\nThe walkout began at dawn.\nAir France had said on Wednesday that it would operate only 45% of its short and medium-range flights.';
    const q = starting(quotes(text, 'en'), 'it would operate');
    expect(q?.speaker).toBe('Air France');
  });

  it('keeps a company abbreviation and its bracketed acronym with the name before `said`', () => {
    const text = 'Housing starts\nHousing starts jumped 30 per cent to an annualized 248,138 units, Canada Mortgage and Housing Corp. (CMHC) said Tuesday.\nShopify Inc. said that it will lay off 10 per cent of its workforce this year.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'Housing starts jumped')?.speaker).toBe('Canada Mortgage and Housing Corp.');
    expect(starting(qs, 'it will lay off')?.speaker).toBe('Shopify Inc.');
  });

  it('lets `the company` refer back to a lone name that has just spoken', () => {
    const text = 'Layoffs\nShopify said that it will lay off 10 per cent of its workforce this year.\nThe company said it had misjudged how fast online shopping would grow after the pandemic.';
    const q = starting(quotes(text, 'en'), 'it had misjudged');
    expect(q?.speaker).toBe('Shopify');
  });

  it('reads a capitalised `The` inside a sentence as opening a publication\'s name', () => {
    const text = 'Flood\nWater from the river began rising on Wednesday in the streets of the town.\nCity officials moved up the evacuation deadline by a full day, The New York Times reported.';
    const q = starting(quotes(text, 'en'), 'City officials');
    expect(q?.speaker).toBe('New York Times');
  });

  it('takes a lone name before a relative clause set off by commas as the subject of `said`', () => {
    const text = 'Talks\nThe two men met in a European capital.\nAxios, which broke the news of the talks, said it was the first meeting between the two since the November truce.';
    const q = starting(quotes(text, 'en'), 'it was the first meeting');
    expect(q?.speaker).toBe('Axios');
  });

  it('reads a decimal point inside a relative clause as no clause end', () => {
    const text = 'Takeover\nThe board rejected the offer.\nScience Group, which has amassed a 10.2% stake in the company, on Monday said it was requesting a shareholder vote on the removal of the chairman.';
    const q = starting(quotes(text, 'en'), 'it was requesting');
    expect(q?.speaker).toBe('Science Group');
  });

  it('leaves a possessive place out of the institution before `said`', () => {
    const text = 'Cyber attack\nThe website went down on Wednesday.\nBritain’s TalkTalk said that the attack could involve the theft of private data from its customers.';
    const q = starting(quotes(text, 'en'), 'the attack could');
    expect(q?.speaker).not.toBe('Britain’s TalkTalk');
  });

  it('lets `the federation` refer back to the Police Federation', () => {
    const text = 'Assaults on officers\nOfficers were assaulted almost 2.5 million times last year, the Police Federation said in a report.\nThe federation said the new figures reveal the horrific extent of assaults on officers.';
    const q = starting(quotes(text, 'en'), 'the new figures');
    expect(q?.speaker).toBe('Police Federation');
  });
});

describe('English names', () => {
  it('reads `Speaker` as a title and a compound surname alone as the person named in full', () => {
    const text = 'Ceasefire talks\nIn Beirut, Deputy Parliament Speaker Elias Bou Saab told Reuters there were no serious obstacles left to the ceasefire plan.\nBou Saab said the proposal would entail a military withdrawal from the south within 60 days.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'there were no')?.speaker).toBe('Elias Bou Saab');
    expect(starting(qs, 'the proposal would')?.speaker).toBe('Elias Bou Saab');
  });
});

describe('English attribution forms', () => {
  it('reads `…, per NBC News.` as an attribution', () => {
    const text = 'Verdict\nThe jury deliberated for two days.\nRaja showed no reaction despite a possible sentence of life in prison, per NBC News.';
    const q = starting(quotes(text, 'en'), 'Raja showed');
    expect(q?.speaker).toBe('NBC News');
  });

  it('gives `but said` the subject of the sentence\'s first clause, not the name opening the reported clause', () => {
    const text = 'Tariffs\nThe White House briefing was short.\nHollis provided few clues about the size of the levies, but said Trump would be willing to listen to foreign governments.';
    const q = starting(quotes(text, 'en'), 'Trump would be');
    expect(q?.speaker).toBe('Hollis');
  });

  it('gives a participle of saying the name opening the sentence, and reads its bare clause', () => {
    const text = 'Rugby league\nThe season ended in controversy.\nNRL chief executive Andrew Abdo has promised to overhaul the suspension loopholes, conceding there were grey areas that left players confused.';
    const q = starting(quotes(text, 'en'), 'there were grey areas');
    expect(q?.speaker).toBe('Andrew Abdo');
  });
});

describe('English nationality adjectives', () => {
  it('reads `Philippine` as a nationality before a lower-case institution such as `coastguard`', () => {
    const text = 'South China Sea\nTwo boats were hit by water cannon on Saturday.\nThe vessel was damaged and several crew members were hurt, the Philippine coastguard said in a statement.';
    const q = starting(quotes(text, 'en'), 'The vessel was damaged');
    expect(q?.speaker).toBe('Philippine coastguard');
  });
});

describe('English unnamed sources', () => {
  it('keeps the lower-case words and the count that say whose spokesperson or sources they are', () => {
    const text = 'Protest\nThe march passed off without incident.\nNo arrests were made during the afternoon, a garda spokesperson said on Sunday.\nThe envoy left Cairo on Thursday night, two Egyptian security sources said.';
    const qs = quotes(text, 'en');
    expect(starting(qs, 'No arrests')?.speaker).toBe('a garda spokesperson');
    expect(starting(qs, 'The envoy left')?.speaker).toBe('two Egyptian security sources');
  });
});

describe('English company names and credits', () => {
  it('reads capitals joined by `&` as one company', () => {
    const text = 'Retail\nThe chain joined a lengthy list of retailers issuing gloomy outlooks.\nChristopher & Banks said the revised guidance was a result of weaker than expected sales.';
    const q = starting(quotes(text, 'en'), 'the revised guidance');
    expect(q?.speaker).toBe('Christopher & Banks');
  });

  it('drops a sentence-opening `And` from a company name', () => {
    const text = 'Retail\nShoppers stayed away in November.\nAnd Target Corp. said that third-quarter results to be announced Monday may miss forecasts.';
    const q = starting(quotes(text, 'en'), 'third-quarter results');
    expect(q?.speaker).toBe('Target Corp.');
  });

  it('names no one from a photographer\'s credit', () => {
    const text = 'Election\nOpposition leader Raila Odinga arrives at a news conference in Nairobi on Wednesday. (Thomas Mukoya/Reuters)\nHe said he would take his allegations of fraud to the Supreme Court.';
    const q = starting(quotes(text, 'en'), 'he would take');
    expect(q?.speaker).toBe('Raila Odinga');
  });

  it('drops `QC` after a judge\'s title and surname', () => {
    const text = 'Fine\nThe water company was fined £2m on Friday.\nJudge Lucas QC said: "It is important that the courts send out a clear message."';
    const q = starting(quotes(text, 'en'), 'It is important');
    expect(q?.speaker).toBe('Lucas');
  });
});

describe('English epithets', () => {
  it('reads `the 64-year-old` as the person just named', () => {
    const text = 'Bribery trial\nJoseph Giorgianni, a sandwich shop owner who was also involved in the scheme, pleaded guilty to two counts of extortion.\nThe 64-year-old told authorities he handled the bribes for the mayor and gave him about $8,000 in cash.';
    const q = starting(quotes(text, 'en'), 'he handled the bribes');
    expect(q?.speaker).toBe('Joseph Giorgianni');
  });
});

describe('English given names used alone', () => {
  it('reads a lone given name as the person who already spoke under the full name', () => {
    const text = 'Election\nAt the rally in Bangkok, Paethongtarn Shinawatra thanked the voters and said this election reflected the country\'s democratic transformation.\nMs. Paethongtarn said her party has no intention to contest with the Move Forward Party in forming a government.';
    const q = starting(quotes(text, 'en'), 'her party has');
    expect(q?.speaker).toBe('Paethongtarn Shinawatra');
  });
});

describe('English titles', () => {
  it('reads `Candidate` as a title before the name', () => {
    const text = 'Election\nPrime Ministerial Candidate Srettha Thavisin thanked the voters and said this election reflected the country\'s democratic change.';
    const q = starting(quotes(text, 'en'), 'this election');
    expect(q?.speaker).toBe('Srettha Thavisin');
  });
});

describe('English surnames that are title words', () => {
  it('reads `King said` as the surname of the analyst named in full', () => {
    const text = 'Courtside\nThe loudest critic was the team\'s colour analyst Stacey King.\n"You let a guy do it once and all of a sudden he does it every single time," King said on Tuesday.';
    const q = starting(quotes(text, 'en'), 'You let a guy');
    expect(q?.speaker).toBe('Stacey King');
  });
});

describe('Polish second titles', () => {
  it('takes a dash-set office after a titled name as the person\'s second title', () => {
    const text = 'Zarzuty dla byłego prezesa\nProkurator Jan Wilczek – rzecznik PK – wskazał, że w sprawie chodzi o udział w zorganizowanej grupie przestępczej.\nObrońca byłego prezesa mec. Adam Lis powiedział, że jego klient jest niewinny i nie ukrywa się przed nikim.\nRzecznik dodał, że list gończy pojawi się na stronach policji jeszcze w tym tygodniu.';
    const q = starting(quotes(text, 'pl'), 'list gończy');
    expect(q?.speaker).toBe('Jan Wilczek');
  });

  it('reads an abbreviated `prok.` before the name as a second title', () => {
    const text = 'Zatrzymanie w Rzeszowie\nRzecznik Prokuratury Okręgowej w Rzeszowie prok. Marek Sowa przekazał, że poszukiwany mężczyzna ukrywał się od prawie trzech lat.\nObrońca zatrzymanego mec. Adam Lis powiedział, że jego klient jest niewinny i nie ukrywał się przed nikim.\nProkurator dodał, że prokuratura czeka na formalny wniosek o ekstradycję.';
    const q = starting(quotes(text, 'pl'), 'prokuratura czeka');
    expect(q?.speaker).toBe('Marek Sowa');
  });
});

describe('Polish reporting verbs', () => {
  it('passes over a web address between the verb and `że`', () => {
    const text = 'Dyspozytornia\nWiceszef MON Wojciech Marek poinformował tvn24.pl, że wniosek złożony na podstawie ustawy został rozpatrzony pozytywnie.';
    const q = starting(quotes(text, 'pl'), 'wniosek złożony');
    expect(q?.speaker).toBe('Wojciech Marek');
  });

  it('reads `zgłosiło, że` and `liczy, że` as reporting, but not `zgłosili poprawkę zakładającą, że`', () => {
    const text = 'Nawałnica\nPowiatowe Centrum Zarządzania Kryzysowego zgłosiło, że na terenie gminy zostały uszkodzone dachy czterech budynków.\nPrezes spółki Jan Malik liczy, że urząd szybko wyda decyzję w tej sprawie.\nSenatorowie zgłosili poprawkę zakładającą, że ustawa wejdzie w życie w sierpniu.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'na terenie gminy')?.speaker).toBe('Powiatowe Centrum Zarządzania Kryzysowego');
    expect(starting(qs, 'urząd szybko')?.speaker).toBe('Jan Malik');
    expect(starting(qs, 'ustawa wejdzie')).toBeUndefined();
  });

  it('reads a sentence opened by `Dopytywany` as the asked person speaking, and `związek z` as no union', () => {
    const text = 'Cyberatak\nMinister cyfryzacji Jan Malik powiedział, że sytuacja była trudna do opanowania przez wiele dni.\nDopytywany o to, czy awaria w urzędzie miała związek z cyberatakiem, stwierdził: Tutaj nie mam żadnej wiedzy.';
    const q = starting(quotes(text, 'pl'), 'Tutaj nie mam');
    expect(q?.speaker).toBe('Jan Malik');
  });

  it('names a lower-case institution in the nominative, adjectives included', () => {
    const text = 'Proces\nObrońcy złożyli wniosek o przeniesienie sprawy.\nZdaniem sądu okręgowego mogą powstać wątpliwości co do bezstronności wszystkich sędziów.';
    const q = starting(quotes(text, 'pl'), 'mogą powstać');
    expect(q?.speaker).toBe('sąd okręgowy');
  });

  it('reads a name opened by a genitive adjective as no subject and no bearer of the title after it', () => {
    const text = 'Nowy biskup\nPodczas mszy w bazylice Świętego Piotra papież powiedział: - Dzisiaj Kościół w Rzymie raduje się z daru nowego biskupa.\n- Oto głęboki sens każdego powołania - wskazał Leon XIV.';
    const q = starting(quotes(text, 'pl'), 'Dzisiaj Kościół');
    expect(q?.speaker).not.toBe('Świętego Piotra');
    expect(q?.speaker).toBe('Leon XIV');
  });

  it('reads `jeden z rolników` and `kolejny z protestujących` after a singular verb as new speakers', () => {
    const text = 'Protest rolników\nMarek Nowak, sołtys wsi, powiedział, że protest potrwa dwie godziny.\n- Trzeba zmobilizować ministerstwo rolnictwa do działania - mówił jeden z rolników.\n- Dlatego postanowiłem sprzedawać mleko bezpośrednio do klienta - mówi kolejny z protestujących.';
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Trzeba zmobilizować')?.speaker).toBe('jeden z rolników');
    expect(starting(qs, 'Dlatego postanowiłem')?.speaker).toBe('kolejny z protestujących');
  });

  it('takes the name right after `jeden z liderów …` as the speaker', () => {
    const text = 'Konwencja\n- Mamy w Polsce co najmniej dwa gatunki opozycji - powiedział w sobotę jeden z liderów Konfederacji Jan Bosowski.';
    const q = starting(quotes(text, 'pl'), 'Mamy w Polsce');
    expect(q?.speaker).toBe('Jan Bosowski');
  });

  it('names no one from a photo credit (`Fot. Marek Lisowski`)', () => {
    const text = 'Protest\nRolnicy zablokowali drogę krajową numer 5 w sobotę rano.\nProtest trwał dwie godziny. Fot. Marek Lisowski\n- Ile można pracować od rana do nocy za takie pieniądze? - pytał.';
    const q = starting(quotes(text, 'pl'), 'Ile można');
    expect(q?.speaker).not.toBe('Marek Lisowski');
  });
});
