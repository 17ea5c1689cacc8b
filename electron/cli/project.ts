import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (where package.json is). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** True when out/ is missing or older than the sources it is built from. */
export function buildIsStale(): boolean {
  const marker = join(PROJECT_ROOT, 'out/renderer/index.html');
  const main = join(PROJECT_ROOT, 'out/main/index.js');
  if (!existsSync(marker) || !existsSync(main)) return true;
  const built = Math.min(statSync(marker).mtimeMs, statSync(main).mtimeMs);
  return ['renderer', 'shared', 'electron'].some((d) => newest(join(PROJECT_ROOT, d)) > built);
}

/** Builds the renderer and Electron bundles when they are missing or stale. */
export async function ensureBuilt(): Promise<void> {
  if (!buildIsStale()) return;
  process.stderr.write('Building Factdesk (electron-vite build)…\n');
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) throw new Error('The build failed (see the messages above).');
}
