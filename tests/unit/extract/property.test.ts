import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../../../shared/claims/extract';
import { splitSentences } from '../../../shared/text/sentences';

const pieces = ['„', '”', '"', '«', '»', "'", '’', '‘', ' - ', ' – ', '—', '\n', '\n\n', ': ', '. ', 'powiedział ', 'said ', 'Jan Kowalski ', 'szef NATO ', 'że ', 'Według ', 'r. ', 'gen. ', '12 stycznia ', '5 proc. ',
  // Pieces of the real-news rules (participles, group members, degrees, ranks, speaker headings).
  'adding: ', 'Dodał, że ', 'jeden z ', 'the PM ', 'told the ', ', MD, ', 'sierż. sztab. ', 'Anna Nowak, trener Warty\n\n', 'READ MORE: ', '’s '];
const mixed = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((a) => a.join(''));

function valid(text: string) {
  for (const s of splitSentences(text, 'pl')) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const lang of ['pl', 'en'] as const) {
    const r = extractArticle(text, { lang });
    for (const c of r.claims) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(c.start, c.end)).toBe(c.text);
      if (c.quote) expect(text.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
      if (c.speaker?.start !== undefined) expect(text.slice(c.speaker.start, c.speaker.end)).toBe(c.speaker.mention);
      if (c.date?.start !== undefined) expect(text.slice(c.date.start, c.date.end)).toBe(c.date.mention);
      expect(c.key).toMatch(/^[0-9a-f]{16}$/);
    }
    for (const d of r.dates) expect(text.slice(d.start, d.end)).toBe(d.mention);
    // Deterministic.
    expect(JSON.stringify(extractArticle(text, { lang }))).toBe(JSON.stringify(r));
  }
}

describe('extraction never throws and keeps offsets valid', () => {
  it('on arbitrary grapheme strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), valid), { numRuns: 150 });
  });
  it('on arbitrary binary strings (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), valid), { numRuns: 150 });
  });
  it('on a quotation left open at the end of the text inside a source phrase (found by fast-check)', () => {
    valid('Według „Według \u0000𐀀𐀀');
    valid('according to "The Times');
  });
  it('on a sentence that is only `As` or `Jak` (found by fast-check)', () => {
    valid('as');
    valid('Storm\n\nAs');
    valid('Jak');
  });

  it('on mixtures of quote marks, dashes, newlines and news words', () => {
    fc.assert(fc.property(mixed, valid), { numRuns: 300 });
  });
});
