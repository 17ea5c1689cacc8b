import { describe, expect, it } from 'vitest';
import { findMentions, tokenize } from '../../../shared/claims/mentions';
import { findQuotePairs } from '../../../shared/text/quote-marks';
import { quotes, starting } from './helpers';

// Regression tests for the twentieth round of real-news attribution rules (2026-11-24, nineteenth
// session). Every fixture is an invented news text written for these tests; each `it` checks one rule on
// a case the rule decides, except those marked `guard:`, which hold behaviour a rule must not break (they
// pass on the code before the round too).

const enLead = 'The talks in Vienna ended on Sunday without a deal on production quotas.\n\n';

describe('English wire-copy attributions `was quoted as saying`', () => {
  it('attributes the statement before `X was quoted as saying on Sunday by the agency`', () => {
    const text = `Oil output\n\n${enLead}Qatar would not hesitate to cut its gas output if the cartel decides so next month, Qatari Energy Minister Khalid al-Mana was quoted as saying on Sunday by the state news agency.`;
    const q = starting(quotes(text, 'en'), 'Qatar would not hesitate');
    expect(q?.speaker).toBe('Khalid al-Mana');
  });

  it('passes an agent between `quoted` and `as saying` (`the minister was quoted by Reuters as saying`)', () => {
    const text = `Oil output\n\n${enLead}Energy Minister Khalid al-Mana met the delegates on Saturday.\n\nPrices would rise sharply in the new year, the minister was quoted by Reuters as saying.`;
    expect(starting(quotes(text, 'en'), 'Prices would rise')?.speaker).toBe('Khalid al-Mana');
  });

  it('takes the perfect `has been quoted as saying` too', () => {
    const text = `Oil output\n\n${enLead}The pipeline will reopen for exports in March, Kowalczyk has been quoted as saying.`;
    expect(starting(quotes(text, 'en'), 'The pipeline will reopen')?.speaker).toBe('Kowalczyk');
  });

  it('guard: `quoted as saying` with its clause after it still reports that clause', () => {
    const text = `Oil output\n\n${enLead}Khalid al-Mana was quoted as saying that prices would rise.`;
    expect(starting(quotes(text, 'en'), 'prices would rise')?.speaker).toBe('Khalid al-Mana');
  });
});

describe('`according to` inside a quotation', () => {
  it('makes no separate report of the speaker\'s own `according to what was agreed`', () => {
    const text = `Oil output\n\n${enLead}“Kuwait would support the market according to what has been agreed upon by the members,” Olaim said, referring to the meeting in Algiers next month.`;
    const qs = quotes(text, 'en');
    expect(qs.filter((q) => q.rule === 'quote.reported.according-to')).toHaveLength(0);
    expect(starting(qs, 'Kuwait would support')?.speaker).toBe('Olaim');
  });

  it('guard: `according to` outside quotation marks still reports', () => {
    const text = `Oil output\n\n${enLead}According to the energy ministry, output will fall by a tenth next year.`;
    expect(starting(quotes(text, 'en'), 'output will fall')?.speaker).toBe('energy ministry');
  });
});

