import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../shared/claims/extract';

/*
 * General attribution and date rules added after scoring the unseen gold batch (pl-20…25,
 * en-20…22). Fixtures are written for these tests, not copied from the gold articles.
 */
function quotes(text: string, date = '2025-04-16') {
  return extractArticle(text, { date }).claims.filter((c) => c.kind === 'quote');
}
function quoteAt(text: string, snippet: string, date?: string) {
  const pos = text.indexOf(snippet);
  return quotes(text, date).find((c) => c.quote!.start <= pos && c.quote!.end >= pos + snippet.length);
}

describe('attribution rules', () => {
  it('a dateline with a slash and a date is metadata: its date is listed, but it makes no claim', () => {
    const text = 'Title of the story\n\nKYIV/MOSCOW, April 15 (Reuters) - Ukraine said on Monday that talks would resume.\n';
    const r = extractArticle(text, { date: '2025-04-15' });
    expect(r.dates.map((d) => [d.mention, d.value])).toContainEqual(['April 15', '2025-04-15']);
    const dl = r.metadata.find((m) => m.kind === 'dateline')!;
    expect(dl).toBeDefined();
    expect(r.claims.some((c) => c.start < dl.end && dl.start < c.end && c.kind !== 'quote')).toBe(false);
    expect(r.claims.some((c) => c.date?.mention === 'April 15')).toBe(false);
  });

  it('a quotation continued over paragraphs is one claim with the final attribution', () => {
    const text =
      'Title of the story\n\nThe minister spoke after the vote.\n\n"We have done everything we promised to do for the farmers this year.\n\n' +
      '"Now it is the turn of the regions to deliver on the plan," Finance Minister Laura Keller said.\n';
    const q = quoteAt(text, 'We have done everything');
    expect(q?.speaker?.name).toBe('Laura Keller');
    expect(q?.quote?.text).toContain('turn of the regions');
  });

  it('a name with a comma-enclosed apposition before the verb attributes the quotation', () => {
    const text = 'Title of the story\n\n"The river is still rising and we expect more flooding tonight," Mark Dolan, head of the county emergency service, told reporters.\n';
    expect(quoteAt(text, 'The river is still rising')?.speaker?.name).toBe('Mark Dolan');
  });

  it('`– wynika z raportu X` and `Z danych X wynika, że` name the source', () => {
    const text =
      'Tytuł artykułu\n\nW ubiegłym roku liczba wypadków na drogach wzrosła o 4 proc. – wynika z raportu Najwyższej Izby Kontroli.\n\n' +
      'Z danych Eurostatu wynika, że Polska ma jeden z najniższych wskaźników bezrobocia w Unii.\n';
    expect(quoteAt(text, 'liczba wypadków na drogach')?.speaker?.name).toMatch(/Najwyższ\p{L}* Izb\p{L}* Kontroli/u);
    expect(quoteAt(text, 'Polska ma jeden z najniższych')?.speaker?.name).toMatch(/^Eurostat/);
  });

  it('`– wynika z tego` without a source is no attribution', () => {
    const text = 'Tytuł artykułu\n\nCeny paliw spadły w całym kraju – wynika z tego, że rynek się uspokoił.\n';
    expect(quotes(text).filter((c) => c.rule === 'quote.dash-tail')).toHaveLength(0);
  });

  it('an inserted `, jak podała agencja X,` attributes its sentence', () => {
    const text = 'Tytuł artykułu\n\nPociąg, jak podała agencja Interfax, wykoleił się na przejeździe pod Twerem.\n';
    expect(quoteAt(text, 'wykoleił się')?.speaker?.name).toMatch(/Interfax/);
  });

  it('an unknown given name seen in the instrumental is given in the nominative', () => {
    const text = 'Tytuł artykułu\n\nPremier spotkał się w środę z Tarasem Melnykiem. Melnyk powiedział, że współpraca będzie kontynuowana.\n';
    expect(quoteAt(text, 'współpraca będzie')?.speaker?.name).toBe('Taras Melnyk');
  });

  it('a role with an acronym matches the same role spelled out', () => {
    const text =
      'Tytuł artykułu\n\nPrzewodnicząca Komisji Europejskiej Ursula von der Leyen przyjechała do Warszawy.\n\n' +
      '– Polska jest dla nas kluczowym partnerem w regionie – powiedziała szefowa KE.\n';
    expect(quoteAt(text, 'Polska jest dla nas')?.speaker?.name).toBe('Ursula von der Leyen');
  });

  it('a plural verb without a subject refers to the group that just spoke', () => {
    const text =
      'Tytuł artykułu\n\nMinisterstwo Finansów podało nowe dane o deficycie. Zdaniem analityków Banku Millennium deficyt jeszcze wzrośnie. ' +
      '„Nie widzimy szans na szybką poprawę finansów” – napisali w raporcie.\n';
    expect(quoteAt(text, 'Nie widzimy szans')?.speaker?.name).toBe('analitycy Banku Millennium');
  });

  it('a year-less quarter reported in the past that has not begun yet is last year’s', () => {
    const r = extractArticle('Title of the story\n\nThe retailer sold 2 million phones in the fourth quarter, it said.\n', { date: '2025-02-10' });
    expect(r.dates.find((d) => d.mention.includes('fourth quarter'))?.value).toBe('2024-Q4');
    const f = extractArticle('Title of the story\n\nThe company will report results for the third quarter next week.\n', { date: '2024-10-12' });
    expect(f.dates.find((d) => d.mention.includes('third quarter'))?.value).toBe('2024-Q3');
  });
});
