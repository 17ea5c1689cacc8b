import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeArticle, MAX_FILE_BYTES } from '../../electron/backend/decode';
import { openBackend, tempDir } from '../helpers/temp-workspace';

const POLISH = 'Zażółć gęślą jaźń. ŚWIĘTO Źródła, Łódź — „cytat”';
// Windows-1250 and ISO-8859-2 differ exactly on ą ś ź Ą Ś Ź (and a few others).
const CP1250: Record<string, number> = { ą: 0xb9, ś: 0x9c, ź: 0x9f, Ą: 0xa5, Ś: 0x8c, Ź: 0x8f };
const ISO: Record<string, number> = { ą: 0xb1, ś: 0xb6, ź: 0xbc, Ą: 0xa1, Ś: 0xa6, Ź: 0xac };
const COMMON: Record<string, number> = { ż: 0xbf, ó: 0xf3, ł: 0xb3, ę: 0xea, ć: 0xe6, ń: 0xf1, Ż: 0xaf, Ó: 0xd3, Ł: 0xa3, Ę: 0xca, Ć: 0xc6, Ń: 0xd1 };

function encode(text: string, table: Record<string, number>): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
      const b = table[ch] ?? COMMON[ch];
      if (b === undefined) return 0x3f; // '?', for characters the legacy code page lacks
      return b;
    }),
  );
}

const sample = 'Zażółć gęślą jaźń. Świat, Źródło, Ąę.';

describe('decoding article files', () => {
  it('decodes UTF-8 with and without BOM', () => {
    expect(decodeArticle(Buffer.from(POLISH))).toEqual({ ok: true, text: POLISH, encoding: 'utf-8' });
    expect(decodeArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(POLISH)]))).toEqual({ ok: true, text: POLISH, encoding: 'utf-8-bom' });
  });

  it('decodes Windows-1250 and ISO-8859-2 and tells them apart', () => {
    expect(decodeArticle(encode(sample, CP1250))).toEqual({ ok: true, text: sample, encoding: 'windows-1250' });
    expect(decodeArticle(encode(sample, ISO))).toEqual({ ok: true, text: sample, encoding: 'iso-8859-2' });
    // Only letters shared by both code pages: still Polish, either decoding is right.
    const shared = 'Żółty łęk';
    const r = decodeArticle(encode(shared, ISO));
    expect(r.ok && r.text).toBe(shared);
  });

  it('refuses binary, UTF-16 and oversized input with a reason', () => {
    expect(decodeArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(decodeArticle(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({ ok: false, reason: expect.stringMatching(/UTF-16/) });
    expect(decodeArticle(Buffer.alloc(MAX_FILE_BYTES + 1, 0x61))).toMatchObject({ ok: false, reason: expect.stringMatching(/too large/) });
  });
});

describe('the back end records encodings and skipped files', () => {
  const ws = tempDir();
  afterEach(() => undefined);

  it('records the encoding used and shows skipped files with their reason', async () => {
    writeFileSync(join(ws.dir, 'cp.txt'), encode(sample, CP1250));
    writeFileSync(join(ws.dir, 'iso.txt'), encode(sample, ISO));
    writeFileSync(join(ws.dir, 'bin.txt'), Buffer.from([1, 2, 0, 4]));
    writeFileSync(join(ws.dir, 'huge.txt'), Buffer.alloc(MAX_FILE_BYTES + 10, 0x61));
    const b = await openBackend(ws.dir, { watch: false });
    try {
      const byPath = Object.fromEntries((await b.listSources()).map((s) => [s.path, s]));
      expect(byPath['cp.txt']).toMatchObject({ encoding: 'windows-1250', state: 'ok' });
      expect(byPath['iso.txt']).toMatchObject({ encoding: 'iso-8859-2', state: 'ok' });
      expect((await b.getArticle({ sourceId: byPath['iso.txt'].id })).text).toBe(sample);
      expect(byPath['bin.txt']).toMatchObject({ state: 'skipped', reason: expect.stringMatching(/binary/), versionCount: 0 });
      expect(byPath['huge.txt']).toMatchObject({ state: 'skipped', reason: expect.stringMatching(/too large: 5\.0 MB/) });
      await expect(b.getArticle({ sourceId: byPath['bin.txt'].id })).rejects.toThrow(/binary/);
    } finally {
      await b.dispose();
      ws.cleanup();
    }
  });
});

describe('mostly-UTF-8 files with a few broken bytes', () => {
  it('stay UTF-8 (Polish letters intact) and say how many bytes were replaced', () => {
    const good = Buffer.from('Zażółć gęślą jaźń, ćma, źdźbło — „cytat”. ');
    const bytes = Buffer.concat([good, Buffer.from([0xff]), good, good]);
    const r = decodeArticle(bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8', warning: '1 byte is not valid UTF-8 and was shown as �' });
    expect(r.ok && r.text).toContain('Zażółć gęślą jaźń');
    expect(r.ok && r.text).toContain('\uFFFD');
  });

  it('still reads a legacy file as a legacy code page', () => {
    const r = decodeArticle(encode('Zażółć gęślą jaźń. Świat.', CP1250));
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1250' });
    expect(r.ok && r.warning).toBeFalsy();
  });
});
