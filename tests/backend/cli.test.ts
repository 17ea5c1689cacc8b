import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend';
import { EXTRACTOR } from '../../electron/backend/extractor';
import { tempDir } from '../helpers/temp-workspace';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'electron/cli/factdesk.mjs');
const run = async (args: string[], cwd = ROOT) => {
  try {
    const r = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

let ws: { dir: string; cleanup: () => void };
beforeEach(() => {
  ws = tempDir();
});
afterEach(() => ws.cleanup());

describe('factdesk extract', () => {
  it('prints one JSON document whose offsets point into the decoded text', async () => {
    const r = await run(['extract', '--json', 'seeds']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.articles.map((a: { path: string }) => a.path)).toEqual(['seeds/000_6d17f7c8ee7027fa.txt', 'seeds/002_648c76cf0c973691.txt']);
    for (const a of doc.articles) {
      const body = readFileSync(join(ROOT, a.path), 'utf8');
      expect(a.language).toBe('pl');
      for (const c of a.claims) {
        expect(body.slice(c.start, c.end)).toBe(c.text);
        if (c.quote) expect(body.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
        expect(['quote', 'event', 'quantity']).toContain(c.kind);
        expect(c.rule).toBeTruthy();
      }
      for (const d of a.dates) expect(body.slice(d.start, d.end)).toBe(d.mention);
    }
    expect(doc.articles[1].date).toBe('2022-01');
  });

  it('reports a missing file on stderr, exits non-zero, and still processes the others', async () => {
    writeFileSync(join(ws.dir, 'ok.txt'), 'Minister Jan Kowalski powiedział, że 12 stycznia odbędzie się szczyt.');
    const r = await run(['extract', '--json', '--date', '2022-01-05', join(ws.dir, 'missing.txt'), join(ws.dir, 'ok.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    const doc = JSON.parse(r.stdout);
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0].date).toBe('2022-01-05');
    expect(doc.articles[0].dates.map((d: { value: string }) => d.value)).toContain('2022-01-12');
  });

  it('refuses bad options with a usage message', async () => {
    const r = await run(['extract', '--json', '--lang', 'de', 'seeds']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--lang must be pl or en/);
  });
});

describe('factdesk diff', () => {
  it('prints word hunks with offsets into both texts and the claim changes', async () => {
    const a = 'Powódź w regionie\n\nW wyniku powodzi zginęło 385 osób, poinformowało MSZ.\n';
    const b = 'Powódź w regionie\n\nW wyniku powodzi zginęło 400 osób, poinformowało MSZ.\n';
    writeFileSync(join(ws.dir, 'old.txt'), a);
    writeFileSync(join(ws.dir, 'new.txt'), b);
    const r = await run(['diff', '--json', join(ws.dir, 'old.txt'), join(ws.dir, 'new.txt')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.hunks).toHaveLength(1);
    const h = doc.hunks[0];
    expect([a.slice(h.oldStart, h.oldEnd), b.slice(h.newStart, h.newEnd)]).toEqual(['385', '400']);
    const q = doc.claims.changed.find((c: { kind: string }) => c.kind === 'quantity');
    expect(q.changes).toContainEqual(expect.objectContaining({ field: 'quantity', from: expect.stringContaining('385'), to: expect.stringContaining('400') }));
  });
});

describe('factdesk report', () => {
  it('renders a CSV from the store, read-only, even while the workspace is open', async () => {
    cpSync(join(ROOT, 'seeds'), ws.dir, { recursive: true });
    const b = await Backend.open({ folder: ws.dir, extractor: EXTRACTOR, watch: false, owner: 'test' });
    try {
      await b.setProfile({ profile: { name: 'Zofia Żak', organization: 'Demagog' } });
      const sourceId = (await b.listSources())[1].id;
      const rows = await b.listClaims({ sourceId });
      const target = rows.find((r) => r.claim.kind === 'event')!;
      await b.updateRecord({ sourceId, claimKey: target.claim.key, change: { status: 'false' } });
      await b.updateRecord({ sourceId, claimKey: target.claim.key, change: { note: 'Błędna data, por. „komunikat”, s. 2' } });
      const r = await run(['report', '--folder', ws.dir, '--format', 'csv', '--status', 'false']);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('\uFEFF')).toBe(true);
      const records = parse(r.stdout.slice(1), { columns: true }) as Record<string, string>[];
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ claim_key: target.claim.key, status: 'false', notes: 'Błędna data, por. „komunikat”, s. 2' });
      const bad = await run(['report', '--folder', ws.dir, '--format', 'docx']);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/--format must be one of/);
    } finally {
      await b.dispose();
    }
  });
});
