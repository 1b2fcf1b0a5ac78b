import { readFileSync } from 'node:fs';
import { defaultPreferences, preferencesSchema, type Preferences } from '../../shared';
import { writeSmallFileDurablySync } from './storage/durable-file';
import type { PreferencesStore } from './types';

/**
 * Preferences kept in a private JSON file, for the browser host (the desktop app keeps them in electron-store).
 * A missing or damaged file reads as the defaults and is only replaced when the user changes a preference.
 */
export function preferencesFile(path: string): PreferencesStore {
  const read = (): Preferences => {
    try {
      const parsed = preferencesSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : defaultPreferences;
    } catch {
      return defaultPreferences;
    }
  };
  return {
    read,
    write: (update) => {
      const next = preferencesSchema.parse({ ...read(), ...update });
      writeSmallFileDurablySync(path, `${JSON.stringify(next, null, 2)}\n`);
      return next;
    },
  };
}
