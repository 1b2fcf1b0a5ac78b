/** The renderer is served from this privileged custom scheme and host, never from file://. */
export const appScheme = 'app';
export const appHost = 'dossier';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/**
 * True when a URL belongs to the app's own origin. Node's URL gives non-special schemes an opaque origin ("null"),
 * so the scheme and host are compared instead.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}
