import { describe, expect, it } from 'vitest';
import { quotes, starting } from './helpers';

// Regression tests for the attribution rules added for real news (commits 50394e1..6fa4e4c).
// Every fixture is an invented news sentence written for these tests; each `it` checks one rule
// on a case the rule decides (the speaker or claim differs without it).

describe('speakers across paragraphs and quotations', () => {
  it('lets a paragraph-opening quotation without a verb continue the last speaker, not the last name', () => {
    const t = [
      'Detectives arrested a 34-year-old man in Leeds on Friday after a three-week search, said Insp Mark Holloway.',
      'Peter Dunn, who owns the flat, lives in Spain and rarely visits the city.',
      '"Fortunately for everyone, officers got there before anything could go wrong."',
    ].join('\n\n');
    const q = starting(quotes(t, 'en'), 'Fortunately');
    expect(q).toMatchObject({ speaker: 'Mark Holloway', direct: true });
  });

  it('looks back from the quotation start for a subject-less dash tail: names inside the quote are no candidates', () => {
    const t = 'Poseł Marek Zięba spotkał się w piątek z dziennikarzami w Sejmie.\n\n- Tomasz Wierzbicki nie rozumie, że ten projekt zrujnuje budżety gmin - podkreślił.';
    expect(quotes(t, 'pl').map((x) => [x.quote, x.speaker])).toEqual([['Tomasz Wierzbicki nie rozumie, że ten projekt zrujnuje budżety gmin', 'Marek Zięba']]);
  });

  it('looks back from the quotation start for a role mention in the tail (`– stwierdził polityk`)', () => {
    const t = 'Radny Jan Kowal złożył w piątek wniosek o sesję nadzwyczajną.\n\n- Starosta Piotr Lis od roku wiedział o problemie i nic nie zrobił - stwierdził polityk.';
    expect(quotes(t, 'pl')[0]).toMatchObject({ speaker: 'Jan Kowal', mention: 'polityk' });
  });

  it('resolves an epithet with a party complement to a person named a few sentences back', () => {
    const t = [
      'Spór o szpital powiatowy',
      'Radny Jan Kowal złożył w piątek wniosek o zwołanie sesji nadzwyczajnej. Sprawa dotyczy zamknięcia oddziału położniczego. Dyrekcja szpitala tłumaczy decyzję brakiem lekarzy.',
      '- Starosta Piotr Lis od roku wiedział o problemie i nic nie zrobił - stwierdził polityk Koalicji Obywatelskiej.',
    ].join('\n\n');
    expect(quotes(t, 'pl')[0]).toMatchObject({ speaker: 'Jan Kowal', mention: 'polityk Koalicji Obywatelskiej' });
    const u = t.replace('polityk Koalicji Obywatelskiej', 'polityk PSL');
    expect(quotes(u, 'pl')[0]).toMatchObject({ speaker: 'Jan Kowal' });
  });

  it('attributes an unmarked block quotation to the `— podkreślił X.` line under it', () => {
    const t = [
      'Prezes Izby Gospodarczej Meblarzy Jan Rudnicki przedstawił w czwartek w Poznaniu prognozy dla całej branży na najbliższe dwa lata.',
      'Eksport mebli spadnie w tym roku o jedną piątą. Firmy będą musiały szukać nowych rynków poza Unią Europejską\n— podkreślił Rudnicki.',
      'Według danych izby w branży pracuje obecnie ponad sto tysięcy osób.',
    ].join('\n\n');
    const q = quotes(t, 'pl');
    expect(q[0]).toMatchObject({ rule: 'quote.dash-tail', speaker: 'Jan Rudnicki' });
    expect(q[0].quote.startsWith('Eksport mebli spadnie')).toBe(true);
    expect(q[0].quote.endsWith('poza Unią Europejską')).toBe(true);
    expect(q.some((x) => x.quote.includes('podkreślił'))).toBe(false);
  });
});