describe('English tails whose subject the lexicon knew too narrowly', () => {
  it('reads a past-tense weak verb after a plural noun of people (`…, inspectors reported.`)', () => {
    const text = `Border report\n\n${enLead}At two crossings, guards left holding cells empty despite a long line of people waiting to be processed, inspectors reported.`;
    const q = starting(quotes(text, 'en'), 'At two crossings');
    expect(q?.speaker).toBe('inspectors');
  });

  it('guard: a past-tense weak verb with an object is no tail (`Hospitals reported a rise in cases.`)', () => {
    const text = `Flu season\n\n${enLead}Hospitals reported a rise in cases.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });

  it('keeps a capitalised modifier right after the comma with the subject (`…, Indigenous leaders say.`)', () => {
    const text = `Museum returns\n\n${enLead}The practice of hoarding remains in museum basements flies in the face of reconciliation, Indigenous leaders say.`;
    expect(starting(quotes(text, 'en'), 'The practice of hoarding')?.speaker).toBe('Indigenous leaders');
  });

  it('knows sports titles (`…, the skipper said.`) and resolves them to the player named before', () => {
    const text = `Test series\n\nThe visitors lost the second Test by an innings on Sunday, and captain Kraigg Hope faced the press afterwards.\n\nThe pitch was much slower than we expected on the first morning, the skipper said.`;
    expect(starting(quotes(text, 'en'), 'The pitch was much slower')?.speaker).toBe('Kraigg Hope');
  });
});

describe('an English `that` with a phrase set off after it', () => {
  it('reads `said in an interview … that, in the first hours …, the quarters were …`', () => {
    const text = `War diary\n\n${enLead}President Anna Kowalczyk said in an interview published on Thursday that, in the first hours of the invasion, the presidential quarters were targeted by missiles.`;
    const q = starting(quotes(text, 'en'), 'in the first hours');
    expect(q?.speaker).toBe('Anna Kowalczyk');
    expect(q?.quote).toContain('presidential quarters were targeted');
  });

  it('guard: a demonstrative `that` before a comma introduces nothing (`means just that, reports CBS`)', () => {
    const text = `Mandates\n\n${enLead}The governor stressed mandatory means just that, reports CBS.`;
    expect(quotes(text, 'en').some((q) => q.quote.startsWith(', reports'))).toBe(false);
  });
});

describe('newspapers and publishers named before their staff', () => {
  it('reads `Times editor James Harding` as the editor, not a person called Times', () => {
    const text = `Newsroom\n\nThe paper's staff gathered on the fourth floor on Thursday afternoon. The first person at The Times to read the news swore out loud.\n\nTimes editor James Harding addressed the staff at 5.15pm, telling them: "The best answer we can give is the quality of our journalism."`;
    expect(starting(quotes(text, 'en'), 'The best answer')?.speaker).toBe('James Harding');
  });

  it('makes `Johnston Press` a company, so that `the company` later is it', () => {
    const toks = tokenize('The papers\' owners, Johnston Press, said the change was needed.');
    const m = findMentions(toks, 'en').find((x) => x.name?.join(' ') === 'Johnston Press' || x.org?.name === 'Johnston Press');
    expect(m?.kind).toBe('org');
  });
});

describe('a document speaks for the body that released it', () => {
  it('reads `A statement released by X read "…"` as X\'s words', () => {
    const text = `Consular visit\n\nDiplomats visited the detained writer on Friday.\n\nA statement released by the Department of Foreign Affairs read "access to the writer was provided in accordance with our consular agreement."`;
    expect(starting(quotes(text, 'en'), 'access to the writer')?.speaker).toBe('Department of Foreign Affairs');
  });

  it('resolves `Citing X, the statement added:` to the statement\'s author, not to X', () => {
    const text = `Consular visit\n\nDiplomats visited the detained writer on Friday.\n\nA statement released by the Department of Foreign Affairs said the visit had gone well.\n\nCiting Australia's Privacy Act, the statement added: "We will not provide further details about the writer or our discussions with him."`;
    expect(starting(quotes(text, 'en'), 'We will not provide')?.speaker).toBe('Department of Foreign Affairs');
  });

  it('guard: `read` with a book for its object quotes nobody', () => {
    const text = `Reading club\n\n${enLead}He read "War and Peace" twice during the summer.`;
    expect(quotes(text, 'en')).toHaveLength(0);
  });
});

const plLead = 'Posłowie komisji śledczej spotkali się we wtorek rano w Sejmie.\n\n';

describe('Polish documents with an adjective, and whose they are', () => {
  it('reads `W opublikowanym oświadczeniu stwierdzono, że …` and gives it to the institution that issued it', () => {
    const text = `Spór w prokuraturze\n\n${plLead}Prokuratura Okręgowa w Lublinie wydała w piątek oświadczenie. W opublikowanym oświadczeniu stwierdzono, że uchwała sądu nie wywołuje skutków prawnych.`;
    const q = starting(quotes(text, 'pl'), 'uchwała sądu');
    expect(q?.speaker).toBe('Prokuratura Okręgowa w Lublinie');
  });

  it('guard: names the document when no institution was named near it', () => {
    const text = `Spór w prokuraturze\n\n${plLead}W oświadczeniu stwierdzono, że uchwała sądu nie wywołuje skutków prawnych.`;
    expect(starting(quotes(text, 'pl'), 'uchwała sądu')?.speaker).toBe('oświadczenie');
  });
});

