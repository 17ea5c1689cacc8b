import { describe, expect, it } from 'vitest';
import { findMentions, tokenize } from '../../../shared/claims/mentions';
import { quotes, starting } from './helpers';

// Regression tests for the twenty-ninth round of real-news attribution rules (2026-11-25, twenty-eighth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const enLead = 'The vote is on Wednesday.\n\n';
const plLead = 'Sprawa trwa od tygodnia.\n\n';

describe('English tails', () => {
  it('`…, Ms Keegan told Radio 4’s Today programme.`: a programme named after its outlet is whom it was told', () => {
    const text = `Schools\n\n${enLead}So far around one per cent of schools have been found to contain the concrete, Ms Keegan told Radio 4’s Today programme.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'So far around one per cent')?.speaker).toBe('Keegan');
    expect(qs.some((q) => q.quote.includes('Today programme'))).toBe(false);
  });

  it('the same before the content: `told BBC One’s Breakfast show the plan was …`', () => {
    const text = `Schools\n\n${enLead}Minister Anna Grey told BBC One’s Breakfast show the plan was working well for every school.`;
    expect(quotes(text, 'en').map((q) => q.quote)).toEqual(['the plan was working well for every school']);
  });

  it('guard: `…, she told the BBC.` is a tail as before', () => {
    const text = `Schools\n\n${enLead}Minister Anna Grey spoke on Monday. So far around one per cent of schools have been found to contain the concrete, she told the BBC.`;
    expect(starting(quotes(text, 'en'), 'So far around one per cent')?.speaker).toBe('Anna Grey');
  });

  it('`…, said Mr Cremin, adding that …`: an honorific with no dot before the inverted name', () => {
    const text = `Exams\n\n${enLead}Students experienced significant challenges during their education, said Mr Cremin, adding that most of the cohort had never sat exams.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'Students experienced')?.speaker).toBe('Cremin');
    expect(qs.some((q) => q.quote === 'Mr Cremin')).toBe(false);
  });

  it('`…, continued Mr Cremin.`: continuing to speak, inverted after the statement', () => {
    const text = `Exams\n\n${enLead}Students experienced significant challenges during their education, continued Mr Cremin.`;
    expect(starting(quotes(text, 'en'), 'Students experienced')?.speaker).toBe('Cremin');
  });

  it('guard: `The strike, continued Monday with …` is no statement', () => {
    const text = `Strike\n\n${enLead}The strike, continued Monday with pickets outside the school gates and a rally.`;
    expect(quotes(text, 'en')).toEqual([]);
  });

  it('`… on Thursday "unless something else comes up" said Scantlebury.`: a partial quotation closing the statement before the inverted tail', () => {
    const text = `Schools\n\n${enLead}Schools will operate as normal on Thursday "unless something else comes up" said Scantlebury.`;
    const q = starting(quotes(text, 'en'), 'Schools will operate');
    expect(q?.speaker).toBe('Scantlebury');
    expect(q?.quote).toContain('unless something else comes up');
  });

  it('`Additional cost savings announced in the same period are …, the union says`: a participle after its noun is no verb of saying', () => {
    const text = `Universities\n\n${enLead}Additional cost savings announced in the same period are equivalent to a further 3,000 jobs, the union says, but universities have not confirmed it.`;
    const q = starting(quotes(text, 'en'), 'Additional cost savings');
    expect(q?.speaker).toBe('union');
    expect(q?.quote.endsWith('3,000 jobs')).toBe(true);
  });

  it('`Universities have announced more than 12,000 job cuts …, the union says`: a figure announced is an object, not content', () => {
    const text = `Universities\n\n${enLead}Universities have collectively announced more than 12,000 job cuts in the last year, the union says.`;
    const qs = quotes(text, 'en');
    expect(qs.map((q) => q.speaker)).toEqual(['union']);
    expect(qs[0].quote.startsWith('Universities have collectively')).toBe(true);
  });

  it('guard: `The company announced in a statement that …` still reports', () => {
    const text = `Jobs\n\n${enLead}The company announced in a statement that 300 jobs would go by March.`;
    expect(starting(quotes(text, 'en'), '300 jobs')?.speaker).toBe('company');
  });
});

