import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Backend } from '../backend/backend';
import { workerPool } from '../backend/compute-pool';
import { EXTRACTOR } from '../backend/extractor';
import { startHttpServer } from '../server/http-server';
import { ensureBuilt, PROJECT_ROOT } from './project';

/** `factdesk serve`: the back end over HTTP on 127.0.0.1, for any browser. */
export async function runServe(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { folder: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' }, 'no-build': { type: 'boolean' } },
    allowPositionals: false,
  });
  const folder = resolve(values.folder ?? resolve(PROJECT_ROOT, 'seeds'));
  if (!existsSync(folder)) throw new Error(`The folder ${folder} does not exist.`);
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port}.`);
  if (!values['no-build']) await ensureBuilt();
  const compute = workerPool(() => new Worker(new URL('./compute-worker.mjs', import.meta.url)), EXTRACTOR, Math.max(1, Math.min(4, cpus().length)));
  const backend = await Backend.open({ folder, dataDir: values.data, extractor: EXTRACTOR, owner: 'factdesk serve', compute });
  const server = await startHttpServer({ api: backend, staticDir: resolve(PROJECT_ROOT, 'out/renderer'), port });
  const info = await backend.getWorkspace();
  process.stdout.write(
    `Factdesk is serving ${folder}\n  store: ${info.dataDir}\n  open:  ${server.url}\n(Ctrl+C to stop)\n`,
  );
  for (const p of info.problems) process.stderr.write(`warning: ${p.message}\n`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await backend.dispose();
  return 0;
}
