import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../shared';
import { attachmentPath, importAttachmentFile, storeAttachment, verifyAttachments, viewingCopy } from '../../../electron/core/storage/attachment-files';
import { verifyCase } from '../../../electron/core/storage/audit';
import { caseFolderLayout } from '../../../electron/core/storage/case-folder';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

function sha256Of(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Content in pieces, as a stream would deliver it; `pause` runs before the given piece is handed over. */
async function* pieces(parts: readonly Uint8Array[], pause?: { before: number; run: () => void }): AsyncGenerator<Uint8Array> {
  for (const [index, part] of parts.entries()) {
    if (pause?.before === index) pause.run();
    yield part;
  }
}

function bytesOf(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let index = 0; index < size; index += 1) bytes[index] = (index * 31 + seed) % 251;
  return bytes;
}

async function caseLayout() {
  return caseFolderLayout(await temporaryFolder());
}

function attachmentOf(id: string, name: string, sha256: string): Attachment {
  const time = '2026-01-01T00:00:00.000Z';
  return { id, name, sha256, target: { kind: 'source', id: 'source-a' }, bytes: 0, mediaType: 'application/pdf', capturedAt: time, createdAt: time, updatedAt: time };
}

describe('storing an attachment', () => {
  it('streams the content to a private file named by its SHA-256, reporting progress as it goes', async () => {
    const layout = await caseLayout();
    const parts = [bytesOf(70_000, 1), bytesOf(50_000, 2), bytesOf(3, 3)];
    const whole = Buffer.concat(parts);
    const progress: Array<[number, number | undefined]> = [];
    const stored = await storeAttachment(layout, pieces(parts), { totalBytes: whole.length, onProgress: (sent, total) => progress.push([sent, total]) });
    expect(stored).toEqual({ ok: true, value: { sha256: sha256Of(whole), bytes: whole.length, path: attachmentPath(layout, sha256Of(whole)), existed: false } });
    expect(sha256Of(await readFile(join(layout.attachments, sha256Of(whole))))).toBe(sha256Of(whole));
    expect(progress).toEqual([
      [70_000, whole.length],
      [120_000, whole.length],
      [whole.length, whole.length],
    ]);
    expect((await stat(layout.attachments)).mode & 0o777).toBe(0o700);
    expect((await stat(attachmentPath(layout, sha256Of(whole)))).mode & 0o777).toBe(0o600);
    expect(await readdir(layout.attachments)).toEqual([sha256Of(whole)]);
  });

  it('stores the same content once, whatever it is called', async () => {
    const layout = await caseLayout();
    const content = bytesOf(1000, 7);
    const first = await storeAttachment(layout, pieces([content]));
    const second = await storeAttachment(layout, pieces([content.subarray(0, 10), content.subarray(10)]));
    expect(first.ok && second.ok && [first.value.existed, second.value.existed]).toEqual([false, true]);
    expect(await readdir(layout.attachments)).toEqual([sha256Of(content)]);
  });

  it('replaces a stored copy that was damaged with the good bytes it was asked to store', async () => {
    const layout = await caseLayout();
    const content = bytesOf(1000, 8);
    await storeAttachment(layout, pieces([content]));
    await writeFile(attachmentPath(layout, sha256Of(content)), 'truncated');
    const again = await storeAttachment(layout, pieces([content]));
    expect(again.ok && again.value.existed).toBe(false);
    expect((await readFile(attachmentPath(layout, sha256Of(content)))).equals(content)).toBe(true);
  });

  it('leaves nothing behind when cancelled part way, and rejects with the reason', async () => {
    const layout = await caseLayout();
    const controller = new AbortController();
    const cancelled = storeAttachment(layout, pieces([bytesOf(5000, 1), bytesOf(5000, 2), bytesOf(5000, 3)], { before: 2, run: () => controller.abort(new Error('Cancelled by the user')) }), {
      signal: controller.signal,
    });
    await expect(cancelled).rejects.toThrow('Cancelled by the user');
    expect(await readdir(layout.attachments)).toEqual([]);
  });

  it('refuses content over the limit, declared or counted, and leaves nothing behind', async () => {
    const layout = await caseLayout();
    expect(await storeAttachment(layout, pieces([bytesOf(10, 1)]), { totalBytes: 101, maximumBytes: 100 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'The file is larger than 2 GB, the most an attachment may be.' },
    });
    expect(await storeAttachment(layout, pieces([bytesOf(60, 1), bytesOf(60, 2)]), { maximumBytes: 100 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await readdir(layout.attachments)).toEqual([]);
  });

  it('turns a failing source into a failure value, leaving nothing behind', async () => {
    const layout = await caseLayout();
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield bytesOf(10, 1);
      throw new Error('read failed');
    }
    expect(await storeAttachment(layout, failing())).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringContaining('read failed') } });
    expect(await readdir(layout.attachments)).toEqual([]);
  });
});

