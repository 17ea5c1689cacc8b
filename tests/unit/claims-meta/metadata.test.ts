import { describe, expect, it } from 'vitest';
import { detectMetadata, isBylineLine } from '../../../shared/claims/metadata';

function kinds(text: string): [string, string][] {
  return detectMetadata(text).metadata.map((m) => [m.kind, m.text]);
}

describe('date headers', () => {
  it.each([
    [' date 2022-01 Jak podaje polskie MSZ, dzisiejsze spotkanie trwało długo. Dalej.', '2022-01', 'date 2022-01', 'Jak podaje'],
    ['date: 2022-01-12\nNagłówek artykułu\n\nTreść. Dalej.', '2022-01-12', 'date: 2022-01-12', 'Nagłówek'],
    ['Data: 12.01.2022\nTreść artykułu. Dalej.', '2022-01-12', 'Data: 12.01.2022', 'Treść'],
    ['Date: January 12, 2022\n\nThe ministers met. Then they left.', '2022-01-12', 'Date: January 12, 2022', 'The ministers'],
    ['Data publikacji: 12 stycznia 2022 r., 14:35\n\nTreść. Dalej.', '2022-01-12', 'Data publikacji: 12 stycznia 2022 r., 14:35', 'Treść'],
    ['2005-03-31: Terri Schiavo, 41, zmarła na Florydzie\n\nJak poinformował prasę rzecznik.', '2005-03-31', '2005-03-31:', 'Terri Schiavo'],
    ['12.01.2022\nTreść artykułu. Dalej.', '2022-01-12', '12.01.2022', 'Treść'],
    ['Published: 1/13/2022\n\nBody. More.', '2022-01-13', 'Published: 1/13/2022', 'Body'],
    ['2022-01-12T14:30:00Z\nBody. More.', '2022-01-12', '2022-01-12T14:30:00Z', 'Body'],
  ])('%j', (text, date, span, bodyHead) => {
    const md = detectMetadata(text);
    expect(md.headerDate).toBe(date);
    expect(md.metadata[0]).toMatchObject({ kind: 'date-header', text: span });
    expect(text.slice(md.metadata[0].start, md.metadata[0].end)).toBe(span);
    expect(text.slice(md.bodyStart).startsWith(bodyHead)).toBe(true);
  });

  it('an ordinary first sentence is no header', () => {
    const md = detectMetadata('Sekretarz generalny NATO powiedział w poniedziałek, że rozmowy trwają.');
    expect(md.headerDate).toBeNull();
    expect(md.metadata).toEqual([]);
    expect(md.bodyStart).toBe(0);
  });

  it('a sentence starting with a date is body, not header', () => {
    const md = detectMetadata('12 stycznia odbędzie się spotkanie Rady NATO-Rosja. Potem kolejne.');
    expect(md.headerDate).toBeNull();
    expect(md.bodyStart).toBe(0);
  });
});

describe('titles', () => {
  it('a short first line without a final period, kept inside the body', () => {
    const text = 'Rosja nie może narzucać ograniczeń NATO\n\nSekretarz generalny powiedział to w piątek.';
    const md = detectMetadata(text);
    expect(md.title).toBe('Rosja nie może narzucać ograniczeń NATO');
    expect(kinds(text)).toEqual([['title', 'Rosja nie może narzucać ograniczeń NATO']]);
    expect(md.bodyStart).toBe(0);
  });
  it('a Markdown heading', () => {
    const md = detectMetadata('# NATO ministers meet\n\nThe ministers met on Friday.');
    expect(md.title).toBe('NATO ministers meet');
  });
  it('a long first paragraph is not a title', () => {
    expect(detectMetadata('Ministrowie zgodzili się. Potem wyszli.\n\nDalej.').title).toBeNull();
  });
});

describe('bylines and datelines', () => {
  it('Polish byline with a place at the end', () => {
    const text = 'Stoltenberg powiedział, że rozmowy trwają.\n\nZ Brukseli Łukasz Osiński';
    expect(kinds(text)).toEqual([['byline', 'Z Brukseli Łukasz Osiński']]);
  });
  it('name and place at the start, agency at the end', () => {
    const text = 'Łukasz Osiński, Bruksela\n\nTreść artykułu tutaj. I dalej.\n\nPAP';
    const md = detectMetadata(text);
    expect(kinds(text)).toEqual([['byline', 'Łukasz Osiński, Bruksela'], ['byline', 'PAP']]);
    expect(text.slice(md.bodyStart).startsWith('Treść')).toBe(true);
  });
  it('English header block: date, heading, byline, dateline, credits', () => {
    const text =
      'Date: January 12, 2022\n\n# NATO ministers meet\n\nBy Jane Smith\n\nBRUSSELS (Reuters) - NATO ministers met on Friday. They talked.\n\n(Reporting by Jane Smith; Editing by Bob Jones)';
    expect(kinds(text)).toEqual([
      ['date-header', 'Date: January 12, 2022'],
      ['title', 'NATO ministers meet'],
      ['byline', 'By Jane Smith'],
      ['dateline', 'BRUSSELS (Reuters) - '],
      ['byline', '(Reporting by Jane Smith; Editing by Bob Jones)'],
    ]);
  });
  it('a dateline with a date moves the body start', () => {
    const text = 'WASHINGTON, Jan 12 (Reuters) - The U.S. Senate voted on Wednesday.';
    const md = detectMetadata(text);
    expect(kinds(text)).toEqual([['dateline', 'WASHINGTON, Jan 12 (Reuters) - ']]);
    expect(text.slice(md.bodyStart)).toBe('The U.S. Senate voted on Wednesday.');
  });
  it('an acronym opening a sentence is not a dateline', () => {
    expect(kinds('NATO - jak podkreślił sekretarz - jest gotowe do rozmów. Dalej.')).toEqual([]);
  });
  it.each([
    ['By Jane Smith', true],
    ['Autor: Jan Kowalski', true],
    ['Źródło: PAP', true],
    ['kw/ mc/', true],
    ['Reuters', true],
    ['By the way, this is a sentence.', false],
    ['Rosja nie może narzucać ograniczeń NATO', false],
    ['To jest zwykłe zdanie.', false],
    ['Autor Jan Kowalski', true],
    ['Tekst i zdjęcia Anna Nowak', true],
    ['Fot. archiwum', true],
    // (A keyword opening a sentence, no colon: a report, not a credit.)
    ['Autorzy opracowania wskazują, że liczba ofert pracy spadła w lipcu.', false],
    ['Źródło w rządzie powiedziało PAP, że decyzja zapadła.', false],
    ['Sources said the talks had stalled.', false],
  ])('isBylineLine(%j) = %s', (line, want) => expect(isBylineLine(line)).toBe(want));
});

describe('counters beside a byline', () => {
  it('takes a share count and a reading time as page furniture, so the byline after them is found', () => {
    const text = 'Storms hit the coast\n\n56\nJohn Carter, USA TODAY\n·4 min read\n\nWinter storm warnings were in effect on Monday. More follows.';
    expect(kinds(text)).toEqual([['title', 'Storms hit the coast'], ['byline', '56'], ['byline', 'John Carter, USA TODAY'], ['byline', '·4 min read']]);
    expect(isBylineLine('3 min czytania')).toBe(true);
    // (A year alone on a line is no counter.)
    expect(isBylineLine('2022')).toBe(false);
  });
});
