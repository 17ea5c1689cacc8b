import { diffArrays } from 'diff';

/** One step of an alignment of two key sequences (like jsdiff's change objects, without values). */
export interface AlignOp {
  kind: 'equal' | 'removed' | 'added';
  count: number;
}

/** Work limits of one alignment. */
export interface AlignLimits {
  maxEditLength: number;
  /** Absolute time (Date.now()) after which jsdiff gives up. */
  deadline: number;
}

/**
 * Aligns two key sequences (normalised paragraphs). Keys that occur exactly once on each side
 * anchor the alignment (their longest increasing run, as in patience diff), and jsdiff's Myers
 * diff aligns the short stretches between anchors. This keeps long articles with edits in many
 * paragraphs near-linear, where plain Myers costs O(N·D). Returns null when jsdiff hit a limit.
 */
export function alignKeys(oldKeys: string[], newKeys: string[], limits: AlignLimits): AlignOp[] | null {
  const ops: AlignOp[] = [];
  const push = (kind: AlignOp['kind'], count: number) => {
    if (count <= 0) return;
    const last = ops[ops.length - 1];
    if (last && last.kind === kind) last.count += count;
    else ops.push({ kind, count });
  };
  const anchors = uniqueAnchors(oldKeys, newKeys);
  let o = 0;
  let n = 0;
  let edits = 0;
  for (let x = 0; x <= anchors.length; x++) {
    const oEnd = x < anchors.length ? anchors[x][0] : oldKeys.length;
    const nEnd = x < anchors.length ? anchors[x][1] : newKeys.length;
    // Equal keys right after the previous anchor and right before this one.
    let head = 0;
    while (o + head < oEnd && n + head < nEnd && oldKeys[o + head] === newKeys[n + head]) head++;
    let tail = 0;
    while (oEnd - tail > o + head && nEnd - tail > n + head && oldKeys[oEnd - 1 - tail] === newKeys[nEnd - 1 - tail]) tail++;
    push('equal', head);
    const os = o + head;
    const oe = oEnd - tail;
    const ns = n + head;
    const ne = nEnd - tail;
    if (os < oe && ns < ne) {
      const changes = diffArrays(oldKeys.slice(os, oe), newKeys.slice(ns, ne), {
        maxEditLength: Math.max(1, limits.maxEditLength - edits),
        timeout: Math.max(1, limits.deadline - Date.now()),
      });
      if (!changes) return null;
      for (const c of changes) {
        push(c.added ? 'added' : c.removed ? 'removed' : 'equal', c.count);
        if (c.added || c.removed) edits += c.count;
      }
    } else {
      push('removed', oe - os);
      push('added', ne - ns);
      edits += oe - os + ne - ns;
    }
    push('equal', tail);
    if (x < anchors.length) push('equal', 1);
    o = oEnd + 1;
    n = nEnd + 1;
  }
  return ops;
}

// Pairs (oldIndex, newIndex) of keys unique on both sides, reduced to their longest run that
// is increasing on both sides (patience sorting, O(k log k)).
function uniqueAnchors(oldKeys: string[], newKeys: string[]): Array<[number, number]> {
  const seen = new Map<string, { oldCount: number; oldAt: number; newCount: number; newAt: number }>();
  oldKeys.forEach((k, i) => {
    const e = seen.get(k);
    if (e) e.oldCount++;
    else seen.set(k, { oldCount: 1, oldAt: i, newCount: 0, newAt: -1 });
  });
  newKeys.forEach((k, i) => {
    const e = seen.get(k);
    if (e) {
      e.newCount++;
      e.newAt = i;
    }
  });
  const pairs: Array<[number, number]> = [];
  for (const e of seen.values()) if (e.oldCount === 1 && e.newCount === 1) pairs.push([e.oldAt, e.newAt]);
  pairs.sort((a, b) => a[0] - b[0]);
  // Longest increasing subsequence of the new indices.
  const tails: number[] = [];
  const prev = new Array<number>(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    const v = pairs[i][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const out: Array<[number, number]> = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) out.push(pairs[i]);
  return out.reverse();
}
