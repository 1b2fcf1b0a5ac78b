import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { failure, isChannel, isMenuCommand, shellChannels, type DossierBridge, type MenuCommand } from '../../shared';

/**
 * The page's only door to the app. It forwards known contract channels and the shell's own calls; ipcRenderer and
 * IPC events (which carry the sender) never reach the page.
 */
const bridge: DossierBridge = {
  invoke: (channel, input) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.resolve(failure('unknown-channel', `There is no channel called "${String(channel)}".`)),
  shell: {
    printPage: (paper) => ipcRenderer.invoke(shellChannels.printPage, { paper }),
    exportPagePdf: (suggestedName, paper) => ipcRenderer.invoke(shellChannels.exportPagePdf, { suggestedName, paper }),
    attachFiles: (request) => ipcRenderer.invoke(shellChannels.attachFiles, request),
    openAttachment: (request) => ipcRenderer.invoke(shellChannels.openAttachment, request),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      const relay = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipcRenderer.on(shellChannels.menuCommand, relay);
      return () => {
        ipcRenderer.removeListener(shellChannels.menuCommand, relay);
      };
    },
  },
};

contextBridge.exposeInMainWorld('dossier', bridge);
