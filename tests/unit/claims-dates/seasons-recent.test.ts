import { describe, expect, it } from 'vitest';
import { datePairs } from './date-pairs';
import { resolveSpec, parseAnchor, type TemporalSpec } from '../../../shared/claims/timex';

const pairs = datePairs;

describe('English seasons name a time, not a thing', () => {
  it.each([
    ['The talks will resume in the spring.', '2019-01-15', [['spring', '2019-SP']]],
    ['Prices rose sharply this fall.', '2019-10-20', [['this fall', '2019-FA']]],
    ['The minister will visit next summer.', '2019-07-01', [['next summer', '2020-SU']]],
    ['The minister will visit next summer.', '2019-01-10', [['next summer', '2019-SU']]],
    ['Schools closed for weeks last winter.', '2019-07-01', [['last winter', '2018-WI']]],
    ['Tourism collapsed last summer.', '2019-10-05', [['last summer', '2019-SU']]],
    ['The band returns in early fall to tour Canada.', '2019-03-01', [['early fall', '2019-FA']]],
    ['Late spring brought a drought.', '2019-10-01', [['Late spring', '2019-SP']]],
    ['The plant will be finished by autumn, the company said.', '2019-02-01', [['autumn', '2019-FA']]],
    ['They spent the summer of 2019 touring Europe.', '2021-05-01', [['summer of 2019', '2019-SU']]],
    ['Rehearsals for the spring tour begin in May.', '2019-03-01', [['spring', '2019-SP'], ['May', '2019-05']]],
    ['The fall concert series was cancelled.', null, [['fall', 'XXXX-FA']]],
    ['Elections are expected in the autumn.', null, [['autumn', 'XXXX-FA']]],
  ] as const)('%s (%s)', (text, anchor, want) => {
    expect(pairs(text, 'en', anchor)).toEqual(want);
  });

  it.each([
    'Protests of the Arab Spring toppled the government.',
    'He lectured on the Fall of Rome.',
    'She bought a winter coat.',
    'Summer camp starts in June for most children.',
    'The children went to summer camp.',
    'Since the fall of the Berlin Wall, the city has grown.',
    'Analysts expect a fall in demand.',
    'Officials urged people to stay vigilant in summer when diseases often break out.',
  ])('no season in %s', (text) => {
    expect(pairs(text, 'en', '2019-05-10').filter(([, v]) => /-(?:SP|SU|FA|WI)$/.test(v))).toEqual([]);
  });
});

describe('Polish seasons in the cases news uses', () => {
  it.each([
    ['Remont skończy się do lata.', '2019-03-10', [['lata', '2019-SU']]],
    ['Zeszłego lata w Bałtyku zakwitły sinice.', '2019-05-10', [['Zeszłego lata', '2018-SU']]],
    ['Tego lata ruch na lotnisku był rekordowy.', '2019-09-10', [['Tego lata', '2019-SU']]],
    ['Szkoła zostanie otwarta od lata 2020 r.', '2019-09-10', [['lata 2020 r.', '2020-SU']]],
    ['Na lato zaplanowano remont mostu.', '2019-03-10', [['lato', '2019-SU']]],
    ['Wybory odbędą się późną jesienią.', '2019-05-10', [['późną jesienią', '2019-FA']]],
    ['Prace potrwają do późnej jesieni.', '2019-05-10', [['późnej jesieni', '2019-FA']]],
    ['Wczesną wiosną rzeka wylała.', '2019-10-10', [['Wczesną wiosną', '2019-SP']]],
    ['Ubiegłej zimy zabrakło węgla.', '2019-03-10', [['Ubiegłej zimy', '2018-WI']]],
    ['Przyszłej wiosny ruszy budowa.', '2019-05-10', [['Przyszłej wiosny', '2020-SP']]],
  ] as const)('%s (%s)', (text, anchor, want) => {
    expect(pairs(text, 'pl', anchor)).toEqual(want);
  });

  it.each([
    'Przez lata nikt tego nie sprawdzał.',
    'Budżet na lata 2021–2027 przyjęto bez zmian.',
    'Grzegorz Lato był prezesem związku.',
  ])('no season in %s', (text) => {
    expect(pairs(text, 'pl', '2019-05-10').filter(([, v]) => /-(?:SP|SU|FA|WI)$/.test(v))).toEqual([]);
  });
});

