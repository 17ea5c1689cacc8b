import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerDiffs } from '../../electron/backend/diff-runner';
import { diffTexts } from '../../shared/diff/text-diff';

const bootstrap = new URL('../../electron/cli/diff-worker.mjs', import.meta.url);
const oldText = 'Zginęło 385 osób.\n\nRannych jest 1 700.\n\n'.repeat(50);
const newText = oldText.replace('385', '400');

describe('diffs off the main thread', () => {
  it('computes the same diff in a worker thread as in process', async () => {
    let started = 0;
    const runner = workerDiffs(() => {
      started++;
      return new Worker(bootstrap);
    }, 0);
    try {
      const [a, b] = await Promise.all([runner.diff(oldText, newText, {}), runner.diff(oldText, oldText, {})]);
      expect(started).toBe(1);
      expect(a).toEqual(diffTexts(oldText, newText, {}));
      expect(a.stats.changes).toBe(1);
      expect(b.stats.changes).toBe(0);
    } finally {
      await runner.dispose();
    }
  });

  it('keeps small diffs inline and falls back in process when the worker cannot start', async () => {
    let started = 0;
    const inline = workerDiffs(() => {
      started++;
      return new Worker(bootstrap);
    });
    expect((await inline.diff('a b', 'a c', {})).stats.changes).toBe(1);
    expect(started).toBe(0);
    const broken = workerDiffs(() => {
      throw new Error('no threads here');
    }, 0);
    expect((await broken.diff(oldText, newText, {})).stats.changes).toBe(1);
  });
});
