import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the twenty-sixth round of real-news attribution rules (2026-11-25, twenty-fifth
// session): general mechanisms rather than lexical rules — how web outlets, institutions and groups are
// named. Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const enLead = 'The hearing ended on Monday.\n\n';
const plLead = 'Sprawa trwa od tygodnia.\n\n';

describe('web outlets by their address', () => {
  it('`Jak podaje money-info.pl, …`: a lower-case address standing alone is the outlet', () => {
    const text = `Paliwa\n\n${plLead}Jak podaje money-info.pl, w ciągu miesiąca ceny benzyny wzrosły o 20 groszy.`;
    expect(starting(quotes(text, 'pl'), 'w ciągu miesiąca')?.speaker).toBe('money-info.pl');
  });

  it('`portal Zdrowienews.pl` keeps the address: the outlet is `Zdrowienews.pl`, not `portal`', () => {
    const text = `Zdrowie\n\n${plLead}Jak informuje portal Zdrowienews.pl, w wykazie prac rządu pojawił się projekt nowej ustawy.`;
    expect(starting(quotes(text, 'pl'), 'w wykazie prac')?.speaker).toBe('Zdrowienews.pl');
  });

  it('`Portal Finanseteraz.pl podaje, że …` opening the sentence names the address alone', () => {
    const text = `Budżet\n\n${plLead}Portal Finanseteraz.pl podaje, że wzrost akcyzy przyniesie budżetowi trzy miliardy złotych.`;
    expect(starting(quotes(text, 'pl'), 'wzrost akcyzy')?.speaker).toBe('Finanseteraz.pl');
  });

  it('guard: an address inside a URL or an e-mail address is no speaker', () => {
    const text = `Kontakt\n\n${plLead}Rzecznik urzędu Jan Lis powiedział, że wnioski można wysyłać na adres biuro@urzad-gminy.pl do końca maja.`;
    expect(starting(quotes(text, 'pl'), 'wnioski można')?.speaker).toBe('Jan Lis');
  });
});

describe('institutions whose names hold lower-case words or commas', () => {
  it('`Jak poinformowało Ministerstwo Rodziny, Pracy i Polityki Społecznej, …`: the comma inside the name ends no attribution', () => {
    const text = `Zasiłki\n\n${plLead}Jak poinformowało Ministerstwo Rodziny, Pracy i Polityki Społecznej, zasiłek wzrośnie od czerwca.`;
    const q = starting(quotes(text, 'pl'), 'zasiłek wzrośnie');
    expect(q?.speaker).toBe('Ministerstwo Rodziny, Pracy i Polityki Społecznej');
  });

  it('`Według Ministerstwa Rodziny, Pracy i …` names the ministry in the nominative', () => {
    const text = `Zasiłki\n\n${plLead}Według Ministerstwa Rodziny, Pracy i Polityki Społecznej zasiłek wzrośnie od czerwca.`;
    expect(starting(quotes(text, 'pl'), 'zasiłek wzrośnie')?.speaker).toBe('Ministerstwo Rodziny, Pracy i Polityki Społecznej');
  });

  it('`Stowarzyszenie na rzecz Zwierząt podało, że …` keeps `na rzecz` and what follows', () => {
    const text = `Schronisko\n\n${plLead}Stowarzyszenie na rzecz Zwierząt podało, że schronisko jest przepełnione.`;
    expect(starting(quotes(text, 'pl'), 'schronisko jest')?.speaker).toBe('Stowarzyszenie na rzecz Zwierząt');
  });

  it('`The Royal Society for the Protection of Birds said …` keeps `for the …`', () => {
    const text = `Birds\n\n${enLead}The Royal Society for the Protection of Birds said that numbers had fallen sharply.`;
    expect(starting(quotes(text, 'en'), 'numbers had fallen')?.speaker).toBe('Royal Society for the Protection of Birds');
  });

  it('`the Department of the Interior’s Bureau of Ocean Energy Management` is one institution, not `Department`', () => {
    const text = `Wind\n\n${enLead}The Department of the Interior’s Bureau of Ocean Energy Management said it has approved plans for the wind farm.\n\nThe Department of Health and Human Services said the rule would change.`;
    expect(starting(quotes(text, 'en'), 'it has approved')?.speaker).toBe('Department of the Interior’s Bureau of Ocean Energy Management');
  });

  it('guard: `Ministerstwo Zdrowia, Szpital Miejski i …` after the comma is a list of institutions, no name', () => {
    const text = `Sanepid\n\n${plLead}Jak poinformowało Ministerstwo Zdrowia, Szpital Miejski i Sanepid sprawdzą oddział w przyszłym tygodniu.`;
    expect(starting(quotes(text, 'pl'), 'Szpital Miejski i Sanepid')?.speaker).toBe('Ministerstwo Zdrowia');
  });
});

describe('groups with a genitive complement', () => {
  it('`Autorzy opracowania wskazują, że …` names `Autorzy opracowania`', () => {
    const text = `Rynek pracy\n\n${plLead}Autorzy opracowania wskazują, że liczba ofert pracy spadła w lipcu.`;
    expect(starting(quotes(text, 'pl'), 'liczba ofert')?.speaker).toBe('Autorzy opracowania');
  });

  it('`– … – mówią mieszkańcy nadmorskiej miejscowości.` keeps the adjective and its noun', () => {
    const text = `Szkoła\n\n${plLead}– To wielkie święto dla nas wszystkich – mówią mieszkańcy nadmorskiej miejscowości.`;
    expect(starting(quotes(text, 'pl'), 'To wielkie święto')?.speaker).toBe('mieszkańcy nadmorskiej miejscowości');
  });

  it('guard: `analitycy portalu` stay the portal’s analysts, resolved to the portal named before', () => {
    const text = 'W ciągu tygodnia olej napędowy staniał o 13 groszy - podał w czwartek portal e-diesel.pl. Jak podkreślili analitycy portalu, spadki cen to efekt tańszej ropy.';
    expect(starting(quotes(text, 'pl'), 'spadki')?.speaker).toBe('e-diesel.pl');
  });
});

describe('questions put to someone are no claims', () => {
  it('drops an interviewer’s question in the second person and keeps the answer', () => {
    const text = `Interview\n\n${enLead}“What do you say to people who are worried about their jobs?” the presenter asked.\n\n“We will create more jobs than we take,” Maria Lundqvist said.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'What do you say')).toBeUndefined();
    expect(starting(qs, 'We will create')?.speaker).toBe('Maria Lundqvist');
  });

  it('drops counsel’s question to a witness (`did you fear …?`)', () => {
    const text = `Trial\n\n${enLead}The prosecutor Jane Cole pressed the defendant.\n\n“At the time you used the knife, did you fear you were going to die?” Cole asked.`;
    expect(starting(quotes(text, 'en'), 'At the time')).toBeUndefined();
  });

  it('drops a Polish question addressed with `Panie` (`– Panie ministrze, kiedy dymisja? – pytał poseł.`)', () => {
    const text = `Komisja\n\n${plLead}– Panie ministrze, kiedy dymisja? – pytał poseł Jan Lis.`;
    expect(starting(quotes(text, 'pl'), 'Panie ministrze')).toBeUndefined();
  });

  it('guard: `pani prezydent` naming a third person keeps the rhetorical question', () => {
    const text = `Łódź\n\n${plLead}– Łódź stanęła murem za Hanką, to może teraz pani prezydent stanie murem za mieszkańcami? – pyta radny Piotr Nowak.`;
    expect(starting(quotes(text, 'pl'), 'Łódź stanęła')?.speaker).toBe('Piotr Nowak');
  });

  it('guard: a rhetorical question about the world stays (`– Kto kieruje tą komisją? – pytał Mularczyk.`)', () => {
    const text = `Komisja\n\n${plLead}– Kto kieruje tą komisją? – pytał retorycznie Arkadiusz Mularczyk.`;
    expect(starting(quotes(text, 'pl'), 'Kto kieruje')?.speaker).toBe('Arkadiusz Mularczyk');
  });

  it('guard: a statement ending in a question stays (`We are positive -- how couldn’t we be?`)', () => {
    const text = `Football\n\n${enLead}“We are positive -- how couldn't we be positive?” Klopp said.`;
    expect(starting(quotes(text, 'en'), 'We are positive')?.speaker).toBe('Klopp');
  });
});

describe('short English reports without `that`', () => {
  it('`Bamber has always claimed he was innocent`: an auxiliary and an adverb between the name and a weak verb', () => {
    const text = `Appeal\n\n${enLead}Jeremy Bamber has always claimed he was innocent.`;
    expect(starting(quotes(text, 'en'), 'he was innocent')?.speaker).toBe('Jeremy Bamber');
  });

  it('`Bamber said he was innocent.`: a three-word clause of a pronoun, a verb and its complement', () => {
    const text = `Appeal\n\n${enLead}Jeremy Bamber appeared in court.\n\nBamber said he was innocent.`;
    expect(starting(quotes(text, 'en'), 'he was innocent')?.speaker).toBe('Jeremy Bamber');
  });

  it('`by hinting that …` reports the hint', () => {
    const text = `AI\n\n${enLead}Sam Altman annoyed the European Union by hinting that his firm could leave the bloc.`;
    expect(starting(quotes(text, 'en'), 'his firm could')?.speaker).toBe('Sam Altman');
  });

  it('guard: `Bamber said it was.` (no complement) is no report', () => {
    const text = `Appeal\n\n${enLead}Jeremy Bamber appeared in court.\n\nBamber said it was.`;
    expect(quotes(text, 'en')).toEqual([]);
  });
});

describe('a participle of saying after an opening adverbial clause', () => {
  it('`Though earlier this week, he seemed to annoy the EU by hinting that …` is his, not the EU’s', () => {
    const text = `AI\n\n${enLead}Sam Altman toured Europe.\n\nThough earlier this week, he seemed to annoy the European Union by hinting that his firm could leave the bloc.`;
    expect(starting(quotes(text, 'en'), 'his firm could')?.speaker).toBe('Sam Altman');
  });
});

describe('a document speaks for the owner it names', () => {
  it('`an England statement said` and the later `the statement added` are England’s', () => {
    const text = `Cricket\n\n${enLead}"Ryan Sidebottom has been ruled out of the series with a small tear," an England statement said.\n\n"England will not be sending for a replacement at this stage," the statement added.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'Ryan Sidebottom has')?.speaker).toBe('England');
    expect(starting(qs, 'England will not')?.speaker).toBe('England');
  });

  it('`The club’s statement said …` is the club’s, not a document named earlier', () => {
    const text = `Football\n\n${enLead}A statement from the league said that the fixture would be moved.\n\nThe club’s statement said the player would be out for six weeks.`;
    expect(starting(quotes(text, 'en'), 'the player would')?.speaker).toBe('the club');
  });
});

describe('a bare office named by the next speaker', () => {
  it('`Rzecznik powiadomił, że …` … `Wewiór podkreślił, że …`: the spokesman is the man named next', () => {
    const text = `MSZ\n\n${plLead}Rzecznik powiadomił, że w środę do MSZ został wezwany charge d'affaires Rosji.\n\nWewiór podkreślił, że polski ambasador pełni swoją rolę w trudnych warunkach.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'w środę do MSZ')?.speaker).toBe('Wewiór');
    expect(starting(qs, 'polski ambasador')?.speaker).toBe('Wewiór');
  });

  it('guard: a driver is no office (`kierowca`), and stays unnamed', () => {
    const text = `Wypadek\n\n${plLead}Kierowca powiedział, że nie widział pieszego na przejściu.\n\nNowak podkreślił, że policja wyjaśnia okoliczności wypadku.`;
    expect(starting(quotes(text, 'pl'), 'nie widział')?.speaker).toBe('Kierowca');
  });
});

describe('Polish institutions by region and groups by quantity', () => {
  it('`Według informacji małopolskiej policji motocyklista …`: the regional police, and the clause’s subject stays in the content', () => {
    const text = `Wypadki\n\n${plLead}Policja podała liczbę ofiar.\n\nWedług informacji małopolskiej policji motocyklista stracił panowanie nad maszyną.`;
    const q = starting(quotes(text, 'pl'), 'motocyklista stracił');
    expect(q?.speaker).toBe('małopolska policja');
  });

  it('`Warszawska prokuratura poinformowała, że …` opening the sentence keeps the city', () => {
    const text = `Wypadek\n\n${plLead}Warszawska prokuratura poinformowała, że kierowca był pod wpływem amfetaminy.`;
    expect(starting(quotes(text, 'pl'), 'kierowca był')?.speaker).toBe('warszawska prokuratura');
  });

  it('`Część nauczycieli uważa, że …`: a quantity of people in any genitive plural speaks', () => {
    const text = `Szkoła\n\n${plLead}Część nauczycieli uważa, że prace domowe powinny być nieobowiązkowe.`;
    expect(starting(quotes(text, 'pl'), 'prace domowe')?.speaker).toBe('Część nauczycieli');
  });

  it('guard: a country adjective stays out of the name (`polskie MSZ` is the MSZ)', () => {
    const text = `Dyplomacja\n\n${plLead}Jak podaje polskie MSZ, spotkanie odbędzie się w piątek.`;
    expect(starting(quotes(text, 'pl'), 'spotkanie odbędzie')?.speaker).toBe('MSZ');
  });
});

describe('a city’s adjective before a court named in full before', () => {
  it('guard: `– wskazywał katowicki sąd apelacyjny` is still `Sąd Apelacyjny w Katowicach` with the city’s adjective in the name', () => {
    const t = 'Na mocy wyroku Sądu Apelacyjnego w Katowicach skazany trafił do więzienia.\n\n"Oskarżony jest sprawcą zbrodni" - wskazywał katowicki sąd apelacyjny.';
    expect(starting(quotes(t, 'pl'), 'Oskarżony jest')?.speaker).toBe('Sąd Apelacyjny w Katowicach');
  });
});

describe('brands written lower-case first, and court papers', () => {
  it('`xAI said in the lawsuit that …` names xAI; `eBay said` names eBay', () => {
    const text = `AI\n\n${enLead}xAI said in the lawsuit that the engineer had stolen trade secrets.\n\neBay said that sales had risen in the quarter.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'the engineer had')?.speaker).toBe('xAI');
    expect(starting(qs, 'sales had risen')?.speaker).toBe('eBay');
  });

  it('`According to the complaint, …` is the plaintiff’s, named as speaking in the lawsuit or filing it', () => {
    const a = `AI\n\n${enLead}xAI said in the lawsuit that the engineer had stolen trade secrets. According to the complaint, the engineer downloaded files before he resigned.`;
    expect(starting(quotes(a, 'en'), 'the engineer downloaded')?.speaker).toBe('xAI');
    const b = `AI\n\n${enLead}Acme Robotics filed a lawsuit against the engineer on Friday. According to the complaint, the engineer downloaded files before he resigned.`;
    expect(starting(quotes(b, 'en'), 'the engineer downloaded')?.speaker).toBe('Acme Robotics');
  });
});

describe('titles and offices that are someone else', () => {
  it('`Elon Musk wrote …` ¶ `The mayor said …`: a public figure known for other offices is not the mayor', () => {
    const text = `Floods\n\n${enLead}In a post on X, Elon Musk wrote that the model would be released next week.\n\nSpeaking to reporters on Monday, the mayor said the city was ready for the storm.`;
    expect(starting(quotes(text, 'en'), 'the city was ready')?.speaker).toBe('mayor');
  });

  it('guard: `Emmanuel Macron has refused …` ¶ `the French president told reporters` is still Macron', () => {
    const text = `France\n\n${enLead}Emmanuel Macron has refused to name a new prime minister.\n\n"I will decide in my own time," the French president told reporters.`;
    expect(starting(quotes(text, 'en'), 'I will decide')?.speaker).toBe('Emmanuel Macron');
  });

  it("`The sheriff's office said …` is no `Met Office` named before, and is the county’s office named in full", () => {
    const a = `Floods\n\n${enLead}The Met Office issued a warning for rain.\n\nThe sheriff's office said two people had died in the floods.`;
    expect(starting(quotes(a, 'en'), 'two people had died')?.speaker).toBe("sheriff's office");
    const b = `Crash\n\n${enLead}The Jackson County Sheriff's Office said the driver fled.\n\nThe sheriff's office said its deputies had found the car.`;
    expect(starting(quotes(b, 'en'), 'its deputies had')?.speaker).toBe("Jackson County Sheriff's Office");
  });
});

describe('Polish proposals with a `by` clause', () => {
  it('`Piotr Duda zaproponował, by handel w niedziele był zakazany` reports the proposal', () => {
    const text = `Handel\n\n${plLead}Piotr Duda zaproponował, by handel w niedziele był zakazany.`;
    expect(starting(quotes(text, 'pl'), 'handel w niedziele')?.speaker).toBe('Piotr Duda');
  });
});

describe('English institution heads', () => {
  it('`The U.S. Geological Survey said …` names the survey, not `S. Geological Survey`', () => {
    const text = `Quake\n\n${enLead}The U.S. Geological Survey said the quake had a magnitude of 6.3.`;
    expect(starting(quotes(text, 'en'), 'the quake had')?.speaker).toBe('U.S. Geological Survey');
  });
});

describe('subjects kept apart from their verb', () => {
  it('`Ministerstwo w odpowiedzi na pytania portalu przekazało, że …` is the ministry’s, not the portal’s', () => {
    const text = `Handel\n\n${plLead}Ministerstwo w odpowiedzi na pytania portalu przekazało, że promocja potrwa do niedzieli.`;
    expect(starting(quotes(text, 'pl'), 'promocja potrwa')?.speaker).toBe('Ministerstwo');
  });

  it('`Opponents of the project described the outcome as "…"` names the opponents', () => {
    const text = `Airport\n\n${enLead}Opponents of the project described the outcome as "incredibly disappointing" but insisted there "remains real doubt" about the runway.`;
    expect(starting(quotes(text, 'en'), 'incredibly')?.speaker).toBe('Opponents of the project');
  });
});

describe('`czytamy w raporcie` with no owner named', () => {
  it('the institution that published the report owns it, and `– dodano` goes on with it', () => {
    const text = `Ceny\n\n${plLead}GUS opublikował nowy raport o cenach. "Inflacja spada od trzech miesięcy" – czytamy w raporcie.\n\n"Ceny paliw rosną" – dodano.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Inflacja spada')?.speaker).toBe('GUS');
    expect(starting(qs, 'Ceny paliw')?.speaker).toBe('GUS');
  });

  it('…or the group that spoke last, a paragraph before', () => {
    const text = `Rynek pracy\n\n${plLead}Autorzy opracowania wskazują, że liczba ofert pracy spada od czerwca.\n\n"Ścieżka z 2025 roku biegnie wyraźnie poniżej ścieżek z lat ubiegłych" – czytamy w raporcie.`;
    expect(starting(quotes(text, 'pl'), 'Ścieżka z 2025')?.speaker).toBe('Autorzy opracowania');
  });
});

describe('English forecasts and hints', () => {
  it('`The IMF expects that the economy will contract …` reports the forecast', () => {
    const text = `Economy\n\n${enLead}The IMF expects that the economy will contract by 3.5% this year.`;
    expect(starting(quotes(text, 'en'), 'the economy will')?.speaker).toBe('IMF');
  });

  it('`Mori hinted strongly last month that …`: adverbs and a time between the verb and `that`', () => {
    const text = `Japan\n\n${enLead}Yoshiro Mori hinted strongly last month that he would step down soon.`;
    expect(starting(quotes(text, 'en'), 'he would step down')?.speaker).toBe('Yoshiro Mori');
  });

  it('guard: `investors who had expected that …`, `expects to hire` and `the expected rise` report nothing', () => {
    const text = `Bank\n\n${enLead}The news unnerved investors who had expected that Hester would stay. The company expects to hire 500 people. The expected rise in prices did not come.`;
    expect(quotes(text, 'en')).toEqual([]);
  });
});

describe('`Air Lines` closes a company’s name', () => {
  it('`one day after Delta Air Lines said it will furlough …`', () => {
    const text = `Airlines\n\n${enLead}American's announcement comes one day after Delta Air Lines said it will furlough 1,941 pilots in October.`;
    expect(starting(quotes(text, 'en'), 'it will furlough')?.speaker).toBe('Delta Air Lines');
  });

  it('guard: lower-case `lines` is no institution (`the front lines said nothing`)', () => {
    const text = `War\n\n${enLead}Soldiers on the front lines said they had no ammunition left.`;
    expect(starting(quotes(text, 'en'), 'they had no')?.speaker).toBe('Soldiers');
  });
});

describe('regressions found on final70 after it was scored', () => {
  it('guard: `W komunikacie spółki czytamy, że …` keeps the document owner as the source', () => {
    const text = `Sklepy\n\n${plLead}W komunikacie spółki czytamy, że działania obejmują m.in. przebudowę placówek.`;
    expect(starting(quotes(text, 'pl'), 'działania obejmują')).toBeDefined();
  });

  it('guard: `– Firma powinna …` names no company `Firma powinna`', () => {
    const text = `Sklepy\n\n${plLead}– Firma powinna w sposób odpowiedzialny podejść do sytuacji – mówi Paweł Skowron.`;
    expect(starting(quotes(text, 'pl'), 'Firma powinna')?.speaker).toBe('Paweł Skowron');
  });
});

describe('a public figure’s surname with a title the figure never held', () => {
  it('`Governor Cooper said …` is not the British minister Yvette Cooper', () => {
    const text = `Hurricane\n\n${enLead}The storm made landfall, Governor Cooper said during a press conference.\n\n"It's getting worse," Cooper said.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, "It's getting worse")?.speaker).toBe('Cooper');
  });

  it('guard: `premier Tusk` is still Donald Tusk', () => {
    const text = `Rząd\n\n${plLead}Premier Tusk powiedział, że rząd przyjmie ustawę w piątek.`;
    expect(starting(quotes(text, 'pl'), 'rząd przyjmie')?.speaker).toBe('Donald Tusk');
  });
});

describe('a Polish name seen only in the genitive', () => {
  it('`czytamy na stronie Biedronki` beside `Biedronkę` names Biedronka', () => {
    const text = `Ceny\n\n${plLead}Lidl atakuje Biedronkę. "Ceny są jednolite" – czytamy na stronie Biedronki.`;
    expect(starting(quotes(text, 'pl'), 'Ceny są')?.speaker).toBe('Biedronka');
  });
});

describe('questions: the second person by language', () => {
  it('guard: an English rhetorical question with `was` stays (`“How was this allowed to happen?”`)', () => {
    const text = `Inquiry\n\n${enLead}"How was this allowed to happen?" the MP Jane Cole asked.`;
    expect(starting(quotes(text, 'en'), 'How was this')?.speaker).toBe('Jane Cole');
  });
});
