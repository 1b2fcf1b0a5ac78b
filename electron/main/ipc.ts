import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channels, failure, messageOf, type Result } from '../../shared';
import { hostOnlyAttachmentChannels } from '../../shared/channels/attachments';
import type { Core } from '../core/types';
import { isAppUrl } from './app-origin';

export type WindowLookup = () => BrowserWindow | undefined;
type IpcHandler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>>;

/** Only the main window's top frame, showing the app's own origin, may call the main process. */
export function isTrustedSender(event: IpcMainInvokeEvent, mainWindow: BrowserWindow | undefined): boolean {
  const frame = event.senderFrame;
  return (
    mainWindow !== undefined &&
    !mainWindow.isDestroyed() &&
    event.sender === mainWindow.webContents &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}

/**
 * Wraps every ipcMain handler (the security gate fails on one registered without it): refuses foreign senders and
 * turns anything thrown into a failure value, so the renderer always receives a Result.
 */
export function requireTrustedSender(getMainWindow: WindowLookup, handler: IpcHandler): IpcHandler {
  return async (event, input) => {
    if (!isTrustedSender(event, getMainWindow())) {
      return failure('unauthorized', 'This request did not come from the Dossier window, so it was refused.');
    }
    try {
      return await handler(event, input);
    } catch (error) {
      const detail = messageOf(error);
      return failure('internal', `Dossier hit an unexpected problem: ${detail}. Try again, or restart the app.`);
    }
  };
}

/**
 * Every contract channel goes straight to the core, which validates the input and returns a Result — except the
 * ones that take or give a path on this computer: the page must never name a file for the core to read. The shell
 * itself asks the user for a file (a native dialog) and calls the core with the chosen path.
 */
export function setupCoreIpc(core: Core, getMainWindow: WindowLookup): void {
  for (const channel of channels) {
    const handler: IpcHandler = hostOnlyAttachmentChannels.has(channel)
      ? async () => failure('unauthorized', `The page may not call ${channel}: it names files on this computer, which only the app itself may do.`)
      : (_event, input) => core.invoke(channel, input);
    ipcMain.handle(channel, requireTrustedSender(getMainWindow, handler));
  }
}
