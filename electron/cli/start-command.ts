import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { findElectron } from './electron-binary';
import { ensureBuilt, PROJECT_ROOT } from './project';
import { runServe } from './serve-command';

/** `npm start`: the Electron window on the seeds (or --folder); browser mode where Electron cannot run. */
export async function runStart(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { folder: { type: 'string' }, data: { type: 'string' }, port: { type: 'string' }, serve: { type: 'boolean' } },
    allowPositionals: false,
  });
  await ensureBuilt();
  const electron = findElectron();
  if ('missing' in electron) {
    process.stdout.write(`Cannot open the Electron window: ${electron.missing}.\nStarting browser mode instead — open the URL below in any browser.\n\n`);
    const serveArgs = ['--no-build'];
    if (values.folder) serveArgs.push('--folder', values.folder);
    if (values.data) serveArgs.push('--data', values.data);
    if (values.port) serveArgs.push('--port', values.port);
    return runServe(serveArgs);
  }
  const args = [PROJECT_ROOT];
  if (values.folder) args.push('--folder', values.folder);
  if (values.data) args.push('--data', values.data);
  if (values.serve) args.push('--serve');
  const child = spawn(electron.path, args, { stdio: 'inherit' });
  return new Promise((done) => child.on('exit', (code) => done(code ?? 0)));
}