describe('importing a file of this machine', () => {
  it('copies a regular file in by its hash', async () => {
    const layout = await caseLayout();
    const source = join(await temporaryFolder(), 'scan.pdf');
    const content = bytesOf(3 * 1024 * 1024 + 5, 4);
    await writeFile(source, content);
    const progress: number[] = [];
    const imported = await importAttachmentFile(layout, source, { onProgress: (sent) => progress.push(sent) });
    expect(imported).toMatchObject({ ok: true, value: { sha256: sha256Of(content), bytes: content.length } });
    expect(progress.at(-1)).toBe(content.length);
    expect(progress.length).toBeGreaterThan(1);
    expect((await readFile(attachmentPath(layout, sha256Of(content)))).equals(content)).toBe(true);
  });

  it('refuses folders, devices, pipes and missing files with a message naming the path', async () => {
    const layout = await caseLayout();
    const folder = await temporaryFolder();
    const pipe = join(folder, 'pipe');
    execFileSync('mkfifo', [pipe]);
    expect(await importAttachmentFile(layout, folder)).toEqual({ ok: false, error: { code: 'invalid-input', message: `${folder} is a folder; choose a file to attach.` } });
    expect(await importAttachmentFile(layout, '/dev/zero')).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: '/dev/zero is not a regular file (a device, pipe or socket); choose a file to attach.' },
    });
    expect(await importAttachmentFile(layout, pipe)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('not a regular file') } });
    expect(await importAttachmentFile(layout, join(folder, 'gone.pdf'))).toEqual({ ok: false, error: { code: 'not-found', message: `There is no file at ${join(folder, 'gone.pdf')}.` } });
    expect(await readdir(layout.attachments).catch(() => [])).toEqual([]);
  });

  it('refuses a file over the limit before copying any of it', async () => {
    const layout = await caseLayout();
    const source = join(await temporaryFolder(), 'big.bin');
    await writeFile(source, bytesOf(200, 1));
    expect(await importAttachmentFile(layout, source, { maximumBytes: 100 })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining(source) } });
    expect(await readdir(layout.attachments).catch(() => [])).toEqual([]);
  });
});

describe('verifying attachments', () => {
  it('names each attachment as intact, changed or missing, and verify case counts them as problems', async () => {
    const layout = await caseLayout();
    const [kept, altered] = [bytesOf(100, 1), bytesOf(100, 2)];
    await storeAttachment(layout, pieces([kept]));
    await storeAttachment(layout, pieces([altered]));
    await writeFile(attachmentPath(layout, sha256Of(altered)), bytesOf(100, 3));
    const attachments = [
      attachmentOf('a1', 'kept.pdf', sha256Of(kept)),
      attachmentOf('a2', 'altered.pdf', sha256Of(altered)),
      attachmentOf('a3', 'gone.pdf', 'f'.repeat(64)),
      attachmentOf('a4', 'kept again.pdf', sha256Of(kept)),
    ];
    expect(await verifyAttachments(layout, attachments)).toEqual([
      { id: 'a1', name: 'kept.pdf', sha256: sha256Of(kept), state: 'ok' },
      { id: 'a2', name: 'altered.pdf', sha256: sha256Of(altered), state: 'changed' },
      { id: 'a3', name: 'gone.pdf', sha256: 'f'.repeat(64), state: 'missing' },
      { id: 'a4', name: 'kept again.pdf', sha256: sha256Of(kept), state: 'ok' },
    ]);
    const verification = await verifyCase(layout, { sequence: 0, hash: '0'.repeat(64) }, attachments);
    expect(verification.intact).toBe(false);
    expect(verification.problems).toEqual([
      `The attachment “altered.pdf” has changed since it was attached: its file no longer has the SHA-256 ${sha256Of(altered)}.`,
      'The attachment “gone.pdf” is missing from the case folder.',
    ]);
    expect(verification.attachments?.map((check) => check.state)).toEqual(['ok', 'changed', 'missing', 'ok']);
  });

  it('finds a case with intact attachments intact', async () => {
    const layout = await caseLayout();
    const content = bytesOf(10, 1);
    await storeAttachment(layout, pieces([content]));
    const verification = await verifyCase(layout, { sequence: 0, hash: '0'.repeat(64) }, [attachmentOf('a1', 'one.pdf', sha256Of(content))]);
    expect(verification).toMatchObject({ intact: true, problems: [], attachments: [{ id: 'a1', state: 'ok' }] });
  });
});

describe('a copy for the system viewer', () => {
  it('copies the stored file under its safe name into a private folder of its own', async () => {
    const layout = await caseLayout();
    const content = bytesOf(10, 1);
    await storeAttachment(layout, pieces([content]));
    const parent = await temporaryFolder();
    await mkdir(join(parent, 'x'));
    const copy = await viewingCopy(attachmentPath(layout, sha256Of(content)), '../x/CON.pdf', parent);
    expect(copy.startsWith(join(parent, 'dossier-view-'))).toBe(true);
    expect(copy.endsWith('/_CON.pdf')).toBe(true);
    expect((await readFile(copy)).equals(content)).toBe(true);
    expect(await readdir(join(parent, 'x'))).toEqual([]);
  });
});
