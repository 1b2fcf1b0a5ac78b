import { request } from 'node:http';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/web/server';
import { sampleCase } from '../../../seeds';
import type { Core } from '../../../electron/core';
import { openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const token = 'launch-secret-token';
const caseId = sampleCase.case.id;
const opened: Array<{ host: BrowserHost; core: Core }> = [];

afterEach(async () => {
  for (const { host, core } of opened.splice(0)) {
    await host.close();
    await core.close();
  }
});

async function startHost(maximumUploadBytes?: number) {
  const dataDirectory = await temporaryFolder();
  const rendererFolder = await temporaryFolder();
  await writeFile(join(rendererFolder, 'index.html'), '<!doctype html><title>Dossier</title>');
  const uploadFolder = join(dataDirectory, 'uploads');
  const core = await openTestCore(dataDirectory);
  const host = await startBrowserHost({ core, rendererFolder, token, port: 0, uploadFolder, maximumUploadBytes });
  opened.push({ host, core });
  return { origin: new URL(host.url).origin, port: Number(new URL(host.url).port), dataDirectory, uploadFolder };
}

function uploadUrl(origin: string, name: string, target = { kind: 'source', id: 'source-article' }): string {
  return `${origin}/api/attachment.upload?${new URLSearchParams({ caseId, kind: target.kind, id: target.id, name })}`;
}

function upload(origin: string, name: string, body: string, headers: Record<string, string> = { 'x-dossier-token': token }) {
  return fetch(uploadUrl(origin, name), { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body });
}

async function uploaded(origin: string, name: string, body: string) {
  const answer = (await (await upload(origin, name, body)).json()) as { ok: true; value: { attachment: { id: string; name: string; sha256: string } } };
  expect(answer.ok).toBe(true);
  return answer.value.attachment;
}

function downloadUrl(origin: string, attachmentId: string, withToken = true): string {
  return `${origin}/api/attachment.file?${new URLSearchParams({ caseId, attachmentId, ...(withToken ? { token } : {}) })}`;
}

/** A raw request whose body is written by hand, so a test can declare a size it never sends, or stop half way. */
function rawUpload(port: number, path: string, headers: Record<string, string | number>) {
  return request({ host: '127.0.0.1', port, method: 'POST', path, headers: { host: `127.0.0.1:${port}`, 'x-dossier-token': token, ...headers } });
}

function statusOf(pending: ReturnType<typeof request>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    pending.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    pending.on('error', reject);
  });
}

describe('attachments over the browser host', () => {
  it('takes an upload with the token into the case, and removes the upload once the core has copied it', async () => {
    const { origin, dataDirectory, uploadFolder } = await startHost();
    const response = await upload(origin, 'Field notes.txt', 'Seen at the harbour.');
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { value: { attachment: { sha256: string } } };
    expect(answer).toMatchObject({ ok: true, value: { attachment: { name: 'Field notes.txt', bytes: 20, mediaType: 'text/plain' } } });
    const stored = await readdir(join(dataDirectory, 'cases', caseId, 'attachments'));
    expect(stored).toEqual([answer.value.attachment.sha256]);
    expect(await readdir(uploadFolder)).toEqual([]);
  });

  it('refuses an upload without the right token, attaching nothing', async () => {
    const { origin, dataDirectory } = await startHost();
    for (const headers of [{}, { 'x-dossier-token': 'guess' }] as Record<string, string>[]) {
      const response = await upload(origin, 'x.txt', 'x', headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(await readdir(join(dataDirectory, 'cases', caseId, 'attachments')).catch(() => [])).toEqual([]);
  });

  it('refuses an upload whose query is wrong, naming the field', async () => {
    const { origin } = await startHost();
    const response = await fetch(uploadUrl(origin, 'x.txt', { kind: 'quote', id: 'q' }), { method: 'POST', headers: { 'x-dossier-token': token }, body: 'x' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('kind') } });
  });

  it('serves an attachment as a download only, under its safe name, never as a page', async () => {
    const { origin } = await startHost();
    const attachment = await uploaded(origin, '../<script>Évidence.html', '<script>alert(1)</script>');
    expect(attachment.name).toBe('_script_Évidence.html');
    const response = await fetch(downloadUrl(origin, attachment.id));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="_script__vidence.html"; filename*=UTF-8''_script_%C3%89vidence.html`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('<script>alert(1)</script>');
  });

  it('refuses a download without the token, and says so when the file is gone', async () => {
    const { origin, dataDirectory } = await startHost();
    const attachment = await uploaded(origin, 'a.txt', 'a');
    expect((await fetch(downloadUrl(origin, attachment.id, false))).status).toBe(401);
    expect((await fetch(downloadUrl(origin, 'no-such-attachment'))).status).toBe(404);
    await rm(join(dataDirectory, 'cases', caseId, 'attachments', attachment.sha256));
    const missing = await fetch(downloadUrl(origin, attachment.id));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ ok: false, error: { message: expect.stringContaining('“a.txt” is missing from the case folder') } });
  });

  it('refuses an upload that declares more than 2 GB before reading it', async () => {
    const { port, uploadFolder } = await startHost();
    const pending = rawUpload(port, new URL(uploadUrl('http://x', 'huge.iso')).pathname + new URL(uploadUrl('http://x', 'huge.iso')).search, {
      'content-length': 3 * 1024 ** 3,
    });
    const answer = statusOf(pending);
    pending.write(Buffer.alloc(1024));
    const { status, body } = await answer;
    pending.destroy();
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('larger than 2 GB') } });
    expect(await readdir(uploadFolder).catch(() => [])).toEqual([]);
  });

  it('refuses an upload that turns out larger than the limit as it streams, keeping none of it', async () => {
    const { port, uploadFolder, dataDirectory } = await startHost(1000);
    const url = new URL(uploadUrl('http://x', 'big.bin'));
    const pending = rawUpload(port, url.pathname + url.search, { 'transfer-encoding': 'chunked' });
    pending.on('error', () => undefined);
    const answer = statusOf(pending);
    for (let part = 0; part < 5; part += 1) pending.write(Buffer.alloc(1000));
    pending.end();
    const { status, body } = await answer;
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('larger than 2 GB') } });
    expect(await readdir(uploadFolder)).toEqual([]);
    expect(await readdir(join(dataDirectory, 'cases', caseId, 'attachments')).catch(() => [])).toEqual([]);
  });

  it('removes what it received when the browser cancels half way', async () => {
    const { port, uploadFolder, dataDirectory } = await startHost();
    const url = new URL(uploadUrl('http://x', 'cancelled.bin'));
    const pending = rawUpload(port, url.pathname + url.search, { 'transfer-encoding': 'chunked' });
    pending.on('error', () => undefined);
    pending.write(Buffer.alloc(64 * 1024));
    await vi.waitFor(async () => expect((await readdir(uploadFolder).catch(() => [])).length).toBe(1));
    pending.destroy();
    await vi.waitFor(async () => expect(await readdir(uploadFolder)).toEqual([]));
    expect(await readdir(join(dataDirectory, 'cases', caseId, 'attachments')).catch(() => [])).toEqual([]);
  });

  it('never lets a page call the channels that take or give paths on this machine', async () => {
    const { origin } = await startHost();
    for (const channel of ['attachment.import', 'attachment.locate']) {
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dossier-token': token },
        body: JSON.stringify({ caseId, target: { kind: 'source', id: 'source-article' }, path: '/etc/passwd', attachmentId: 'x' }),
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.stringContaining('hosts only') } });
    }
  });
});
