import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../../../shared';
import { sampleCase } from '../../../seeds';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const caseId = sampleCase.case.id;
const article = { kind: 'source', id: 'source-article' } as const;

async function fileOutside(name: string, content: string): Promise<string> {
  const path = join(await temporaryFolder(), name);
  await writeFile(path, content);
  return path;
}

function sha256Of(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

describe('the attachments channels', () => {
  it('imports a file into the case folder under its hash, journalled, listed, and kept after reopening', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const path = await fileOutside('Interview notes.txt', 'Notes of the interview.');
    const { attachment, notice } = await call(core, 'attachment.import', { caseId, target: article, path });
    expect(notice).toBeUndefined();
    expect(attachment).toMatchObject({ target: article, name: 'Interview notes.txt', bytes: 23, mediaType: 'text/plain', sha256: sha256Of('Notes of the interview.') });
    const stored = join(folder, 'cases', caseId, 'attachments', attachment.sha256);
    expect(await readFile(stored, 'utf8')).toBe('Notes of the interview.');
    expect(await call(core, 'attachment.list', { caseId, target: article })).toEqual([attachment]);
    expect(await call(core, 'attachment.locate', { caseId, attachmentId: attachment.id })).toEqual({ attachment, path: stored });
    const journal = await readFile(join(folder, 'cases', caseId, 'journal.ndjson'), 'utf8');
    expect(journal).toContain('Attached “Interview notes.txt” to the source');
    await core.close();

    const reopened = await openTestCore(folder);
    expect(await call(reopened, 'attachment.list', { caseId, target: article })).toEqual([attachment]);
    expect(caseFileSchema.safeParse(await call(reopened, 'case.get', { caseId })).success).toBe(true);
    await reopened.close();
  });

  it('keeps the name the browser sent for an upload, made safe, and says how', async () => {
    const core = await openTestCore(await temporaryFolder());
    const path = await fileOutside('0001.upload', '%PDF-1.7');
    const imported = await call(core, 'attachment.import', { caseId, target: article, path, name: '..\\..\\NUL.pdf', mediaType: 'application/pdf' });
    expect(imported.attachment).toMatchObject({ name: '_NUL.pdf', mediaType: 'application/pdf' });
    expect(imported.notice).toContain('“NUL” is a device name Windows reserves');
    await core.close();
  });

  it('renames an attachment, and undo brings the old name back', async () => {
    const core = await openTestCore(await temporaryFolder());
    const { attachment } = await call(core, 'attachment.import', { caseId, target: article, path: await fileOutside('scan.png', 'png') });
    expect(await call(core, 'attachment.rename', { caseId, attachmentId: attachment.id, name: 'Harbour aerial.png' })).toMatchObject({ name: 'Harbour aerial.png' });
    await call(core, 'case.undo', { caseId });
    expect((await call(core, 'attachment.list', { caseId, target: article }))[0]?.name).toBe('scan.png');
    await core.close();
  });

  it('refuses bad input with a message naming what is wrong, and attaches nothing', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const path = await fileOutside('a.txt', 'a');
    const refusals = [
      [{ caseId, target: article, path: 'relative/a.txt' }, 'invalid-input', 'path must be an absolute path to a file'],
      [{ caseId, target: article, path: folder }, 'invalid-input', `${folder} is a folder; choose a file to attach.`],
      [{ caseId, target: article, path: '/dev/null' }, 'invalid-input', '/dev/null is not a regular file'],
      [{ caseId, target: article, path: join(folder, 'none.pdf') }, 'not-found', 'There is no file at'],
      [{ caseId, target: { kind: 'incident', id: 'incident-gone' }, path }, 'invalid-input', 'This case has no incident with the id "incident-gone"'],
      [{ caseId, target: { kind: 'quote', id: 'x' }, path }, 'invalid-input', 'target.kind'],
    ] as const;
    for (const [input, code, message] of refusals) {
      expect(await core.invoke('attachment.import', input)).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(message) } });
    }
    expect(await call(core, 'attachment.list', { caseId, target: article })).toEqual([]);
    expect(await readdir(join(folder, 'cases', caseId, 'attachments')).catch(() => [])).toEqual([]);
    await call(core, 'attachment.import', { caseId, target: article, path });
    expect(await core.invoke('attachment.import', { caseId, target: article, path })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await core.close();
  });

  it('has Verify case name an attachment whose file changed or went missing', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const one = await call(core, 'attachment.import', { caseId, target: article, path: await fileOutside('one.txt', 'first file') });
    const two = await call(core, 'attachment.import', { caseId, target: article, path: await fileOutside('two.txt', 'second file') });
    expect(await call(core, 'case.verify', { caseId })).toMatchObject({ intact: true, problems: [], attachments: [{ state: 'ok' }, { state: 'ok' }] });

    const attachments = join(folder, 'cases', caseId, 'attachments');
    await writeFile(join(attachments, one.attachment.sha256), 'first file, altered');
    await rm(join(attachments, two.attachment.sha256));
    const verification = await call(core, 'case.verify', { caseId });
    expect(verification.intact).toBe(false);
    expect(verification.attachments).toEqual([
      { id: one.attachment.id, name: 'one.txt', sha256: one.attachment.sha256, state: 'changed' },
      { id: two.attachment.id, name: 'two.txt', sha256: two.attachment.sha256, state: 'missing' },
    ]);
    expect(verification.problems).toEqual([
      `The attachment “one.txt” has changed since it was attached: its file no longer has the SHA-256 ${one.attachment.sha256}.`,
      'The attachment “two.txt” is missing from the case folder.',
    ]);
    await core.close();
  });
});
