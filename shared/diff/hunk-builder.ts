import type { DiffHunk } from './types';

interface Piece {
  equal: boolean;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  rewritten: boolean;
}

const WS = /\s/;

/**
 * Lays hunks end to end over both texts. Every call advances a cursor in the old and the new
 * text, so the hunks tile both texts completely and in order by construction; neighbouring
 * pieces of the same kind merge (so an adjacent delete and insert become one replace).
 */
export class HunkBuilder {
  /** Cursor in the old text: everything before it is covered. */
  oldPos = 0;
  /** Cursor in the new text. */
  newPos = 0;
  private readonly pieces: Piece[] = [];

  constructor(
    private readonly oldText: string,
    private readonly newText: string,
    private readonly ignoreWhitespace: boolean,
  ) {}

  /** Covers up to the given ends as unchanged (their texts may differ only by ignored noise). */
  equal(oldEnd: number, newEnd: number): void {
    this.push(true, oldEnd, newEnd, false);
  }

  /** Covers up to the given ends as changed; edge whitespace (common, or any when ignored) stays unchanged. */
  change(oldEnd: number, newEnd: number, rewritten = false): void {
    const o = this.oldText;
    const n = this.newText;
    let os = this.oldPos;
    let ns = this.newPos;
    let oe = oldEnd;
    let ne = newEnd;
    if (this.ignoreWhitespace) {
      // Spacing is not a change here, so edge whitespace stays out of the change on each side.
      while (os < oe && WS.test(o[os])) os++;
      while (ns < ne && WS.test(n[ns])) ns++;
      while (oe > os && WS.test(o[oe - 1])) oe--;
      while (ne > ns && WS.test(n[ne - 1])) ne--;
    } else {
      while (os < oe && ns < ne && o[os] === n[ns] && WS.test(o[os])) {
        os++;
        ns++;
      }
      while (oe > os && ne > ns && o[oe - 1] === n[ne - 1] && WS.test(o[oe - 1])) {
        oe--;
        ne--;
      }
    }
    this.push(true, os, ns, false);
    this.push(false, oe, ne, rewritten && oe > os && ne > ns);
    this.push(true, oldEnd, newEnd, false);
  }

  /** Covers whitespace between tokens or paragraphs: unchanged when equal or when whitespace is ignored. */
  gap(oldEnd: number, newEnd: number): void {
    if (this.ignoreWhitespace || sameRange(this.oldText, this.oldPos, oldEnd, this.newText, this.newPos, newEnd)) {
      this.equal(oldEnd, newEnd);
    } else {
      this.change(oldEnd, newEnd);
    }
  }

  /** The hunks laid so far, with their texts. */
  finish(): DiffHunk[] {
    return this.tidy().map((p) => {
      const hunk: DiffHunk = {
        kind: p.equal ? 'equal' : p.oldStart === p.oldEnd ? 'insert' : p.newStart === p.newEnd ? 'delete' : 'replace',
        oldStart: p.oldStart,
        oldEnd: p.oldEnd,
        newStart: p.newStart,
        newEnd: p.newEnd,
        oldText: this.oldText.slice(p.oldStart, p.oldEnd),
        newText: this.newText.slice(p.newStart, p.newEnd),
      };
      if (p.rewritten) hunk.rewritten = true;
      return hunk;
    });
  }

  // Final clean-up that keeps the tiling: a "change" whose two texts are identical becomes
  // unchanged, and a change, whitespace both sides agree on, and another change read as one
  // change (two rewritten paragraphs in a row are one rewritten block, not two hunks around a
  // blank line).
  private tidy(): Piece[] {
    const joined: Piece[] = [];
    for (const piece of this.pieces) {
      const p = { ...piece };
      const gap = joined[joined.length - 1];
      const before = joined[joined.length - 2];
      if (!p.equal && gap?.equal && before && !before.equal && this.isBlank(gap, before.rewritten || p.rewritten)) {
        joined.pop();
        before.oldEnd = p.oldEnd;
        before.newEnd = p.newEnd;
        before.rewritten ||= p.rewritten;
      } else {
        joined.push(p);
      }
    }
    const out: Piece[] = [];
    for (const p of joined) {
      // Words that only moved across a unit boundary come out as a change with equal texts.
      if (!p.equal && this.sameTexts(p)) {
        p.equal = true;
        p.rewritten = false;
      }
      const last = out[out.length - 1];
      if (last && last.equal && p.equal) {
        last.oldEnd = p.oldEnd;
        last.newEnd = p.newEnd;
      } else {
        out.push(p);
      }
    }
    return out;
  }

  private sameTexts(p: Piece): boolean {
    return sameRange(this.oldText, p.oldStart, p.oldEnd, this.newText, p.newStart, p.newEnd);
  }

  // Whitespace only; across a line break only when joining rewritten blocks, so word edits in
  // two neighbouring paragraphs stay two changes.
  private isBlank(p: Piece, acrossLines: boolean): boolean {
    for (let i = p.oldStart; i < p.oldEnd; i++) {
      const c = this.oldText[i];
      if (!WS.test(c) || (!acrossLines && c === '\n')) return false;
    }
    for (let i = p.newStart; i < p.newEnd; i++) {
      const c = this.newText[i];
      if (!WS.test(c) || (!acrossLines && c === '\n')) return false;
    }
    return true;
  }

  private push(equal: boolean, oldEnd: number, newEnd: number, rewritten: boolean): void {
    if (oldEnd < this.oldPos || newEnd < this.newPos) throw new Error('HunkBuilder: hunks must move forward');
    if (oldEnd === this.oldPos && newEnd === this.newPos) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.equal === equal) {
      last.oldEnd = oldEnd;
      last.newEnd = newEnd;
      last.rewritten ||= rewritten;
    } else {
      this.pieces.push({ equal, oldStart: this.oldPos, oldEnd, newStart: this.newPos, newEnd, rewritten });
    }
    this.oldPos = oldEnd;
    this.newPos = newEnd;
  }
}

function sameRange(a: string, as: number, ae: number, b: string, bs: number, be: number): boolean {
  if (ae - as !== be - bs) return false;
  for (let i = 0; i < ae - as; i++) if (a.charCodeAt(as + i) !== b.charCodeAt(bs + i)) return false;
  return true;
}
