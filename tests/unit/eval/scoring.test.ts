import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../shared/claims/extract';
import type { ArticleExtraction } from '../../../shared/claims/types';
import { annotationAsExtraction, sameSpeaker, scoreArticle, totals, type GoldArticle } from '../../eval/scoring';

const TEXT = 'Rozmowy w Brukseli\n\n„Nie sądzę, abyśmy mogli oczekiwać przełomu” – powiedział Jens Stoltenberg w piątek.\n\nSpotkanie odbędzie się 12 stycznia.';

function gold(over: Partial<GoldArticle> = {}): GoldArticle {
  return {
    id: 't1',
    language: 'pl',
    date: '2022-01-07',
    quotes: [{ text: 'Nie sądzę, abyśmy mogli oczekiwać przełomu', speaker: 'Jens Stoltenberg', direct: true }],
    dates: [
      { mention: 'w piątek', value: '2022-01-07' },
      { mention: '12 stycznia', value: '2022-01-12' },
    ],
    ...over,
  };
}

/** An extraction with the given quote spans and dates, nothing else. */
function extraction(quotes: Array<[string, string | null]>, dates: Array<[string, string]>): ArticleExtraction {
  const real = extractArticle(TEXT, { date: '2022-01-07' });
  return {
    ...real,
    claims: quotes.map(([q, sp]) => {
      const start = TEXT.indexOf(q);
      return {
        ...real.claims[0],
        kind: 'quote' as const,
        quote: { text: q, start, end: start + q.length, direct: true },
        speaker: sp ? { name: sp, mention: sp } : null,
      };
    }),
    dates: dates.map(([m, value]) => ({ start: TEXT.indexOf(m), end: TEXT.indexOf(m) + m.length, mention: m, value })),
  };
}