describe('Polish phrases and verbs of stating', () => {
  it('reads `X jest zdania, że …`', () => {
    const text = `Spór w prokuraturze\n\n${plLead}Prokuratura Krajowa jest zdania, że piątkowa decyzja sądu nie ma żadnego znaczenia.`;
    expect(starting(quotes(text, 'pl'), 'piątkowa decyzja')?.speaker).toBe('Prokuratura Krajowa');
  });

  it('reads `X utrzymywał, że …`', () => {
    const text = `Spór w prokuraturze\n\n${plLead}Prokurator Jan Wilczek utrzymywał również, że jego powrót na stanowisko ma podstawę prawną.`;
    expect(starting(quotes(text, 'pl'), 'jego powrót')?.speaker).toBe('Jan Wilczek');
  });

  it('guard: `utrzymuje` with an object states nothing (`Spółka utrzymuje ceny na niskim poziomie`)', () => {
    const text = `Ceny\n\n${plLead}Spółka utrzymuje ceny na niskim poziomie od wielu lat.`;
    expect(quotes(text, 'pl')).toHaveLength(0);
  });
});

describe('Polish subjects the mention finder misread', () => {
  it('reads `Gość Kacpra Wróblewskiego zdradził, że …` as the guest, not as the host', () => {
    const text = `Komisja kończy pracę\n\n${plLead}Gość Kacpra Wróblewskiego zdradził, że prace komisji powinny zostać zamknięte do końca marca.`;
    const q = starting(quotes(text, 'pl'), 'prace komisji');
    expect(q).toBeDefined();
    expect(q?.speaker).not.toBe('Kacper Wróblewski');
  });

  it('guard: a title with the name in the nominative is that person (`Rzecznik ratusza Jan Nowak powiedział`)', () => {
    const text = `Komisja kończy pracę\n\n${plLead}Rzecznik ratusza Jan Nowak powiedział, że prace komisji powinny zostać zamknięte do końca marca.`;
    expect(starting(quotes(text, 'pl'), 'prace komisji')?.speaker).toBe('Jan Nowak');
  });

  it('reads a quantity of a group in the genitive as the subject (`Większość analityków uważa, że …`)', () => {
    const text = `Stopy procentowe\n\n${plLead}Większość analityków uważa, że już najwyższy czas, aby władze monetarne zaczęły obniżać stopy.`;
    expect(starting(quotes(text, 'pl'), 'już najwyższy czas')?.speaker?.toLowerCase()).toBe('większość analityków');
  });
});

describe('Polish `według` phrases', () => {
  it('takes the whole sentence when the phrase is set off by dashes (`Inflacja - według danych GUS - wyniosła …`)', () => {
    const text = `Inflacja\n\n${plLead}Inflacja w styczniu - według wstępnych danych GUS - wyniosła 17,2 procent rok do roku.`;
    const q = quotes(text, 'pl').find((x) => x.rule === 'quote.reported.wedlug');
    expect(q?.quote.startsWith('Inflacja w styczniu')).toBe(true);
    expect(q?.speaker).toBe('GUS');
  });

  it('finds the owner after a participle and a date (`według prognozy opublikowanej 23 kwietnia przez Pekao`)', () => {
    const text = `Bezrobocie\n\n${plLead}Według prognozy opublikowanej 23 kwietnia przez Pekao, stopa bezrobocia w Polsce dojdzie do poziomu 10 proc. na koniec roku.`;
    expect(starting(quotes(text, 'pl'), 'stopa bezrobocia')?.speaker).toBe('Pekao');
  });

  it('passes `m.in.` between a naming verb and its quotation (`Nazwał ich m.in. „zdrajcami Polski”`)', () => {
    const text = `Spór w RPP\n\n${plLead}Prezes banku centralnego Adam Nowicki przyjechał do Sejmu. Nazwał ich m.in. „zdrajcami Polski”.`;
    expect(starting(quotes(text, 'pl'), 'zdrajcami Polski')?.speaker).toBe('Adam Nowicki');
  });
});