describe('Polish `sprzed …` counts back like `… temu`', () => {
  it.each([
    // Same values as `rok temu`, `miesiąc temu`, `tydzień temu`: a year back is the year (no
    // month), a month back the month, a week back the week (round 25; before, the day seven days before).
    ['W porównaniu z cenami sprzed roku paliwo jest droższe.', '2019-05-10', [['sprzed roku', '2018']]],
    ['Ceny sprzed miesiąca były niższe.', '2019-05-10', [['sprzed miesiąca', '2019-04']]],
    ['Dane sprzed tygodnia okazały się błędne.', '2019-05-10', [['sprzed tygodnia', '2019-W18']]],
    ['Nagranie sprzed dwóch lat wróciło do sieci.', '2019-05-10', [['sprzed dwóch lat', '2017']]],
    ['Sondaż sprzed 3 miesięcy dawał mu 20 proc.', '2019-05-10', [['sprzed 3 miesięcy', '2019-02']]],
    ['Ceny sprzed roku były niższe.', '2019-05', [['sprzed roku', '2018']]],
    ['Ceny sprzed roku były niższe.', null, [['sprzed roku', 'XXXX']]],
    ['To zdjęcie sprzed roku 1989 pokazuje rynek.', '2019-05-10', [['roku 1989', '1989']]],
  ] as const)('%s (%s)', (text, anchor, want) => {
    expect(pairs(text, 'pl', anchor)).toEqual(want);
  });

  it('leaves a bare plural vague (`sprzed lat`: TIMEX3 `PAST_REF` since round 25)', () => {
    expect(pairs('Zdjęcia sprzed lat trafiły do muzeum.', 'pl', '2019-05-10')).toEqual([['sprzed lat', 'PAST_REF']]);
  });
});

describe('Polish `ostatni tydzień` is the week up to the article date', () => {
  it.each([
    ['Cena w ciągu ostatniego tygodnia wzrosła o 2 grosze.', '2019-05-10', [['ostatniego tygodnia', '2019-W18']]],
    ['Na przestrzeni ostatniego tygodnia odnotowano podwyżki.', '2019-05-10', [['ostatniego tygodnia', '2019-W18']]],
    ['W ostatnim tygodniu ceny spadły.', '2019-05-10', [['ostatnim tygodniu', '2019-W18']]],
    ['Przez ostatni tydzień padało.', '2019-05-10', [['ostatni tydzień', '2019-W18']]],
    // A month-only anchor: the seven days before it lie in that month.
    ['Cena w ciągu ostatniego tygodnia wzrosła.', '2019-05', [['ostatniego tygodnia', '2019-05']]],
    ['Cena w ciągu ostatniego tygodnia wzrosła.', null, [['ostatniego tygodnia', 'XXXX-WXX']]],
  ] as const)('%s (%s)', (text, anchor, want) => {
    expect(pairs(text, 'pl', anchor)).toEqual(want);
  });

  it('is not the last week of a period named after it', () => {
    expect(pairs('W ostatnim tygodniu lipca padało.', 'pl', '2019-08-20')).toEqual([['lipca', '2019-07']]);
    expect(pairs('W ostatnim tygodniu kampanii kandydaci przyspieszyli.', 'pl', '2019-05-10')).toEqual([]);
    expect(pairs('W ostatnim tygodniu przed wyborami panowała cisza.', 'pl', '2019-05-10')).toEqual([]);
  });

  it('keeps `ubiegły tydzień` the calendar week before', () => {
    expect(pairs('W ubiegłym tygodniu ceny spadły.', 'pl', '2019-05')).toEqual([['ubiegłym tygodniu', 'XXXX-WXX']]);
  });
});

describe('season steps (`next`, `last`) and year offsets', () => {
  const r = (sp: TemporalSpec, anchor: string | null): string => resolveSpec(sp, parseAnchor(anchor), null);
  it.each([
    // `next` counts from the first season beginning after the anchor month, `last` from the last one
    // that ended before it.
    [{ t: 'season', s: 'SU', n: 1 }, '2019-07-01', '2020-SU'],
    [{ t: 'season', s: 'SU', n: 1 }, '2019-05-31', '2019-SU'],
    [{ t: 'season', s: 'WI', n: 1 }, '2019-01-15', '2019-WI'],
    [{ t: 'season', s: 'SU', n: -1 }, '2019-08-15', '2018-SU'],
    [{ t: 'season', s: 'SU', n: -1 }, '2019-09-15', '2019-SU'],
    [{ t: 'season', s: 'WI', n: -1 }, '2019-03-15', '2018-WI'],
    [{ t: 'season', s: 'SP', n: -2 }, '2019-07-01', '2018-SP'],
    [{ t: 'season', s: 'SP', n: 1 }, '2019', '2020-SP'],
    [{ t: 'season', s: 'FA', n: -1 }, null, 'XXXX-FA'],
    // `jesienią przyszłego roku` in January: the anchor year's + 1, not the next autumn.
    [{ t: 'season', s: 'FA', yOff: 1 }, '2022-01-12', '2023-FA'],
    [{ t: 'week', n: -1, recent: true }, '2019', '2019'],
  ] as const)('%j at %s → %s', (sp, anchor, want) => {
    expect(r(sp as TemporalSpec, anchor)).toBe(want);
  });
});

describe('an hour of the evening or afternoon is after noon', () => {
  it.each([
    ['Spotkanie zaczęło się w piątek o godz. 8 wieczorem.', 'pl', [['piątek', '2024-09-20'], ['godz. 8 wieczorem', '2024-09-20T20:00']]],
    ['Pociąg odjechał o godz. 3 po południu.', 'pl', [['godz. 3 po południu', '2024-09-22T15:00']]],
    ['Akcja trwała od godz. 11 rano.', 'pl', [['godz. 11 rano', '2024-09-22T11:00']]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang, '2024-09-22')).toEqual(want);
  });
});
