import { describe, expect, it } from 'vitest';
import { datePairs } from './date-pairs';

// Days and periods told from the narrative (`dzień wcześniej`, `the next day`, `tego samego dnia`,
// `rok wcześniej`), quarters of the anchor (`koniec tego kwartału`) and weekends. Own sentences.
const pairs = datePairs;

// Anchor: Wednesday 2022-01-12 (ISO week 2022-W02, quarter 2022-Q1) unless stated otherwise.
const A = '2022-01-12';

describe('Polish day offsets count from the day named just before, else from the article date', () => {
  it.each([
    // No day named before: the article date.
    ['Poprzedniego dnia ostrzegano mieszkańców przed burzą.', A, [['Poprzedniego dnia', '2022-01-11']]],
    ['Dzień wcześniej rząd przyjął projekt.', A, [['Dzień wcześniej', '2022-01-11']]],
    ['Następnego dnia ruszyło śledztwo.', A, [['Następnego dnia', '2022-01-13']]],
    ['Nazajutrz ogłoszono żałobę narodową.', A, [['Nazajutrz', '2022-01-13']]],
    ['Sprawa wróciła na wokandę dnia następnego.', A, [['dnia następnego', '2022-01-13']]],
    ['Posłowie debatowali nad ustawą dzień przed.', A, [['dzień przed', '2022-01-11']]],
    ['Poprzedniej nocy spadło 20 cm śniegu.', A, [['Poprzedniej nocy', '2022-01-11']]],
    // A day named before in the paragraph: counted from it, in a chain.
    [
      'Rozmowy zaczęły się w poniedziałek 10 stycznia. Następnego dnia delegacje spotkały się ponownie, a dzień później podpisały porozumienie.',
      A,
      [['poniedziałek 10 stycznia', '2022-01-10'], ['Następnego dnia', '2022-01-11'], ['dzień później', '2022-01-12']],
    ],
    ['Minister przyleciał 3 stycznia, a dwa dni później wrócił do kraju.', A, [['3 stycznia', '2022-01-03'], ['dwa dni później', '2022-01-05']]],
    ['Spotkanie zaplanowano na 20 stycznia. Dzień wcześniej przylecą ministrowie.', A, [['20 stycznia', '2022-01-20'], ['Dzień wcześniej', '2022-01-19']]],
    // A clock time before the offset takes its day.
    ['Ulewa zaczęła się o godz. 22 poprzedniego dnia.', A, [['godz. 22', '2022-01-11T22:00'], ['poprzedniego dnia', '2022-01-11']]],
    // A day of another paragraph is not what `dzień wcześniej` counts from.
    ['Sąd ogłosił wyrok 5 stycznia.\n\nDzień wcześniej prokurator wycofał wniosek.', A, [['5 stycznia', '2022-01-05'], ['Dzień wcześniej', '2022-01-11']]],
  ] as const)('%s', (text, anchor, want) => expect(pairs(text, 'pl', anchor)).toEqual(want));

  it('`tego samego dnia` is the last day named anywhere before, else the article date', () => {
    expect(pairs('Sąd ogłosił wyrok 5 stycznia.\n\nTego samego dnia obrońca złożył apelację.', 'pl', A)).toEqual([
      ['5 stycznia', '2022-01-05'],
      ['Tego samego dnia', '2022-01-05'],
    ]);
    expect(pairs('Tego dnia padał deszcz.', 'pl', A)).toEqual([['Tego dnia', '2022-01-12']]);
    expect(pairs('W piątek zatrzymano podejrzanego. W tym samym dniu przeszukano jego dom.', 'pl', A)).toEqual([
      ['piątek', '2022-01-07'],
      ['tym samym dniu', '2022-01-07'],
    ]);
  });

  it('keeps values partial without an anchor', () => {
    expect(pairs('Dzień wcześniej ostrzegano mieszkańców.', 'pl', null)).toEqual([['Dzień wcześniej', 'XXXX-XX-XX']]);
    // A weekday of an unknown week: the day before is a Thursday of an unknown week.
    expect(pairs('W piątek wybuchł pożar. Dzień wcześniej ostrzegano mieszkańców.', 'pl', null)).toEqual([
      ['piątek', 'XXXX-WXX-5'],
      ['Dzień wcześniej', 'XXXX-WXX-4'],
    ]);
    expect(pairs('Protest zaczął się 1 marca, a nazajutrz objął całe miasto.', 'pl', null)).toEqual([
      ['1 marca', 'XXXX-03-01'],
      ['nazajutrz', 'XXXX-03-02'],
    ]);
  });

  it('with a month-only anchor a day known only to its month stays the month', () => {
    expect(pairs('Wczoraj doszło do wypadku. Dzień wcześniej padał śnieg.', 'pl', '2022-01')).toEqual([
      ['Wczoraj', '2022-01'],
      ['Dzień wcześniej', '2022-01'],
    ]);
  });

  it.each([
    'Posiedzenie przesunięto o dzień wcześniej.',
    'Wybory odbędą się rok wcześniej niż planowano.',
    'Dzień przed głosowaniem posłowie debatowali do późna.',
    'Każdego kolejnego dnia ceny rosły.',
    'W tygodniu poprzedzającym wybory obowiązuje cisza.',
  ])('not a day of the narrative: %s', (text) => expect(pairs(text, 'pl', A)).toEqual([]));
});

