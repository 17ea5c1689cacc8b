import type { DiffHunk } from '../../../shared/diff/types';

/** A piece of text in a diff row; `change` numbers the non-equal hunks (for n/p stepping). */
export interface DiffPiece {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
  change: number | null;
  rewritten?: boolean;
}

/** One paragraph-aligned row: what the old side shows, the new side shows, and the inline order. */
export interface DiffRow {
  old: DiffPiece[];
  new: DiffPiece[];
  inline: DiffPiece[];
}

export interface DiffLayout {
  rows: DiffRow[];
  /** For each change number: the row it is in, and its hunk. */
  changes: { row: number; hunk: DiffHunk }[];
}

// Paragraph breaks in unchanged text end a row, so both sides stay aligned paragraph by paragraph.
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

/** Lays the hunks out as paragraph-aligned rows for the side-by-side and inline views. */
export function layoutDiff(hunks: readonly DiffHunk[]): DiffLayout {
  const rows: DiffRow[] = [];
  const changes: DiffLayout['changes'] = [];
  let row: DiffRow = { old: [], new: [], inline: [] };
  const flush = () => {
    if (row.old.length || row.new.length) rows.push(row);
    row = { old: [], new: [], inline: [] };
  };

  for (const hunk of hunks) {
    if (hunk.kind === 'equal') {
      // Equal hunks carry the same text on both sides (modulo ignored noise): show each side's own.
      const oldParts = splitParagraphs(hunk.oldText);
      const newParts = splitParagraphs(hunk.newText);
      if (oldParts.length !== newParts.length) {
        addEqual(row, hunk.oldText, hunk.newText);
        continue;
      }
      oldParts.forEach((part, i) => {
        if (i > 0) flush();
        addEqual(row, part, newParts[i]);
      });
      continue;
    }
    const change = changes.length;
    changes.push({ row: rows.length, hunk });
    const rewritten = hunk.rewritten;
    if (hunk.oldText) {
      const piece: DiffPiece = { kind: 'delete', text: hunk.oldText, change, rewritten };
      row.old.push(piece);
      row.inline.push(piece);
    }
    if (hunk.newText) {
      const piece: DiffPiece = { kind: 'insert', text: hunk.newText, change, rewritten };
      row.new.push(piece);
      row.inline.push(piece);
    }
  }
  flush();
  return { rows, changes };
}

function addEqual(row: DiffRow, oldText: string, newText: string): void {
  if (oldText) row.old.push({ kind: 'equal', text: oldText, change: null });
  if (newText) {
    const piece: DiffPiece = { kind: 'equal', text: newText, change: null };
    row.new.push(piece);
    row.inline.push(piece);
  }
}

function splitParagraphs(text: string): string[] {
  if (!text) return [''];
  const parts: string[] = [];
  let last = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    // Keep the break out of both rows: rows are separated visually by CSS.
    parts.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** A one-line description of a change for the list of changes. */
export function describeChange(hunk: DiffHunk, max = 60): string {
  const short = (s: string) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max)}…` : t;
  };
  if (hunk.rewritten) return `Paragraph rewritten: “${short(hunk.newText || hunk.oldText)}”`;
  if (hunk.kind === 'insert') return `Added “${short(hunk.newText)}”`;
  if (hunk.kind === 'delete') return `Removed “${short(hunk.oldText)}”`;
  return `“${short(hunk.oldText)}” → “${short(hunk.newText)}”`;
}