describe('Polish institutions named by a noun and a state adjective', () => {
  const orgs = (text: string) => findMentions(tokenize(text), 'pl').filter((m) => m.kind === 'org').map((m) => m.org?.name);

  it('`Wody Polskie`, `Lasy Państwowe`, `Wód Polskich`, `Poczty Polskiej`, `Kolei Mazowieckich`', () => {
    expect(orgs('Wody Polskie i Lasy Państwowe podały dane.')).toEqual(['Wody Polskie', 'Lasy Państwowe']);
    expect(orgs('Według Wód Polskich, Poczty Polskiej i Kolei Mazowieckich nic się nie stało.')).toEqual(['Wody Polskie', 'Poczta Polska', 'Koleje Mazowieckie']);
  });

  it('`Wirtualnej Polski` → `Wirtualna Polska`: a feminine adjective before the country', () => {
    expect(orgs('Według Wirtualnej Polski grunt zdrożał.')).toEqual(['Wirtualna Polska']);
  });

  it('guard: a person whose surname is an adjective (`Jan Polski`) stays a person', () => {
    expect(findMentions(tokenize('Jan Polski powiedział, że nic.'), 'pl').map((m) => m.kind)).toEqual(['person']);
  });

  it('`Wody Polskie przypominają, że …`: the institution speaks', () => {
    const text = `Wały\n\n${plLead}Wody Polskie przypominają, że zakaz wstępu na wały wciąż obowiązuje.`;
    expect(starting(quotes(text, 'pl'), 'zakaz wstępu')?.speaker).toBe('Wody Polskie');
  });
});

