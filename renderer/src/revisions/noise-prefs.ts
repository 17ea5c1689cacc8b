import type { DiffOptions } from '../../../shared/diff/types';
import { readStored, writeStored } from '../state/persist';

const KEY = 'factdesk.diff';

export interface DiffPrefs {
  mode: 'side' | 'inline';
  options: Required<DiffOptions>;
}

const DEFAULTS: DiffPrefs = {
  mode: 'side',
  options: { ignoreWhitespace: false, ignoreQuoteStyle: false, ignoreDashes: false, ignoreNumberFormat: false },
};

/** The diff view's remembered mode and noise toggles. */
export function loadDiffPrefs(): DiffPrefs {
  const stored = readStored('local', KEY, DEFAULTS);
  return { mode: stored.mode === 'inline' ? 'inline' : 'side', options: { ...DEFAULTS.options, ...stored.options } };
}

/** Remembers the diff view's mode and noise toggles across sessions. */
export function saveDiffPrefs(prefs: DiffPrefs): void {
  writeStored('local', KEY, prefs);
}
