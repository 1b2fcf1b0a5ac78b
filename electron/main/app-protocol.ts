import { protocol } from 'electron';
import { securityHeaders } from '../hosting/security-headers';
import { readStaticFile } from '../hosting/static-files';
import { appHost, appScheme } from './app-origin';

/** Must run before the app is ready: a standard, secure scheme gets a real origin, so `'self'` in the CSP means it. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://dossier/ with the same strict headers the browser host sends. */
export function setupAppProtocol(rendererFolder: string): void {
  protocol.handle(appScheme, createAppProtocolHandler(rendererFolder));
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
}

export function createAppProtocolHandler(rendererFolder: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return refusal(405, 'Only GET is served.');
    const url = new URL(request.url);
    if (url.host !== appHost) return refusal(404, 'Not found.');
    const file = await readStaticFile(rendererFolder, url.pathname);
    if (!file) return refusal(404, 'Not found.');
    return new Response(new Uint8Array(file.body), {
      headers: { ...securityHeaders, 'Content-Type': file.contentType },
    });
  };
}
