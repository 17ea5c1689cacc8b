import { diffArrays } from 'diff';
import { alignKeys } from './align';
import { HunkBuilder } from './hunk-builder';
import { makeNormaliser } from './noise';
import { PAIR_SIMILARITY, pairRun } from './pairing';
import { MAX_UNIT_CHARS, splitUnits, type TextSpan } from './paragraphs';
import type { DiffHunk, DiffOptions, TextDiff } from './types';
import { bagSimilarity, countWords, tokenize, wordBag, type WordBag } from './words';

/** Work limits of one diff; the defaults keep any input under about a second. */
export interface DiffLimits {
  /** Wall-clock budget in ms; paragraphs left when it runs out are shown replaced (coarse). */
  budgetMs?: number;
  /** Myers edit limit for aligning paragraphs (in paragraphs). */
  paragraphMaxEdit?: number;
  /** Myers edit limit for the words of one edited paragraph (in tokens). */
  wordMaxEdit?: number;
  /** Longest alignment unit; longer paragraphs are cut at lines or sentences. */
  maxUnitChars?: number;
}

const DEFAULT_LIMITS: Required<DiffLimits> = {
  budgetMs: 750,
  paragraphMaxEdit: 4000,
  wordMaxEdit: 1500,
  maxUnitChars: MAX_UNIT_CHARS,
};

/** Below this share of unchanged text on both sides the texts count as rewritten. */
const REWRITTEN_SHARE = 0.2;
/** A pair whose raw common prefix + suffix covers this share is similar without counting words. */
const QUICK_SIMILAR = 0.6;

const WS = /\s/;
const DIGIT = /\d/;

/**
 * Word-level diff of two texts: paragraphs are aligned first, then the words of edited
 * paragraphs; a paragraph replaced by an unrelated one is one `rewritten` hunk. Hunks tile both
 * texts in order with offsets into the original texts, whatever noise is ignored.
 */
export function diffTexts(oldText: string, newText: string, options: DiffOptions = {}, limits: DiffLimits = {}): TextDiff {
  if (oldText === newText) return identical(oldText);
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const run = new DiffRun(oldText, newText, options, lim);
  run.diff();
  return summarise(oldText, newText, run.builder.finish(), run.coarse);
}

function identical(text: string): TextDiff {
  const hunks: DiffHunk[] = text
    ? [{ kind: 'equal', oldStart: 0, oldEnd: text.length, newStart: 0, newEnd: text.length, oldText: text, newText: text }]
    : [];
  return { hunks, stats: { wordsAdded: 0, wordsRemoved: 0, changes: 0 }, rewritten: false, coarse: false };
}

function summarise(oldText: string, newText: string, hunks: DiffHunk[], coarse: boolean): TextDiff {
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let changes = 0;
  let equalOld = 0;
  let equalNew = 0;
  for (const h of hunks) {
    if (h.kind === 'equal') {
      equalOld += h.oldEnd - h.oldStart;
      equalNew += h.newEnd - h.newStart;
      continue;
    }
    changes++;
    wordsRemoved += countWords(oldText, h.oldStart, h.oldEnd);
    wordsAdded += countWords(newText, h.newStart, h.newEnd);
  }
  const bothWorded = /[\p{L}\p{N}]/u.test(oldText) && /[\p{L}\p{N}]/u.test(newText);
  const rewritten =
    bothWorded && equalOld < REWRITTEN_SHARE * oldText.length && equalNew < REWRITTEN_SHARE * newText.length;
  return { hunks, stats: { wordsAdded, wordsRemoved, changes }, rewritten, coarse };
}

// One diff in progress: the texts, their paragraph units and the hunks laid so far.
class DiffRun {
  readonly builder: HunkBuilder;
  coarse = false;
  private readonly deadline: number;
  private readonly normalise: (s: string) => string;
  private readonly oldUnits: TextSpan[];
  private readonly newUnits: TextSpan[];

  constructor(
    private readonly oldText: string,
    private readonly newText: string,
    options: DiffOptions,
    private readonly lim: Required<DiffLimits>,
  ) {
    this.deadline = Date.now() + lim.budgetMs;
    this.normalise = makeNormaliser(options);
    this.builder = new HunkBuilder(oldText, newText, !!options.ignoreWhitespace);
    this.oldUnits = splitUnits(oldText, lim.maxUnitChars);
    this.newUnits = splitUnits(newText, lim.maxUnitChars);
  }

