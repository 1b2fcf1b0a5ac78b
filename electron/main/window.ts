import { BrowserWindow, screen, type Rectangle } from 'electron';
import { appEntryUrl } from './app-origin';
import type { DesktopPreferences, WindowBounds } from './preferences';
import { messageOf } from '../../shared';

const defaultSize = { width: 1280, height: 860 };

/** Saved bounds are reused only while they still overlap a connected display, so the window never opens off-screen. */
export function isOnSomeDisplay(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  return workAreas.some(
    (area) =>
      bounds.x < area.x + area.width &&
      bounds.x + bounds.width > area.x &&
      bounds.y < area.y + area.height &&
      bounds.y + bounds.height > area.y,
  );
}

function restoredBounds(saved: WindowBounds | undefined): Partial<Rectangle> {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return saved && isOnSomeDisplay(saved, workAreas) ? saved : defaultSize;
}

/** The one window: sandboxed, isolated, no Node, loading only the app's own origin. */
export function createMainWindow(preloadPath: string, preferences: DesktopPreferences): BrowserWindow {
  const window = new BrowserWindow({
    ...restoredBounds(preferences.readWindowBounds()),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dossier',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // Middle-click would ask for a new window; the open handler denies it, and this stops the request at the source.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', () => preferences.writeWindowBounds(window.getNormalBounds()));
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    const detail = messageOf(error);
    process.stderr.write(`Dossier could not load its interface (${detail}); run "npm run build" first.\n`);
  });
  return window;
}
