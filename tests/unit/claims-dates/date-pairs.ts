import { findDates } from '../../../shared/claims/dates';
import type { Language } from '../../../shared/sources';

/** [mention, value] pairs of the temporal expressions found in a text. */
export function datePairs(text: string, lang: Language, anchor: string | null): [string, string][] {
  return findDates(text, lang, anchor).map((d) => [d.mention, d.value]);
}
