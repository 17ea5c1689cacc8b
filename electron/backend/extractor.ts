// TEMPORARY (not committed): stands in until shared/claims/extract.ts lands.
import type { Extractor } from './backend';
export const EXTRACTOR: Extractor = {
  version: 'temp-0',
  extract: (text) => ({ language: /[ąęśćżźłńó]/i.test(text) ? 'pl' : 'en', date: null, title: text.split('\n').find((l) => l.trim())?.trim().slice(0, 100) ?? null, metadata: [], dates: [], claims: [] }),
};
