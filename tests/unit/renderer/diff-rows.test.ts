import { describe, expect, it } from 'vitest';
import type { DiffHunk } from '../../../shared/diff/types';
import { describeChange, layoutDiff } from '../../../renderer/src/revisions/diff-rows';

/** Builds hunks with consistent offsets from [kind, old, new] triples. */
function hunks(parts: [DiffHunk['kind'], string, string][]): DiffHunk[] {
  let o = 0;
  let n = 0;
  return parts.map(([kind, oldText, newText]) => {
    const h: DiffHunk = { kind, oldStart: o, oldEnd: o + oldText.length, newStart: n, newEnd: n + newText.length, oldText, newText };
    o += oldText.length;
    n += newText.length;
    return h;
  });
}

describe('layoutDiff', () => {
  it('aligns paragraphs in rows and keeps a replacement in its paragraph', () => {
    const layout = layoutDiff(
      hunks([
        ['equal', 'Spotkanie odbędzie się ', 'Spotkanie odbędzie się '],
        ['replace', '12', '13'],
        ['equal', ' stycznia.\n\nDrugi akapit.', ' stycznia.\n\nDrugi akapit.'],
      ]),
    );
    expect(layout.rows).toHaveLength(2);
    const [first, second] = layout.rows;
    expect(first.old.map((p) => [p.kind, p.text])).toEqual([
      ['equal', 'Spotkanie odbędzie się '],
      ['delete', '12'],
      ['equal', ' stycznia.'],
    ]);
    expect(first.new.find((p) => p.kind === 'insert')?.text).toBe('13');
    expect(first.inline.map((p) => p.kind)).toEqual(['equal', 'delete', 'insert', 'equal']);
    expect(second.new.map((p) => p.text).join('')).toBe('Drugi akapit.');
    expect(layout.changes).toHaveLength(1);
    expect(layout.changes[0].row).toBe(0);
  });

  it('numbers every change and records its row', () => {
    const layout = layoutDiff(
      hunks([
        ['insert', '', 'Nowy akapit.\n\n'],
        ['equal', 'A.\n\nB.', 'A.\n\nB.'],
        ['delete', ' Usunięte.', ''],
      ]),
    );
    expect(layout.changes.map((c) => c.row)).toEqual([0, 1]);
    expect(layout.rows[1].old.at(-1)).toMatchObject({ kind: 'delete', change: 1 });
  });

  it('describes changes in one line', () => {
    const [h] = hunks([['replace', '385 zabitych', '400 zabitych']]);
    expect(describeChange(h)).toBe('“385 zabitych” → “400 zabitych”');
  });
});