describe('blind-set scoring', () => {
  it('counts a quotation found with its speaker and both dates right', () => {
    const s = scoreArticle(TEXT, gold(), extraction([['Nie sądzę, abyśmy mogli oczekiwać przełomu', 'Jens Stoltenberg']], [['piątek', '2022-01-07'], ['12 stycznia', '2022-01-12']]));
    expect(s).toMatchObject({ goldQuotes: 1, foundQuotes: 1, extractedQuotes: 1, matchedExtracted: 1, speakerCorrect: 1, goldDates: 2, datesFound: 2, datesCorrect: 2 });
    expect(s.failures).toEqual([]);
  });

  it('a span covering less than half of the shorter one is no match; a wrong speaker and a wrong value are failures', () => {
    const s = scoreArticle(TEXT, gold(), extraction([['Nie sądzę', 'Stoltenberga'], ['Spotkanie odbędzie się 12 stycznia.', null]], [['12 stycznia', 'XXXX-01-12']]));
    expect(s.foundQuotes).toBe(1); // `Nie sądzę` lies wholly inside the gold quotation
    expect(s.speakerCorrect).toBe(0);
    expect(s.matchedExtracted).toBe(1);
    expect(s.extractedQuotes).toBe(2);
    expect(s.datesFound).toBe(1);
    expect(s.datesCorrect).toBe(0);
    expect(s.failures.some((f) => f.startsWith('extra quote'))).toBe(true);
    expect(s.failures.some((f) => f.includes('"w piątek" = 2022-01-07: not found'))).toBe(true);
  });

  it('matches each part of an interrupted quotation to a gold quotation of its own', () => {
    const text = 'Verdict\n\n“The jury found him guilty of murder,” District Attorney Tom Quinn said. “The fact that he was famous meant nothing in the end.”';
    const g = gold({
      language: 'en',
      date: null,
      quotes: [
        { text: 'The jury found him guilty of murder,', speaker: 'Tom Quinn', direct: true },
        { text: 'The fact that he was famous meant nothing in the end.', speaker: 'Tom Quinn', direct: true },
      ],
      dates: [],
    });
    const e = extractArticle(text, {});
    expect(e.claims.filter((c) => c.kind === 'quote')).toHaveLength(1);
    expect(scoreArticle(text, g, e)).toMatchObject({ goldQuotes: 2, foundQuotes: 2, extractedQuotes: 1, matchedExtracted: 1, speakerCorrect: 2 });
  });

  it('leaves quotations in the title out of the counts (a title is metadata, never a claim)', () => {
    const s = scoreArticle(TEXT, gold({ quotes: [{ text: 'Rozmowy w Brukseli', speaker: 'X', direct: true }], dates: [] }), extractArticle(TEXT, { date: '2022-01-07' }));
    expect(s.goldQuotes).toBe(0);
    expect(s.titleQuotes).toBe(1);
  });

  it('leaves annotated strings that are not in the text out of the counts', () => {
    const s = scoreArticle(TEXT, gold({ quotes: [{ text: 'not in the text', speaker: 'X', direct: false }], dates: [] }), extraction([], []));
    expect(s.goldQuotes).toBe(0);
    expect(s.unlocated).toEqual(['not in the text']);
  });

  it('speaker names agree as the same words, a shorter form ending in the same word, or the acronym', () => {
    expect(sameSpeaker('Jens Stoltenberg', 'Jens Stoltenberg')).toBe(true);
    expect(sameSpeaker('Jens Stoltenberg', 'Stoltenberg')).toBe(true);
    expect(sameSpeaker('minister zdrowia Adam Niedzielski', 'Adam Niedzielski')).toBe(true);
    expect(sameSpeaker('Jens Stoltenberg', 'Stoltenberga')).toBe(false);
    expect(sameSpeaker('Główny Urząd Statystyczny', 'GUS')).toBe(true);
    expect(sameSpeaker('MZ', 'Ministerstwo Zdrowia')).toBe(true);
    expect(sameSpeaker('Irish Data Protection Commission', 'DPC')).toBe(true);
    expect(sameSpeaker('the Information Commissioner’s Office', 'I.C.O.')).toBe(true);
    expect(sameSpeaker('Ministerstwo Zdrowia', 'MSZ')).toBe(false);
    expect(sameSpeaker('Jens Stoltenberg', null)).toBe(false);
    expect(sameSpeaker('Nordstrom', 'Nordstrom Inc')).toBe(true);
    // (Mixed-case acronyms spell the small function words too.)
    expect(sameSpeaker('UOKiK', 'Urząd Ochrony Konkurencji i Konsumentów')).toBe(true);
    expect(sameSpeaker('the Ministry of Defence', 'MoD')).toBe(true);
    expect(sameSpeaker('MoD', 'Ministry of Digital Affairs')).toBe(false);
    expect(sameSpeaker('UOKiK', 'Urząd Ochrony Konkurencji')).toBe(false);
  });

  it('sums articles into recall, precision, speakers of the found and temporal', () => {
    const a = scoreArticle(TEXT, gold(), extraction([['Nie sądzę, abyśmy mogli oczekiwać przełomu', 'Jens Stoltenberg']], [['12 stycznia', '2022-01-12']]));
    const b = scoreArticle(TEXT, gold(), extraction([['Spotkanie odbędzie się 12 stycznia.', 'X']], []));
    expect(totals([a, b])).toEqual({ articles: 2, goldQuotes: 2, recall: 0.5, precision: 0.5, speakers: 1, goldDates: 4, temporal: 0.25, titleQuotes: 0 });
  });

  it('scores the real extractor on a small article end to end', () => {
    const s = scoreArticle(TEXT, gold(), extractArticle(TEXT, { date: '2022-01-07' }));
    expect(s).toMatchObject({ goldQuotes: 1, foundQuotes: 1, extractedQuotes: 1, speakerCorrect: 1, goldDates: 2, datesCorrect: 2, failures: [] });
  });
  it('an annotation scored against itself agrees fully; a second annotator differing in a speaker and a value does not', () => {
    const same = scoreArticle(TEXT, gold(), annotationAsExtraction(TEXT, gold()));
    expect(same).toMatchObject({ goldQuotes: 1, foundQuotes: 1, extractedQuotes: 1, matchedExtracted: 1, speakerCorrect: 1, goldDates: 2, datesCorrect: 2, failures: [] });
    const other = gold({
      quotes: [{ text: 'Nie sądzę, abyśmy mogli oczekiwać przełomu', speaker: 'szef NATO', direct: true }, { text: 'not in the text', speaker: 'X', direct: false }],
      dates: [{ mention: 'w piątek', value: 'XXXX-WXX-5' }],
    });
    const s = scoreArticle(TEXT, gold(), annotationAsExtraction(TEXT, other));
    expect(s).toMatchObject({ foundQuotes: 1, extractedQuotes: 1, speakerCorrect: 0, datesFound: 1, datesCorrect: 0 });
  });

  it("a quotation in the second annotator's title line is out of the count like the extractor's", () => {
    const withTitle = gold({ quotes: [{ text: 'Rozmowy w Brukseli', speaker: 'X', direct: true }] });
    const s = scoreArticle(TEXT, withTitle, annotationAsExtraction(TEXT, withTitle));
    expect(s).toMatchObject({ goldQuotes: 0, titleQuotes: 1, extractedQuotes: 0 });
  });
});
