import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';
import { useTemporaryFolders } from '../../support/temporary-folder';

vi.mock('electron', () => import('./fake-electron'));

const requiredPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

describe('the app:// protocol handler', () => {
  const temporaryFolder = useTemporaryFolders();

  /** A built renderer in <folder>/renderer, with a secret file beside it that must never be served. */
  async function serveBuiltRenderer() {
    const folder = await temporaryFolder();
    const renderer = join(folder, 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Dossier</title>');
    await writeFile(join(renderer, 'assets', 'app.js'), 'console.log("app");');
    await writeFile(join(folder, 'secret.txt'), 'the secret');
    const handler = createAppProtocolHandler(renderer);
    return (url: string, method = 'GET') => handler(new Request(url, { method }));
  }

  it('serves index.html at the root with the strict Content-Security-Policy', async () => {
    const request = await serveBuiltRenderer();
    const response = await request('app://dossier/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Dossier</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(requiredPolicy);
  });

  it('serves scripts with a JavaScript MIME type', async () => {
    const request = await serveBuiltRenderer();
    const response = await request('app://dossier/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'app://dossier/..%2fsecret.txt',
    'app://dossier/assets/..%2f..%2fsecret.txt',
    'app://dossier/%2e%2e/secret.txt',
    'app://dossier/..%5csecret.txt',
  ])('refuses to serve outside the renderer folder: %s', async (url) => {
    const request = await serveBuiltRenderer();
    const response = await request(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('the secret');
  });

  it('refuses other hosts and methods other than GET', async () => {
    const request = await serveBuiltRenderer();
    expect((await request('app://elsewhere/index.html')).status).toBe(404);
    expect((await request('app://dossier/index.html', 'POST')).status).toBe(405);
  });
});
