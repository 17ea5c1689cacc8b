/// <reference types="electron-vite/node" />
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join, resolve } from 'node:path';
import { Backend } from '../backend/backend';
import { cpus } from 'node:os';
import { workerPool } from '../backend/compute-pool';
import createComputeWorker from '../backend/compute-worker?nodeWorker';
import { EXTRACTOR } from '../backend/extractor';
import { startHttpServer, type RunningServer } from '../server/http-server';
import { bindIpc } from './ipc';
import { bindPdfIpc, nodePdfFiles } from './pdf';
import { createMainWindow } from './window';

/** `--folder DIR` and `--data DIR` from the command line (after electron's own arguments). */
function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  const folder = resolve(option('folder') ?? join(app.getAppPath(), 'seeds'));
  let backend: Backend;
  try {
    backend = await Backend.open({
      folder,
      dataDir: option('data'),
      extractor: EXTRACTOR,
      owner: 'Factdesk window',
      compute: workerPool(() => createComputeWorker({}), EXTRACTOR, Math.max(1, Math.min(4, cpus().length))),
    });
  } catch (err) {
    dialog.showErrorBox('Factdesk cannot open the workspace', (err as Error).message);
    app.quit();
    return;
  }
  const rendererDir = join(__dirname, '../renderer');
  const { win, indexUrl } = createMainWindow(rendererDir, join(__dirname, '../preload/index.cjs'));
  const unbind = bindIpc(ipcMain, backend, indexUrl);
  // `--serve`: the same back end also over HTTP, so a browser tab can work beside this window
  // (one writer per store: a separate `npm run serve` on this folder would be refused).
  let server: RunningServer | null = null;
  if (process.argv.includes('--serve')) {
    server = await startHttpServer({ api: backend, staticDir: rendererDir });
    process.stdout.write(`Factdesk is also serving this workspace: ${server.url}\n`);
  }
  const unbindPdf = bindPdfIpc(
    ipcMain,
    {
      openWindow: (options) => new BrowserWindow(options),
      askSavePath: (options) => dialog.showSaveDialog(win, options),
      files: nodePdfFiles(),
      defaultDir: app.getPath('downloads'),
    },
    indexUrl,
  );
  const off = backend.onEvent((event) => {
    for (const w of BrowserWindow.getAllWindows()) w.webContents.send('factdesk:event', event);
  });
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', async () => {
    off();
    unbind();
    await server?.close();
    unbindPdf();
    await backend.dispose();
    app.quit();
  });
}

void main();
