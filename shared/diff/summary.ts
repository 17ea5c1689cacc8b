import type { ClaimChangeSet, TextDiff } from './types';

/** One-line timeline summary of a version change, e.g. `+12 −3 words · claims +1 −0 ~2`. */
export function summarizeChange(text: TextDiff, claims: ClaimChangeSet): string {
  const { wordsAdded, wordsRemoved, changes } = text.stats;
  const claimChanges = claims.added.length + claims.removed.length + claims.changed.length;
  if (changes === 0 && claimChanges === 0) return 'no changes';
  const words = changes > 0 && wordsAdded === 0 && wordsRemoved === 0 ? 'formatting only' : `+${wordsAdded} −${wordsRemoved} words`;
  const parts = [text.rewritten ? `rewritten ${words}` : words];
  parts.push(`claims +${claims.added.length} −${claims.removed.length} ~${claims.changed.length}`);
  return parts.join(' · ');
}
