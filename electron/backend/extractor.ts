import { extractArticle } from '../../shared/claims/extract';
import type { Extractor } from './backend';

/**
 * The production extractor. Bump the version whenever extraction rules change, so that cached
 * claims of old versions are recomputed (verification records hang on keys, not on this cache).
 */
export const EXTRACTOR: Extractor = { version: '2026-11-25.322', extract: extractArticle };
