// The only bridge between the sandboxed renderer and main: one object, `window.sportello`, with
// two functions. Raw ipcRenderer never reaches the page; main validates every call it forwards.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannels, type SportelloApi } from '../../shared/api';

type EventListener = (payload: unknown) => void;
const listeners = new Map<string, Set<EventListener>>();

ipcRenderer.on(ipcChannels.event, (_event: IpcRendererEvent, name: string, payload: unknown) => {
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const api: SportelloApi = {
  call: (name, params) => ipcRenderer.invoke(ipcChannels.call, name, params),
  on: (event, listener) => {
    const set = listeners.get(event) ?? new Set<EventListener>();
    listeners.set(event, set);
    set.add(listener as EventListener);
    return () => set.delete(listener as EventListener);
  },
};

contextBridge.exposeInMainWorld('sportello', api);