describe('quotations left open', () => {
  it('ends a quotation left open before the next quoted paragraph at its paragraph end, with the colon speaker', () => {
    const t = 'Wyniki spółki\n\nPrezes spółki Adam Borowy napisał w liście do pracowników: „To był najtrudniejszy rok w historii firmy, ale przetrwaliśmy.\n\n„W przyszłym roku wrócimy do zysku i do podwyżek” – dodał Borowy.';
    expect(quotes(t, 'pl').map((x) => [x.quote, x.speaker])).toEqual([
      ['To był najtrudniejszy rok w historii firmy, ale przetrwaliśmy.', 'Adam Borowy'],
      ['W przyszłym roku wrócimy do zysku i do podwyżek', 'Adam Borowy'],
    ]);
  });

  it('ends a quotation left open by the end of an excerpt at the text end', () => {
    const t = 'Wyniki spółki\n\nPrezes spółki Adam Borowy napisał w liście do pracowników: „Nie zgodzimy się na takie warunki i odwołamy się od decyzji urzędu';
    expect(quotes(t, 'pl').map((x) => [x.quote, x.speaker])).toEqual([['Nie zgodzimy się na takie warunki i odwołamy się od decyzji urzędu', 'Adam Borowy']]);
  });
});

describe('names, titles and institutions', () => {
  it('equates an abbreviated honorific title with the full one (`Insp Wilson` = `Inspector Jim Wilson`)', () => {
    const t = [
      'Inspector Jim Wilson of Kent Police said a 41-year-old woman had been released on bail on Sunday.',
      'Her neighbour Carla Briggs had called the force after hearing shouting late at night.',
      '"We are still keen to hear from anyone who was in the area," said Insp Wilson.',
    ].join('\n\n');
    expect(starting(quotes(t, 'en'), 'We are still keen')?.speaker).toBe('Jim Wilson');
  });

  it('resolves `the company` / `the retailer` to the bare brand name that was the subject', () => {
    const t = 'On Monday, Halvorsen recalled about 20,000 electric kettles sold in Britain since March. The company said no injuries had been reported so far.';
    expect(quotes(t, 'en')[0]).toMatchObject({ speaker: 'Halvorsen', mention: 'company' });
    const u = 'By the end of the year, Brightwell will close 14 of its stores in Scotland. The retailer said about 600 jobs would be affected by the closures.';
    expect(quotes(u, 'en')[0]).toMatchObject({ speaker: 'Brightwell', mention: 'retailer' });
  });

  it('maps `szef państwa ukraińskiego` to the president named before, not to another official', () => {
    const t = [
      'Wizyta w Warszawie',
      'Prezydent Ukrainy Ołeh Marczenko przyleciał w poniedziałek do Warszawy. Na lotnisku powitał go minister spraw zagranicznych Tomasz Rybak, który towarzyszył mu przez cały dzień.',
      '- Potrzebujemy więcej systemów obrony powietrznej jeszcze przed zimą - powiedział szef państwa ukraińskiego.',
    ].join('\n\n');
    expect(quotes(t, 'pl')[0]).toMatchObject({ speaker: 'Ołeh Marczenko', mention: 'szef państwa ukraińskiego' });
  });

  it('reads three unknown name words after an English title as one East Asian name', () => {
    const t = 'Rice exports\n\nDeputy Prime Minister Pham Quoc Trung said on Friday that rice exports would rise by a tenth this year.';
    expect(quotes(t, 'en')[0].speaker).toBe('Pham Quoc Trung');
  });

  it('keeps the given name before a middle initial', () => {
    const t = 'Election count\n\nElection commissioner Anura H. Wickremasuriya said on Sunday that the count would take three days.';
    expect(quotes(t, 'en')[0].speaker).toBe('Anura H. Wickremasuriya');
  });

  it('names no holder after `of the` in an English title (`manager of the Harlow Brown branch`)', () => {
    const t = 'Bank branches\n\nThe manager of the Harlow Brown branch in Leeds said sales had doubled since the spring.';
    const q = quotes(t, 'en')[0];
    expect(q.speaker).not.toBe('Harlow Brown');
    expect(q.speaker).toContain('manager');
  });

  it('does not let he/she refer to a capitalised phrase that is no person', () => {
    const t = [
      'Navy reform',
      'Admiral Karen Holt took over the fleet in March. Under the reform, the Northern Command Structure will be merged with the southern one by 2027.',
      '"We are ready for this change, and the crews know it," she said.',
    ].join('\n\n');
    expect(quotes(t, 'en')[0]).toMatchObject({ speaker: 'Karen Holt', mention: 'she' });
  });

  it('keeps a two-word Polish rank (`sierż. sztab.`) inside the attribution', () => {
    const t = 'Wypadek pod Radomiem\n\n- Kierowca ciężarówki był trzeźwy i miał ważne uprawnienia - powiedział sierż. sztab. Marek Wolski z komendy w Radomiu.';
    expect(quotes(t, 'pl')[0].speaker).toBe('Marek Wolski');
  });
});

