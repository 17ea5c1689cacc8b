/** Similarity from which a deleted and an inserted paragraph count as one edited paragraph. */
export const PAIR_SIMILARITY = 0.4;

/**
 * Pairs deleted with inserted paragraphs of one changed run, in order (no crossings): each
 * deleted paragraph takes the next inserted one if it is similar enough (`threshold`), else the
 * most similar one above the threshold within a window after the previous pair. The window
 * shrinks as runs grow, so comparisons stay under max(`maxComparisons`, deleted count): two
 * unrelated articles cost linear time.
 */
export function pairRun(
  delCount: number,
  insCount: number,
  similarity: (d: number, i: number) => number,
  threshold = PAIR_SIMILARITY,
  maxComparisons = 20_000,
): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (delCount === 0 || insCount === 0) return pairs;
  const window = Math.max(1, Math.min(64, Math.floor(maxComparisons / delCount)));
  let next = 0;
  for (let d = 0; d < delCount && next < insCount; d++) {
    let best = -1;
    let bestSim = threshold;
    const stop = Math.min(insCount, next + window);
    // The next inserted paragraph in order is the usual partner: take it at once when it is
    // similar enough, which saves comparing a long run all against all.
    if (similarity(d, next) >= threshold) {
      pairs.push([d, next++]);
      continue;
    }
    for (let i = next + 1; i < stop; i++) {
      const s = similarity(d, i);
      if (s > bestSim || (best < 0 && s >= bestSim)) {
        best = i;
        bestSim = s;
      }
    }
    if (best >= 0) {
      pairs.push([d, best]);
      next = best + 1;
    }
  }
  return pairs;
}
