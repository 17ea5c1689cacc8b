import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../shared/diff/text-diff';
import type { DiffOptions, TextDiff } from '../../../shared/diff/types';

const PIECES = [
  'Sejm', 'zginęło', 'Łódź', 'żołnierzy', 'gęślą', 'minister', 'said', 'today', 'on', 'Saturday', 'w', 'i', 'na',
  '385', '400', '1 700', '1\u00a0700', '1700', '2,5', '2.5', '12', 'stycznia',
  ' ', ' ', ' ', '  ', '\u00a0', '\n', '\n\n', '\n\n\n', '\r\n\r\n', '\t',
  '„', '”', '"', "'", '’', '«', '»', '-', '–', '—', '−', ',', '.', '(', ')', ':', '😀', 'z\u0307',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((xs) => xs.join(''));

// A revision: a list of edits applied at random positions of the old text.
const edit = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 12 }),
  ins: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((xs) => xs.join('')),
});

function applyEdits(base: string, edits: { at: number; del: number; ins: string }[]): string {
  let s = base;
  for (const e of edits) {
    const at = s.length ? e.at % (s.length + 1) : 0;
    s = s.slice(0, at) + e.ins + s.slice(at + e.del);
  }
  return s;
}

const options = fc.record({
  ignoreWhitespace: fc.boolean(),
  ignoreQuoteStyle: fc.boolean(),
  ignoreDashes: fc.boolean(),
  ignoreNumberFormat: fc.boolean(),
});

function checkTiling(a: string, b: string, d: TextDiff): void {
  expect(d.hunks.map((h) => h.oldText).join('')).toBe(a);
  expect(d.hunks.map((h) => h.newText).join('')).toBe(b);
  let o = 0;
  let n = 0;
  for (const h of d.hunks) {
    expect([h.oldStart, h.newStart]).toEqual([o, n]);
    expect(a.slice(h.oldStart, h.oldEnd)).toBe(h.oldText);
    expect(b.slice(h.newStart, h.newEnd)).toBe(h.newText);
    expect(h.kind === 'insert' ? h.oldText === '' && h.newText !== '' : true).toBe(true);
    expect(h.kind === 'delete' ? h.newText === '' && h.oldText !== '' : true).toBe(true);
    expect(h.kind === 'replace' ? h.oldText !== '' && h.newText !== '' : true).toBe(true);
    o = h.oldEnd;
    n = h.newEnd;
  }
  expect([o, n]).toEqual([a.length, b.length]);
}

describe('diffTexts properties', () => {
  it('hunks tile both texts exactly, in order, under any noise options', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 6 }), options, (a, edits, opts: DiffOptions) => {
        const b = applyEdits(a, edits);
        checkTiling(a, b, diffTexts(a, b, opts));
        checkTiling(b, a, diffTexts(b, a, opts));
      }),
      { numRuns: 600 },
    );
  });

  it('without noise options, equal hunks are byte-identical and any difference is reported', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 4 }), (a, edits) => {
        const b = applyEdits(a, edits);
        const d = diffTexts(a, b);
        for (const h of d.hunks) if (h.kind === 'equal') expect(h.oldText).toBe(h.newText);
        expect(d.stats.changes === 0).toBe(a === b);
      }),
      { numRuns: 400 },
    );
  });

  it('a text against itself is never changed, whatever the options', () => {
    fc.assert(
      fc.property(text, options, (a, opts: DiffOptions) => {
        const d = diffTexts(a, a, opts);
        expect(d.stats.changes).toBe(0);
        expect(d.rewritten).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
