import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServedWorkspace {
  /** The watched folder (a temp copy of seeds/). */
  folder: string;
  /** The URL with the token, as `npm run serve` prints it. */
  url: string;
  origin: string;
  token: string;
  /** Stops the server (for restart tests); `start` starts it again on the same folder. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** Starts `factdesk serve` (the real CLI) on `folder` and resolves with the URL it prints. */
function serve(folder: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'electron/cli/factdesk.mjs'), 'serve', '--folder', folder, '--no-build'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start in time:\n${out}\n${err}`)), 30_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/open:\s+(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ child, url: m[1] });
      }
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${out}\n${err}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ workspace: ServedWorkspace }>({
  workspace: async ({}, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'factdesk-e2e-'));
    cpSync(join(ROOT, 'seeds'), folder, { recursive: true, filter: (src) => !src.includes('.factdesk') });
    let child: ChildProcess | null = null;
    const ws: ServedWorkspace = {
      folder,
      url: '',
      origin: '',
      token: '',
      async start() {
        const s = await serve(folder);
        child = s.child;
        const u = new URL(s.url);
        ws.url = s.url;
        ws.origin = u.origin;
        ws.token = u.searchParams.get('token')!;
      },
      async stop() {
        if (child) await stopChild(child);
        child = null;
      },
    };
    await ws.start();
    await use(ws);
    await ws.stop();
    rmSync(folder, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
