import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyNavigationPolicy, MAIN_WEB_PREFERENCES } from './window-policy';

/** Creates the main window with Electron's security checklist applied. */
export function createMainWindow(rendererDir: string, preloadPath: string): { win: BrowserWindow; indexUrl: string } {
  const indexUrl = pathToFileURL(join(rendererDir, 'index.html')).href;
  const win = new BrowserWindow({
    width: 1500,
    height: 940,
    title: 'Factdesk',
    show: false,
    webPreferences: { ...MAIN_WEB_PREFERENCES, preload: preloadPath },
  });
  win.once('ready-to-show', () => win.show());
  applyNavigationPolicy(win.webContents, (url) => void shell.openExternal(url));
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  void win.loadURL(indexUrl);
  return { win, indexUrl };
}