describe('Polish weeks, months and years told from the narrative', () => {
  it.each([
    ['W 2019 r. eksport wzrósł. Rok wcześniej spadł.', [['2019 r.', '2019'], ['Rok wcześniej', '2018']]],
    ['Rok wcześniej eksport spadł.', [['Rok wcześniej', '2021']]],
    ['Umowę podpisano 3 marca 2020 r. Dwa lata później ją wypowiedziano.', [['3 marca 2020 r.', '2020-03-03'], ['Dwa lata później', '2022']]],
    ['Premiera odbyła się w roku poprzedzającym festiwal.', [['roku poprzedzającym', '2021']]],
    ['W 2015 r. ogłoszono konkurs, a w poprzedzającym roku zebrano fundusze.', [['2015 r.', '2015'], ['poprzedzającym roku', '2014']]],
    ['W 2019 r. powstała spółka. W następnym roku zadebiutowała na giełdzie.', [['2019 r.', '2019'], ['następnym roku', '2020']]],
    ['W marcu 2021 r. ceny spadły, a miesiąc później wzrosły.', [['marcu 2021 r.', '2021-03'], ['miesiąc później', '2021-04']]],
    // A week after a week is a week; after a day, seven days.
    ['W ubiegłym tygodniu zachorowało 100 osób, a tydzień wcześniej 80.', [['ubiegłym tygodniu', '2022-W01'], ['tydzień wcześniej', '2021-W52']]],
    ['Most otwarto 10 stycznia, a tydzień później zamknięto.', [['10 stycznia', '2022-01-10'], ['tydzień później', '2022-01-17']]],
  ] as const)('%s', (text, want) => expect(pairs(text, 'pl', A)).toEqual(want));

  it('keeps the year unknown without an anchor', () => {
    expect(pairs('Rok wcześniej eksport spadł.', 'pl', null)).toEqual([['Rok wcześniej', 'XXXX']]);
  });
});

describe('Polish quarters of the anchor', () => {
  it.each([
    ['Inflacja zacznie spadać pod koniec tego kwartału.', '2023-02', [['koniec tego kwartału', '2023-Q1']]],
    ['Zarząd przedstawi plan do końca kwartału.', A, [['końca kwartału', '2022-Q1']]],
    ['W tym kwartale PKB wzrośnie.', '2022-05-20', [['tym kwartale', '2022-Q2']]],
    ['W kwartale bieżącym sprzedaż wzrośnie.', A, [['kwartale bieżącym', '2022-Q1']]],
    ['Wyniki za poprzedni kwartał były słabe.', A, [['poprzedni kwartał', '2021-Q4']]],
    ['W przyszłym kwartale ruszy produkcja.', '2022-11-02', [['przyszłym kwartale', '2023-Q1']]],
    ['Do końca przyszłego miesiąca rząd przyjmie ustawę.', A, [['końca przyszłego miesiąca', '2022-02']]],
    // An ordinal quarter is still the quarter it names.
    ['W ostatnim kwartale sprzedaż wzrosła.', '2022-11-02', [['ostatnim kwartale', '2022-Q4']]],
  ] as const)('%s', (text, anchor, want) => expect(pairs(text, 'pl', anchor)).toEqual(want));

  it('keeps the quarter unknown without an anchor', () => {
    expect(pairs('Zarząd przedstawi plan do końca kwartału.', 'pl', null)).toEqual([['końca kwartału', 'XXXX-QX']]);
  });
});

