import { describe, expect, it } from 'vitest';
import { datePairs } from './date-pairs';

const pairs = datePairs;

describe('the first end of a range takes the year of the second', () => {
  it.each([
    ['pl', 'Konferencje od lutego do lipca 2023 r. były comiesięczne.', [['lutego', '2023-02'], ['lipca 2023 r.', '2023-07']]],
    ['pl', 'Komendant walczącej Warszawy z sierpnia i września 1944 r.', [['sierpnia', '1944-08'], ['września 1944 r.', '1944-09']]],
    ['pl', 'Chodzi o okres od początku stycznia do końca września 2025 roku.', [['stycznia', '2025-01'], ['września 2025 roku', '2025-09']]],
    ['pl', 'Od listopada do lutego 2023 r. było zimno.', [['listopada', '2022-11'], ['lutego 2023 r.', '2023-02']]],
    ['en', 'Output fell from February to July 2019.', [['February', '2019-02'], ['July 2019', '2019-07']]],
    ['en', 'Sales rose between March and May 2020.', [['March', '2020-03'], ['May 2020', '2020-05']]],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(pairs(text, lang, '2023-11-09')).toEqual(want);
  });

  it.each([
    // (Not across a sentence or another word: each keeps its own reading.)
    ['pl', 'W lutym spadło. Do lipca 2021 r. nic się nie zmieni.', '2023-02'],
    ['en', 'In February, prices fell; analysts compared them with July 2019.', '2023-02'],
  ] as const)('guard: %s: %s', (lang, text, first) => {
    expect(pairs(text, lang, '2023-11-09')[0][1]).toBe(first);
  });
});

describe('a day with `last year`, `this year`, `next year`', () => {
  it.each([
    ['The pipe overflowed on the evening of September 13 last year.', [['September 13 last year', '2005-09-13']]],
    ['The plant reopens on March 2 next year.', [['March 2 next year', '2007-03-02']]],
    ['The law took effect on January 1 this year.', [['January 1 this year', '2006-01-01']]],
  ] as const)('%s', (text, want) => {
    expect(pairs(text, 'en', '2006-10-20')).toEqual(want);
  });
});

describe('Polish past forms with a consonant before ł set the tense', () => {
  it.each([
    ['Prokuratura wniosła o uchylenie immunitetu w lutym.', '2020-10-12', [['lutym', '2020-02']]],
    ['Do wypadku doszło w styczniu.', '2020-10-20', [['styczniu', '2020-01']]],
    ['Inflacja wzrosła w lutym do 5 proc.', '2020-11-01', [['lutym', '2020-02']]],
    ['Poseł zmarł w marcu.', '2020-12-01', [['marcu', '2020-03']]],
  ] as const)('%s', (text, anchor, want) => {
    expect(pairs(text, 'pl', anchor)).toEqual(want);
  });

  it('guard: a noun in -sła (`posła`) is no past verb', () => {
    expect(pairs('Wniosek posła rozpatrzymy w lutym.', 'pl', '2020-12-01')).toEqual([['lutym', '2021-02']]);
  });
});
