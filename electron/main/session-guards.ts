import type { Session } from 'electron';
import { isAppUrl } from './app-origin';

/** Inline images the CSP allows, and the developer tools' own pages; everything else stays on app://. */
const localSchemes = new Set(['data:', 'blob:', 'devtools:']);

/** Dossier never uses the network, so any request that is not for the app's own files is cancelled. */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return localSchemes.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Denies every permission (camera, notifications, geolocation…) and cancels every request off the app's origin. */
export function guardSession(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}
