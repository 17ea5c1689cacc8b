import type { Worker } from 'node:worker_threads';
import { diffTexts } from '../../shared/diff/text-diff';
import type { DiffOptions, TextDiff } from '../../shared/diff/types';

/** Computes a text diff, possibly elsewhere than on this thread. */
export interface TextDiffRunner {
  diff(oldText: string, newText: string, options: DiffOptions): Promise<TextDiff>;
  dispose(): Promise<void>;
}

/** Diffs on the calling thread (tests, the CLI). */
export const inProcessDiffs: TextDiffRunner = {
  diff: async (a, b, o) => diffTexts(a, b, o),
  dispose: async () => undefined,
};

/**
 * Diffs texts larger than `thresholdChars` in one long-lived worker thread (started on first use),
 * smaller ones inline: a thread hop costs more than diffing a typical 5 KB article.
 */
export function workerDiffs(createWorker: () => Worker, thresholdChars = 60_000): TextDiffRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (d: TextDiff) => void; reject: (e: Error) => void }>();
  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    worker = null;
  };
  const get = (): Worker => {
    if (worker) return worker;
    const w = createWorker();
    w.on('message', (m: { id: number; ok: boolean; value?: TextDiff; message?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.ok) p.resolve(m.value!);
      else p.reject(new Error(m.message));
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => failAll(new Error(`diff worker exited (${code})`)));
    w.unref();
    worker = w;
    return w;
  };
  return {
    async diff(oldText, newText, options) {
      if (oldText.length + newText.length < thresholdChars) return diffTexts(oldText, newText, options);
      try {
        return await new Promise<TextDiff>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          get().postMessage({ id, oldText, newText, options });
        });
      } catch {
        // A worker that cannot start (or died) must not cost the user the diff.
        return diffTexts(oldText, newText, options);
      }
    },
    async dispose() {
      const w = worker;
      worker = null;
      pending.clear();
      await w?.terminate();
    },
  };
}
