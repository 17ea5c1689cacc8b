import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Creates the main window with Electron's security checklist applied. */
export function createMainWindow(rendererDir: string, preloadPath: string): { win: BrowserWindow; indexUrl: string } {
  const indexUrl = pathToFileURL(join(rendererDir, 'index.html')).href;
  const win = new BrowserWindow({
    width: 1500,
    height: 940,
    title: 'Factdesk',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  // No navigation away from the app, no new windows; external links only to http(s) in the browser.
  win.webContents.on('will-navigate', (e, url) => {
    if (url !== win.webContents.getURL()) e.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  void win.loadURL(indexUrl);
  return { win, indexUrl };
}
