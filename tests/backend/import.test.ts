import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { openBackend, tempDir } from '../helpers/temp-workspace';

let ws: { dir: string; cleanup: () => void };
const opened: Backend[] = [];
const open = async (dir: string, name: string) => {
  const b = await openBackend(dir, { watch: false });
  await b.setProfile({ profile: { name, organization: 'Desk' } });
  opened.push(b);
  return b;
};

beforeEach(() => {
  ws = tempDir();
  for (const who of ['anna', 'piotr']) {
    mkdirSync(join(ws.dir, who));
    writeFileSync(join(ws.dir, who, 'raport.txt'), 'Raport\n\nZginęło 385 osób, 1700 rannych.');
  }
});
afterEach(async () => {
  for (const b of opened.splice(0)) await b.dispose();
  ws.cleanup();
});

describe('importing another person’s records', () => {
  it('round-trips an export into a fresh workspace and merges two histories', async () => {
    const anna = await open(join(ws.dir, 'anna'), 'Anna');
    const piotr = await open(join(ws.dir, 'piotr'), 'Piotr');
    const [a] = await anna.listSources();
    const [p] = await piotr.listSources();
    const key = (await anna.listClaims({ sourceId: a.id }))[0].claim.key;
    await anna.updateRecord({ sourceId: a.id, claimKey: key, change: { status: 'false' } });
    await anna.updateRecord({ sourceId: a.id, claimKey: key, change: { note: 'Anna: źródło GUS' } });
    await new Promise((r) => setTimeout(r, 5));
    await piotr.updateRecord({ sourceId: p.id, claimKey: key, change: { addEvidence: { type: 'url', value: 'https://stat.gov.pl/' } } });

    const exported = (await anna.buildReport({ format: 'json' })).content;
    // Lossless into a fresh copy of the same folder (other store, other ids are matched by path).
    const fresh = join(ws.dir, 'fresh');
    mkdirSync(fresh);
    cpSync(join(ws.dir, 'anna', 'raport.txt'), join(fresh, 'raport.txt'));
    const third = await open(fresh, 'Ewa');
    const r1 = await third.importRecords({ content: exported });
    expect(r1).toMatchObject({ added: 1, merged: 0, problems: [] });
    const [f] = await third.listSources();
    const imported = (await third.listClaims({ sourceId: f.id })).find((r) => r.claim.key === key)!.record!;
    const original = (await anna.listClaims({ sourceId: a.id })).find((r) => r.claim.key === key)!.record!;
    expect({ ...imported, sourceId: 'x' }).toEqual({ ...original, sourceId: 'x' });

    // Piotr merges Anna's work: both histories survive.
    const r2 = await piotr.importRecords({ content: exported });
    expect(r2.merged).toBe(1);
    const merged = (await piotr.listClaims({ sourceId: p.id })).find((r) => r.claim.key === key)!.record!;
    const who = new Set(merged.history.map((h) => h.by));
    expect(who.has('Anna') && who.has('Piotr')).toBe(true);
    expect(merged.evidence.map((e) => e.value)).toContain('https://stat.gov.pl/');
    expect(merged.history.at(-1)!.field).toBe('import');
    // Importing the same file again changes nothing.
    expect(await piotr.importRecords({ content: exported })).toMatchObject({ added: 0, merged: 0 });
    await expect(piotr.importRecords({ content: '{"not":"ours"}' })).rejects.toMatchObject({ code: expect.stringMatching(/^import-/) });
  });
});
