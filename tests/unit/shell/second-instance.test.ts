import { expect, it, vi } from 'vitest';
import { app, BrowserWindow, ipcMain } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

it('quits at once when another Dossier already holds the library', async () => {
  app.requestSingleInstanceLock.mockReturnValue(false);
  await import('../../../electron/main/index');
  expect(app.quit).toHaveBeenCalled();
  expect(app.whenReady).not.toHaveBeenCalled();
  expect(ipcMain.handlers.size).toBe(0);
  expect(BrowserWindow.created).toHaveLength(0);
});
