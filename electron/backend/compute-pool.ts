import type { Worker } from 'node:worker_threads';
import type { ArticleExtraction, ExtractOptions } from '../../shared/claims/types';
import { diffTexts } from '../../shared/diff/text-diff';
import type { DiffOptions, TextDiff } from '../../shared/diff/types';
import type { Extractor } from './backend';

export type ComputeRequest =
  | { id: number; kind: 'diff'; oldText: string; newText: string; options: DiffOptions }
  | { id: number; kind: 'extract'; text: string; opts: ExtractOptions };

type Job = { kind: 'diff'; oldText: string; newText: string; options: DiffOptions } | { kind: 'extract'; text: string; opts: ExtractOptions };

/** Where CPU-heavy work runs: claim extraction and text diffs. */
export interface ComputePool {
  /** How many jobs can usefully run at once. */
  readonly size: number;
  diff(oldText: string, newText: string, options: DiffOptions): Promise<TextDiff>;
  extract(text: string, opts: ExtractOptions): Promise<ArticleExtraction>;
  dispose(): Promise<void>;
}

/** Everything on the calling thread (tests, the CLI). */
export function inProcessCompute(extractor: Extractor): ComputePool {
  return {
    size: 1,
    diff: async (a, b, o) => diffTexts(a, b, o),
    extract: async (text, opts) => extractor.extract(text, opts),
    dispose: async () => undefined,
  };
}

interface Slot {
  worker: Worker | null;
  busy: number;
}

/**
 * A pool of `size` long-lived worker threads (started on first use) running the production
 * extractor and diff. Diffs of texts under `diffThresholdChars` stay inline: a thread hop costs
 * more than diffing a typical article. A worker that cannot start or dies costs no result: the job
 * then runs in process.
 */
export function workerPool(createWorker: () => Worker, extractor: Extractor, size = 2, diffThresholdChars = 60_000): ComputePool {
  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, busy: 0 }));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; slot: Slot }>();
  let nextId = 1;
  let disposed = false;

  const start = (slot: Slot): Worker => {
    const w = createWorker();
    const fail = (err: Error) => {
      for (const [id, p] of pending) {
        if (p.slot !== slot) continue;
        pending.delete(id);
        p.reject(err);
      }
      slot.worker = null;
      slot.busy = 0;
    };
    w.on('message', (m: { id: number; ok: boolean; value?: unknown; message?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      slot.busy--;
      // An idle pool must not keep the process alive; a busy one must (its caller awaits it).
      if (slot.busy === 0) w.unref();
      if (m.ok) p.resolve(m.value);
      else p.reject(new Error(m.message));
    });
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`compute worker exited (${code})`)));
    w.unref();
    slot.worker = w;
    return w;
  };

  const run = async <T>(job: Job, inline: () => T): Promise<T> => {
    if (disposed) return inline();
    const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    try {
      return await new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, slot });
        slot.busy++;
        const w = slot.worker ?? start(slot);
        w.ref();
        w.postMessage({ id, ...job });
      });
    } catch {
      return inline();
    }
  };

  return {
    size: slots.length,
    diff(oldText, newText, options) {
      if (oldText.length + newText.length < diffThresholdChars) return Promise.resolve(diffTexts(oldText, newText, options));
      return run({ kind: 'diff', oldText, newText, options }, () => diffTexts(oldText, newText, options));
    },
    extract(text, opts) {
      return run({ kind: 'extract', text, opts }, () => extractor.extract(text, opts));
    },
    async dispose() {
      disposed = true;
      pending.clear();
      await Promise.all(slots.map((s) => s.worker?.terminate()));
      for (const s of slots) s.worker = null;
    },
  };
}
