import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name Electron uses for its per-user folder, so both hosts find the same library. */
export const productName = 'Dossier';

/** Electron's `app.getPath('userData')`, computed without Electron so the browser host uses the same folder. */
export function userDataDirectory(environment: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(environment.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', productName);
  return join(environment.XDG_CONFIG_HOME ?? join(homedir(), '.config'), productName);
}

/** The library's folder: case data, apart from the preferences file electron-store keeps in the same user folder. */
export function defaultDataDirectory(environment: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  return join(userDataDirectory(environment, platform), 'library');
}
