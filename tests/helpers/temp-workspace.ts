import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleExtraction, ExtractOptions } from '../../shared/claims/types';
import { Backend, type BackendOptions, type Extractor } from '../../electron/backend/backend';

/** A throwaway folder under the OS temp dir; removed by `cleanup`. */
export function tempDir(prefix = 'factdesk-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A tiny deterministic extractor for back-end tests: one quantity claim per number in the text. */
export const fakeExtractor: Extractor = {
  version: 'fake-1',
  extract(text: string, opts: ExtractOptions): ArticleExtraction {
    const claims = [...text.matchAll(/\d+/g)].map((m, i) => ({
      key: `q${i}`,
      kind: 'quantity' as const,
      text: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
      rule: 'fake.number',
      speaker: null,
      quote: null,
      date: null,
      quantity: { value: Number(m[0]), unit: '', mention: m[0] },
    }));
    const title = text.split('\n')[0]?.trim() || null;
    return { language: 'pl', date: opts.date ?? null, title, metadata: [], dates: [], claims };
  },
};

/** Opens a back end on `folder` with fast settle times for tests. */
export function openBackend(folder: string, extra: Partial<BackendOptions> = {}): Promise<Backend> {
  return Backend.open({ folder, extractor: fakeExtractor, settleMs: 60, owner: 'test', ...extra });
}

/** Polls `check` until it returns a truthy value or the time runs out. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