describe('what is not a statement', () => {
  it('skips captions and link lines (`READ:`, `FILE PHOTO:`) as page furniture', () => {
    const t = [
      'Finance Minister Lena Ortiz said on Tuesday that the deficit would shrink to 3% of GDP next year.',
      "READ: Ortiz: 'We will not raise taxes on working families this year'",
      'FILE PHOTO: Lena Ortiz told reporters the budget would be balanced by 2027, in Madrid, Spain, May 3, 2023.',
      'The opposition called the plan unrealistic.',
    ].join('\n\n');
    const q = quotes(t, 'en');
    expect(q.map((x) => x.quote)).toEqual(['the deficit would shrink to 3% of GDP next year']);
  });

  it('reads no dash-opened quotation in English (dash lines are lists)', () => {
    const t = [
      'Trade Minister Paul Okafor opened the summit in Geneva on Monday.',
      '- The talks will run until Friday and cover tariffs on steel.',
      '- Delegations from 20 countries have registered for the first session.',
    ].join('\n\n');
    expect(quotes(t, 'en')).toEqual([]);
    // The same layout in Polish is a quotation.
    const p = 'Minister handlu Paweł Okoń otworzył w poniedziałek szczyt w Genewie.\n\n- Rozmowy potrwają do piątku i obejmą cła na stal.';
    expect(quotes(p, 'pl').map((x) => x.rule)).toEqual(['quote.direct.dash']);
  });

  it('drops a journalist\'s question but keeps the answer', () => {
    const t = [
      'Minister finansów Ewa Lis spotkała się w piątek z dziennikarzami w Katowicach.',
      '- Czy rząd podniesie podatek VAT w przyszłym roku? - zapytał reporter lokalnego radia.',
      '- Nie ma takich planów, budżet jest stabilny - odpowiedziała minister.',
    ].join('\n\n');
    expect(quotes(t, 'pl').map((x) => [x.quote, x.speaker])).toEqual([['Nie ma takich planów, budżet jest stabilny', 'Ewa Lis']]);
    // (A question asked by someone in the story is their statement: who said what is what is checked.)
    const e = 'Councillor Tom Reeve spoke after the mayor. He asked: "Why has the bus depot still not been repaired after two years?"';
    expect(quotes(e, 'en').map((x) => x.speaker)).toEqual(['Tom Reeve']);
    const r = 'The minister arrived late. "Will taxes rise next year?" a journalist asked.';
    expect(quotes(r, 'en')).toEqual([]);
  });

  it('lets no speech verb inside a relative clause introduce a speaker', () => {
    const t = [
      'Spór o ustawę medialną',
      'Poseł Adam Mazur powiedział w środę, że projekt trzeba wycofać z Sejmu.',
      'Najwięcej zastrzeżeń budzą zapisy, które wiceminister Karol Brzeziński zapowiedział w zeszłym tygodniu.',
      '„To jest projekt pisany na kolanie, bez żadnych konsultacji.”',
    ].join('\n\n');
    expect(starting(quotes(t, 'pl'), 'To jest projekt')?.speaker).toBe('Adam Mazur');
    const e = [
      'Row over media bill',
      'Senator Tom Hale said on Monday that the bill should be withdrawn.',
      'Most objections concern the clauses which Treasury minister Karl Brenner announced last week.',
      '"This bill was written on the back of an envelope."',
    ].join('\n\n');
    expect(starting(quotes(e, 'en'), 'This bill')?.speaker).toBe('Tom Hale');
  });
});

