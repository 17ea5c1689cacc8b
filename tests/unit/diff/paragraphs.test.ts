import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../shared/diff/paragraphs';
import { diffTexts } from '../../../shared/diff/text-diff';

const PIECES = ['Sejm', 'zginęło', 'Łódź', '385', '1 700', ' ', '  ', '\n', '\n\n', '\r\n', '.', '. ', '! ', '„', '”', '😀', 'abcdefghij'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((xs) => xs.join(''));

describe('splitUnits', () => {
  it('splits at blank lines and trims whitespace around paragraphs', () => {
    const t = '  Pierwszy akapit.\n\n\n  Drugi\nakapit.  \n \n Trzeci. ';
    expect(splitUnits(t).map((u) => t.slice(u.start, u.end))).toEqual(['Pierwszy akapit.', 'Drugi\nakapit.', 'Trzeci.']);
  });

  it('units are ordered, trimmed, within the limit and cover every non-space character', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(6, 15, 40, 4000), (t, max) => {
        const units = splitUnits(t, max);
        let covered = 0;
        let prevEnd = 0;
        for (const u of units) {
          expect(u.start).toBeGreaterThanOrEqual(prevEnd);
          expect(u.end).toBeGreaterThan(u.start);
          expect(u.end - u.start).toBeLessThanOrEqual(max);
          expect(/\s/.test(t[u.start])).toBe(false);
          expect(/\s/.test(t[u.end - 1])).toBe(false);
          covered += t.slice(u.start, u.end).replace(/\s/g, '').length;
          prevEnd = u.end;
        }
        expect(covered).toBe(t.replace(/\s/g, '').length);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a long line without sentence ends at content-defined places that survive an edit', () => {
    // Varied words, as in real text (deterministic pseudo-random letters).
    let x = 7;
    const letter = () => 'abcdefghijklmnoprstuwyząęłńóśźż'[(x = (x * 48271) % 2147483647) % 31];
    const words = Array.from({ length: 4000 }, () => Array.from({ length: 3 + (x % 6) }, letter).join(''));
    const a = words.join(' ');
    const b = a.replace(words[10], 'zupełnieInneSłowoNaPoczątku');
    const cutsA = splitUnits(a, 1000).map((u) => a.slice(u.start, u.end));
    const cutsB = splitUnits(b, 1000).map((u) => b.slice(u.start, u.end));
    expect(cutsA.length).toBeGreaterThan(10);
    // Only the edited unit differs; every later unit is the same text.
    expect(cutsB.slice(1)).toEqual(cutsA.slice(1));
    const d = diffTexts(a, b, {}, { maxUnitChars: 1000 });
    expect(d.hunks.filter((h) => h.kind !== 'equal').map((h) => [h.oldText, h.newText])).toEqual([[words[10], 'zupełnieInneSłowoNaPoczątku']]);
  });

  it('diff hunks tile both texts with tiny units too', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom(6, 15, 40), (a, b, max) => {
        const d = diffTexts(a, b, {}, { maxUnitChars: max });
        expect(d.hunks.map((h) => h.oldText).join('')).toBe(a);
        expect(d.hunks.map((h) => h.newText).join('')).toBe(b);
        expect(d.stats.changes === 0).toBe(a === b);
      }),
      { numRuns: 400 },
    );
  });
});
