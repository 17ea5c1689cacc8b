import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDates } from '../../../shared/claims/dates';
import { findEvents } from '../../../shared/claims/events';
import { detectMetadata } from '../../../shared/claims/metadata';
import { detectLanguage } from '../../../shared/claims/language';
import type { Language } from '../../../shared/sources';
import { simpleSentences } from './sentences-helper';

// Pieces that exercise the recognisers far more often than random code points do.
const PIECES = [
  ' ', '\n', '\n\n', '\u00a0', '.', ',', '-', '–', '/', ':', '(', ')', '"', '„', '”', '12', '1', '2022', '05', '31', '999',
  'stycznia', 'styczniu', 'stycz', 'I', 'XX', 'wieku', 'piątek', 'piątkowe', 'w', 'we', 'ubiegły', 'przyszłym',
  'tygodniu', 'roku', 'r', 'br', 'dziś', 'wczoraj', 'temu', 'dni', 'za', 'tydzień', 'godz', 'o', 'rano', 'lata', '90',
  'January', 'Jan', 'Friday', 'last', 'next', 'week', 'ago', 'two', 'a.m.', 'the', 'weekend', 'Q1', 'quarter', 'in',
  'date', 'Data', 'By', 'Z', 'Brukseli', 'Łukasz', 'Osiński', 'PAP', '(Reuters)', 'BRUSSELS', '#', 'odbędzie', 'się',
  'spotkanie', 'met', 'summit', 'will',
  // Narrative days and quarters.
  'dzień', 'dnia', 'wcześniej', 'później', 'poprzedniego', 'tego', 'samego', 'nazajutrz', 'kwartału', 'przed',
  'day', 'same', 'previous', 'that', 'earlier', 'later', 'before', 'a', 'could',
];
const newsy = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), newsy, newsy.map((s) => s.replace(/ /g, '')));
const anchor = fc.constantFrom(null, '2022-01', '2022-01-12', '2021-12-31', '2022', 'nonsense');
const lang = fc.constantFrom<Language>('pl', 'en');

describe('properties: arbitrary input never throws and offsets stay valid', () => {
  it('findDates', () => {
    fc.assert(
      fc.property(anyText, lang, anchor, (text, l, a) => {
        const ds = findDates(text, l, a);
        let last = 0;
        for (const d of ds) {
          expect(d.start).toBeGreaterThanOrEqual(last);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(d.start, d.end)).toBe(d.mention);
          expect(typeof d.value).toBe('string');
          expect(d.value.length).toBeGreaterThan(0);
          last = d.end;
        }
      }),
      { numRuns: 600 },
    );
  });

  it('detectMetadata and detectLanguage', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const md = detectMetadata(text);
        expect(md.bodyStart).toBeGreaterThanOrEqual(0);
        expect(md.bodyStart).toBeLessThanOrEqual(text.length);
        for (const m of md.metadata) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
        if (md.headerDate !== null) expect(md.headerDate).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
        expect(['pl', 'en']).toContain(detectLanguage(text));
      }),
      { numRuns: 600 },
    );
  });

  it('findEvents', () => {
    fc.assert(
      fc.property(anyText, lang, anchor, (text, l, a) => {
        const ev = findEvents(text, simpleSentences(text), findDates(text, l, a), l);
        for (const e of ev) {
          expect(e.kind).toBe('event');
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.date).not.toBeNull();
          expect(text.slice(e.date!.start!, e.date!.end!)).toBe(e.date!.mention);
          expect(e.date!.start!).toBeGreaterThanOrEqual(e.start);
          expect(e.date!.end!).toBeLessThanOrEqual(e.end);
        }
      }),
      { numRuns: 400 },
    );
  });
});