describe('English wire attribution', () => {
  it('gives a participle clause (`…, told Xinhua, adding that …`) the person, not the outlet', () => {
    const t = 'The new rail link will halve travel times between the two capitals, Transport Minister Anan Wongsakul told Xinhua, adding that ticket prices would be capped for students.';
    const q = starting(quotes(t, 'en'), 'ticket prices');
    expect(q?.speaker).toBe('Anan Wongsakul');
  });

  it('names a plural role (`NHS leaders`, `Health ministers`) as a group, not a person holding that role', () => {
    const t = 'Council leader Frank Doyle opened the new library on Monday. NHS leaders have warned that hospitals in the region are close to capacity.';
    expect(starting(quotes(t, 'en'), 'hospitals')?.speaker).toBe('NHS leaders');
    const u = 'Health Minister Maria Quinn visited a hospital in Leeds on Monday. Health ministers from five countries warned that vaccine stocks were running low.';
    expect(starting(quotes(u, 'en'), 'vaccine stocks')?.speaker).toBe('Health ministers');
  });

  it('reads a tail title after a place (`…in Wadi Saleh, the spokesman said`)', () => {
    const t = 'Border clashes\n\nArmy spokesman Colonel David Amir said the patrol had come under fire shortly after midnight. Two soldiers were lightly wounded near the old customs post in Wadi Saleh, the spokesman said.';
    const q = starting(quotes(t, 'en'), 'Two soldiers');
    expect(q).toMatchObject({ speaker: 'David Amir', mention: 'spokesman', rule: 'quote.reported.tail' });
    expect(q!.quote.endsWith('in Wadi Saleh')).toBe(true);
  });

  it('does not read `a girl, the spokesman` as an indefinite (new) spokesman', () => {
    const t = 'Bus crash\n\nPolice spokesman Tom Reed said the bus had skidded on ice near Hexham. The only passenger taken to hospital was a girl, the spokesman said.';
    expect(starting(quotes(t, 'en'), 'The only passenger')?.speaker).toBe('Tom Reed');
  });

  it('keeps lower-case words before a tail title in the subject (`company spokeswoman Ingrid Dahl said`)', () => {
    const t = 'Recall\n\nThe affected batches were sold only in Sweden and Norway, company spokeswoman Ingrid Dahl said.';
    expect(quotes(t, 'en')[0]).toMatchObject({ quote: 'The affected batches were sold only in Sweden and Norway', speaker: 'Ingrid Dahl' });
  });

  it('an appeal is no claim in either language (`urged … to …`, `wezwał … do …`)', () => {
    // (Changed in round 26: English appeals are no claims — an appeal asserts no proposition, and none of the English appeals over final65–69 was annotated.)
    const t = 'Run-off vote\n\nOpposition leader Maria Santos urged her supporters to stay calm until the final results are published on Sunday.';
    expect(quotes(t, 'en')).toEqual([]);
    // (Changed in round 27: nor are Polish ones — none of the five produced over final65–71 was annotated.)
    const p = 'Powódź na Podkarpaciu\n\nWojewoda Marek Sowa wezwał mieszkańców nadrzecznych wsi do natychmiastowego opuszczenia domów.';
    expect(quotes(p, 'pl')).toEqual([]);
  });

  it('runs the statement on past a parenthetical `…, she said, …` to the sentence end', () => {
    const t = 'Markets\n\nAnalyst Jane Ferris of Corran Capital expects a volatile autumn. With interest rates still high, she said, smaller companies will struggle to refinance their debts next year.';
    const q = starting(quotes(t, 'en'), 'With interest rates');
    expect(q?.speaker).toBe('Jane Ferris');
    expect(q!.quote.endsWith('refinance their debts next year')).toBe(true);
  });

  it('resolves `the champion said` to the athlete just named', () => {
    const t = 'Tennis\n\nSwiss player Julia Brandt won the title in Rome on Sunday.\n\n"I never expected to win on clay," the champion said.';
    expect(quotes(t, 'en')[0]).toMatchObject({ speaker: 'Julia Brandt', mention: 'champion' });
  });
});
