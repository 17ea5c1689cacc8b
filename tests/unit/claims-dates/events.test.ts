import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/claims/dates';
import { findEvents } from '../../../shared/claims/events';
import { detectMetadata } from '../../../shared/claims/metadata';
import type { Language } from '../../../shared/sources';
import { simpleSentences } from './sentences-helper';

function events(text: string, lang: Language, anchor: string | null) {
  const md = detectMetadata(text);
  const a = md.headerDate ?? anchor;
  return findEvents(text, simpleSentences(text, md.bodyStart), findDates(text, lang, a), lang);
}

describe('Polish events', () => {
  it('a future meeting with its date', () => {
    const text = 'Stoltenberg przemawiał w Brukseli. 12 stycznia odbędzie się spotkanie Rady NATO-Rosja.';
    const ev = events(text, 'pl', null);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({
      kind: 'event',
      rule: 'event.pl.odbedzie-sie',
      text: '12 stycznia odbędzie się spotkanie Rady NATO-Rosja.',
      speaker: null,
      quote: null,
      quantity: null,
      date: { value: 'XXXX-01-12', mention: '12 stycznia' },
    });
    expect(text.slice(ev[0].start, ev[0].end)).toBe(ev[0].text);
    expect(text.slice(ev[0].date!.start!, ev[0].date!.end!)).toBe('12 stycznia');
  });

  it('the event noun before the predicate', () => {
    const ev = events('Posiedzenie Rady NATO-Rosja odbędzie się 12 stycznia.', 'pl', '2022-01');
    expect(ev.map((e) => [e.rule, e.date!.value])).toEqual([['event.pl.odbedzie-sie', '2022-01-12']]);
  });

  it('a past meeting on an unanchored weekday', () => {
    const ev = events('Ministrowie spraw zagranicznych państw NATO odbyli w piątek nadzwyczajne spotkanie online.', 'pl', null);
    expect(ev.map((e) => [e.rule, e.date!.value, e.date!.mention])).toEqual([['event.pl.odbyc-sie', 'XXXX-WXX-5', 'piątek']]);
  });

  it.each([
    ['W sobotę w Warszawie odbyła się manifestacja przeciwko reformie.', 'event.pl.odbyc-sie', '2022-01-08'],
    ['Wczoraj w centrum Kabulu doszło do zamachu.', 'event.pl.dojsc-do', '2022-01-11'],
    ['Trzęsienie ziemi nawiedziło region 3 stycznia.', 'event.pl.trzesienie', '2022-01-03'],
    ['Wybory parlamentarne zaplanowano na 10 kwietnia.', 'event.pl.zaplanowano', '2022-04-10'],
    ['Premier przyjedzie do Kijowa w przyszły wtorek.', 'event.pl.wizyta', '2022-01-18'],
  ])('%s', (text, rule, value) => {
    const ev = events(text, 'pl', '2022-01-12');
    expect(ev.map((e) => [e.rule, e.date!.value])).toEqual([[rule, value]]);
  });

  it('no event without a date or without an event word', () => {
    expect(events('Spotkanie Rady NATO-Rosja odbędzie się wkrótce.', 'pl', '2022-01-12')).toEqual([]);
    expect(events('W piątek minister był zmęczony.', 'pl', '2022-01-12')).toEqual([]);
  });

  it('never from a metadata header date or a byline', () => {
    const text = ' date 2022-01 Spotkanie ministrów zakończyło się bez porozumienia.\n\nZ Brukseli Łukasz Osiński';
    expect(events(text, 'pl', null)).toEqual([]);
    const corpus = '2005-04-05: Rozpoczną się procesy w sprawie zbrodni\n\nOrganizacja przekazała listę podejrzanych.';
    expect(events(corpus, 'pl', null)).toEqual([]);
  });

  // Polish Wikinews (CC BY 2.5, Wikinews contributors; KPWr corpus).
  it('corpus sentence: a meeting on Friday', () => {
    const ev = events('Szef MSZ spotkał się w piątek z szefem białoruskiej dyplomacji Siarhiejem Martynauem.', 'pl', '2008-09-16');
    expect(ev.map((e) => [e.rule, e.date!.value])).toEqual([['event.pl.spotkac-sie', '2008-09-12']]);
  });
});

describe('English events', () => {
  it.each([
    ['On Friday the ministers met in Brussels.', 'event.en.meet', '2022-01-07'],
    ['The summit will take place on March 3.', 'event.en.take-place', '2022-03-03'],
    ['Parliamentary elections are due on April 10.', 'event.en.election', '2022-04-10'],
    ['A powerful earthquake struck the region on Sunday.', 'event.en.earthquake', '2022-01-09'],
    ['The talks will be held in Geneva next week.', 'event.en.hold', '2022-W03'],
  ])('%s', (text, rule, value) => {
    const ev = events(text, 'en', '2022-01-12');
    expect(ev.map((e) => [e.rule, e.date!.value])).toEqual([[rule, value]]);
  });

  it('a dateline is not part of the event text', () => {
    const text = 'BRUSSELS (Reuters) - NATO foreign ministers met on Friday to discuss Russia.';
    const ev = events(text, 'en', '2022-01-12');
    expect(ev).toHaveLength(1);
    expect(ev[0].text).toBe('NATO foreign ministers met on Friday to discuss Russia.');
    expect(text.slice(ev[0].start, ev[0].end)).toBe(ev[0].text);
  });

  it('the month March is not a march', () => {
    expect(events('Prices rose in March.', 'en', '2022-01-12')).toEqual([]);
  });
});
