import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions, SaveDialogOptions } from 'electron';
import { FactdeskError } from '../../../shared/api';
import { bindPdfIpc, exportPdf, nodePdfFiles, PDF_CHANNEL, pdfFileName, renderPdf, type PdfDeps, type PdfWindow } from '../../../electron/main/pdf';
import { pdfNameFor, shellPdfSaver } from '../../../renderer/src/reports/shell-pdf';

const HTML = '<!DOCTYPE html><html lang="pl"><meta charset="utf-8"><p>Notatka: „Zażółć gęślą jaźń”</p></html>';
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7 fake');
const index = 'file:///opt/factdesk/out/renderer/index.html';

/** A BrowserWindow stand-in that records what the export did to it. */
class FakeWindow implements PdfWindow {
  loadedUrl: string | null = null;
  /** The file's content when the page was loaded (the temp file must exist and be complete then). */
  loadedHtml: string | null = null;
  destroyed = false;
  navigateListeners: ((e: { preventDefault(): void }) => void)[] = [];
  openHandler: (() => { action: 'deny' }) | null = null;
  pdfOptions: unknown = null;

  constructor(
    readonly options: BrowserWindowConstructorOptions,
    private readonly fail: 'load' | 'print' | null,
  ) {}

  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.loadedHtml = readFileSync(fileURLToPath(url), 'utf8');
    if (this.fail === 'load') throw new Error('ERR_FILE_NOT_FOUND');
  }
  destroy(): void {
    this.destroyed = true;
  }
  webContents = {
    printToPDF: async (options: { pageSize: 'A4'; printBackground: boolean }): Promise<Uint8Array> => {
      if (this.destroyed) throw new Error('printed after destroy');
      this.pdfOptions = options;
      if (this.fail === 'print') throw new Error('Printing failed');
      return PDF_BYTES;
    },
    on: (_event: 'will-navigate', listener: (e: { preventDefault(): void }) => void) => {
      this.navigateListeners.push(listener);
    },
    setWindowOpenHandler: (handler: () => { action: 'deny' }) => {
      this.openHandler = handler;
    },
  };
}

let root: string;
let tempBase: string;
let windows: FakeWindow[];
let dialogs: SaveDialogOptions[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'factdesk-pdf-test-'));
  tempBase = join(root, 'tmp');
  windows = [];
  dialogs = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Real files under this test's folder, fake window and dialog. */
function deps(opts: { fail?: 'load' | 'print'; answer?: { canceled: boolean; filePath?: string } } = {}): PdfDeps {
  const real = nodePdfFiles();
  return {
    openWindow: (options) => {
      const w = new FakeWindow(options, opts.fail ?? null);
      windows.push(w);
      return w;
    },
    askSavePath: async (options) => {
      dialogs.push(options);
      return opts.answer ?? { canceled: false, filePath: join(root, 'chosen.pdf') };
    },
    files: {
      makeTempDir: async () => {
        mkdirSync(tempBase, { recursive: true });
        return mkdtempSync(join(tempBase, 'job-'));
      },
      writeFile: real.writeFile,
      removeDir: real.removeDir,
    },
    defaultDir: join(root, 'Downloads'),
  };
}

