import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { defaultDataDirectory, openCore, type Core, type WorkerScript } from '../core';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { setupAttachmentIpc } from './attachments';
import { setupCoreIpc } from './ipc';
import { setupMenu } from './menu';
import { setupNavigationGuards } from './navigation-guards';
import { openPreferences, type DesktopPreferences } from './preferences';
import { setupPrintIpc } from './print';
import { guardSession } from './session-guards';
import { createMainWindow } from './window';
import { messageOf } from '../../shared';

// The bundle runs from out/main; its siblings hold the built renderer and preload.
const rendererFolder = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

let mainWindow: BrowserWindow | undefined;
const getMainWindow = () => mainWindow;

function showMainWindow(preferences: DesktopPreferences): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const window = createMainWindow(preloadPath, preferences);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
}

/** Lets the core finish pending writes before the process ends. */
function closeCoreOnQuit(core: Core): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    core
      .close()
      .catch((error: unknown) => process.stderr.write(`Dossier could not finish saving: ${String(error)}\n`))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

/**
 * The case core runs in a worker thread (out/main/core-worker.js, built beside this file), so the main process never
 * waits on case data. Run from source, as in the shell's unit tests, there is no built worker: the core runs in-process.
 */
function builtCoreWorker(): WorkerScript | undefined {
  const url = new URL('./core-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? { url } : undefined;
}

async function start(): Promise<void> {
  await app.whenReady();
  guardSession(session.defaultSession);
  setupAppProtocol(rendererFolder);
  const preferences = openPreferences();
  const core = await openCore({ dataDirectory: defaultDataDirectory(), preferences, worker: builtCoreWorker() });
  closeCoreOnQuit(core);
  setupCoreIpc(core, getMainWindow);
  setupPrintIpc(getMainWindow);
  setupAttachmentIpc(core, getMainWindow);
  setupMenu();
  showMainWindow(preferences);
  app.on('second-instance', () => showMainWindow(preferences));
  app.on('activate', () => showMainWindow(preferences));
}

registerAppScheme();
if (app.requestSingleInstanceLock()) {
  setupNavigationGuards();
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    const detail = messageOf(error);
    const advice = 'Check that the data folder can be written, then start Dossier again.';
    dialog.showErrorBox('Dossier could not start', `${detail}\n\n${advice}`);
    app.exit(1);
  });
} else {
  // Another Dossier is running with the same library; it brings its window forward instead.
  app.quit();
}
