import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../../shared/claims/extract';

const seed = readFileSync(fileURLToPath(new URL('../../../seeds/000_6d17f7c8ee7027fa.txt', import.meta.url)), 'utf8');

describe('extraction speed', () => {
  it('extracts a 1 MB article in well under 5 s (no quadratic blow-up)', () => {
    let big = '';
    while (big.length < 1_000_000) big += seed.replace('Z Brukseli Łukasz Osiński', '') + '\n\n';
    const small = big.slice(0, 100_000);
    extractArticle(small); // warm-up
    const t0 = performance.now();
    extractArticle(small);
    const t1 = performance.now();
    const r = extractArticle(big);
    const t2 = performance.now();
    expect(r.claims.length).toBeGreaterThan(1000);
    expect(t2 - t1).toBeLessThan(5000);
    // Ten times the text must not take much more than ten times as long.
    expect(t2 - t1).toBeLessThan(Math.max(30 * (t1 - t0), 1500));
  });
});
