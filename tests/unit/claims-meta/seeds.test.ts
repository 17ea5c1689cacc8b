import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';
import { findEvents } from '../../../shared/claims/events';
import { detectMetadata } from '../../../shared/claims/metadata';
import { detectLanguage } from '../../../shared/claims/language';
import { findQuantities } from '../../../shared/claims/quantities';
import { simpleSentences } from '../claims-dates/sentences-helper';

// Acceptance items of issue 3 for metadata, dates and events on the two seed articles.
function analyse(name: string) {
  const text = readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
  const md = detectMetadata(text);
  const lang = detectLanguage(text);
  const dates = findDates(text, lang, md.headerDate);
  const events = findEvents(text, simpleSentences(text, md.bodyStart), dates, lang);
  return { text, md, lang, dates, events, quantities: findQuantities(text, lang) };
}

describe('seed 000', () => {
  const a = analyse('000_6d17f7c8ee7027fa.txt');
  it('is Polish, has no date, and its byline is metadata', () => {
    expect(a.lang).toBe('pl');
    expect(a.md.headerDate).toBeNull();
    expect(a.md.metadata.map((m) => [m.kind, m.text])).toEqual([['byline', 'Z Brukseli Łukasz Osiński']]);
  });
  it('dates the NATO-Russia Council meeting XXXX-01-12', () => {
    const ev = a.events.find((e) => e.text.startsWith('12 stycznia odbędzie się spotkanie Rady NATO-Rosja'));
    expect(ev?.date).toMatchObject({ value: 'XXXX-01-12', mention: '12 stycznia' });
  });
  it("dates the ministers' online meeting to an unanchored Friday", () => {
    const ev = a.events.find((e) => e.text.includes('odbyli w piątek nadzwyczajne spotkanie online'));
    expect(ev?.date).toMatchObject({ value: 'XXXX-WXX-5', mention: 'piątek' });
  });
  it('lists every temporal expression, none from the byline', () => {
    expect(a.dates.map((d) => d.mention)).toEqual(['poniedziałek', 'tym tygodniu', 'tym tygodniu', 'poniedziałek', 'piątek', '12 stycznia']);
    const byline = a.md.metadata[0];
    for (const c of [...a.events, ...a.quantities]) expect(c.start >= byline.end || c.end <= byline.start).toBe(true);
  });
});

describe('seed 002', () => {
  const a = analyse('002_648c76cf0c973691.txt');
  it('takes the article date 2022-01 from the header', () => {
    expect(a.md.headerDate).toBe('2022-01');
    expect(a.md.metadata[0]).toMatchObject({ kind: 'date-header', text: 'date 2022-01' });
    expect(a.text.slice(a.md.bodyStart).startsWith('Jak podaje polskie MSZ')).toBe(true);
  });
  it('dates the NATO-Russia Council session 2022-01-12', () => {
    const ev = a.events.find((e) => e.text === 'Posiedzenie Rady NATO-Rosja odbędzie się 12 stycznia.');
    expect(ev?.date).toMatchObject({ value: '2022-01-12', mention: '12 stycznia' });
    expect(ev?.rule).toBe('event.pl.odbedzie-sie');
  });
  it('makes no claim from the header', () => {
    const header = a.md.metadata[0];
    expect(a.dates.every((d) => d.start >= header.end)).toBe(true);
    for (const c of [...a.events, ...a.quantities]) expect(c.start).toBeGreaterThanOrEqual(header.end);
    expect(a.dates.find((d) => d.mention === 'dzisiejsze')?.value).toBe('2022-01');
  });
});
