import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { FactdeskApi, FactdeskEvent } from '../../shared/api';
import { dispatch } from '../backend/dispatch';

export interface HttpServerOptions {
  api: FactdeskApi & { onEvent(cb: (e: FactdeskEvent) => void): () => void };
  /** Built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Largest API request body (attachments travel as base64). */
const MAX_BODY = 40 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; frame-src 'self' data: blob: about:";

/**
 * Serves the renderer and the API on 127.0.0.1 only. `/api/*` needs the per-run token (header
 * `X-Factdesk-Token` or `?token=`), and every request must name this server in Host (and Origin,
 * when sent) — that defeats DNS rebinding and cross-site requests from other pages.
 */
export function startHttpServer(opts: HttpServerOptions): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const tokenBuf = Buffer.from(token);
  const clients = new Set<ServerResponse>();
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    void handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: String(err?.message ?? err) } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (url.pathname.startsWith('/api/')) {
      const given = String(req.headers['x-factdesk-token'] ?? url.searchParams.get('token') ?? '');
      const buf = Buffer.from(given);
      if (buf.length !== tokenBuf.length || !timingSafeEqual(buf, tokenBuf)) {
        return send(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong session token: open the URL printed by `npm run serve`.' } });
      }
    }
    if (!allowedHosts().has(String(req.headers.host ?? ''))) {
      return send(res, 403, { ok: false, error: { code: 'forbidden-host', message: 'This server only answers requests addressed to 127.0.0.1 or localhost.' } });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, '')) ) {
      return send(res, 403, { ok: false, error: { code: 'forbidden-origin', message: `Requests from ${origin} are not allowed.` } });
    }
    if (url.pathname === '/api/events') return events(req, res);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'method-not-allowed', message: 'API calls use POST.' } });
      const type = String(req.headers['content-type'] ?? '');
      if (!type.startsWith('application/json')) return send(res, 415, { ok: false, error: { code: 'bad-request', message: 'API calls send application/json.' } });
      let body: unknown;
      try {
        const raw = await readBody(req);
        body = raw.length ? JSON.parse(raw) : {};
      } catch (err) {
        return send(res, 400, { ok: false, error: { code: 'bad-request', message: `The request body is not valid JSON: ${(err as Error).message}` } });
      }
      const result = await dispatch(opts.api, url.pathname.slice(5), body);
      const status = result.ok ? 200 : result.error.code === 'unknown-method' ? 404 : result.error.code === 'internal' ? 500 : 400;
      return send(res, status, result);
    }
    return serveStatic(url.pathname, res);
  }

  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    clients.add(res);
    const ping = setInterval(() => res.write(': ping\n\n'), 15000);
    req.on('close', () => {
      clearInterval(ping);
      clients.delete(res);
    });
  }

  const unsubscribe = opts.api.onEvent((event) => {
    const data = `data: ${JSON.stringify(event)}\n\n`;
    for (const c of clients) c.write(data);
  });

  function serveStatic(pathname: string, res: ServerResponse): void {
    const root = resolve(opts.staticDir);
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return send(res, 400, { ok: false, error: { code: 'bad-request', message: 'Bad path.' } });
    }
    let file = normalize(join(root, rel === '/' ? 'index.html' : rel));
    if (!file.startsWith(root + sep) && file !== root) return send(res, 403, { ok: false, error: { code: 'forbidden', message: 'Outside the app.' } });
    if (!existsSync(file) || !statSync(file).isFile()) {
      if (extname(file)) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'Not found.' } });
      file = join(root, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('The renderer is not built. Run `npm run build` (npm start and npm run serve do it for you).');
        return;
      }
    }
    const headers: Record<string, string> = { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (extname(file) === '.html') headers['Content-Security-Policy'] = CSP;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const addr = server.address();
      port = typeof addr === 'object' && addr ? addr.port : 0;
      const url = `http://127.0.0.1:${port}/?token=${token}`;
      resolvePromise({
        url,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const c of clients) c.end();
            clients.clear();
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(json);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error(`request larger than ${MAX_BODY / 1048576} MB`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
