import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectron } from '../../electron/cli/electron-binary';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const found = findElectron(ROOT);

test.describe('Electron shell', () => {
  test.skip('missing' in found, `Electron smoke test skipped: ${'missing' in found ? found.missing : ''}`);

  test('opens the window on a folder with both articles side by side and a working bridge', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'factdesk-electron-'));
    cpSync(join(ROOT, 'seeds'), folder, { recursive: true });
    const app = await electron.launch({ executablePath: (found as { path: string }).path, args: [ROOT, '--folder', folder] });
    try {
      const win = await app.firstWindow();
      await expect(win.getByRole('region')).toHaveCount(2);
      const isolated = await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require === 'undefined');
      expect(isolated).toBe(true);
      const sources = await win.evaluate(async () => (window as unknown as { factdesk: { listSources(a: object): Promise<{ ok: boolean; value: unknown[] }> } }).factdesk.listSources({}));
      expect(sources.ok && sources.value.length).toBe(2);
    } finally {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
