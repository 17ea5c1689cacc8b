import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { startHttpServer, type RunningServer } from '../../electron/server/http-server';
import { openBackend, tempDir } from '../helpers/temp-workspace';

let ws: { dir: string; cleanup: () => void };
let backend: Backend;
let server: RunningServer;

beforeAll(async () => {
  ws = tempDir();
  writeFileSync(join(ws.dir, 'a.txt'), 'hello');
  backend = await openBackend(ws.dir, { watch: false });
  server = await startHttpServer({ api: backend, staticDir: join(ws.dir, 'none') });
});
afterAll(async () => {
  await server.close();
  await backend.dispose();
  ws.cleanup();
});

/** A raw request, so Host and Origin can be anything (fetch would not let us forge Host). */
function raw(path: string, headers: Record<string, string>, body?: string, method = 'POST'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('HTTP transport security', () => {
  const host = () => `127.0.0.1:${server.port}`;
  const json = { 'Content-Type': 'application/json' };

  it('binds to 127.0.0.1 and prints a URL with a token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  it('answers 401 without the token, before routing', async () => {
    expect((await raw('/api/listSources', { ...json, Host: host() }, '{}')).status).toBe(401);
    expect((await raw('/api/noSuchMethod', { ...json, Host: host() }, '{}')).status).toBe(401);
    expect((await raw('/api/listSources', { ...json, Host: host(), 'X-Factdesk-Token': 'wrong' }, '{}')).status).toBe(401);
    expect((await raw('/api/events', { Host: host() }, undefined, 'GET')).status).toBe(401);
  });

  it('rejects a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const auth = { ...json, 'X-Factdesk-Token': server.token };
    expect((await raw('/api/listSources', { ...auth, Host: `evil.example:${server.port}` }, '{}')).status).toBe(403);
    expect((await raw('/', { Host: `evil.example:${server.port}` }, undefined, 'GET')).status).toBe(403);
    expect((await raw('/api/listSources', { ...auth, Host: host(), Origin: 'http://evil.example' }, '{}')).status).toBe(403);
    const ok = await raw('/api/listSources', { ...auth, Host: host(), Origin: `http://${host()}` }, '{}');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).value[0].path).toBe('a.txt');
  });

  it('answers malformed requests with clear errors', async () => {
    const auth = { ...json, Host: host(), 'X-Factdesk-Token': server.token };
    const bad = await raw('/api/listSources', auth, '{not json');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/not valid JSON/);
    expect((await raw('/api/listSources', { ...auth, 'Content-Type': 'text/plain' }, '{}')).status).toBe(415);
    expect((await raw('/api/listSources', auth, undefined, 'GET')).status).toBe(405);
    expect((await raw('/api/frobnicate', auth, '{}')).status).toBe(404);
    expect((await raw('/api/getArticle', auth, '[]')).status).toBe(400);
  });

  it('does not serve files outside the app folder', async () => {
    const r = await raw('/..%2f..%2fetc%2fpasswd', { Host: host() }, undefined, 'GET');
    expect(r.status).not.toBe(200);
  });
});
