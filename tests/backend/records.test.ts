import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { openBackend, tempDir, waitFor } from '../helpers/temp-workspace';

let ws: { dir: string; cleanup: () => void };
let b: Backend;
let sourceId: string;

beforeEach(async () => {
  ws = tempDir();
  writeFileSync(join(ws.dir, 'a.txt'), 'Raport\n\nZginęło 385 osób, a 1700 zostało rannych.');
  writeFileSync(join(ws.dir, 'other.txt'), 'Inny\n\n5 osób.');
  b = await openBackend(ws.dir);
  sourceId = (await b.listSources()).find((s) => s.path === 'a.txt')!.id;
  await b.setProfile({ profile: { name: 'Ewa', organization: 'Desk' } });
});
afterEach(async () => {
  await b.dispose();
  ws.cleanup();
});

const keyOf = async (i: number) => (await b.listClaims({ sourceId }))[i].claim.key;

describe('verification records', () => {
  it('creates a record on first touch, appends history, and persists across restarts', async () => {
    const key = await keyOf(0);
    expect((await b.listClaims({ sourceId }))[0].record).toBeNull();
    await b.updateRecord({ sourceId, claimKey: key, change: { status: 'in-progress' } });
    await b.updateRecord({ sourceId, claimKey: key, change: { note: 'Sprawdzić w raporcie ONZ — „źródło”' } });
    await b.updateRecord({ sourceId, claimKey: key, change: { addEvidence: { type: 'url', value: 'https://example.org/raport' } } });
    await b.updateRecord({ sourceId, claimKey: key, change: { assignee: 'Jan' } });
    const rec = await b.updateRecord({ sourceId, claimKey: key, change: { status: 'false' } });
    expect(rec.history.map((h) => h.field)).toEqual(['created', 'status', 'note', 'evidence-add', 'assignee', 'status']);
    expect(rec.history.every((h) => h.by === 'Ewa')).toBe(true);
    await b.dispose();
    b = await openBackend(ws.dir);
    const row = (await b.listClaims({ sourceId })).find((r) => r.claim.key === key)!;
    expect(row.record).toMatchObject({ status: 'false', note: 'Sprawdzić w raporcie ONZ — „źródło”', assignee: 'Jan', evidence: [{ type: 'url', value: 'https://example.org/raport' }] });
    expect(row.record!.history).toHaveLength(6);
  });

  it('writes only the touched source’s records file, and only once acknowledged on disk', async () => {
    const key = await keyOf(0);
    const rec = await b.updateRecord({ sourceId, claimKey: key, change: { status: 'true' } });
    const onDisk = JSON.parse(readFileSync(join(ws.dir, '.factdesk', 'records', `${sourceId}.json`), 'utf8'));
    expect(onDisk.records[key].status).toBe('true');
    expect(onDisk.records[key].rev).toBe(rec.rev);
  });

  it('undoes changes one by one, recording each undo', async () => {
    const key = await keyOf(1);
    await b.updateRecord({ sourceId, claimKey: key, change: { status: 'true' } });
    const withEv = await b.updateRecord({ sourceId, claimKey: key, change: { addEvidence: { type: 'citation', value: 'GUS 2022, s. 4' } } });
    let rec = await b.undoRecord({ sourceId, claimKey: key });
    expect(rec.evidence).toEqual([]);
    expect(rec.status).toBe('true');
    rec = await b.undoRecord({ sourceId, claimKey: key });
    expect(rec.status).toBe('unverified');
    expect(rec.history.filter((h) => h.field === 'undo').map((h) => h.undoes)).toEqual([withEv.history.at(-1)!.id, withEv.history[1].id]);
    await expect(b.undoRecord({ sourceId, claimKey: key })).rejects.toMatchObject({ code: 'nothing-to-undo' });
  });

  it('refuses bad input with clear messages and loses nothing', async () => {
    const key = await keyOf(0);
    await b.updateRecord({ sourceId, claimKey: key, change: { note: 'keep me' } });
    await expect(b.updateRecord({ sourceId, claimKey: key, change: { note: 'x'.repeat(100_001) } })).rejects.toThrow(/limit is 100,000/);
    await expect(b.updateRecord({ sourceId, claimKey: key, change: { addEvidence: { type: 'url', value: 'javascript:alert(1)' } } })).rejects.toThrow(/not a valid web address/);
    await expect(b.updateRecord({ sourceId, claimKey: key, change: { status: 'maybe' } as never })).rejects.toThrow(/Unknown status/);
    await expect(b.attachEvidenceFile({ sourceId, claimKey: key, fileName: 'scan.pdf', dataBase64: '' })).rejects.toThrow(/empty or could not be read/);
    await expect(b.updateRecord({ sourceId, claimKey: 'no-such-claim', change: { status: 'true' } })).rejects.toMatchObject({ code: 'not-found' });
    const row = (await b.listClaims({ sourceId })).find((r) => r.claim.key === key)!;
    expect(row.record!.note).toBe('keep me');
  });

  it('copies an attached file into the store with its hash', async () => {
    const key = await keyOf(0);
    const data = Buffer.from('%PDF-1.4 fake scan with ąę');
    const rec = await b.attachEvidenceFile({ sourceId, claimKey: key, fileName: 'skan raportu.pdf', dataBase64: data.toString('base64') });
    const ev = rec.evidence[0];
    expect(ev).toMatchObject({ type: 'file', value: 'skan raportu.pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(readFileSync(join(ws.dir, '.factdesk', ev.storedPath!))).toEqual(data);
  });

  it('serialises concurrent writers: every change lands and history keeps all of them', async () => {
    const key = await keyOf(0);
    const results = await Promise.all([
      b.updateRecord({ sourceId, claimKey: key, change: { status: 'true' }, baseRev: 1 }),
      b.updateRecord({ sourceId, claimKey: key, change: { note: 'from tab 2' }, baseRev: 1 }),
      b.updateRecord({ sourceId, claimKey: key, change: { status: 'misleading' }, baseRev: 1 }),
    ]);
    const final = results.at(-1)!;
    expect(final.status).toBe('misleading');
    expect(final.note).toBe('from tab 2');
    expect(final.history.map((h) => h.field)).toEqual(['created', 'status', 'note', 'status']);
  });

  it('bulk-sets a status over several claims and emits record events', async () => {
    const events: string[] = [];
    b.onEvent((e) => e.type === 'record' && events.push(e.record.claimKey));
    const rows = await b.listClaims({ sourceId });
    const out = await b.bulkSetStatus({ items: rows.map((r) => ({ sourceId, claimKey: r.claim.key })), status: 'unverifiable' });
    expect(out.map((r) => r.status)).toEqual(rows.map(() => 'unverifiable'));
    expect(events.sort()).toEqual(rows.map((r) => r.claim.key).sort());
  });

  it('keeps the record of a claim that disappeared, marked orphaned', async () => {
    const key = await keyOf(1);
    await b.updateRecord({ sourceId, claimKey: key, change: { status: 'true' } });
    writeFileSync(join(ws.dir, 'a.txt'), 'Raport\n\nZginęło 385 osób.');
    await waitFor(async () => (await b.listClaims({ sourceId })).find((r) => r.claim.key === key)?.record?.orphaned, 5000, 'orphaned');
    const row = (await b.listClaims({ sourceId })).find((r) => r.claim.key === key)!;
    expect(row.record).toMatchObject({ status: 'true', orphaned: true });
    expect(row.claim.text).toBe('1700');
  });
});

describe('worked-on claims across the workspace', () => {
  it('lists only claims with a record, from every source, without the rest', async () => {
    const other = (await b.listSources()).find((s) => s.path === 'other.txt')!.id;
    const key = await keyOf(0);
    await b.updateRecord({ sourceId, claimKey: key, change: { status: 'false' } });
    const otherKey = (await b.listClaims({ sourceId: other }))[0].claim.key;
    await b.updateRecord({ sourceId: other, claimKey: otherKey, change: { status: 'true' } });
    const rows = await b.listClaims({ withRecordsOnly: true });
    expect(rows.map((r) => [r.sourceId, r.claim.key, r.record?.status]).sort()).toEqual(
      [
        [sourceId, key, 'false'],
        [other, otherKey, 'true'],
      ].sort(),
    );
    await expect(b.listClaims({ withRecordsOnly: 'yes' } as never)).rejects.toMatchObject({ code: 'bad-request' });
  });
});
