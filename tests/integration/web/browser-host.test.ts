import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/web/server';
import { openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const token = 'launch-secret-token';
const hosts: BrowserHost[] = [];

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

async function startHost(): Promise<{ host: BrowserHost; origin: string }> {
  const dataDirectory = await temporaryFolder();
  const rendererFolder = await temporaryFolder();
  await writeFile(join(rendererFolder, 'index.html'), '<!doctype html><title>Dossier</title>');
  await mkdir(join(rendererFolder, 'assets'));
  await writeFile(join(rendererFolder, 'assets', 'app.js'), 'console.log(1)');
  const core = await openTestCore(dataDirectory);
  const host = await startBrowserHost({ core, rendererFolder, token, port: 0 });
  hosts.push(host);
  return { host, origin: new URL(host.url).origin };
}

function callApi(origin: string, channel: string, body: unknown, headers: Record<string, string> = { 'x-dossier-token': token }) {
  return fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('the browser host', () => {
  it('prints a URL on 127.0.0.1 that carries the token', async () => {
    const { host } = await startHost();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=launch-secret-token$/);
    expect((host.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('answers contract calls that carry the token', async () => {
    const { origin } = await startHost();
    const response = await callApi(origin, 'library.list', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { cases: [expect.any(Object)] } });
  });

  it('refuses calls without the right token', async () => {
    const { origin } = await startHost();
    const attempts: Record<string, string>[] = [{}, { 'x-dossier-token': 'guess' }];
    for (const headers of attempts) {
      const response = await callApi(origin, 'library.list', {}, headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses a foreign Origin even with the token', async () => {
    const { origin } = await startHost();
    const response = await callApi(origin, 'library.list', {}, { 'x-dossier-token': token, origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('refuses a foreign Host header, as a DNS-rebinding page would send', async () => {
    const { host } = await startHost();
    const port = new URL(host.url).port;
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { host: `attacker.example:${port}` } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });

  it('answers bad JSON and unknown channels with clear errors', async () => {
    const { origin } = await startHost();
    const badJson = await fetch(`${origin}/api/library.list`, { method: 'POST', headers: { 'x-dossier-token': token }, body: '{' });
    expect(badJson.status).toBe(400);
    const unknown = await callApi(origin, 'library.burn', {});
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('serves the renderer with a strict content security policy, and nothing outside it', async () => {
    const { origin } = await startHost();
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await (await fetch(`${origin}/assets/app.js`)).text()).toBe('console.log(1)');
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      expect((await fetch(`${origin}${path}`)).status).toBe(404);
    }
  });
});
