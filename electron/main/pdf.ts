import type { BrowserWindowConstructorOptions, IpcMain, IpcMainInvokeEvent, SaveDialogOptions } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiResult } from '../../shared/api';
import { isTrustedSender } from './ipc';

// Issue 6: "PDF in the Electron app via printToPDF of the HTML report". The HTTP server has no
// equivalent, so this is a shell extra (ShellExtras in shared/api.ts), not a FactdeskApi method.

/** The IPC channel of `window.factdesk.printToPdf` (the preload repeats the literal: it cannot import this module). */
export const PDF_CHANNEL = 'factdesk:printToPdf';

/** Reports above this size are refused before anything is rendered (same cap as the API's strings). */
export const MAX_PDF_HTML_CHARS = 200_000_000;

/** The parts of an Electron BrowserWindow the export uses; tests pass a fake. */
export interface PdfWindow {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  webContents: {
    printToPDF(options: { pageSize: 'A4'; printBackground: boolean }): Promise<Uint8Array>;
    on(event: 'will-navigate', listener: (event: { preventDefault(): void }) => void): unknown;
    setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  };
}

/** Everything with a side effect, injected so the logic runs in plain Node tests. */
export interface PdfDeps {
  openWindow(options: BrowserWindowConstructorOptions): PdfWindow;
  askSavePath(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  files: {
    makeTempDir(): Promise<string>;
    writeFile(path: string, data: string | Uint8Array): Promise<void>;
    removeDir(path: string): Promise<void>;
  };
  /** Where the save dialog starts (the user's Downloads folder). */
  defaultDir: string;
}

/** The real temp-folder and file operations. */
export function nodePdfFiles(): PdfDeps['files'] {
  return {
    makeTempDir: () => mkdtemp(join(tmpdir(), 'factdesk-pdf-')),
    writeFile: (path, data) => writeFile(path, data),
    removeDir: (path) => rm(path, { recursive: true, force: true }),
  };
}

/**
 * The hidden window that lays the report out: no preload, no scripts, sandboxed. The report is
 * untrusted article text; it is escaped and carries its own CSP, this is the second fence.
 */
export const PDF_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 900,
  height: 1200,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  },
};

/** Renders report HTML to A4 PDF bytes in a hidden, script-less window that cannot navigate. */
export async function renderPdf(html: string, deps: Pick<PdfDeps, 'openWindow' | 'files'>): Promise<Uint8Array> {
  // A temp file, not a data: URL: Chromium refuses URLs over 2 MB and large reports exceed that.
  const dir = await deps.files.makeTempDir();
  let win: PdfWindow | null = null;
  try {
    const file = join(dir, 'report.html');
    await deps.files.writeFile(file, html);
    win = deps.openWindow(PDF_WINDOW_OPTIONS);
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await win.loadURL(pathToFileURL(file).href);
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  } finally {
    win?.destroy();
    // A leftover temp file is not worth failing the export for.
    await deps.files.removeDir(dir).catch(() => undefined);
  }
}

/** Turns the report's file name into a safe PDF file name (no folders, `.html` becomes `.pdf`). */
export function pdfFileName(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim();
  // Leading dots would make a hidden file (or "..").
  const stem = clean.replace(/\.(html?|pdf)$/i, '').replace(/^\.+/, '').slice(0, 150).trim();
  return `${stem || 'factdesk-report'}.pdf`;
}

/** Renders the report, asks where to save it and writes the PDF; `path` is null when the user cancels. */
export async function exportPdf(html: string, suggestedName: string, deps: PdfDeps): Promise<{ path: string | null }> {
  // Render before asking, so a failure shows up before the user has picked a place for nothing.
  const pdf = await renderPdf(html, deps);
  const answer = await deps.askSavePath({
    title: 'Save report as PDF',
    defaultPath: join(deps.defaultDir, pdfFileName(suggestedName)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (answer.canceled || !answer.filePath) return { path: null };
  // Some Linux dialogs return the typed name without the filter's extension.
  const path = extname(answer.filePath) ? answer.filePath : `${answer.filePath}.pdf`;
  await deps.files.writeFile(path, pdf);
  return { path };
}

/** Binds `printToPdf` to its IPC channel, answering only our own page like the API channels do. */
export function bindPdfIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, deps: PdfDeps, rendererIndexUrl: string): () => void {
  ipcMain.handle(PDF_CHANNEL, async (event: IpcMainInvokeEvent, args: unknown): Promise<ApiResult<{ path: string | null }>> => {
    if (!isTrustedSender(event.senderFrame?.url, rendererIndexUrl)) {
      return { ok: false, error: { code: 'forbidden-sender', message: 'This window may not call Factdesk.' } };
    }
    const a = (args ?? {}) as { html?: unknown; suggestedName?: unknown };
    if (typeof a.html !== 'string' || typeof a.suggestedName !== 'string') {
      return { ok: false, error: { code: 'bad-request', message: 'printToPdf needs the report HTML and a file name.' } };
    }
    if (a.html.length > MAX_PDF_HTML_CHARS) {
      return { ok: false, error: { code: 'bad-request', message: 'The report is too large to print.' } };
    }
    try {
      return { ok: true, value: await exportPdf(a.html, a.suggestedName, deps) };
    } catch (err) {
      return { ok: false, error: { code: 'pdf-failed', message: `Could not save the PDF: ${(err as Error)?.message ?? String(err)}` } };
    }
  });
  return () => ipcMain.removeHandler(PDF_CHANNEL);
}