describe('a quotation that lost its opening mark', () => {
  it('runs from the paragraph start to a closing mark followed by an attribution (`…after 2015," Inslee said.`)', () => {
    const text = `Wildfires\n\n“This is not an act of God,” Gov. Jay Inslee said on Monday.\n\nThe land burned in the past five days amounted to the state’s second-worst fire season, after 2015," Inslee said.`;
    const q = starting(quotes(text, 'en'), 'The land burned');
    expect(q?.direct).toBe(true);
    expect(q?.speaker).toBe('Jay Inslee');
  });

  it('takes the inverted attribution too (`…mission areas," said Jurczyk.`)', () => {
    const text = `Spaceflight\n\nThe agency's acting chief spoke at the launch site on Friday.\n\nIt’s been a really incredible year for the agency, for all our mission areas," said Jurczyk.`;
    expect(starting(quotes(text, 'en'), 'It’s been a really')?.speaker).toBe('Jurczyk');
  });

  it('guard: a closing mark with no attribution after it opens nothing (`…critics say." Then the vote came.`)', () => {
    const pairs = findQuotePairs('Head\n\nThe plan is only half done, critics say." Then the vote came.');
    expect(pairs.some((p) => p.openChar === '')).toBe(false);
  });
});

describe('a Polish dash tail after a one-word sentence', () => {
  it('takes the paragraph\'s earlier sentences with it (`… okazały się nietrafione. Wstyd! - powiedział prezes.`)', () => {
    const text = `Projekcja banku\n\n${plLead}Prezes banku centralnego Adam Nowicki zabrał głos w czwartek.\n\nProjekcja banku jest całkowicie trafiona, a wszystkie inne przewidywania okazały się nietrafione. Wstyd! - powiedział prezes banku.`;
    const q = starting(quotes(text, 'pl'), 'Projekcja banku jest');
    expect(q?.quote).toContain('Wstyd');
    expect(q?.speaker).toBe('Adam Nowicki');
  });

  it('guard: a one-word sentence alone makes no quotation (`Wstyd! - powiedział prezes.`)', () => {
    const text = `Projekcja banku\n\n${plLead}Prezes banku centralnego Adam Nowicki zabrał głos w czwartek.\n\nWstyd! - powiedział prezes banku.`;
    expect(quotes(text, 'pl').some((q) => q.quote.startsWith('Wstyd'))).toBe(false);
  });
});

describe('more Polish reporting frames', () => {
  it('passes `m.in.` between `zwrócił` and `uwagę na` (`zwrócił m.in. uwagę na rekordowo wysoki deficyt`)', () => {
    const text = `Rada Gabinetowa\n\n${plLead}Prezydent Jan Wilk zwrócił m.in. uwagę na rekordowo wysoki deficyt w budżecie państwa.`;
    expect(starting(quotes(text, 'pl'), 'rekordowo wysoki deficyt')?.speaker).toBe('Jan Wilk');
  });

  it('reads `wynika` after a coordinating comma (`…, a z jej opowieści wynika, że …`)', () => {
    const text = `Zatrzymanie\n\n${plLead}Kobieta została zabrana do szpitala, a z jej opowieści wynika, że tam czekali już na nią policjanci.`;
    expect(starting(quotes(text, 'pl'), 'tam czekali')).toBeDefined();
  });

  it('reads `W czasie konferencji poinformowano, że …` like `podczas konferencji`', () => {
    const text = `Uroczystość\n\n${plLead}W czasie konferencji poinformowano, że w uroczystości weźmie udział prezydent.`;
    expect(starting(quotes(text, 'pl'), 'w uroczystości weźmie')?.speaker).toBe('konferencja');
  });
});

