import type { Claim, ClaimKind } from '../../../shared/claims/types';

/** A claim span to highlight (offsets into the article text). */
export interface Mark {
  key: string;
  kind: ClaimKind;
  start: number;
  end: number;
}

/** A run of text covered by the same set of marks. */
export interface Segment {
  start: number;
  end: number;
  /** Covering marks, outermost (longest) first, so nesting reads naturally. */
  marks: Mark[];
  /** Inside a speaker mention. */
  speaker: boolean;
}

/** The claim and speaker spans of an article, clamped to the text and with empty spans dropped. */
export function marksOf(claims: readonly Claim[], length: number): { marks: Mark[]; speakers: [number, number][] } {
  const marks: Mark[] = [];
  const speakers: [number, number][] = [];
  for (const c of claims) {
    const start = clamp(c.start, length);
    const end = clamp(c.end, length);
    if (end > start) marks.push({ key: c.key, kind: c.kind, start, end });
    const sp = c.speaker;
    if (sp && typeof sp.start === 'number' && typeof sp.end === 'number') {
      const s = clamp(sp.start, length);
      const e = clamp(sp.end, length);
      if (e > s) speakers.push([s, e]);
    }
  }
  return { marks, speakers };
}

/**
 * Splits [0, length) at every mark and speaker boundary so that overlapping spans (a quantity inside
 * a quote) become nested runs. A sweep over sorted boundaries keeps it linear in the number of marks
 * times the (small) overlap depth.
 */
export function segmentText(length: number, marks: readonly Mark[], speakers: readonly [number, number][]): Segment[] {
  const points = new Set<number>([0, length]);
  for (const m of marks) {
    points.add(m.start);
    points.add(m.end);
  }
  for (const [s, e] of speakers) {
    points.add(s);
    points.add(e);
  }
  const cuts = [...points].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);

  const byStart = marks.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const spk = speakers.slice().sort((a, b) => a[0] - b[0]);
  const active: Mark[] = [];
  const activeSpeakers: [number, number][] = [];
  let mi = 0;
  let si = 0;
  const out: Segment[] = [];

  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    while (mi < byStart.length && byStart[mi].start <= start) active.push(byStart[mi++]);
    while (si < spk.length && spk[si][0] <= start) activeSpeakers.push(spk[si++]);
    prune(active, (m) => m.end > start);
    prune(activeSpeakers, (s) => s[1] > start);
    const covering = active.filter((m) => m.start <= start && m.end >= end);
    covering.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    out.push({ start, end, marks: covering, speaker: activeSpeakers.length > 0 });
  }
  return mergePlain(out);
}

function clamp(n: number, length: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(length, Math.trunc(n))) : 0;
}

function prune<T>(items: T[], keep: (item: T) => boolean): void {
  let w = 0;
  for (const item of items) if (keep(item)) items[w++] = item;
  items.length = w;
}

// Adjacent runs with the same coverage render as one node (fewer DOM nodes for long articles).
function mergePlain(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (prev && prev.speaker === seg.speaker && sameMarks(prev.marks, seg.marks)) prev.end = seg.end;
    else out.push({ ...seg });
  }
  return out;
}

function sameMarks(a: Mark[], b: Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
