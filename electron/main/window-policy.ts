import type { WebContents, WebPreferences } from 'electron';

/** Electron's security checklist for the main window (the preload is added by the caller). */
export const MAIN_WEB_PREFERENCES: Readonly<WebPreferences> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
};

/** Only plain web links leave the app, and only to the system browser. */
export function isExternalLinkAllowed(url: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(url);
}

type Policed = Pick<WebContents, 'on' | 'getURL' | 'setWindowOpenHandler'>;

/** No navigation away from the app, no new windows, no webviews; http(s) links go to the browser. */
export function applyNavigationPolicy(wc: Policed, openExternal: (url: string) => void): void {
  const block = (e: { preventDefault(): void }, url: string) => {
    if (url !== wc.getURL()) e.preventDefault();
  };
  wc.on('will-navigate', block);
  wc.on('will-redirect', block);
  wc.on('will-attach-webview', (e: { preventDefault(): void }) => e.preventDefault());
  wc.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) openExternal(url);
    return { action: 'deny' };
  });
}
