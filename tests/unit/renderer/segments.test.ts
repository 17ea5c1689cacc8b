import { describe, expect, it } from 'vitest';
import { segmentText, type Mark } from '../../../renderer/src/reading/segments';

const mark = (key: string, kind: Mark['kind'], start: number, end: number): Mark => ({ key, kind, start, end });

describe('segmentText', () => {
  it('covers the whole text without gaps or overlaps', () => {
    const segs = segmentText(100, [mark('a', 'quote', 10, 60), mark('b', 'quantity', 30, 40), mark('c', 'event', 55, 80)], []);
    expect(segs[0].start).toBe(0);
    expect(segs[segs.length - 1].end).toBe(100);
    for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
  });

  it('nests a quantity inside a quote, outermost mark first', () => {
    const segs = segmentText(50, [mark('q', 'quote', 0, 50), mark('n', 'quantity', 10, 20)], []);
    const inner = segs.find((s) => s.start === 10)!;
    expect(inner.end).toBe(20);
    expect(inner.marks.map((m) => m.key)).toEqual(['q', 'n']);
    expect(segs.find((s) => s.start === 0)!.marks.map((m) => m.key)).toEqual(['q']);
  });

  it('splits crossing (not nested) spans into three runs', () => {
    const segs = segmentText(30, [mark('a', 'quote', 0, 20), mark('b', 'event', 10, 30)], []);
    expect(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.key).join('+')])).toEqual([
      [0, 10, 'a'],
      [10, 20, 'a+b'],
      [20, 30, 'b'],
    ]);
  });

  it('marks speaker mentions and merges plain runs', () => {
    const segs = segmentText(40, [], [[5, 12]]);
    expect(segs.map((s) => [s.start, s.end, s.speaker])).toEqual([
      [0, 5, false],
      [5, 12, true],
      [12, 40, false],
    ]);
  });

  it('stays fast on a long article with many claims', () => {
    const marks: Mark[] = [];
    for (let i = 0; i < 20000; i++) marks.push(mark(`k${i}`, i % 2 ? 'quote' : 'quantity', i * 50, i * 50 + 40));
    const t = performance.now();
    const segs = segmentText(1_000_000, marks, []);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(segs.length).toBeGreaterThan(20000);
  });
});
