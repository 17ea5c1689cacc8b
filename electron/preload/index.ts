import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, type FactdeskEvent } from '../../shared/api';

// Named functions only: the renderer never sees ipcRenderer itself.
const bridge: Record<string, unknown> = Object.fromEntries(
  API_METHODS.map((method) => [method, (args: unknown) => ipcRenderer.invoke(`factdesk:${method}`, args ?? {})]),
);
bridge.onEvent = (cb: (event: FactdeskEvent) => void) => {
  const listener = (_e: IpcRendererEvent, event: FactdeskEvent) => cb(event);
  ipcRenderer.on('factdesk:event', listener);
  return () => ipcRenderer.removeListener('factdesk:event', listener);
};

contextBridge.exposeInMainWorld('factdesk', bridge);