describe('renderPdf (hidden window)', () => {
  it('loads the report from a temp file into a script-less, sandboxed window without preload and prints A4 with backgrounds', async () => {
    const pdf = await renderPdf(HTML, deps());
    expect(pdf).toBe(PDF_BYTES);
    expect(windows).toHaveLength(1);
    const w = windows[0]!;
    expect(w.options.show).toBe(false);
    expect(w.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(w.options.webPreferences?.webSecurity).not.toBe(false);
    expect(w.options.webPreferences?.preload).toBeUndefined();
    expect(w.loadedUrl).toMatch(/^file:\/\//);
    expect(dirname(dirname(fileURLToPath(w.loadedUrl!)))).toBe(tempBase);
    expect(w.loadedHtml).toBe(HTML);
    expect(w.pdfOptions).toEqual({ pageSize: 'A4', printBackground: true });
    expect(w.destroyed).toBe(true);
    // The temp copy of the report is gone.
    expect(readdirSync(tempBase)).toEqual([]);
  });

  it('blocks navigation and new windows', async () => {
    await renderPdf(HTML, deps());
    const w = windows[0]!;
    expect(w.navigateListeners.length).toBeGreaterThan(0);
    let prevented = 0;
    for (const l of w.navigateListeners) l({ preventDefault: () => prevented++ });
    expect(prevented).toBeGreaterThan(0);
    expect(w.openHandler?.()).toEqual({ action: 'deny' });
  });

  it.each(['load', 'print'] as const)('cleans up window and temp file when %s fails', async (fail) => {
    await expect(renderPdf(HTML, deps({ fail }))).rejects.toThrow(fail === 'load' ? /ERR_FILE_NOT_FOUND/ : /Printing failed/);
    expect(windows[0]!.destroyed).toBe(true);
    expect(readdirSync(tempBase)).toEqual([]);
  });
});

describe('exportPdf (save dialog and file)', () => {
  it('suggests a .pdf name in Downloads and writes the PDF where the user chose', async () => {
    const result = await exportPdf(HTML, 'factdesk-report-2026-03-01.html', deps());
    expect(result).toEqual({ path: join(root, 'chosen.pdf') });
    expect(new Uint8Array(readFileSync(join(root, 'chosen.pdf')))).toEqual(PDF_BYTES);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]!.defaultPath).toBe(join(root, 'Downloads', 'factdesk-report-2026-03-01.pdf'));
    expect(dialogs[0]!.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });

  it('writes nothing when the user cancels', async () => {
    const result = await exportPdf(HTML, 'r.html', deps({ answer: { canceled: true } }));
    expect(result).toEqual({ path: null });
    expect(readdirSync(root).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });

  it('adds .pdf when the dialog returns a name without extension', async () => {
    const result = await exportPdf(HTML, 'r.html', deps({ answer: { canceled: false, filePath: join(root, 'raport') } }));
    expect(result.path).toBe(join(root, 'raport.pdf'));
    expect(existsSync(join(root, 'raport.pdf'))).toBe(true);
  });

  it('does not ask where to save when rendering failed', async () => {
    await expect(exportPdf(HTML, 'r.html', deps({ fail: 'print' }))).rejects.toThrow(/Printing failed/);
    expect(dialogs).toHaveLength(0);
  });
});

describe('pdfFileName', () => {
  it('keeps only a safe base name and ends in .pdf', () => {
    expect(pdfFileName('factdesk-report.html')).toBe('factdesk-report.pdf');
    expect(pdfFileName('raport.HTM')).toBe('raport.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('passwd.pdf');
    expect(pdfFileName('C:\\Users\\x\\raport „łódź”.html')).toBe('raport „łódź”.pdf');
    expect(pdfFileName('a<b>:c|d?.html')).toBe('abcd.pdf');
    expect(pdfFileName('line\nbreak.html')).toBe('linebreak.pdf');
    expect(pdfFileName('')).toBe('factdesk-report.pdf');
    expect(pdfFileName('.html')).toBe('factdesk-report.pdf');
    expect(pdfFileName('already.pdf')).toBe('already.pdf');
  });
});

type Handler = (event: { senderFrame: { url: string } | null }, args: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, fn: Handler) => void handlers.set(channel, fn),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

describe('bindPdfIpc', () => {
  it('answers only our own page, validates arguments and wraps outcomes as data', async () => {
    const ipc = fakeIpcMain();
    const unbind = bindPdfIpc(ipc as never, deps(), index);
    expect([...ipc.handlers.keys()]).toEqual([PDF_CHANNEL]);
    const call = (url: string | null, args: unknown) => ipc.handlers.get(PDF_CHANNEL)!({ senderFrame: url === null ? null : { url } }, args);
    const args = { html: HTML, suggestedName: 'r.html' };

    expect(await call('https://evil.example/index.html', args)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await call('file:///tmp/report.html', args)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await call(null, args)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(windows).toHaveLength(0); // refused before anything was rendered

    expect(await call(index, { html: 42, suggestedName: 'r.html' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call(index, undefined)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(windows).toHaveLength(0);

    expect(await call(`${index}#/reports`, args)).toEqual({ ok: true, value: { path: join(root, 'chosen.pdf') } });
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });

  it('carries a failure as data with its reason', async () => {
    const ipc = fakeIpcMain();
    bindPdfIpc(ipc as never, deps({ fail: 'print' }), index);
    const r = await ipc.handlers.get(PDF_CHANNEL)!({ senderFrame: { url: index } }, { html: HTML, suggestedName: 'r.html' });
    expect(r).toMatchObject({ ok: false, error: { code: 'pdf-failed', message: expect.stringMatching(/Printing failed/) } });
  });
});

describe('renderer side: shellPdfSaver over the bridge', () => {
  /** What the preload exposes, with ipcRenderer.invoke going straight to the bound handler. */
  function bridgeOver(d: PdfDeps, senderUrl = index) {
    const ipc = fakeIpcMain();
    bindPdfIpc(ipc as never, d, index);
    return {
      printToPdf: (html: string, suggestedName: string) =>
        ipc.handlers.get(PDF_CHANNEL)!({ senderFrame: { url: senderUrl } }, { html, suggestedName }) as never,
    };
  }

  it('is absent in browser mode (no bridge, or a bridge without the extra)', () => {
    expect(shellPdfSaver(undefined)).toBeNull();
    expect(shellPdfSaver({ listSources: async () => ({ ok: true, value: [] }) })).toBeNull();
  });

  it('saves through the Electron glue and returns the path, null on cancel', async () => {
    const save = shellPdfSaver(bridgeOver(deps()))!;
    expect(save).toBeTypeOf('function');
    expect(await save(HTML, pdfNameFor('factdesk-report.html'))).toBe(join(root, 'chosen.pdf'));
    expect(windows[0]!.loadedHtml).toBe(HTML);
    const cancel = shellPdfSaver(bridgeOver(deps({ answer: { canceled: true } })))!;
    expect(await cancel(HTML, 'r.pdf')).toBeNull();
  });

  it('turns errors carried as data back into FactdeskErrors', async () => {
    const save = shellPdfSaver(bridgeOver(deps(), 'https://evil.example/'))!;
    const err = await save(HTML, 'r.pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FactdeskError);
    expect((err as FactdeskError).code).toBe('forbidden-sender');
    const malformed = shellPdfSaver({ printToPdf: async () => undefined })!;
    await expect(malformed(HTML, 'r.pdf')).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('names the PDF after the report file', () => {
    expect(pdfNameFor('factdesk-report-2026-03-01.html')).toBe('factdesk-report-2026-03-01.pdf');
    expect(pdfNameFor('x.HTM')).toBe('x.pdf');
    expect(pdfNameFor('.html')).toBe('factdesk-report.pdf');
  });
});
