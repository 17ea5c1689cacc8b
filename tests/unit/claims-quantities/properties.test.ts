import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuantities } from '../../../shared/claims/quantities';
import type { Language } from '../../../shared/sources';

const PIECES = [
  ' ', '\u00a0', '\n', '.', ',', '-', '–', '/', ':', '%', '$', '€', '£', '+', '(', ')', '1', '12', '700', '2022', '000',
  '2,5', '1.5', 'tys', 'mln', 'mld', 'zł', 'proc', 'osób', 'rannych', 'około', 'ponad', 'od', 'do', 'F', 'COVID', 'G',
  'art', 'nr', 'godz', 'r', 'stycznia', 'million', 'billion', 'people', 'between', 'and', 'percent', 'US', 'm', 'bn', 'k',
  'dwóch', 'two', 'a', 'half', 'pół', 'Boeing', 'km', '²',
];
const newsy = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), newsy, newsy.map((s) => s.replace(/ /g, '')));

describe('properties: findQuantities', () => {
  it('never throws; sorted, non-overlapping, offsets valid, values finite', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<Language>('pl', 'en'), (text, lang) => {
        let last = 0;
        for (const q of findQuantities(text, lang)) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeGreaterThan(q.start);
          expect(text.slice(q.start, q.end)).toBe(q.mention);
          expect(Number.isFinite(q.value)).toBe(true);
          if (q.valueTo !== undefined) expect(q.valueTo).toBeGreaterThan(q.value);
          expect(typeof q.unit).toBe('string');
          last = q.end;
        }
      }),
      { numRuns: 800 },
    );
  });
});