describe('English newspapers, countries and verbs with an adverb before them', () => {
  it('makes newspaper names outlets, not people (`The Times`, `the Boston Globe`, `The Wall Street Journal`)', () => {
    for (const [text, name] of [['The Times said it.', 'Times'], ['The Boston Globe said it.', 'Boston Globe'], ['The Wall Street Journal said it.', 'Wall Street Journal']]) {
      const m = findMentions(tokenize(text), 'en')[0];
      expect(m?.kind).toBe('org');
      expect(m?.org?.name).toBe(name);
    }
  });

  it('guard: a person named Post stays a person (`Emily Post said it.`)', () => {
    expect(findMentions(tokenize('Emily Post said it.'), 'en')[0]?.kind).toBe('person');
  });

  it('makes `the United States` a country, not a person called United', () => {
    const m = findMentions(tokenize('Officials in the United States were considering it.'), 'en').find((x) => x.t0 > 1);
    expect(m?.kind).toBe('org');
    expect(m?.org?.name).toBe('United States');
  });

  it('reads a weak verb after an adverb (`The Wall Street Journal first reported on Wednesday that …`)', () => {
    const text = `Troops\n\n${enLead}The Wall Street Journal first reported on Wednesday that the United States was considering dispatching more troops.`;
    expect(starting(quotes(text, 'en'), 'the United States was')?.speaker).toBe('Wall Street Journal');
  });

  it('reads `It also said that …` with the institution for `it`', () => {
    const text = `Doping\n\nThe Sunday Chronicle published the findings on Sunday.\n\nIt also said that one in four winners of the biggest marathons had given suspicious blood tests.`;
    expect(starting(quotes(text, 'en'), 'one in four winners')?.mention).toBe('It');
  });

  it('reads `indicates that` after a title and `implied that`', () => {
    const text = `Cricket\n\n${enLead}The coach indicates that tough decisions could be taken once the team returns home. Kowalczyk implied that the winning goal should have been disallowed.`;
    const qs = quotes(text, 'en');
    expect(starting(qs, 'tough decisions')).toBeDefined();
    expect(starting(qs, 'the winning goal')?.speaker).toBe('Kowalczyk');
  });

  it('guard: `imply` with a noun object reports nothing (`The results imply a slowdown`)', () => {
    expect(quotes(`Economy\n\n${enLead}The results imply a slowdown in the second half of the year.`, 'en')).toHaveLength(0);
  });
});

describe('`quoted as saying` with a bare clause or a time between', () => {
  it('reads `X was quoted on Saturday as saying Tehran wanted …`', () => {
    const text = `Oil output\n\n${enLead}Iran's OPEC governor Mohammad Ali Khatibi was quoted on Saturday as saying Tehran wanted OPEC to cut oil output.`;
    expect(starting(quotes(text, 'en'), 'Tehran wanted')?.speaker).toBe('Mohammad Ali Khatibi');
  });

  it('reads the tail `…, the minister was quoted on Friday as saying.`', () => {
    const text = `Oil output\n\n${enLead}Energy Minister Khalid al-Mana met the delegates on Saturday.\n\nPrices would rise sharply in the new year, the minister was quoted on Friday as saying.`;
    expect(starting(quotes(text, 'en'), 'Prices would rise')?.speaker).toBe('Khalid al-Mana');
  });
});

describe('a Polish dash tail alone under a quotation in marks', () => {
  it('attributes the quotation above it and makes no quotation of its own (`"…"¶– zastrzegł Goeck.`)', () => {
    const text = `Akcja ratunkowa\n\nSzef centrum Rafał Goeck mówił o akcji ratunkowej w poniedziałek.\n\n"Jeżeli jednostki przepływające w rejonie zaginięcia kutra odnajdą jego fragmenty, wtedy akcja zostanie wznowiona"\n\n– zastrzegł Goeck.`;
    const qs = quotes(text, 'pl');
    expect(qs).toHaveLength(1);
    expect(qs[0].quote.startsWith('Jeżeli jednostki')).toBe(true);
    expect(qs[0].speaker).toBe('Rafał Goeck');
    expect(qs[0].mention).toBe('Goeck');
  });
});
