import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, type FactdeskEvent, type ShellExtras } from '../../shared/api';

// Named functions only: the renderer never sees ipcRenderer itself.
const bridge: Record<string, unknown> = Object.fromEntries(
  API_METHODS.map((method) => [method, (args: unknown) => ipcRenderer.invoke(`factdesk:${method}`, args ?? {})]),
);
bridge.onEvent = (cb: (event: FactdeskEvent) => void) => {
  const listener = (_e: IpcRendererEvent, event: FactdeskEvent) => cb(event);
  ipcRenderer.on('factdesk:event', listener);
  return () => ipcRenderer.removeListener('factdesk:event', listener);
};
// Electron-only extras. The channel literal matches PDF_CHANNEL in electron/main/pdf.ts: a sandboxed
// preload cannot import that module (it pulls in node:fs).
const extras: Required<ShellExtras> = {
  printToPdf: (html, suggestedName) => ipcRenderer.invoke('factdesk:printToPdf', { html, suggestedName }),
};
Object.assign(bridge, extras);

contextBridge.exposeInMainWorld('factdesk', bridge);