  diff(): void {
    const { oldUnits: ou, newUnits: nu, oldText, newText } = this;
    const ok = ou.map((u) => this.normalise(oldText.slice(u.start, u.end)));
    const nk = nu.map((u) => this.normalise(newText.slice(u.start, u.end)));
    // Unchanged leading and trailing paragraphs need no Myers at all.
    let p = 0;
    while (p < ou.length && p < nu.length && ok[p] === nk[p]) {
      this.equalUnit(p, p);
      p++;
    }
    let so = ou.length;
    let sn = nu.length;
    while (so > p && sn > p && ok[so - 1] === nk[sn - 1]) {
      so--;
      sn--;
    }
    if (p < so || p < sn) {
      const ops = alignKeys(ok.slice(p, so), nk.slice(p, sn), {
        maxEditLength: this.lim.paragraphMaxEdit,
        deadline: Date.now() + Math.max(20, (this.deadline - Date.now()) >> 1),
      });
      if (!ops) {
        // Too different to align paragraph by paragraph in budget: one run, paired by similarity.
        this.coarse = true;
        this.changedRun(p, so, p, sn);
      } else {
        let i = p;
        let j = p;
        let runOld = i;
        let runNew = j;
        for (const op of ops) {
          if (op.kind === 'removed') i += op.count;
          else if (op.kind === 'added') j += op.count;
          else {
            this.changedRun(runOld, i, runNew, j);
            for (let k = 0; k < op.count; k++) this.equalUnit(i++, j++);
            runOld = i;
            runNew = j;
          }
        }
        this.changedRun(runOld, so, runNew, sn);
      }
    }
    for (; so < ou.length; so++, sn++) this.equalUnit(so, sn);
    this.builder.gap(oldText.length, newText.length);
  }

  private equalUnit(i: number, j: number): void {
    this.builder.gap(this.oldUnits[i].start, this.newUnits[j].start);
    this.builder.equal(this.oldUnits[i].end, this.newUnits[j].end);
  }

  // Deleted units [d0, d1) replaced by inserted units [i0, i1): edited pairs get a word diff,
  // the rest is deleted, inserted, or replaced as rewritten.
  private changedRun(d0: number, d1: number, i0: number, i1: number): void {
    if (d0 === d1 && i0 === i1) return;
    const bags = new Map<number, WordBag>();
    const bag = (old: boolean, u: number): WordBag => {
      const id = old ? -1 - u : u;
      let b = bags.get(id);
      if (!b) {
        b = wordBag(old ? this.oldText : this.newText, old ? this.oldUnits[u] : this.newUnits[u], this.normalise);
        bags.set(id, b);
      }
      return b;
    };
    const similarity = (d: number, i: number): number => {
      const quick = this.quickSimilarity(this.oldUnits[d0 + d], this.newUnits[i0 + i]);
      return quick >= QUICK_SIMILAR ? quick : bagSimilarity(bag(true, d0 + d), bag(false, i0 + i));
    };
    // One paragraph replaced by one: always try the word diff, which itself tells a rewrite.
    const pairs: Array<[number, number]> = d1 - d0 === 1 && i1 - i0 === 1 ? [[0, 0]] : pairRun(d1 - d0, i1 - i0, similarity);
    let d = d0;
    let i = i0;
    for (const [pd, pi] of pairs) {
      this.unpaired(d, d0 + pd, i, i0 + pi);
      this.editedPair(d0 + pd, i0 + pi);
      d = d0 + pd + 1;
      i = i0 + pi + 1;
    }
    this.unpaired(d, d1, i, i1);
  }

  private unpaired(d0: number, d1: number, i0: number, i1: number): void {
    if (d0 === d1 && i0 === i1) return;
    const b = this.builder;
    b.change(d1 > d0 ? this.oldUnits[d1 - 1].end : b.oldPos, i1 > i0 ? this.newUnits[i1 - 1].end : b.newPos, d1 > d0 && i1 > i0);
  }

  // Length of the raw common prefix of two units, at most `max` characters.
  private commonPrefix(a: TextSpan, c: TextSpan, max: number): number {
    let k = 0;
    while (k < max && this.oldText.charCodeAt(a.start + k) === this.newText.charCodeAt(c.start + k)) k++;
    return k;
  }

  // Share of the longer unit covered by the raw common prefix and suffix (cheap, no tokenising).
  private quickSimilarity(a: TextSpan, c: TextSpan): number {
    const o = this.oldText;
    const n = this.newText;
    const la = a.end - a.start;
    const lc = c.end - c.start;
    const max = Math.min(la, lc);
    const k = this.commonPrefix(a, c, max);
    let s = 0;
    while (s < max - k && o.charCodeAt(a.end - 1 - s) === n.charCodeAt(c.end - 1 - s)) s++;
    return (k + s) / Math.max(la, lc);
  }

