import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiResult, type FactdeskApi } from '../../shared/api';
import { dispatch } from '../backend/dispatch';

/** Only our own page may call the back end: file:// pages of the built renderer. */
export function isTrustedSender(frameUrl: string | undefined, rendererIndexUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const a = new URL(frameUrl);
    const b = new URL(rendererIndexUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** Binds every API method to an `ipcMain.handle` channel, checking the sender frame of each call. */
export function bindIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, api: FactdeskApi, rendererIndexUrl: string): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(`factdesk:${method}`, async (event: IpcMainInvokeEvent, args: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event.senderFrame?.url, rendererIndexUrl)) {
        return { ok: false, error: { code: 'forbidden-sender', message: 'This window may not call Factdesk.' } };
      }
      return dispatch(api, method, args);
    });
  }
  return () => API_METHODS.forEach((m) => ipcMain.removeHandler(`factdesk:${m}`));
}
