import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, isOnSomeDisplay } from '../../../electron/main/window';
import { openPreferences } from '../../../electron/main/preferences';
import { useTemporaryFolders } from '../../support/temporary-folder';
import { BrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('the main window', () => {
  const temporaryFolder = useTemporaryFolders();
  beforeEach(() => {
    BrowserWindow.created.length = 0;
  });

  async function openWindow() {
    const preferences = openPreferences(await temporaryFolder());
    const window = createMainWindow('/app/out/preload/index.cjs', preferences) as unknown as BrowserWindow;
    return { window, preferences };
  }

  it('is created with secure web preferences and the sandboxed preload', async () => {
    const { window } = await openWindow();
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('loads the app from app://, never from a file', async () => {
    const { window } = await openWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://dossier/index.html');
  });

  it('saves its bounds on close and reopens where it was', async () => {
    const { window, preferences } = await openWindow();
    window.bounds = { x: 100, y: 50, width: 900, height: 650 };
    window.emit('close');
    expect(preferences.readWindowBounds()).toEqual({ x: 100, y: 50, width: 900, height: 650 });
    const reopened = createMainWindow('/preload.cjs', preferences) as unknown as BrowserWindow;
    expect(reopened.options).toMatchObject({ x: 100, y: 50, width: 900, height: 650 });
  });

  it('ignores saved bounds that no longer overlap any display', () => {
    const display = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(isOnSomeDisplay({ x: 3000, y: 0, width: 800, height: 600 }, [display])).toBe(false);
    expect(isOnSomeDisplay({ x: 1800, y: 900, width: 800, height: 600 }, [display])).toBe(true);
  });
});
