import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../../shared/claims/extract';
import type { ArticleExtraction, Claim } from '../../../shared/claims/types';

// The acceptance list of issue 3 on the two seed files.
const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../../seeds/${name}`, import.meta.url)), 'utf8');

function find(r: ArticleExtraction, kind: Claim['kind'], pred: (c: Claim) => boolean): Claim {
  const c = r.claims.find((x) => x.kind === kind && pred(x));
  if (!c) throw new Error('claim not found');
  return c;
}
const quoteWith = (r: ArticleExtraction, s: string) => find(r, 'quote', (c) => c.quote!.text.includes(s));

function checkOffsets(text: string, r: ArticleExtraction) {
  for (const c of r.claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    if (c.quote) expect(text.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
    if (c.speaker?.start !== undefined) expect(text.slice(c.speaker.start, c.speaker.end)).toBe(c.speaker.mention);
  }
  for (const d of r.dates) expect(text.slice(d.start, d.end)).toBe(d.mention);
}

describe('seed 000', () => {
  const text = seed('000_6d17f7c8ee7027fa.txt');
  const r = extractArticle(text);
  it('is Polish, offsets are valid, keys unique', () => {
    expect(r.language).toBe('pl');
    checkOffsets(text, r);
    expect(new Set(r.claims.map((c) => c.key)).size).toBe(r.claims.length);
  });
  it('finds the quotes with their speakers', () => {
    expect(quoteWith(r, 'negocjacje w sprawie bezpieczeństwa').speaker?.name).toBe('Jens Stoltenberg');
    expect(quoteWith(r, 'negocjacje w sprawie bezpieczeństwa').quote!.direct).toBe(false);
    expect(quoteWith(r, 'Nie sądzę, abyśmy mogli oczekiwać')).toMatchObject({ speaker: { name: 'Jens Stoltenberg', mention: 'szef NATO' } });
    expect(quoteWith(r, 'Wszyscy powinniśmy zdać sobie sprawę')).toMatchObject({ speaker: { name: 'Olha Stefaniszyna', mention: 'ukraińska wicepremier' } });
    expect(quoteWith(r, 'agresywne działania Rosji').speaker?.name).toBe('Jens Stoltenberg');
    expect(quoteWith(r, 'NATO pozostaje zaangażowane')).toMatchObject({ speaker: { name: 'Jens Stoltenberg', mention: '' } });
    expect(quoteWith(r, 'Zawsze jesteśmy gotowi')).toMatchObject({ speaker: { name: 'Jens Stoltenberg', mention: 'Stoltenberg' } });
  });
  it('finds the dated events', () => {
    expect(find(r, 'event', (c) => c.text.startsWith('12 stycznia odbędzie się spotkanie Rady NATO-Rosja')).date?.value).toBe('XXXX-01-12');
    expect(find(r, 'event', (c) => c.text.startsWith('Ministrowie spraw zagranicznych')).date?.value).toBe('XXXX-WXX-5');
  });
  it('makes no claim of the byline', () => {
    expect(r.claims.some((c) => c.text.includes('Łukasz Osiński'))).toBe(false);
  });
});

describe('seed 002', () => {
  const text = seed('002_648c76cf0c973691.txt');
  const r = extractArticle(text);
  it('takes the article date from the header and makes no claim of it', () => {
    expect(r.date).toBe('2022-01');
    checkOffsets(text, r);
    expect(r.claims.some((c) => c.text.includes('date 2022-01'))).toBe(false);
  });
  it('finds the MSZ statements', () => {
    expect(quoteWith(r, 'dzisiejsze spotkanie miało na celu')).toMatchObject({ speaker: { name: 'MSZ', mention: 'polskie MSZ' }, rule: 'quote.reported.jak' });
    expect(quoteWith(r, 'Zdecydowana i spójna reakcja')).toMatchObject({ speaker: { name: 'MSZ', mention: 'resort' } });
  });
  it("finds Stoltenberg's, the US mission's and Rinkevics's statements", () => {
    expect(find(r, 'quote', (c) => c.rule === 'quote.headline-colon')).toMatchObject({ quote: { text: 'Rosja nie może narzucać ograniczeń NATO' }, speaker: { name: 'Jens Stoltenberg' } });
    expect(find(r, 'quote', (c) => c.text.includes('podkreślił, że Rosja nie może'))).toMatchObject({ speaker: { name: 'Jens Stoltenberg' } });
    expect(quoteWith(r, 'ministrowie biorący udział')).toMatchObject({ speaker: { name: 'Misja USA przy NATO', type: 'organization' } });
    expect(quoteWith(r, 'NATO jest gotowe do rozmowy')).toMatchObject({ speaker: { name: 'Edgars Rinkevics' } });
    expect(quoteWith(r, 'nadal trwa umacnianie')).toMatchObject({ speaker: { name: 'Jens Stoltenberg' }, quote: { direct: true } });
    expect(quoteWith(r, 'Otóż są one nie do zaakceptowania')).toMatchObject({ speaker: { name: 'Jens Stoltenberg', mention: 'szef NATO' } });
    expect(quoteWith(r, 'to coś innego, niż')).toMatchObject({ speaker: { name: 'Jens Stoltenberg' }, quote: { direct: true } });
    expect(quoteWith(r, 'USA konsultują się z Europą')).toMatchObject({ speaker: { name: 'Jens Stoltenberg', mention: '' } });
    expect(quoteWith(r, 'Sojusz jest gotowy na rozmowy')).toMatchObject({ speaker: { name: 'Jens Stoltenberg', mention: 'Stoltenberg' } });
  });
  it('finds the 12 January event with the full date', () => {
    expect(find(r, 'event', (c) => c.text.startsWith('Posiedzenie Rady NATO-Rosja odbędzie się 12 stycznia')).date?.value).toBe('2022-01-12');
  });
});
