import { httpProtocol } from '../../shared';
import { expect, test } from './fixtures';

// The browser host serves real case files on a local port: any page or program on the machine could call it.
test.describe('the browser host API', () => {
  test('answers a call that carries the launch token', async ({ host, request }) => {
    const response = await request.post(`${host.origin}${httpProtocol.apiPath}library.list`, {
      headers: { [httpProtocol.tokenHeader]: host.token },
      data: {},
    });
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { cases: [expect.anything()] } });
  });

  test('refuses a call without the token with a 401 JSON result', async ({ host, request }) => {
    const response = await request.post(`${host.origin}${httpProtocol.apiPath}library.list`, { data: {} });
    expect(response.status()).toBe(401);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.any(String) } });
  });

  test('refuses a call with a wrong token', async ({ host, request }) => {
    const response = await request.post(`${host.origin}${httpProtocol.apiPath}library.list`, {
      headers: { [httpProtocol.tokenHeader]: `${host.token}x` },
      data: {},
    });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  test('refuses a call from a foreign origin even with the token', async ({ host, request }) => {
    const response = await request.post(`${host.origin}${httpProtocol.apiPath}library.list`, {
      headers: { [httpProtocol.tokenHeader]: host.token, origin: 'http://attacker.example' },
      data: {},
    });
    expect(response.status()).toBe(403);
    const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(body.value).toBeUndefined();
  });

  test('a page on a foreign origin cannot read the library through fetch', async ({ host, page }) => {
    // A page served from another origin (here, about:blank's opaque one) tries the API with a stolen token.
    await page.goto('about:blank');
    const outcome = await page.evaluate(
      async ({ url, header, token }) => {
        try {
          const response = await fetch(url, { method: 'POST', headers: { [header]: token }, body: '{}' });
          return `status ${response.status}`;
        } catch (error) {
          return `blocked: ${String(error)}`;
        }
      },
      { url: `${host.origin}${httpProtocol.apiPath}library.list`, header: httpProtocol.tokenHeader, token: host.token },
    );
    expect(outcome).not.toBe('status 200');
  });
});
