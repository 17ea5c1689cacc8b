import { describe, expect, it } from 'vitest';
import { API_METHODS, type FactdeskApi } from '../../../shared/api';
import { bindIpc, isTrustedSender } from '../../../electron/main/ipc';
import { findElectron } from '../../../electron/cli/electron-binary';

type Handler = (event: { senderFrame: { url: string } | null }, args: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, fn: Handler) => void handlers.set(channel, fn),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

const index = 'file:///opt/factdesk/out/renderer/index.html';

describe('Electron IPC glue', () => {
  it('binds one channel per API method and unbinds them', () => {
    const ipc = fakeIpcMain();
    const unbind = bindIpc(ipc as never, {} as FactdeskApi, index);
    expect([...ipc.handlers.keys()].sort()).toEqual(API_METHODS.map((m) => `factdesk:${m}`).sort());
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers only our own page, and wraps results and errors as data', async () => {
    const ipc = fakeIpcMain();
    const api = { listSources: async () => [{ id: 'x' }], getArticle: async () => { throw new Error('boom'); } } as unknown as FactdeskApi;
    bindIpc(ipc as never, api, index);
    const call = (url: string | null, m: string, a: unknown = {}) => ipc.handlers.get(`factdesk:${m}`)!({ senderFrame: url === null ? null : { url } }, a);
    expect(await call(index, 'listSources')).toEqual({ ok: true, value: [{ id: 'x' }] });
    expect(await call(`${index}#/claims`, 'listSources')).toEqual({ ok: true, value: [{ id: 'x' }] });
    expect(await call('https://evil.example/index.html', 'listSources')).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await call('file:///tmp/other.html', 'listSources')).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await call(null, 'listSources')).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await call(index, 'getArticle')).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/boom/) } });
  });

  it('checks sender URLs strictly', () => {
    expect(isTrustedSender(undefined, index)).toBe(false);
    expect(isTrustedSender('not a url', index)).toBe(false);
    expect(isTrustedSender(index, index)).toBe(true);
  });

  it('explains why the Electron window cannot open', () => {
    const r = findElectron('/nonexistent-root', {}, 'linux');
    expect(r).toEqual({ missing: expect.stringMatching(/not installed/) });
  });
});
