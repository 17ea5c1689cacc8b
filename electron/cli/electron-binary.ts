import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project';

/** Where the Electron binary would be, or why it cannot be used here. */
export function findElectron(root = PROJECT_ROOT, env = process.env, platform = process.platform): { path: string } | { missing: string } {
  const pkg = join(root, 'node_modules/electron');
  if (!existsSync(pkg)) return { missing: 'the electron package is not installed (run npm install)' };
  const pathFile = join(pkg, 'path.txt');
  const rel = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const bin = rel ? join(dist, rel) : '';
  if (!bin || !existsSync(bin)) {
    return { missing: `the Electron binary is not installed (${bin || join(pkg, 'dist')} is missing) and cannot be downloaded on this machine` };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { missing: 'there is no display (DISPLAY is not set)' };
  return { path: bin };
}