describe('Polish sources and subjects', () => {
  it('`Jak raportuje WCZK, …`: reporting as a verb of saying', () => {
    const text = `Burza\n\n${plLead}Jak raportuje WCZK, w zachodniej części województwa 5800 odbiorców nie ma prądu.`;
    expect(starting(quotes(text, 'pl'), 'w zachodniej części')?.speaker).toBe('WCZK');
  });

  it('`W Programie 1 Polskiego Radia wyjaśniła, że …`: a station in the genitive is where, not who', () => {
    const text = `Park\n\n${plLead}Park powinien powstać do końca roku - zadeklarowała minister klimatu Paulina Hennig-Kloska.\n\nW Programie 1 Polskiego Radia wyjaśniła, że mógłby on powstać jako oddział innego parku.`;
    expect(starting(quotes(text, 'pl'), 'mógłby on powstać')?.speaker).toBe('Paulina Hennig-Kloska');
  });

  it('`– A. – B – mówią.`: dash lines of one paragraph are the group’s named in the paragraph before', () => {
    const text = `Powódź\n\n${plLead}Miasto odświeżono. Właściciele sklepów uruchomili działalność.\n\n- Jesteśmy już na finiszu. - 99 procent pracy wykonaliśmy sami. Mamy wszystko gotowe - mówią.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Jesteśmy już')?.speaker).toBe('Właściciele sklepów');
    expect(starting(qs, '99 procent')?.speaker).toBe('Właściciele sklepów');
  });

  it('guard: a dash line of another paragraph keeps its own speaker', () => {
    const text = `Powódź\n\n${plLead}- Jesteśmy już na finiszu - powiedział burmistrz Jan Nowak.\n\n- Mamy wszystko gotowe - dodał sklepikarz Adam Lis.`;
    expect(starting(quotes(text, 'pl'), 'Jesteśmy już')?.speaker).toBe('Jan Nowak');
  });

  it('`Jak ustaliło RMF FM, prokuratura uznała, że …`: the statement inside a source phrase keeps its own speaker', () => {
    const text = `Śledztwo\n\n${plLead}Jak ustaliło RMF FM, prokuratura uznała jednak, że w tej sprawie nie doszło do przestępstwa.`;
    expect(quotes(text, 'pl').find((q) => q.quote.includes('nie doszło'))?.speaker).toMatch(/prokuratura/i);
  });
});

describe('English subjects and objects', () => {
  it('`confirmed a full list of schools affected will be published`: an auxiliary after the `of` phrase makes it a clause', () => {
    const text = `Schools\n\n${enLead}Ms Keegan confirmed a full list of schools affected will be published later this week.`;
    expect(starting(quotes(text, 'en'), 'a full list')?.speaker).toBe('Keegan');
  });

  it('guard: `confirmed a list of closures on Monday` is an object', () => {
    const text = `Schools\n\n${enLead}The council confirmed a list of closures on Monday.`;
    expect(quotes(text, 'en')).toEqual([]);
  });

  it('`According to GECDSB public relations officer Scott Scantlebury, …`: the person whose title the institution qualifies', () => {
    const text = `Schools\n\n${enLead}According to GECDSB public relations officer Scott Scantlebury, employees are represented in both school levels.`;
    expect(starting(quotes(text, 'en'), 'employees are')?.speaker).toBe('Scott Scantlebury');
  });

  it('`According to Scott Scantlebury, a GECDSB public relations officer, employees …`: the apposition is no part of the statement', () => {
    const text = `Schools\n\n${enLead}According to Scott Scantlebury, a GECDSB public relations officer, employees are represented in both school levels.`;
    expect(quotes(text, 'en').map((q) => q.quote)).toEqual(['employees are represented in both school levels']);
  });

  it('`The principal at X school in Passage West, Cork, said she …`: the county after a place is no subject, nor is `she` after the verb', () => {
    const text = `Schools\n\n${enLead}The principal at Star the Sea Primary School in Passage West, Cork, said she and her colleagues were in disbelief at the announcement.`;
    const q = starting(quotes(text, 'en'), 'she and her colleagues');
    expect(q?.speaker).toBe('principal');
  });

  it('guard: `Luciano, of Holmfirth, Huddersfield, said …` still speaks', () => {
    const text = `Lottery\n\n${enLead}Luciano Falconio, of Holmfirth, Huddersfield, said he was very happy with the result.`;
    expect(starting(quotes(text, 'en'), 'he was very happy')?.speaker).toBe('Luciano Falconio');
  });
});

describe('claims owned and laws that provide', () => {
  it('`Hennig-Kloska odrzuciła argumenty prezydenta, że …`: the claim is its owner’s in the genitive', () => {
    const text = `Park\n\n${plLead}Prezydent Karol Nawrocki zawetował ustawę o parku.\n\nHennig-Kloska odrzuciła argumenty prezydenta, że park zatrzymałby żeglugę na Odrze.`;
    expect(starting(quotes(text, 'pl'), 'park zatrzymałby')?.speaker).toBe('Karol Nawrocki');
  });

  it('`Minister odpiera zarzuty opozycji, że …`: the owner outranks the verb before the noun', () => {
    const text = `Mieszkania\n\n${plLead}Minister odpiera zarzuty opozycji, że rząd nic nie robi w sprawie mieszkań.`;
    expect(starting(quotes(text, 'pl'), 'rząd nic nie robi')?.speaker).toBe('opozycja');
  });

  it('`Ustawa przewidywała, że …`: what a law provides for is no statement', () => {
    const text = `Park\n\n${plLead}Ustawa przewidywała, że Wody Polskie mogą prowadzić prace w parku.`;
    expect(quotes(text, 'pl')).toEqual([]);
  });

  it('guard: `Minister przewiduje, że …` still predicts', () => {
    const text = `Ceny\n\n${plLead}Minister Jan Nowak przewiduje, że ceny wzrosną w przyszłym roku o kilka procent.`;
    expect(starting(quotes(text, 'pl'), 'ceny wzrosną')?.speaker).toBe('Jan Nowak');
  });

  it('`CTU confirmed the team — made up of members — will meet …`: an aside between dashes in the clause’s subject', () => {
    const text = `Strike\n\n${enLead}CTU confirmed the team — made up of members — will meet Monday afternoon to weigh the deal.`;
    expect(starting(quotes(text, 'en'), 'the team')?.speaker).toBe('CTU');
  });

  it('guard: `The council confirmed the closures — the third this year — on Monday.` is an object', () => {
    const text = `Schools\n\n${enLead}The council confirmed the closures — the third this year — on Monday.`;
    expect(quotes(text, 'en')).toEqual([]);
  });
});

describe('a reported clause before another speaker’s quotation', () => {
  it('`Meta said it will appeal the ruling and spokesman John Smith said “…”`: the first content ends before the second speaker', () => {
    const text = `Fine\n\n${enLead}Meta has indicated it will appeal the ruling and spokesman John Smith said “these decisions do not prevent targeted advertising”.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'it will appeal')?.quote).toBe('it will appeal the ruling');
    expect(starting(qs, 'these decisions')?.speaker).toBe('John Smith');
  });

  it('guard: a partial quotation at the end of the reported clause stays in it', () => {
    const text = `Airline\n\n${enLead}Chief executive Rod Eddington said the figures showed promising signs but the airline still had "a long way to go".`;
    expect(starting(quotes(text, 'en'), 'the figures showed')?.quote).toContain('a long way to go');
  });
});

