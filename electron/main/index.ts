/// <reference types="electron-vite/node" />
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join, resolve } from 'node:path';
import { Backend } from '../backend/backend';
import { workerDiffs } from '../backend/diff-runner';
import createDiffWorker from '../backend/diff-worker?nodeWorker';
import { EXTRACTOR } from '../backend/extractor';
import { bindIpc } from './ipc';
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
      diffs: workerDiffs(() => createDiffWorker({})),
    });
  } catch (err) {
    dialog.showErrorBox('Factdesk cannot open the workspace', (err as Error).message);
    app.quit();
    return;
  }
  const rendererDir = join(__dirname, '../renderer');
  const { win, indexUrl } = createMainWindow(rendererDir, join(__dirname, '../preload/index.cjs'));
  const unbind = bindIpc(ipcMain, backend, indexUrl);
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
    await backend.dispose();
    app.quit();
  });
}

void main();
