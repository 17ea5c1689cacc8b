import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../shared/claims/quantities';
import type { Language } from '../../../shared/sources';

type Row = [mention: string, value: number, unit: string, valueTo?: number];

function rows(text: string, lang: Language): Row[] {
  return findQuantities(text, lang).map((q) => {
    const r: Row = [q.mention, q.value, q.unit];
    if (q.valueTo !== undefined) r.push(q.valueTo);
    return r;
  });
}

describe('Polish quantities', () => {
  it.each([
    ['W wyniku ataku zginęło 385 zabitych.', [['385 zabitych', 385, 'zabitych']]],
    ['Do szpitali trafiło 1 700 rannych.', [['1 700 rannych', 1700, 'rannych']]],
    ['Do szpitali trafiło 1\u00a0700 rannych.', [['1\u00a0700 rannych', 1700, 'rannych']]],
    ['Miasto ma 3 800 000 mieszkańców.', [['3 800 000 mieszkańców', 3800000, 'mieszkańców']]],
    ['Protestowało 10 tys. osób.', [['10 tys. osób', 10000, 'osób']]],
    ['Budżet programu to 2,5 mln zł.', [['2,5 mln zł', 2500000, 'PLN']]],
    ['Kontrakt wart jest 3 mld dolarów.', [['3 mld dolarów', 3e9, 'USD']]],
    ['Bilet kosztuje 200 €.', [['200 €', 200, 'EUR']]],
    ['Inflacja wyniosła 5 proc.', [['5 proc.', 5, '%']]],
    ['Bezrobocie spadło do 5%.', [['5%', 5, '%']]],
    ['Poparcie wzrosło o 2,5 pkt proc.', [['2,5 pkt proc.', 2.5, 'pp']]],
    ['Na miejscu było około 300 osób.', [['około 300 osób', 300, 'osób']]],
    ['W marszu szło ponad 20 tysięcy.', [['ponad 20 tysięcy', 20000, '']]],
    ['Zatrzymano od 10 do 15 osób.', [['od 10 do 15 osób', 10, 'osób', 15]]],
    ['Zatrzymano 10-15 osób.', [['10-15 osób', 10, 'osób', 15]]],
    ['Koszt wyniesie 2-3 mln zł.', [['2-3 mln zł', 2e6, 'PLN', 3e6]]],
    ['Bilety kosztują od 500 do 2 tys. zł.', [['od 500 do 2 tys. zł', 500, 'PLN', 2000]]],
    ['Zginęło 20 polskich żołnierzy.', [['20 polskich żołnierzy', 20, 'polskich żołnierzy']]],
    ['Zginęło dwóch żołnierzy.', [['dwóch żołnierzy', 2, 'żołnierzy']]],
    ['Pomoc objęła półtora miliona osób.', [['półtora miliona osób', 1.5e6, 'osób']]],
    ['Liczba ofiar wzrosła do 385.', [['385', 385, '']]],
    ['Zginęło 385 osób, a 1 700 zostało rannych.', [['385 osób', 385, 'osób'], ['1 700 zostało rannych', 1700, 'rannych']]],
    ['Zginęło około 385 Palestyńczyków.', [['około 385 Palestyńczyków', 385, 'Palestyńczyków']]],
    ['Woda podniosła się o 62 cm.', [['62 cm', 62, 'cm']]],
    ['Przepływ wynosi 1900 m³/s.', [['1900 m³/s', 1900, 'm³/s']]],
  ] as const)('%s', (text, want) => expect(rows(text, 'pl')).toEqual(want));

  it('records the qualifier', () => {
    const [q] = findQuantities('Na miejscu było około 300 osób.', 'pl');
    expect(q.qualifier).toBe('approx');
    expect(findQuantities('Protestowało ponad 20 tys. osób.', 'pl')[0].qualifier).toBe('over');
    expect(findQuantities('Zginęło co najmniej 180 tysięcy ludzi.', 'pl')[0]).toMatchObject({ value: 180000, unit: 'ludzi', qualifier: 'atLeast' });
  });

  // Polish Wikinews (CC BY 2.5, Wikinews contributors; KPWr corpus).
  it('corpus sentence: casualty figures', () => {
    const text = 'Od początku izraelskiej operacji zginęło dotychczas około 385 Palestyńczyków w tym 60 cywili (wg ONZ), a ponad 1 700 zostało rannych.';
    expect(rows(text, 'pl')).toEqual([
      ['około 385 Palestyńczyków', 385, 'Palestyńczyków'],
      ['60 cywili', 60, 'cywili'],
      ['ponad 1 700 zostało rannych', 1700, 'rannych'],
    ]);
  });
});