describe('Polish titles before honorific abbreviations', () => {
  it('`– powiedział ks. dr Marcin Iżycki`: two abbreviations before the name end nothing', () => {
    const text = `Pomoc\n\n${plLead}Mamy kilkadziesiąt ośrodków – powiedział w piątek ks. dr Marcin Iżycki.`;
    expect(starting(quotes(text, 'pl'), 'Mamy kilkadziesiąt')?.speaker).toBe('Marcin Iżycki');
  });

  it('`dyr. Caritasu Polska ks. dr Marcin Iżycki` is one person with his title; `Dyr. Caritasu Polska` later refers to him', () => {
    const text = `Pomoc\n\n${plLead}Kupiliśmy żywność – powiedział w piątek dyr. Caritasu Polska ks. dr Marcin Iżycki.\n\nDyr. Caritasu Polska podkreślił, że przyjęcie uchodźców to rola państwa.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Kupiliśmy')?.speaker).toBe('Marcin Iżycki');
    expect(starting(qs, 'przyjęcie uchodźców')?.speaker).toBe('Marcin Iżycki');
  });

  it('`Mamy …` opening a sentence is the verb, no mothers', () => {
    expect(findMentions(tokenize('Mamy kilkadziesiąt ośrodków.'), 'pl')).toEqual([]);
  });
});

describe('Polish places, stations and blurting', () => {
  it('`– dodaje pani Natalia z okolic Tarnopola`: a place after `z okolic` is no speaker', () => {
    const text = `Wojna\n\n${plLead}- Wojna się nie skończy - dodaje pani Natalia z okolic Lwowa.`;
    expect(quotes(text, 'pl')[0]?.speaker).toBe('pani Natalia');
  });

  it('`— poinformowało Radio 357`: a station’s number is part of its name', () => {
    const text = `Żałoba\n\n${plLead}Przez lata związana z Programem III Polskiego Radia, ostatnio współpracowała z Radiem 357.\n\n"Z głębokim żalem zawiadamiamy, że odeszła nasza dziennikarka" — poinformowało Radio 357.`;
    expect(starting(quotes(text, 'pl'), 'Z głębokim żalem')?.speaker).toBe('Radio 357');
  });

  it('`"…" - wypaliła Doda.`: blurting out is saying', () => {
    const text = `Muzyka\n\n${plLead}"Kochani hipokryci, którzy nie wiedzą, kto wygrał" - wypaliła Doda.`;
    expect(quotes(text, 'pl')[0]?.rule).toBe('quote.direct.after-dash-verb');
  });
});

describe('a bracketed date before `, że`', () => {
  it('`powiedziała dziś (22.03), że …`: a dot inside brackets ends nothing', () => {
    const text = `Wojna\n\n${plLead}Wicepremier Ukrainy Iryna Wereszczuk powiedziała dziś (22.03), że władze koncentrują się na Mariupolu.`;
    expect(starting(quotes(text, 'pl'), 'władze koncentrują')?.speaker).toBe('Iryna Wereszczuk');
  });
});

describe('inflected acronyms', () => {
  it('`Według danych GUS-u Władysławowo jest …`: the acronym with its case ending is the source, named without it', () => {
    const text = `Wakacje\n\n${plLead}Według danych GUS-u Władysławowo jest bezkonkurencyjne pod względem liczby miejsc noclegowych.`;
    const q = quotes(text, 'pl')[0];
    expect(q?.speaker).toBe('GUS');
    expect(q?.quote.startsWith('Władysławowo')).toBe(true);
  });
});

describe('impersonal tails after a group', () => {
  it('`przedstawiciele portu podali, że … ¶ "…" - podkreślono.`: the group quoted just before goes on', () => {
    const text = `Lotnisko\n\n${plLead}Około godziny 11.40 przedstawiciele portu podali, że przywrócono jego pełną funkcjonalność operacyjną.\n\n"Lotnisko jest gotowe do obsługi rejsów przylatujących oraz odlatujących" - podkreślono.`;
    expect(starting(quotes(text, 'pl'), 'Lotnisko jest gotowe')?.speaker).toBe('przedstawiciele portu');
  });

  it('guard: an impersonal tail far from any statement keeps no speaker', () => {
    const text = `Lotnisko\n\n${plLead}Przedstawiciele portu podali, że przywrócono ruch.\n\nPasażerowie czekali długo. Wielu z nich spało na podłodze. Rano podstawiono autobusy.\n\n"Lotnisko jest gotowe do obsługi rejsów" - podkreślono.`;
    expect(starting(quotes(text, 'pl'), 'Lotnisko jest gotowe')?.speaker).toBe(null);
  });
});

describe('short contracted clauses', () => {
  it('`and she said she’s scared`: a contracted pronoun and one word is a whole clause', () => {
    const text = `Plant\n\n${enLead}Dawn Simms is an assembly line worker. She is a single mother of two kids, and she said she’s scared.`;
    expect(starting(quotes(text, 'en'), 'she’s scared')?.speaker).toBe('Dawn Simms');
  });
});

describe('English objects and omitted `that`', () => {
  it('`UK officials have made it clear progress needs to be made …`: `made it clear` with the `that` left out', () => {
    const text = `Brexit\n\n${enLead}UK officials have made it clear progress needs to be made before autumn or they will walk away.`;
    expect(starting(quotes(text, 'en'), 'progress needs')?.speaker).toBe('UK officials');
  });

  it('`Boris Johnson has been adamant he will not seek …`', () => {
    const text = `Brexit\n\n${enLead}Prime Minister Boris Johnson has been adamant he will not seek any extension to the transition period.`;
    expect(starting(quotes(text, 'en'), 'he will not seek')?.speaker).toBe('Boris Johnson');
  });

  it('`stressed the importance of …`, `reiterated the six “first steps”`: a noun-phrase object is no statement', () => {
    expect(quotes(`Rules\n\n${enLead}The minister stressed the importance of the new rules for the whole sector.`, 'en')).toEqual([]);
    expect(quotes(`Rules\n\n${enLead}The minister reiterated the six priorities for government he outlined last week.`, 'en')).toEqual([]);
  });

  it('guard: `stressed the rules would apply …` still reports', () => {
    const text = `Rules\n\n${enLead}The minister stressed the rules would apply to every company from January.`;
    expect(starting(quotes(text, 'en'), 'the rules would apply')?.speaker).toBe('minister');
  });

  it('`stated that "…" and emphasized the responsibility of …`: the content ends with the quotation', () => {
    const text = `Plants\n\n${enLead}Gunnar Kilian stated that "the situation is serious" and emphasized the responsibility of all negotiating partners.`;
    expect(quotes(text, 'en').map((q) => q.quote)).toEqual(['the situation is serious']);
  });
});

describe('the reader’s tail after an introduced quotation', () => {
  it('`Pan Robert relacjonuje: "…" - czytamy na Onecie.`: the speaker who introduces it outranks where it was read', () => {
    const text = `Pociąg\n\n${plLead}Pan Robert, który wsiadł w Katowicach, relacjonuje: "W pociągu zero klimatyzacji. Temperatura dochodzi do 40 stopni" - czytamy na Onecie.`;
    expect(starting(quotes(text, 'pl'), 'W pociągu zero')?.speaker).toBe('pan Robert');
  });

  it('guard: `"…" - czytamy w „Rzeczpospolitej”.` alone is the paper’s', () => {
    const text = `Ceny\n\n${plLead}"Ceny wzrosną jeszcze w tym roku o kilka procent" - czytamy w „Rzeczpospolitej”.`;
    expect(quotes(text, 'pl')[0]?.speaker).toBe('Rzeczpospolita');
  });
});

describe('Polish titles and their addressees', () => {
  it('`– mówił metropolita dziennikarzom`: a plural dative after the title is whom he spoke to', () => {
    const text = `Obiad\n\n${plLead}Ich wysiłek docenił metropolita warszawski, kardynał Kazimierz Nycz. – To bardzo ważne, by ubodzy nie byli sami – mówił metropolita dziennikarzom.`;
    expect(starting(quotes(text, 'pl'), 'To bardzo ważne')?.speaker).toBe('Kazimierz Nycz');
  });

  it('guard: `rzecznik Komisji Europejskiej, Maciej Berestecki.` — a title and the full name after its comma', () => {
    const text = `Unia\n\n${plLead}Nowe przepisy wejdą w życie w marcu – przekazał rzecznik Komisji Europejskiej, Maciej Berestecki.`;
    expect(quotes(text, 'pl')[0]?.speaker).toBe('Maciej Berestecki');
  });

  it('`przewodniczący Rady KEP ds. Duszpasterstwa Młodzieży bp Grzegorz Suchodolski`: the complement read as a name is the title’s', () => {
    const text = `ŚDM\n\n${plLead}To była najpiękniejsza katecheza o Kościele – powiedział we wtorek przewodniczący Rady Konferencji Episkopatu Polski ds. Duszpasterstwa Młodzieży bp Grzegorz Suchodolski.`;
    expect(quotes(text, 'pl')[0]?.speaker).toBe('Grzegorz Suchodolski');
  });
});

describe('English research findings and plural possessives in names', () => {
  it('`the Office for National Statistics (ONS) found that …`, `Researchers found that …`', () => {
    expect(quotes(`Prices\n\n${enLead}And in May, the Office for National Statistics (ONS) found that the price of pasta had risen by 50 per cent.`, 'en')[0]?.speaker).toBe('Office for National Statistics');
    expect(quotes(`Drugs\n\n${enLead}Researchers found that the drug cut deaths by a third in older patients.`, 'en')[0]?.speaker).toBe('Researchers');
  });

  it('`Economists from the LSE Centre for Economic Performance found that …`: named as written', () => {
    const q = quotes(`Prices\n\n${enLead}Economists from the LSE Centre for Economic Performance found that the departure from the EU caused a rise in food prices.`, 'en')[0];
    expect(q?.speaker).toBe('Economists from the LSE Centre for Economic Performance');
  });

  it('guard: `Police found that the door had been forced open.` is no statement', () => {
    expect(quotes(`Burglary\n\n${enLead}Police found that the door had been forced open.`, 'en')).toEqual([]);
  });

  it('`…, said the Irish Farmers’ Association (IFA).`: a plural possessive inside the name, its acronym in brackets', () => {
    const text = `Beef\n\n${enLead}Farmers will hold a countrywide protest outside meat factories on Monday, said the Irish Farmers’ Association (IFA).`;
    expect(quotes(text, 'en').map((q) => q.speaker)).toEqual(['Irish Farmers’ Association']);
  });
});

describe('a Polish ordinal before a title after the verb', () => {
  it('`– powiedział aktualnie 121. zawodnik rankingu ATP.`: the ordinal’s dot ends nothing; the title is the speaker’s mention', () => {
    const text = `Tenis\n\n${plLead}Hubert Hurkacz wygrał turniej w Poznaniu.\n\n– Starałem się grać jak najlepiej – powiedział aktualnie 121. zawodnik rankingu ATP.`;
    const q = starting(quotes(text, 'pl'), 'Starałem się');
    expect(q?.speaker).toBe('Hubert Hurkacz');
    expect(q?.mention).toBe('zawodnik rankingu ATP');
  });
});

describe('a Polish title after the verb with an adjective of its own', () => {
  it('`– przyznała trzykrotna mistrzyni olimpijska … podczas programu „Turbokozak” Canal+ Sport.`: the title before the adverbial is the subject', () => {
    const text = `Lekkoatletyka\n\n${plLead}Anita Włodarczyk ma 40 lat.\n\n– Nie mam pojęcia czy dotrwam do Los Angeles – przyznała trzykrotna mistrzyni olimpijska w rzucie młotem podczas programu „Turbokozak” Canal+ Sport.`;
    expect(starting(quotes(text, 'pl'), 'Nie mam pojęcia')?.speaker).toBe('Anita Włodarczyk');
  });
});

describe('an honorific’s dot before a church title', () => {
  it('`– mówił ks. prałat Krzysztof Stawski`: the dot after `ks.` ends nothing before `prałat` and the name', () => {
    const text = `Wigilia\n\n${plLead}Prymas Wojciech Polak przyszedł na wieczerzę.\n\n„Po raz kolejny spotykamy się przy wigilijnym stole” – mówił ks. prałat Krzysztof Stawski, dyrektor Caritas.`;
    expect(starting(quotes(text, 'pl'), 'Po raz kolejny')?.speaker).toBe('Krzysztof Stawski');
  });
});

describe('English cultural institutions', () => {
  it('`the Aldwych Theatre`, `The Tate Gallery said`: theatres, galleries, operas, orchestras, festivals and libraries are institutions', () => {
    const orgs = (text: string) => findMentions(tokenize(text), 'en').filter((m) => m.kind === 'org').map((m) => m.org?.name);
    expect(orgs('The final show is at the Aldwych Theatre. The Tate Gallery said it was closed.')).toEqual(['Aldwych Theatre', 'Tate Gallery']);
  });

  it('`"…," the Royal and Derngate Theatre said`: the theatre speaks as an institution, not a person', () => {
    const text = `Obituary\n\n${enLead}"Our heartfelt sympathies are with his family," the Royal and Derngate Theatre said in a statement.`;
    const q = quotes(text, 'en')[0];
    expect(q?.speaker).toBe('Royal and Derngate Theatre');
    expect(q?.claim.speaker?.type).toBe('organization');
  });
});
