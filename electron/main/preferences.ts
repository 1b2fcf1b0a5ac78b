import { ipcMain } from 'electron';
import Store from 'electron-store';
import { z } from 'zod';
import { defaultPreferences, preferencesSchema, type Preferences } from '../../shared';
import type { PreferencesStore } from '../core/types';

const windowBoundsSchema = z.object({
  x: z.int(),
  y: z.int(),
  width: z.int().min(320).max(16_384),
  height: z.int().min(240).max(16_384),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

/** The desktop app's preferences, plus where its window was: never case data. */
export interface DesktopPreferences extends PreferencesStore {
  readWindowBounds(): WindowBounds | undefined;
  writeWindowBounds(bounds: WindowBounds): void;
}

/**
 * Preferences in electron-store (in Electron's user folder unless a folder is given). Whatever the file holds is
 * validated on every read: a damaged or hand-edited value reads as the default instead of reaching the app.
 */
export function openPreferences(folder?: string): DesktopPreferences {
  const store = new Store<Record<string, unknown>>({
    name: 'preferences',
    cwd: folder,
    // The file holds only preferences, so starting over beats refusing to start.
    clearInvalidConfig: true,
    configFileMode: 0o600,
  });
  // electron-store answers this channel for renderer-side stores, which Dossier has none of; an IPC listener
  // that skips the sender check has no place in the app.
  ipcMain.removeAllListeners('electron-store-get-data');
  const read = (): Preferences => {
    const parsed = preferencesSchema.safeParse({
      authorName: store.get('authorName'),
      recentCaseIds: store.get('recentCaseIds'),
    });
    return parsed.success ? parsed.data : defaultPreferences;
  };
  return {
    read,
    write: (update) => {
      const next = preferencesSchema.parse({ ...read(), ...update });
      store.set({ authorName: next.authorName, recentCaseIds: next.recentCaseIds });
      return next;
    },
    readWindowBounds: () => {
      const parsed = windowBoundsSchema.safeParse(store.get('windowBounds'));
      return parsed.success ? parsed.data : undefined;
    },
    // Called while the window closes: odd bounds (a window shrunk below the minimum) are skipped, not thrown.
    writeWindowBounds: (bounds) => {
      const parsed = windowBoundsSchema.safeParse(bounds);
      if (parsed.success) store.set('windowBounds', parsed.data);
    },
  };
}
