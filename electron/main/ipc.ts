// The contract over Electron IPC. Calls are accepted only from our own app's frames; the
// dispatcher validates the payload; core events are forwarded to every window.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcChannels } from '../../shared/api';
import { failure } from '../../shared/outcome';
import type { Core } from '../core/create-core';

export function wireIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  core: Core,
  isAppUrl: (url: string) => boolean,
  targets: () => WebContents[],
): () => void {
  ipcMain.handle(ipcChannels.call, (event: IpcMainInvokeEvent, name: unknown, params: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl)) {
      return failure('forbidden', 'Calls are accepted only from the Sportello window.');
    }
    return core.dispatch(name, params);
  });
  return core.events.subscribe((name, payload) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed()) contents.send(ipcChannels.event, name, payload);
    }
  });
}
