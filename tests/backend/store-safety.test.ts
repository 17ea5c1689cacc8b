import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, tempDir } from '../helpers/temp-workspace';

let ws: { dir: string; cleanup: () => void };
beforeEach(() => {
  ws = tempDir();
  writeFileSync(join(ws.dir, 'a.txt'), 'Tytuł\n\nW 2022 r. było 385 osób.');
});
afterEach(() => ws.cleanup());

describe('store safety', () => {
  it('refuses a second writer on the same workspace with a clear message', async () => {
    const first = await openBackend(ws.dir, { watch: false });
    try {
      await expect(openBackend(ws.dir, { watch: false })).rejects.toThrow(/Another Factdesk instance .*pid \d+/);
    } finally {
      await first.dispose();
    }
    const again = await openBackend(ws.dir, { watch: false });
    await again.dispose();
  });

  it('takes over a stale lock left by a dead process', async () => {
    const dataDir = join(ws.dir, '.factdesk');
    const b0 = await openBackend(ws.dir, { watch: false });
    await b0.dispose();
    writeFileSync(join(dataDir, 'lock'), JSON.stringify({ pid: 2 ** 22 + 12345, owner: 'crashed' }));
    const b = await openBackend(ws.dir, { watch: false });
    await b.dispose();
  });

  it('moves a corrupt store file aside, reports it, and rebuilds from the folder', async () => {
    const b0 = await openBackend(ws.dir, { watch: false });
    const id = (await b0.listSources())[0].id;
    await b0.dispose();
    const dataDir = join(ws.dir, '.factdesk');
    const shard = join(dataDir, 'sources', `${id}.json`);
    writeFileSync(shard, '{"schemaVersion": 1, "source": {tru');
    writeFileSync(join(dataDir, 'meta.json'), 'not json at all');

    const b = await openBackend(ws.dir, { watch: false });
    try {
      const info = await b.getWorkspace();
      expect(info.problems.map((p) => p.code)).toEqual(['store-corrupt', 'store-corrupt']);
      expect(info.problems[0].message).toMatch(/moved aside/);
      const kept = readdirSync(join(dataDir, 'corrupt'));
      expect(kept.some((f) => f.startsWith(`${id}.json.`))).toBe(true);
      expect(readFileSync(join(dataDir, 'corrupt', kept.find((f) => f.startsWith(id))!), 'utf8')).toContain('{tru');
      const sources = await b.listSources();
      expect(sources).toHaveLength(1);
      expect(sources[0]).toMatchObject({ path: 'a.txt', versionCount: 1, state: 'ok' });
      expect(JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8')).schemaVersion).toBe(1);
    } finally {
      await b.dispose();
    }
  });

  it('refuses a store written by a newer Factdesk instead of overwriting it', async () => {
    const b0 = await openBackend(ws.dir, { watch: false });
    await b0.dispose();
    const meta = join(ws.dir, '.factdesk', 'meta.json');
    writeFileSync(meta, JSON.stringify({ schemaVersion: 99, createdAt: 'x', profile: null }));
    await expect(openBackend(ws.dir, { watch: false })).rejects.toThrow(/newer Factdesk/);
    expect(JSON.parse(readFileSync(meta, 'utf8')).schemaVersion).toBe(99);
    expect(existsSync(join(ws.dir, '.factdesk', 'lock'))).toBe(false);
  });

  it('keeps the store out of the watched content and honours --data', async () => {
    const other = tempDir();
    try {
      const b = await openBackend(ws.dir, { watch: false, dataDir: join(other.dir, 'store') });
      expect((await b.getWorkspace()).dataDir).toBe(join(other.dir, 'store'));
      await b.dispose();
      expect(existsSync(join(other.dir, 'store', 'meta.json'))).toBe(true);
      expect(existsSync(join(ws.dir, '.factdesk'))).toBe(false);
    } finally {
      other.cleanup();
    }
  });
});
