import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultDataDirectory } from '../../../electron/core';
import { channels, shellChannels } from '../../../shared';
import { useTemporaryFolders } from '../../support/temporary-folder';
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('starting the desktop app', () => {
  const temporaryFolder = useTemporaryFolders();
  afterEach(() => vi.unstubAllEnvs());

  it('wires the protocol, guards, core, IPC, menu and window once ready, and closes the core on quit', async () => {
    const home = await temporaryFolder();
    // Electron's user folder and the core's library both live under a fresh home, never the real one.
    for (const name of ['HOME', 'XDG_CONFIG_HOME', 'APPDATA']) vi.stubEnv(name, home);
    app.paths.set('userData', join(home, 'user-data'));
    await import('../../../electron/main/index');

    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(app.listenerCount('web-contents-created')).toBe(1);
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1), { timeout: 10_000 });
    expect(BrowserWindow.created[0]?.loadURL).toHaveBeenCalledWith('app://dossier/index.html');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.defaultSession.permissionRequestHandler).toBeDefined();
    expect(session.defaultSession.beforeRequestHandler).toBeDefined();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [...channels, shellChannels.printPage, shellChannels.exportPagePdf, shellChannels.attachFiles, shellChannels.openAttachment].sort(),
    );
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(defaultDataDirectory().startsWith(home)).toBe(true);
    expect(existsSync(defaultDataDirectory())).toBe(true);

    const quitting = { preventDefault: vi.fn() };
    app.emit('will-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled(), { timeout: 10_000 });
  });
});
