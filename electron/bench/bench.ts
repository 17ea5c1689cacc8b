import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Backend } from '../backend/backend';
import { workerPool } from '../backend/compute-pool';
import { EXTRACTOR } from '../backend/extractor';
import { article, rng } from './corpus';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(2);
};
const ms = (t0: number) => +(performance.now() - t0).toFixed(1);

/** Writes `n` articles (half Polish, half English, 2–10 KB) into `dir`. */
export function writeCorpus(dir: string, n: number, seed = 1): number {
  const r = rng(seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const lang = i % 2 ? 'en' : 'pl';
    const text = article(r, lang, 2000 + Math.floor(r() * 8000));
    // A few sub-folders, as a newsroom drop folder would have.
    const sub = join(dir, `desk-${i % 10}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `article-${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

async function benchWorkspace(n: number, latencySamples: number): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), `factdesk-bench-${n}-`));
  try {
    const bytes = writeCorpus(dir, n);
    const t0 = performance.now();
    // The same compute pool as the app: extraction and large diffs on worker threads, one per core.
    const compute = workerPool(() => new Worker(new URL('../cli/compute-worker.mjs', import.meta.url)), EXTRACTOR, Math.min(4, cpus().length));
    const backend = await Backend.open({ folder: dir, extractor: EXTRACTOR, owner: 'bench', watch: latencySamples > 0, compute });
    const ingestMs = ms(t0);
    await backend.whenIdle();
    const readyMs = ms(t0);
    const sources = await backend.listSources();
    const out: Record<string, unknown> = {
      articles: n,
      corpusMB: +(bytes / 1048576).toFixed(1),
      // Versions recorded and the source list usable:
      coldIngestMs: ingestMs,
      // ... and every article's claims extracted (background work after the scan):
      coldIngestWithClaimsMs: readyMs,
      recorded: sources.length,
    };

    // One-record writes: a status change, API call to durable write (flat across corpus sizes).
    const target = sources[Math.floor(sources.length / 2)];
    const rows = await backend.listClaims({ sourceId: target.id });
    const writes: number[] = [];
    const statuses = ['true', 'false', 'misleading', 'in-progress'] as const;
    for (let i = 0; i < 40 && rows.length; i++) {
      const t = performance.now();
      await backend.updateRecord({ sourceId: target.id, claimKey: rows[i % rows.length].claim.key, change: { status: statuses[i % 4] } });
      writes.push(performance.now() - t);
    }
    out.recordWriteMs = writes.length ? { p50: pct(writes, 50), p95: pct(writes, 95), samples: writes.length } : null;

    if (latencySamples > 0) {
      const lat: number[] = [];
      const r = rng(7);
      for (let i = 0; i < latencySamples; i++) {
        const s = sources[Math.floor(r() * sources.length)];
        const want = s.versionCount + 1;
        const text = article(r, s.language === 'en' ? 'en' : 'pl', 4000);
        const got = new Promise<number>((resolve) => {
          const off = backend.onEvent((e) => {
            if (e.type === 'source' && e.source.id === s.id && e.source.versionCount >= want) {
              off();
              resolve(performance.now());
            }
          });
        });
        const t = performance.now();
        writeFileSync(join(dir, s.path), text);
        lat.push((await got) - t);
        s.versionCount = want;
        await new Promise((res) => setTimeout(res, 20));
      }
      out.changeToEventMs = { p50: pct(lat, 50), p95: pct(lat, 95), max: pct(lat, 100), samples: lat.length };
    }
    await backend.dispose();
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Extraction throughput on one core and how time grows with article length. */
function benchExtraction(): Record<string, unknown> {
  const r = rng(3);
  const texts = Array.from({ length: 300 }, (_, i) => article(r, i % 2 ? 'en' : 'pl', 6000));
  const bytes = texts.reduce((a, t) => a + t.length, 0);
  for (const t of texts.slice(0, 20)) EXTRACTOR.extract(t, {});
  // First pass: the JIT is still compiling most rules (what a cold start sees).
  let t0 = performance.now();
  for (const t of texts) EXTRACTOR.extract(t, {});
  const firstPassMs = performance.now() - t0;
  // Steady state: the same corpus again, as a long-running back end extracts every new version.
  // Three passes, the median reported (one pass of ~1 s swings by a fifth with the machine's load).
  const passes: number[] = [];
  for (let p = 0; p < 3; p++) {
    t0 = performance.now();
    for (const t of texts) EXTRACTOR.extract(t, {});
    passes.push(performance.now() - t0);
  }
  const corpusMs = [...passes].sort((a, b) => a - b)[1];
  const mbps = (msTaken: number) => +(bytes / 1048576 / (msTaken / 1000)).toFixed(2);
  const scaling = [10_000, 100_000, 1_000_000].map((size) => {
    const text = article(rng(size), 'pl', size);
    const t = performance.now();
    const n = EXTRACTOR.extract(text, {}).claims.length;
    const took = performance.now() - t;
    return { chars: text.length, ms: +took.toFixed(1), MBps: +(text.length / 1048576 / (took / 1000)).toFixed(2), claims: n };
  });
  return {
    corpusMBps: mbps(corpusMs),
    corpusPassesMBps: passes.map(mbps),
    corpusFirstPassMBps: +(bytes / 1048576 / (firstPassMs / 1000)).toFixed(2),
    corpusChars: bytes,
    scaling,
  };
}

/** `factdesk bench`: prints one JSON document with every figure. */
export async function runBench(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { sizes: { type: 'string' }, quick: { type: 'boolean' }, latency: { type: 'string' } } });
  const sizes = (values.sizes ?? (values.quick ? '100,1000' : '100,1000,10000')).split(',').map(Number);
  const latencySamples = Number(values.latency ?? 60);
  const result: Record<string, unknown> = { node: process.version, cpus: (await import('node:os')).cpus().length, at: new Date().toISOString() };
  result.extraction = benchExtraction();
  const workspaces: Record<string, unknown>[] = [];
  for (const n of sizes) {
    process.stderr.write(`bench: workspace of ${n} articles…\n`);
    workspaces.push(await benchWorkspace(n, n === Math.max(...sizes) ? latencySamples : 0));
  }
  result.workspaces = workspaces;
  try {
    const { benchDiff } = await import('./diff-bench');
    process.stderr.write('bench: diff…\n');
    result.diff = await benchDiff();
  } catch (err) {
    result.diff = { error: (err as Error).message };
  }
  result.peakRssMB = +(process.resourceUsage().maxRSS / 1024).toFixed(0);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  return 0;
}
