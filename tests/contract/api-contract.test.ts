import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FactdeskClient, FactdeskEvent } from '../../shared/api';
import type { Backend } from '../../electron/backend/backend';
import { startHttpServer, type RunningServer } from '../../electron/server/http-server';
import { httpClient, inProcessClient } from '../helpers/clients';
import { openBackend, tempDir, waitFor } from '../helpers/temp-workspace';

type Harness = { client: FactdeskClient & { close(): Promise<void> }; backend: Backend; dir: string; stop(): Promise<void> };

const transports: Record<string, (dir: string) => Promise<Harness>> = {
  'in-process': async (dir) => {
    const backend = await openBackend(dir);
    return { client: inProcessClient(backend), backend, dir, stop: () => backend.dispose() };
  },
  http: async (dir) => {
    const backend = await openBackend(dir);
    const server: RunningServer = await startHttpServer({ api: backend, staticDir: join(dir, 'no-renderer') });
    const client = httpClient(`http://127.0.0.1:${server.port}`, server.token);
    return {
      client,
      backend,
      dir,
      stop: async () => {
        await client.close();
        await server.close();
        await backend.dispose();
      },
    };
  },
};

for (const [name, make] of Object.entries(transports)) {
  describe(`API contract over ${name}`, () => {
    let h: Harness;
    let ws: { dir: string; cleanup: () => void };
    beforeEach(async () => {
      ws = tempDir();
      writeFileSync(join(ws.dir, 'a.txt'), 'Łódź: raport\n\nW mieście jest 1700 rannych i 12 zabitych.');
      writeFileSync(join(ws.dir, 'b.txt'), 'Second article\n\nNothing else.');
      h = await make(ws.dir);
    });
    afterEach(async () => {
      await h.stop();
      ws.cleanup();
    });

    it('lists sources and returns article text exactly', async () => {
      const sources = await h.client.call('listSources', {});
      expect(sources.map((s) => [s.path, s.versionCount, s.title])).toEqual([
        ['a.txt', 1, 'Łódź: raport'],
        ['b.txt', 1, 'Second article'],
      ]);
      const view = await h.client.call('getArticle', { sourceId: sources[0].id });
      expect(view.text).toBe('Łódź: raport\n\nW mieście jest 1700 rannych i 12 zabitych.');
      expect(view.version.number).toBe(1);
    });

    it('pushes a source event when a file changes and the version count grows', async () => {
      const events: FactdeskEvent[] = [];
      const off = h.client.onEvent((e) => events.push(e));
      await new Promise((r) => setTimeout(r, 100));
      writeFileSync(join(h.dir, 'a.txt'), 'Łódź: raport\n\nW mieście jest 1800 rannych.');
      const ev = await waitFor(() => events.find((e) => e.type === 'source' && e.source.path === 'a.txt' && e.source.versionCount === 2), 5000, 'source event');
      off();
      expect(ev).toBeTruthy();
      const sources = await h.client.call('listSources', {});
      expect(sources[0].versionCount).toBe(2);
    });

    it('answers malformed calls with clear error codes', async () => {
      await expect(h.client.call('getArticle', { sourceId: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
      await expect(h.client.call('getArticle', { sourceId: 42 } as never)).rejects.toMatchObject({ code: 'bad-request', message: expect.stringMatching(/sourceId/) });
      await expect(h.client.call('noSuchMethod' as never, {} as never)).rejects.toMatchObject({ code: 'unknown-method' });
      await expect(h.client.call('setArticleDate', { sourceId: 'x', date: '12/01/2022' })).rejects.toMatchObject({ code: 'invalid-date' });
    });

    it('stores the profile and records changes with history and undo', async () => {
      await h.client.call('setProfile', { profile: { name: 'Anna Kowalska', organization: 'Demagog' } });
      expect((await h.client.call('getWorkspace', {})).profile).toEqual({ name: 'Anna Kowalska', organization: 'Demagog' });
      const [a] = await h.client.call('listSources', {});
      const rows = await h.client.call('listClaims', { sourceId: a.id });
      expect(rows.length).toBeGreaterThan(0);
      const key = rows[0].claim.key;
      const rec = await h.client.call('updateRecord', { sourceId: a.id, claimKey: key, change: { status: 'false' } });
      expect(rec).toMatchObject({ status: 'false', rev: 2 });
      expect(rec.history.at(-1)).toMatchObject({ by: 'Anna Kowalska', field: 'status', from: 'unverified', to: 'false' });
      await expect(h.client.call('updateRecord', { sourceId: a.id, claimKey: key, change: { addEvidence: { type: 'url', value: 'not a url' } } })).rejects.toMatchObject({
        code: 'invalid-change',
      });
      const undone = await h.client.call('undoRecord', { sourceId: a.id, claimKey: key });
      expect(undone.status).toBe('unverified');
      expect(undone.history.map((e) => e.field)).toEqual(['created', 'status', 'undo']);
    });
  });
}
