import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the twenty-second round of real-news attribution rules (2026-11-24, twenty-first
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const plLead = 'Zarząd związku zebrał się w poniedziałek w Warszawie.\n\n';

describe('a Polish dash tail closing a whole paragraph', () => {
  it('takes the paragraph back to its first sentence, three sentences before the tail', () => {
    const text = `Raport\n\n${plLead}Trener ma dwa tygodnie na złożenie raportu. Jego umowa obowiązuje do wiosny. Chciałbym szybko podjąć decyzję. Formalnie decyduje o tym zarząd - wyjaśnił prezes Jan Nowak.`;
    const q = starting(quotes(text, 'pl'), 'Trener ma dwa tygodnie');
    expect(q?.speaker).toBe('Jan Nowak');
    expect(q?.quote).toContain('Formalnie decyduje');
  });

  it('guard: not beyond the paragraph\'s first sentence into narration of an earlier paragraph', () => {
    const text = `Raport\n\n${plLead}Prezes Jan Nowak spotkał się z dziennikarzami.\n\nUmowa obowiązuje do wiosny. Formalnie decyduje o tym zarząd - wyjaśnił Nowak.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Prezes Jan Nowak spotkał')).toBeUndefined();
    expect(starting(qs, 'Umowa obowiązuje')?.speaker).toBe('Jan Nowak');
  });

  it('guard: four narrative sentences before the tail are not all taken', () => {
    const text = `Raport\n\n${plLead}Zespół przegrał trzy mecze. Kibice byli rozczarowani. Trener zwołał zebranie. Wszyscy przyszli na czas. Musimy grać lepiej - powiedział prezes Jan Nowak.`;
    const qs = quotes(text, 'pl');
    expect(starting(qs, 'Zespół przegrał')).toBeUndefined();
  });
});

describe('`uzupełnić` is a verb of saying', () => {
  it('as a dash tail (`- uzupełnił.`)', () => {
    const text = `Mecz\n\n${plLead}Prezes Jan Nowak ocenił, że gra nie była najlepsza.\n\nCzasami błędy były podyktowane ryzykiem - uzupełnił.`;
    const q = starting(quotes(text, 'pl'), 'Czasami błędy');
    expect(q?.speaker).toBe('Jan Nowak');
  });

  it('guard: `uzupełnił materiał dowodowy` says nothing', () => {
    const text = `Sąd\n\n${plLead}Sąd uzupełnił materiał dowodowy o opinię biegłego.`;
    expect(quotes(text, 'pl')).toEqual([]);
  });
});

describe('an English document speaks past its apposition', () => {
  const enLead = 'The regulator opened its inquiry on Tuesday.\n\n';
  it.each([
    ['The lawsuit, filed in federal court in New Jersey, alleges that Apple has monopoly power.', 'Apple has monopoly', 'lawsuit'],
    ['The report, published on Monday, said that prices rose sharply.', 'prices rose', 'report'],
    ['The complaint, which was filed on Monday, says that the company lied to investors.', 'the company lied', 'complaint'],
  ])('%s', (sentence, start, speaker) => {
    const q = starting(quotes(`Lawsuit\n\n${enLead}${sentence}`, 'en'), start);
    expect(q?.speaker).toBe(speaker);
  });

  it('guard: a named person after the apposition is still the speaker', () => {
    const q = starting(quotes(`Lawsuit\n\n${enLead}The company's founder, Jane Miller, said that the lawsuit had no merit.`, 'en'), 'the lawsuit had');
    expect(q?.speaker).toBe('Jane Miller');
  });
});

describe('an English bare clause after an adverbial set off by commas', () => {
  const enLead = 'The council met on Monday.\n\n';
  it.each([
    ['The BMA said, despite its strike announcement, it expected to meet the Health Secretary on Wednesday.', 'it expected to meet', 'BMA'],
    ['The minister said, however, the plan would go ahead next year.', 'the plan would go', 'minister'],
    ['Mayor John Smith said, after the meeting, the plan was dead and buried.', 'the plan was dead', 'John Smith'],
  ])('%s', (sentence, start, speaker) => {
    const q = starting(quotes(`Strike\n\n${enLead}${sentence}`, 'en'), start);
    expect(q?.speaker).toBe(speaker);
  });

  it('guard: no clause after the adverbial, no statement', () => {
    expect(quotes(`Strike\n\n${enLead}Mayor John Smith said, in the end, nothing at all.`, 'en')).toEqual([]);
  });
});

describe('Polish quantities of people agree with their verb in the past', () => {
  it.each([
    ['Większość analityków uznała, że stopy procentowe wkrótce spadną.', 'Większość analityków'],
    ['Wielu ekspertów uznało, że stopy procentowe wkrótce spadną.', 'Wielu ekspertów'],
    ['Kilku ekonomistów oceniło, że stopy procentowe wkrótce spadną.', 'Kilku ekonomistów'],
  ])('%s', (sentence, speaker) => {
    const q = starting(quotes(`Stopy\n\n${plLead}${sentence}`, 'pl'), 'stopy procentowe');
    expect(q?.speaker).toBe(speaker);
  });

  it('guard: in the present any form agrees (`Część ekspertów uważa`)', () => {
    const q = starting(quotes(`Stopy\n\n${plLead}Część ekspertów uważa, że stopy procentowe wkrótce spadną.`, 'pl'), 'stopy procentowe');
    expect(q?.speaker).toBe('Część ekspertów');
  });
});

describe('more Polish verbs of saying: `powtórzyć`, `odpisać`, `narzekać`', () => {
  it.each([
    ['Prezes Jan Nowak powtórzył, że ceny prądu nie wzrosną w przyszłym roku.', 'ceny prądu', 'Jan Nowak'],
    ['Prezes Jan Nowak odpisał dziennikarzom, że nie widzi potencjału w tym projekcie.', 'nie widzi potencjału', 'Jan Nowak'],
    ['Prezes Jan Nowak narzekał, że kursy autobusów są raz na godzinę.', 'kursy autobusów', 'Jan Nowak'],
  ])('%s', (sentence, start, speaker) => {
    const q = starting(quotes(`Ceny\n\n${plLead}${sentence}`, 'pl'), start);
    expect(q?.speaker).toBe(speaker);
  });

  it.each(['Zespół powtórzył sukces z ubiegłego roku.', 'Mieszkańcy narzekali na hałas przy ulicy.'])('guard: no content, no statement: %s', (sentence) => {
    expect(quotes(`Ceny\n\n${plLead}${sentence}`, 'pl')).toEqual([]);
  });
});

describe('a newspaper title as the subject of a verb of saying', () => {
  it.each([
    ['„Rzeczpospolita” ustaliła, że minister odejdzie z rządu w marcu.', 'minister odejdzie', 'Rzeczpospolita'],
    ['„Gazeta Wyborcza” pisze, że minister odejdzie z rządu w marcu.', 'minister odejdzie', 'Gazeta Wyborcza'],
  ])('%s', (sentence, start, speaker) => {
    const qs = quotes(`Rząd\n\n${plLead}${sentence}`, 'pl');
    expect(starting(qs, start)?.speaker).toBe(speaker);
    expect(qs.some((q) => q.quote === speaker)).toBe(false);
  });

  it('an English outlet named after its city (`The Washington Post reported that …`)', () => {
    const q = starting(quotes('Rząd\n\nThe council met on Monday.\n\nThe Washington Post reported that the minister would resign.', 'en'), 'the minister would');
    expect(q?.speaker).toBe('Washington Post');
  });

  it('guard: a short quotation before `powiedział` is still a quotation', () => {
    const q = starting(quotes(`Rząd\n\n${plLead}„Nie odejdę” – powiedział minister Jan Nowak.`, 'pl'), 'Nie odejdę');
    expect(q?.speaker).toBe('Jan Nowak');
  });
});

describe('a Polish denial whose content follows `, by`', () => {
  it.each([
    ['Prezes Anna Nowak stanowczo zaprzeczyła, by taka sytuacja miała miejsce.', 'taka sytuacja', 'Anna Nowak'],
    ['Prezes Jan Nowak wykluczył, aby firma została sprzedana inwestorowi.', 'firma została', 'Jan Nowak'],
  ])('%s', (sentence, start, speaker) => {
    expect(starting(quotes(`Firma\n\n${plLead}${sentence}`, 'pl'), start)?.speaker).toBe(speaker);
  });

  it('guard: `, by` after a verb that is not one of denying opens no statement (`przyszedł, by …`)', () => {
    expect(quotes(`Firma\n\n${plLead}Prezes Jan Nowak przyszedł, by firma została sprzedana inwestorowi.`, 'pl')).toEqual([]);
  });
});

describe('an English verb that also takes an object', () => {
  const enLead = 'The council met on Monday.\n\n';
  it.each([
    'Kaczynski conceded defeat after exit polls showed his party had taken about 30 per cent.',
    'The company confirmed plans that would cut 500 jobs.',
  ])('has no content clause in its object: %s', (sentence) => {
    expect(quotes(`Vote\n\n${enLead}${sentence}`, 'en')).toEqual([]);
  });

  it('guard: a subject with a relative clause still opens an `As … reported` statement', () => {
    const q = starting(quotes(`Vote\n\n${enLead}As the Daily News reported, a clinic that was meant to administer vaccines ran out of doses.`, 'en'), 'a clinic that');
    expect(q?.speaker).toBe('Daily News');
  });

  it('guard: `said people who live nearby were evacuated` is still a statement', () => {
    const q = starting(quotes(`Vote\n\n${enLead}Police said people who live nearby were evacuated.`, 'en'), 'people who live');
    expect(q?.speaker).toBe('Police');
  });
});

describe('more English verbs of saying: `specify`, `notify … that`, `fear`', () => {
  const enLead = 'The council met on Monday.\n\n';
  it.each([
    ['The health department specified that anybody can become infected.', 'anybody can', 'health department'],
    ['The company notified regulators this week that it expects a loss of $800 million.', 'it expects', 'company'],
    ['Health experts fear the virus could change into a form easily transmitted.', 'the virus could', 'Health experts'],
  ])('%s', (sentence, start, speaker) => {
    expect(starting(quotes(`Virus\n\n${enLead}${sentence}`, 'en'), start)?.speaker).toBe(speaker);
  });

  it.each(['Residents fear the worst after the storm.', 'Fears of a recession grew on Monday.'])('guard: no clause, no statement: %s', (sentence) => {
    expect(quotes(`Virus\n\n${enLead}${sentence}`, 'en')).toEqual([]);
  });
});

describe('the author of an English document after `by`/`from`', () => {
  const enLead = 'The council met on Monday.\n\n';
  it('`A report by the World Bank indicated that …` is the bank\'s', () => {
    expect(starting(quotes(`Growth\n\n${enLead}A report by the World Bank indicated that growth would slow.`, 'en'), 'growth would')?.speaker).toBe('World Bank');
  });

  it('guard: a title of an institution is still the speaker (`A spokesman for the World Bank said that …`)', () => {
    expect(starting(quotes(`Growth\n\n${enLead}A spokesman for the World Bank said that growth would slow.`, 'en'), 'growth would')?.speaker).toBe('a spokesman for the World Bank');
  });
});

describe('an English apposition after a quotation may hold an acronym in brackets', () => {
  it('`“…,” David Reitze, executive director of the Laser Interferometer Gravitational-Wave Observatory (LIGO), said …`', () => {
    const text = 'Waves\n\nThe council met on Monday.\n\n“We have detected gravitational waves. We did it,” David Reitze, executive director of the Laser Interferometer Gravitational-Wave Observatory (LIGO), said at a news conference.';
    expect(starting(quotes(text, 'en'), 'We have detected')?.speaker).toBe('David Reitze');
  });
});

describe('an ampersand between capitals continues an acronym (`A&E`, `AT&T`)', () => {
  const enLead = 'The council met on Monday.\n\n';
  it('`the leader of Britain\'s A&E doctors, Cliff Mann, said` names Cliff Mann', () => {
    const text = `Winter\n\n${enLead}Health Secretary Jeremy Hunt spoke first.\n\nDescribing the figures as "a cause for grave concern", the leader of Britain's A&E doctors, Cliff Mann, said the winter would be hard.`;
    expect(starting(quotes(text, 'en'), 'a cause for grave')?.speaker).toBe('Cliff Mann');
  });

  it('`AT&T said on Monday that …` is the company\'s', () => {
    expect(starting(quotes(`Jobs\n\n${enLead}AT&T said on Monday that it would cut 500 jobs.`, 'en'), 'it would cut')?.speaker).toBe('AT&T');
  });

  it('guard: `Smith & Wesson` with spaces is still one name', () => {
    expect(starting(quotes(`Jobs\n\n${enLead}Smith & Wesson said that sales rose sharply.`, 'en'), 'sales rose')?.speaker).toBe('Smith & Wesson');
  });
});
