import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';
import { extractArticle } from '../../../shared/claims/extract';

// Wire-service attribution patterns (sentences written for these tests).
describe('English wire-style attribution', () => {
  it('reads an unquoted statement with the attribution after it', () => {
    const q = quotes('Oil exports will fall sharply next quarter, Deputy Minister Ivan Petrov said, adding that the cuts were voluntary.', 'en');
    expect(q.find((x) => x.quote.startsWith('Oil exports'))).toMatchObject({ speaker: 'Ivan Petrov', rule: 'quote.reported.tail' });
    expect(q.find((x) => x.quote.startsWith('the cuts'))).toMatchObject({ speaker: 'Ivan Petrov' });
    expect(quotes('The storm weakened quickly over land overnight, the weather service said.', 'en')[0]).toMatchObject({ speaker: 'weather service', quote: 'The storm weakened quickly over land overnight' });
  });

  it('takes a long subject after a quotation and adds no claim for the adverbial after the verb', () => {
    const q = quotes('"We will not stop until the job is done," Bank of Canada Governor Mark Reid told reporters in Ottawa.', 'en');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ speaker: 'Mark Reid', direct: true });
    expect(quotes('"Prices are too high," Reid said in a televised briefing on Tuesday.', 'en')).toHaveLength(1);
  });

  it('attributes `according to X` at the end of a sentence to what precedes it', () => {
    const q = quotes('More than 2 million tickets were sold, according to the city\'s tourism agency.', 'en');
    expect(q[0]).toMatchObject({ quote: 'More than 2 million tickets were sold', speaker: "city's tourism agency" });
    const s = quotes('According to a survey by the Pew institute published this week, 40% of voters oppose the plan.', 'en');
    expect(s[0].quote.startsWith('40% of voters')).toBe(true);
  });

  it('binds `X, the/a ROLE …` appositions and treats an indefinite role as someone new', () => {
    const t = 'Sen. Anna Cole, the Ohio Democrat who wrote the bill, said the vote would be close. "This is a serious decision," a Senate aide told Reuters.';
    const q = quotes(t, 'en');
    expect(q[0]).toMatchObject({ speaker: 'Anna Cole' });
    expect(q[1].speaker).not.toBe('Anna Cole');
  });

  it('resolves premodified institutions and `the agency` to the acting institution', () => {
    const t = 'The Federal Aviation Authority fined the airline on Monday. The case was heard by a federal court in Denver. The agency said the airline had ignored safety rules.';
    expect(quotes(t, 'en').at(-1)).toMatchObject({ speaker: 'Federal Aviation Authority' });
    expect(quotes("Brazil's health ministry said 300 cases had been confirmed.", 'en')[0]).toMatchObject({ speaker: "Brazil's health ministry" });
  });
});

describe('Polish attribution details', () => {
  it('keeps a rank abbreviation inside the speaker after a dash tail', () => {
    const q = quotes('– Ogień objął cały budynek – przekazał rzecznik straży pożarnej bryg. Jan Nowak.', 'pl');
    expect(q[0]).toMatchObject({ speaker: 'Jan Nowak' });
  });

  it('does not read a place after `na lotnisku` or a school name as the speaker', () => {
    const t = 'Przewodnicząca komisji Anna Malik przyleciała rano. - Jesteśmy gotowi do rozmów - powiedziała przewodnicząca na lotnisku Okęcie.';
    expect(quotes(t, 'pl')[0].speaker).toBe('Anna Malik');
    const u = 'Dr Piotr Kos ze Szkoły Głównej Handlowej zwrócił uwagę, że koszty wzrosną.';
    expect(quotes(u, 'pl')[0].speaker).toBe('Piotr Kos');
  });
});

describe('temporal expressions added for news', () => {
  const vals = (t: string, lang: 'pl' | 'en', date: string) => extractArticle(t, { lang, date }).dates.map((d) => `${d.mention}=${d.value}`);
  it('English: end of the month, holidays, quarter of next year', () => {
    expect(vals('The bank will decide by the end of the month.', 'en', '2024-03-07')).toContain('the end of the month=2024-03');
    expect(vals("The quake struck on New Year's Day.", 'en', '2024-01-02')).toContain("New Year's Day=2024-01-01");
    expect(vals('Cuts apply for the first quarter of next year.', 'en', '2023-11-30')).toContain('first quarter of next year=2024-Q1');
  });
  it('Polish: end and half of the year, planned weekdays', () => {
    expect(vals('Samorządy mają to zrobić do końca roku.', 'pl', '2024-03-14')).toContain('końca roku=2024');
    expect(vals('Szczyt inflacji przypadnie w drugiej połowie roku.', 'pl', '2024-04-15')).toContain('drugiej połowie roku=2024-H2');
    expect(vals('W czwartek możliwe są burze.', 'pl', '2024-05-22')).toContain('czwartek=2024-05-23');
  });
});