describe('English quantities', () => {
  it.each([
    ['The plan is worth $3 billion.', [['$3 billion', 3e9, 'USD']]],
    ['About 1.5 million people fled.', [['About 1.5 million people', 1.5e6, 'people']]],
    ['The club paid €200m for him.', [['€200m', 2e8, 'EUR']]],
    ['The fund holds US$5bn.', [['US$5bn', 5e9, 'USD']]],
    ['More than 3,000 people attended.', [['More than 3,000 people', 3000, 'people']]],
    ['Turnout was 58 percent.', [['58 percent', 58, '%']]],
    ['Rates rose by 0.5 percentage points.', [['0.5 percentage points', 0.5, 'pp']]],
    ['Between 10 and 15 soldiers were killed.', [['Between 10 and 15 soldiers', 10, 'soldiers', 15]]],
    ['Two soldiers died.', [['Two soldiers', 2, 'soldiers']]],
    ['The project cost £1.2 million.', [['£1.2 million', 1.2e6, 'GBP']]],
    ['The death toll reached 385.', [['385', 385, '']]],
    ['At least 20 people were injured.', [['At least 20 people', 20, 'people']]],
    ['Between 10 and 15 million people voted.', [['Between 10 and 15 million people', 10e6, 'people', 15e6]]],
    ['Inflation rose from 5 to 7 percent.', [['5', 5, ''], ['7 percent', 7, '%']]],
    ['Police said 35 were arrested and 3,000 have been evacuated.', [['35 were arrested', 35, 'arrested'], ['3,000 have been evacuated', 3000, 'evacuated']]],
  ] as const)('%s', (text, want) => expect(rows(text, 'en')).toEqual(want));
});

describe('numbers that are not quantities', () => {
  it.each([
    ['pl', 'Ukraina dostanie samoloty F-16.'],
    ['pl', 'Liczba zakażeń COVID-19 rośnie.'],
    ['pl', 'Szczyt G7 odbędzie się w Niemczech.'],
    ['pl', 'Ustawa weszła w życie w 2022 r.'],
    ['pl', 'Spotkanie zaczyna się o godz. 12.'],
    ['pl', 'Spotkanie zaczyna się o 12:30.'],
    ['pl', 'Zawodnik zajął 2. miejsce.'],
    ['pl', 'Zgodnie z art. 5 traktatu sojusznicy pomogą.'],
    ['pl', 'Informacje pod numerem tel. 22 123 45 67.'],
    ['pl', 'Boeing 737 rozbił się pod Moskwą.'],
    ['pl', 'Spotkanie odbędzie się 12 stycznia 2022 r.'],
    ['pl', 'Terri Schiavo, 41, zmarła na Florydzie.'],
    ['pl', 'Mecz zakończył się wynikiem 2:1.'],
    ['pl', 'Wprowadzono 5-letni plan i 10-osobową komisję.'],
    ['pl', 'Aleja Trzech Wieszczów została zalana.'],
    ['en', 'The F-16 jets and COVID-19 vaccines arrived.'],
    ['en', 'She finished 2nd in the race.'],
    ['en', 'Call 555-123-4567 for details.'],
    ['en', 'The law was passed in 2021.'],
    ['en', 'One of them was arrested.'],
    ['en', 'Flight MH17 was shot down over Ukraine.'],
  ] as const)('%s: %s', (lang, text) => expect(rows(text, lang)).toEqual([]));

  it('skips the metadata header date', () => {
    expect(rows(' date 2022-01 Protestowało 300 osób.', 'pl')).toEqual([['300 osób', 300, 'osób']]);
    expect(rows('2005-03-31: Zginęło 51 osób\n\nTreść.', 'pl')).toEqual([['51 osób', 51, 'osób']]);
  });

  it('offsets match the mention', () => {
    const text = 'Zginęło 385 osób, a 1 700 zostało rannych; budżet to 2,5 mln zł.';
    for (const q of findQuantities(text, 'pl')) expect(text.slice(q.start, q.end)).toBe(q.mention);
  });
});
