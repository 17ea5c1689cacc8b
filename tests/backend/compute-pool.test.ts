import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerPool } from '../../electron/backend/compute-pool';
import { EXTRACTOR } from '../../electron/backend/extractor';
import { diffTexts } from '../../shared/diff/text-diff';

const bootstrap = new URL('../../electron/cli/compute-worker.mjs', import.meta.url);
const oldText = 'Zginęło 385 osób.\n\nRannych jest 1 700.\n\n'.repeat(50);
const newText = oldText.replace('385', '400');
const article = 'Minister Anna Nowak powiedziała w piątek, że 12 stycznia odbędzie się szczyt. "Jesteśmy gotowi" - dodała.';

describe('the compute pool (worker threads)', () => {
  it('diffs and extracts in workers with the same results as in process', async () => {
    let started = 0;
    const pool = workerPool(() => {
      started++;
      return new Worker(bootstrap);
    }, EXTRACTOR, 2, 0);
    try {
      const [a, b, x, y] = await Promise.all([
        pool.diff(oldText, newText, {}),
        pool.diff(oldText, oldText, {}),
        pool.extract(article, { date: '2022-01-07' }),
        pool.extract(article, {}),
      ]);
      expect(started).toBe(2);
      expect(a).toEqual(diffTexts(oldText, newText, {}));
      expect(a.stats.changes).toBe(1);
      expect(b.stats.changes).toBe(0);
      expect(x).toEqual(EXTRACTOR.extract(article, { date: '2022-01-07' }));
      expect(x.claims.some((c) => c.kind === 'quote' && c.speaker?.name === 'Anna Nowak')).toBe(true);
      expect(y).toEqual(EXTRACTOR.extract(article, {}));
    } finally {
      await pool.dispose();
    }
  });

  it('keeps small diffs inline and falls back in process when a worker cannot start', async () => {
    let started = 0;
    const inline = workerPool(() => {
      started++;
      return new Worker(bootstrap);
    }, EXTRACTOR, 1);
    expect((await inline.diff('a b', 'a c', {})).stats.changes).toBe(1);
    expect(started).toBe(0);
    const broken = workerPool(() => {
      throw new Error('no threads here');
    }, EXTRACTOR, 2, 0);
    expect((await broken.diff(oldText, newText, {})).stats.changes).toBe(1);
    expect((await broken.extract(article, {})).claims.length).toBeGreaterThan(0);
  });
});

describe('a busy pool keeps the process alive', () => {
  it('finishes a job when nothing else holds the event loop', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const script = `
      import { Worker } from 'node:worker_threads';
      const { workerPool } = await import('./electron/backend/compute-pool.ts');
      const { EXTRACTOR } = await import('./electron/backend/extractor.ts');
      const pool = workerPool(() => new Worker(new URL('./electron/cli/compute-worker.mjs', import.meta.url)), EXTRACTOR, 1);
      const x = await pool.extract('Minister Anna Nowak powiedziała, że szczyt odbędzie się 12 stycznia.', {});
      console.log('claims=' + x.claims.length);
    `;
    const root = new URL('../..', import.meta.url);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root });
    expect(stdout).toMatch(/claims=[1-9]/);
  });
});