describe('English day offsets count from the day named just before, else from the article date', () => {
  it.each([
    ['The previous day, police had sealed off the square.', [['The previous day', '2022-01-11']]],
    ['He had spoken to the minister the day before, officials said.', [['the day before', '2022-01-11']]],
    ['Rebels seized the airport a day earlier.', [['a day earlier', '2022-01-11']]],
    ['The next day, the army withdrew.', [['The next day', '2022-01-13']]],
    ['The following morning, police found the car.', [['The following morning', '2022-01-13']]],
    ['The same day, the bank raised rates.', [['The same day', '2022-01-12']]],
    [
      'Talks began on Monday, January 10. The next day the delegations met again, and a day later they signed the accord.',
      [['Monday, January 10', '2022-01-10'], ['The next day', '2022-01-11'], ['a day later', '2022-01-12']],
    ],
    ['The storm hit at 10 p.m. the previous day.', [['10 p.m.', '2022-01-11T22:00'], ['the previous day', '2022-01-11']]],
    ['The court ruled on January 5.\n\nThe same day, the defence lodged an appeal.', [['January 5', '2022-01-05'], ['The same day', '2022-01-05']]],
    ['On Friday the army moved in. That day, 20 people died.', [['Friday', '2022-01-07'], ['That day', '2022-01-07']]],
    ['The plant opened on March 3, 2020. Two years later it closed.', [['March 3, 2020', '2020-03-03'], ['Two years later', '2022']]],
    ['The firm was founded in 2019. The following year it listed its shares.', [['2019', '2019'], ['The following year', '2020']]],
    ['Sales fell in 2019, after rising the year before.', [['2019', '2019'], ['the year before', '2018']]],
    ['Exports rose in 2021. A year earlier they had fallen.', [['2021', '2021'], ['A year earlier', '2020']]],
    ['The bridge closed on January 3 and reopened a week later.', [['January 3', '2022-01-03'], ['a week later', '2022-01-10']]],
  ] as const)('%s', (text, want) => expect(pairs(text, 'en', A)).toEqual(want));

  it('keeps values partial without an anchor', () => {
    expect(pairs('On Friday the army moved in. The same day, 20 people died.', 'en', null)).toEqual([
      ['Friday', 'XXXX-WXX-5'],
      ['The same day', 'XXXX-WXX-5'],
    ]);
    expect(pairs('The day before, he fled.', 'en', null)).toEqual([['The day before', 'XXXX-XX-XX']]);
    expect(pairs('A year earlier, prices rose.', 'en', null)).toEqual([['A year earlier', 'XXXX']]);
  });

  it.each([
    'He voted the day before the election.',
    'The vote was moved a day earlier than planned.',
    'Over the next day or two, rain will spread.',
  ])('not a day of the narrative: %s', (text) => expect(pairs(text, 'en', A)).toEqual([]));

  it('the end of the quarter is the anchor quarter', () => {
    expect(pairs('Revenue will recover by the end of the quarter.', 'en', '2023-02-10')).toEqual([['the end of the quarter', '2023-Q1']]);
    expect(pairs('Revenue will recover by the end of the quarter.', 'en', null)).toEqual([['the end of the quarter', 'XXXX-QX']]);
  });
});

describe('English weekends: the anchor week, the one just gone when told in the past', () => {
  it.each([
    ['Thousands will march this weekend.', A, [['this weekend', '2022-W02-WE']]],
    ['Thousands marched this weekend.', A, [['this weekend', '2022-W01-WE']]],
    // On a Sunday the weekend told in the past is the current one.
    ['Thousands marched this weekend.', '2022-01-16', [['this weekend', '2022-W02-WE']]],
    ['The weekend brought heavy snow.', A, [['The weekend', '2022-W01-WE']]],
    ['Fans are expected to gather over the weekend.', A, [['the weekend', '2022-W02-WE']]],
    // `could cause` is yet to come, though the reporting verb is past.
    ['Heavy rain could cause flooding through the weekend, forecasters said.', '2024-09-27', [['the weekend', '2024-W39-WE']]],
    ['The rally is planned for the weekend of March 12.', A, [['March 12', '2022-03-12']]],
  ] as const)('%s', (text, anchor, want) => expect(pairs(text, 'en', anchor)).toEqual(want));

  it('keeps the week unknown without an anchor', () => {
    expect(pairs('Fans will gather this weekend.', 'en', null)).toEqual([['this weekend', 'XXXX-WXX-WE']]);
    expect(pairs('Thousands marched over the weekend.', 'en', null)).toEqual([['the weekend', 'XXXX-WXX-WE']]);
  });

  it('a modal with a negation or a perfect is no future', () => {
    expect(pairs('The senator could not be reached on Friday, aides said.', 'en', A)).toEqual([['Friday', '2022-01-07']]);
    expect(pairs('Residents may have fled on Monday, police said.', 'en', A)).toEqual([['Monday', '2022-01-10']]);
  });
});

describe('abbreviated weekdays and years closing a quoted name', () => {
  it.each([
    ['Posted: Fri, March 4, 2022 by the desk.', 'en', [['Fri, March 4, 2022', '2022-03-04']]],
    ['Updated Tue. 11 January 2022 in the evening.', 'en', [['Tue. 11 January 2022', '2022-01-11']]],
    // Alone, or after `the`, an abbreviation is another word (a company, a newspaper).
    ['Sun Microsystems was sold.', 'en', []],
    ['The Sun, January 9, ran the story.', 'en', [['January 9', '2022-01-09']]],
    ['Visitors queued for "Expo 2020" tickets.', 'en', [['2020', '2020']]],
    ['Nagrody festiwalu „Jazz nad Odrą 2021” rozdano w Lublinie.', 'pl', [['2021', '2021']]],
    ['Zebrano „2000” podpisów.', 'pl', []],
  ] as const)('%s', (text, lang, want) => expect(pairs(text, lang, A)).toEqual(want));
});

describe('Polish tense cues', () => {
  it('a capitalised name inside a sentence is no past verb (`Rafał`)', () => {
    expect(pairs('Trener Rafał w sobotę, jak zapowiada klub, poprowadzi drużynę.', 'pl', A)).toEqual([['sobotę', '2022-01-15']]);
  });

  it('`czyli` is no past verb', () => {
    // 2026-01-09 is a Friday: a weekend told in the present is the coming one.
    expect(pairs('Prezes w ten weekend występuje w Zakopanem jako gospodarz, czyli organizator zawodów.', 'pl', '2026-01-09')).toEqual([
      ['ten weekend', '2026-W02-WE'],
    ]);
  });
});
