import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';

// Round 32 (2026-11-25, thirty-first session). (`guard:` tests pass on the code before the round too.)
const pairs = (text: string, lang: 'pl' | 'en', date: string) => findDates(text, lang, date).map((d) => [d.mention, d.value]);

describe('Polish days said as ordinal words', () => {
  it('`od pierwszego lipca`', () => {
    expect(pairs('Od pierwszego lipca jest sezon ochronny na dorsza.', 'pl', '2022-05-10')).toEqual([['pierwszego lipca', '2022-07-01']]);
  });

  it('`dwudziestego piątego grudnia 2021 r.`, `trzydziestego pierwszego stycznia`', () => {
    expect(pairs('Spotkanie zaplanowano na dwudziestego piątego grudnia 2021 r., a wrócił trzydziestego pierwszego stycznia.', 'pl', '2022-05-10'))
      .toEqual([['dwudziestego piątego grudnia 2021 r.', '2021-12-25'], ['trzydziestego pierwszego stycznia', '2022-01-31']]);
  });

  it('guard: `drugiego rzędu` is no date', () => {
    expect(pairs('To był problem drugiego rzędu.', 'pl', '2022-05-10')).toEqual([]);
  });
});

describe('`ub. roku` after a date', () => {
  it('`30 listopada ub. roku` is one expression, last year', () => {
    expect(pairs('Rekord padł 30 listopada ub. roku.', 'pl', '2023-02-01')).toEqual([['30 listopada ub. roku', '2022-11-30']]);
  });
});

describe('Bare weekdays with no tense of their own', () => {
  it('`- Niedzielę warto spędzić z nami.` after `podejmie w niedzielę …`: the Sunday named before', () => {
    expect(pairs('Futsal Szczecin podejmie w niedzielę Dragon Bojano. - Niedzielę warto spędzić z nami.', 'pl', '2025-11-22')).toEqual([['niedzielę', '2025-11-23'], ['Niedzielę', '2025-11-23']]);
  });

  it('`will not run on Thursday` … `gridlock on Thursday`: English too', () => {
    expect(pairs('SNCF said 90 percent of trains will not run on Thursday. Paris is bracing for gridlock on Thursday.', 'en', '2019-12-03').map((p) => p[1])).toEqual(['2019-12-05', '2019-12-05']);
  });

  it('guard: with no weekday named before, a bare one is the last', () => {
    expect(pairs('- Niedzielę warto spędzić z nami.', 'pl', '2025-11-22')).toEqual([['Niedzielę', '2025-11-16']]);
  });
});

describe('Sports seasons', () => {
  it('`w tym sezonie`, `w przyszłym sezonie`, `sezonu następnego` are years from the article date', () => {
    expect(pairs('W tym sezonie gramy dobrze. W przyszłym sezonie będzie lepiej. Kontrakt do końca sezonu następnego.', 'pl', '2025-11-22'))
      .toEqual([['tym sezonie', '2025'], ['przyszłym sezonie', '2026'], ['końca sezonu następnego', '2026']]);
  });

  it('`this season`, `next season`, `last season`', () => {
    expect(pairs('This season has been hard. Next season will be better. He scored 20 goals last season.', 'en', '2025-11-22'))
      .toEqual([['This season', '2025'], ['Next season', '2026'], ['last season', '2024']]);
  });
});

describe('Race times and hyphenated adjectives', () => {
  it('`winning in 3:54.18`: minutes, seconds and hundredths are no clock time', () => {
    expect(pairs('She won on Saturday in 3:54.18. The race starts at 10:30.', 'en', '2025-06-10')).toEqual([['Saturday', '2025-06-07'], ['10:30', '2025-06-10T10:30']]);
  });

  it('`If Rovers defeat second-placed Bohemians on Friday, … will secure`: `second-placed` is no past verb', () => {
    expect(pairs('If Shamrock Rovers defeat second-placed Bohemians on Friday, and Derry City lose, the Hoops will secure a fifth title.', 'en', '2025-09-23')).toEqual([['Friday', '2025-09-26']]);
  });
});

describe('English holidays', () => {
  it('`between Christmas and New Year\'s`', () => {
    expect(pairs("Last year, between Christmas and New Year's, the mine laid off 120 employees.", 'en', '1998-05-20')).toEqual([['Last year', '1997'], ['Christmas', '1997-12-25'], ["New Year's", '1998-01-01']]);
  });

  it('national days on a fixed date: `Australia Day`, `Canada Day`, `St Patrick\'s Day`', () => {
    expect(pairs("On Australia Day they marched. He spoke on St Patrick's Day. Canada Day is next.", 'en', '2014-05-20').map((p) => p[1])).toEqual(['2014-01-26', '2014-03-17', '2014-07-01']);
  });

  it('guard: `New York` and `a new year` are no holidays', () => {
    expect(pairs('He flew to New York. It was a new year for the club.', 'en', '2014-05-20')).toEqual([]);
  });
});

describe('Tense cues around numbers and `set`', () => {
  it('`… a record 8:05.07 in the 800m on Sunday, …, off the record set by Ledecky in May.`: a race time holds no clause break, and `set by` is no future', () => {
    expect(pairs('She followed up with a Canadian record 8:05.07 in the 800m freestyle on Sunday, which is just off the world record set by Katie Ledecky in May.', 'en', '2025-06-10').map((p) => p[1])).toEqual(['2025-06-08', '2025-05']);
  });

  it('guard: `The team is set to meet on Sunday` looks ahead', () => {
    expect(pairs('The team is set to meet on Sunday.', 'en', '2025-06-10')).toEqual([['Sunday', '2025-06-15']]);
  });
});

describe('English conditions on what would happen', () => {
  it('`… would be named as long as he got through his game on Friday night. He has one more game … on Friday.`', () => {
    expect(pairs('Meninga said Boyd would be named in the side as long as he got through his game on Friday night. He has one more game for the Broncos on Friday.', 'en', '2015-05-14').map((p) => p[1])).toEqual(['2015-05-15', '2015-05-15']);
  });

  it('guard: `He got through his game on Friday night.` is past', () => {
    expect(pairs('He got through his game on Friday night.', 'en', '2015-05-14').map((p) => p[1])).toEqual(['2015-05-08']);
  });
});

describe('A year inside an aside', () => {
  it('`Fothergill – who was banned in 2009 – was spotted … on July 19`: the aside’s year does not date the day after it', () => {
    expect(pairs('He said that Fothergill – who was previously banned from driving in 2009 – was spotted after the earlier hearing on July 19.', 'en', '2017-11-25')).toEqual([['2009', '2009'], ['July 19', '2017-07-19']]);
  });

  it('guard: `In 1980 he moved to London and on August 29 he married.`', () => {
    expect(pairs('In 1980 he moved to London and on August 29 he married.', 'en', '2017-11-25')).toEqual([['1980', '1980'], ['August 29', '1980-08-29']]);
  });
});