  // Word diff of one edited paragraph; the raw common prefix and suffix (cut at spaces) are
  // laid as unchanged without tokenising, which makes small edits in long texts cheap.
  private editedPair(d: number, i: number): void {
    const b = this.builder;
    const a = this.oldUnits[d];
    const c = this.newUnits[i];
    b.gap(a.start, c.start);
    if (Date.now() > this.deadline) {
      this.coarse = true;
      b.change(a.end, c.end);
      return;
    }
    const o = this.oldText;
    const n = this.newText;
    const la = a.end - a.start;
    const lc = c.end - c.start;
    const max = Math.min(la, lc);
    let k = this.commonPrefix(a, c, max);
    // Cut the prefix where both texts have a token boundary: at a space whose left neighbour is
    // no digit (never inside `1 700`), or at a unit end.
    const startCut = (t: string, base: number, len: number, p: number) =>
      p === 0 || p === len || (WS.test(t[base + p]) && !DIGIT.test(t[base + p - 1]));
    let q = k;
    while (q > 0 && !(startCut(o, a.start, la, q) && startCut(n, c.start, lc, q))) q--;
    let s = 0;
    while (s < max - q && o.charCodeAt(a.end - 1 - s) === n.charCodeAt(c.end - 1 - s)) s++;
    // Cut the suffix at a space (common to both) whose right neighbour is no digit.
    let r = s;
    while (r > 0 && !(WS.test(o[a.end - r]) && (r === 1 || !DIGIT.test(o[a.end - r + 1])))) r--;
    b.equal(a.start + q, c.start + q);
    this.wordDiff(a.start + q, a.end - r, c.start + q, c.end - r, (q + r) / Math.max(la, lc));
    b.gap(a.end - r, c.end - r);
    b.equal(a.end, c.end);
  }

  // Word diff of the differing middle of an edited paragraph. `framed` is the share of the
  // paragraph already known to be unchanged (common prefix and suffix).
  private wordDiff(os: number, oe: number, ns: number, ne: number, framed: number): void {
    const b = this.builder;
    const ta = tokenize(this.oldText, os, oe);
    const tb = tokenize(this.newText, ns, ne);
    const ka = ta.starts.map((st, x) => this.normalise(this.oldText.slice(st, ta.ends[x])));
    const kb = tb.starts.map((st, x) => this.normalise(this.newText.slice(st, tb.ends[x])));
    // Sharing under PAIR_SIMILARITY of the words means more than (1 - it) of all tokens are
    // edits: bounding Myers there makes a hopeless (rewritten) pair cost little.
    const bound = Math.max(1, Math.floor((1 - PAIR_SIMILARITY) * (ka.length + kb.length)));
    const maxEditLength = Math.min(this.lim.wordMaxEdit, bound);
    const deadline = this.deadline;
    const changes =
      ka.length && kb.length
        ? diffArrays(ka, kb, { maxEditLength, timeout: Math.max(1, deadline - Date.now()) })
        : [{ removed: true, added: false, count: ka.length, value: ka }, { added: true, removed: false, count: kb.length, value: kb }];
    if (!changes) {
      if (maxEditLength < bound || Date.now() >= deadline) {
        this.coarse = true;
        b.change(oe, ne);
      } else {
        // Confetti otherwise: show the differing part as one replacement (a rewrite when the
        // paragraph is not mostly unchanged around it).
        b.change(oe, ne, framed < PAIR_SIMILARITY);
      }
      return;
    }
    let i = 0;
    let j = 0;
    let removed = false;
    let added = false;
    const flush = () => {
      if (removed || added) b.change(removed ? ta.ends[i - 1] : b.oldPos, added ? tb.ends[j - 1] : b.newPos);
      removed = added = false;
    };
    for (const ch of changes) {
      if (ch.count === 0) continue;
      if (ch.removed) {
        i += ch.count;
        removed = true;
      } else if (ch.added) {
        j += ch.count;
        added = true;
      } else {
        flush();
        for (let x = 0; x < ch.count; x++, i++, j++) {
          b.gap(ta.starts[i], tb.starts[j]);
          b.equal(ta.ends[i], tb.ends[j]);
        }
      }
    }
    flush();
  }
}
