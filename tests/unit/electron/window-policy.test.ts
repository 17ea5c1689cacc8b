import { describe, expect, it } from 'vitest';
import { applyNavigationPolicy, isExternalLinkAllowed, MAIN_WEB_PREFERENCES } from '../../../electron/main/window-policy';

function fakeWebContents(url: string) {
  const handlers = new Map<string, (e: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  return {
    handlers,
    open: (u: string) => openHandler!({ url: u }),
    wc: {
      on: (name: string, fn: never) => handlers.set(name, fn),
      getURL: () => url,
      setWindowOpenHandler: (fn: never) => void (openHandler = fn),
    },
  };
}

const app = 'file:///opt/factdesk/out/renderer/index.html';
const navigate = (f: ReturnType<typeof fakeWebContents>, event: string, url?: string) => {
  let prevented = false;
  f.handlers.get(event)!({ preventDefault: () => (prevented = true) }, url);
  return prevented;
};

describe('main window security', () => {
  it('follows Electron’s checklist', () => {
    expect(MAIN_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  it('blocks navigation, redirects and webviews; sends web links to the browser only', () => {
    const f = fakeWebContents(app);
    const opened: string[] = [];
    applyNavigationPolicy(f.wc as never, (u) => opened.push(u));
    expect(navigate(f, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(f, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(f, 'will-navigate', app)).toBe(false);
    expect(navigate(f, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate(f, 'will-attach-webview')).toBe(true);
    expect(f.open('https://www.nato.int/cps/en/natohq/news.htm')).toEqual({ action: 'deny' });
    expect(f.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(f.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.nato.int/cps/en/natohq/news.htm']);
  });

  it('allows only http(s) links out', () => {
    expect(isExternalLinkAllowed('https://gov.pl')).toBe(true);
    expect(isExternalLinkAllowed('smb://server/share')).toBe(false);
    expect(isExternalLinkAllowed('https://')).toBe(false);
  });
});
