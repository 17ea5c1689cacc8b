import { renameSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { openBackend, tempDir, waitFor } from '../helpers/temp-workspace';

let ws: { dir: string; cleanup: () => void };
let backend: Backend | null = null;

beforeEach(() => {
  ws = tempDir();
});
afterEach(async () => {
  await backend?.dispose();
  backend = null;
  ws.cleanup();
});

const sourceAt = async (b: Backend, path: string) => (await b.listSources()).find((s) => s.path === path);

describe('watching and recording versions', () => {
  it('records files present at start, including subfolders, and ignores other extensions', async () => {
    writeFileSync(join(ws.dir, 'a.txt'), 'Artykuł A\n\n12 osób');
    mkdirSync(join(ws.dir, 'sub'));
    writeFileSync(join(ws.dir, 'sub', 'b.md'), '# B\n\ntext');
    writeFileSync(join(ws.dir, 'image.png'), 'x');
    backend = await openBackend(ws.dir);
    const paths = (await backend.listSources()).map((s) => s.path);
    expect(paths).toEqual(['a.txt', 'sub/b.md']);
    const a = await sourceAt(backend, 'a.txt');
    expect(a).toMatchObject({ versionCount: 1, state: 'ok', title: 'Artykuł A', encoding: 'utf-8' });
  });

  it('sees a new file, a change, and ignores an unchanged re-save', async () => {
    backend = await openBackend(ws.dir);
    const events: string[] = [];
    backend.onEvent((e) => e.type === 'source' && events.push(`${e.source.path}:${e.source.versionCount}`));
    writeFileSync(join(ws.dir, 'new.txt'), 'first');
    await waitFor(async () => (await sourceAt(backend!, 'new.txt'))?.versionCount === 1, 5000, 'new file');
    writeFileSync(join(ws.dir, 'new.txt'), 'second');
    await waitFor(async () => (await sourceAt(backend!, 'new.txt'))?.versionCount === 2, 5000, 'change');
    writeFileSync(join(ws.dir, 'new.txt'), 'second');
    await new Promise((r) => setTimeout(r, 400));
    expect((await sourceAt(backend, 'new.txt'))?.versionCount).toBe(2);
    expect(events).toContain('new.txt:2');
    const s = (await sourceAt(backend, 'new.txt'))!;
    expect((await backend.getArticle({ sourceId: s.id })).text).toBe('second');
  });

  it('a first look that finds a file emptied mid-write records nothing; the settled look records what is there', async () => {
    writeFileSync(join(ws.dir, 'doc.txt'), 'v1');
    // (With no watcher, the looks are made by hand, as the watcher makes them.)
    backend = await openBackend(ws.dir, { watch: false });
    writeFileSync(join(ws.dir, 'doc.txt'), '');
    await backend.ingestPath(join(ws.dir, 'doc.txt'), false);
    expect((await sourceAt(backend, 'doc.txt'))?.versionCount).toBe(1);
    writeFileSync(join(ws.dir, 'doc.txt'), 'v2');
    await backend.ingestPath(join(ws.dir, 'doc.txt'), false);
    expect((await sourceAt(backend, 'doc.txt'))?.versionCount).toBe(2);
    writeFileSync(join(ws.dir, 'doc.txt'), '');
    await backend.ingestPath(join(ws.dir, 'doc.txt'), true);
    expect((await sourceAt(backend, 'doc.txt'))?.versionCount).toBe(3);
  });

  it('sees an editor-style atomic save (write temp file, rename over)', async () => {
    writeFileSync(join(ws.dir, 'doc.txt'), 'v1');
    backend = await openBackend(ws.dir);
    writeFileSync(join(ws.dir, '.doc.txt.swp'), 'v2 atomically');
    renameSync(join(ws.dir, '.doc.txt.swp'), join(ws.dir, 'doc.txt'));
    await waitFor(async () => (await sourceAt(backend!, 'doc.txt'))?.versionCount === 2, 5000, 'atomic save');
    const s = (await sourceAt(backend, 'doc.txt'))!;
    expect((await backend.getArticle({ sourceId: s.id })).text).toBe('v2 atomically');
    expect(s.state).toBe('ok');
  });

  it('two saves within 50 ms end with the last content stored', async () => {
    writeFileSync(join(ws.dir, 'fast.txt'), 'zero');
    backend = await openBackend(ws.dir);
    writeFileSync(join(ws.dir, 'fast.txt'), 'one');
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(join(ws.dir, 'fast.txt'), 'two, the last');
    await waitFor(async () => {
      const s = await sourceAt(backend!, 'fast.txt');
      return s && (await backend!.getArticle({ sourceId: s.id })).text === 'two, the last';
    }, 5000, 'last content');
  });

  it('a deleted file keeps its history and shows as deleted; a rename keeps the source', async () => {
    writeFileSync(join(ws.dir, 'keep.txt'), 'kept text 1');
    writeFileSync(join(ws.dir, 'gone.txt'), 'gone text');
    backend = await openBackend(ws.dir);
    const keep = (await sourceAt(backend, 'keep.txt'))!;
    unlinkSync(join(ws.dir, 'gone.txt'));
    await waitFor(async () => (await sourceAt(backend!, 'gone.txt'))?.state === 'deleted', 5000, 'deleted');
    const gone = (await sourceAt(backend, 'gone.txt'))!;
    expect(gone.reason).toMatch(/deleted/);
    expect((await backend.listVersions({ sourceId: gone.id })).length).toBe(1);
    expect((await backend.getArticle({ sourceId: gone.id })).text).toBe('gone text');

    renameSync(join(ws.dir, 'keep.txt'), join(ws.dir, 'renamed.txt'));
    await waitFor(async () => (await sourceAt(backend!, 'renamed.txt'))?.state === 'ok', 5000, 'rename');
    const renamed = (await sourceAt(backend, 'renamed.txt'))!;
    expect(renamed.id).toBe(keep.id);
    expect(renamed.versionCount).toBe(1);
  });

  it('keeps history across restarts', async () => {
    writeFileSync(join(ws.dir, 'a.txt'), 'one');
    backend = await openBackend(ws.dir);
    writeFileSync(join(ws.dir, 'a.txt'), 'two');
    await waitFor(async () => (await sourceAt(backend!, 'a.txt'))?.versionCount === 2);
    await backend.dispose();
    writeFileSync(join(ws.dir, 'a.txt'), 'three while closed');
    backend = await openBackend(ws.dir);
    const s = (await sourceAt(backend, 'a.txt'))!;
    expect(s.versionCount).toBe(3);
    const versions = await backend.listVersions({ sourceId: s.id });
    expect(await Promise.all(versions.map(async (v) => (await backend!.getArticle({ sourceId: s.id, versionId: v.id })).text))).toEqual([
      'one',
      'two',
      'three while closed',
    ]);
  });
});
