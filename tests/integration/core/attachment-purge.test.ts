import { readdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../electron/core/storage/case-store';
import { deleteToTrash, purgeTrashEntry } from '../../../shared';
import { copyAsIfCrashed } from '../../support/case-files';
import { actor, addIncident, storeOptions, testEnvironment, unwrap } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';
import { libraryWithCase } from './attachment-cases';

const temporaryFolder = useTemporaryFolders();

/** A case whose first incident holds a file of its own and one a second incident holds too. */
async function caseWithSharedFile(environment = testEnvironment()) {
  const library = await libraryWithCase(await temporaryFolder(), environment);
  const own = await library.attach('Only the fire has this.', 'own.txt');
  const shared = await library.attach('Both incidents have this.', 'shared.txt');
  const other = unwrap(await library.repository.change(library.caseId, addIncident(environment, { title: 'Second fire' }), actor));
  await library.attach('Both incidents have this.', 'shared copy.txt', { kind: 'incident', id: other.id });
  const store = await library.store();
  // Deleting the incident takes its two attachments to the trash with it; purging the entry removes them for good.
  const entry = unwrap(await store.apply((file) => deleteToTrash(file, { kind: 'incident', id: library.incident.id }, environment), actor));
  return { ...library, own, shared, environment, purge: () => store.apply((file) => purgeTrashEntry(file, entry.id), actor) };
}

describe('purging attachments from the trash', () => {
  it('removes a file no other record names once the case closes, and keeps one another record still names', async () => {
    const opened = await caseWithSharedFile();
    unwrap(await opened.purge());
    await opened.repository.close();
    expect(await readdir(opened.layout.attachments)).toEqual([opened.shared.sha256]);
  });

  it('keeps the file while undo can bring the purged record back, and undo does', async () => {
    const opened = await caseWithSharedFile();
    unwrap(await opened.purge());
    const store = await opened.store();
    expect((await readdir(opened.layout.attachments)).sort()).toEqual([opened.own.sha256, opened.shared.sha256].sort());
    unwrap(await store.undo(actor));
    await opened.repository.close();
    expect((await readdir(opened.layout.attachments)).sort()).toEqual([opened.own.sha256, opened.shared.sha256].sort());
    const reopened = unwrap(await CaseStore.open(opened.repository.folderOf(opened.caseId), storeOptions(opened.environment)));
    expect((await reopened.verify()).intact).toBe(true);
    await reopened.close();
  });

  it('after a crash between the purge and the close, leaves the file for the next opening, which removes it', async () => {
    const opened = await caseWithSharedFile();
    unwrap(await opened.purge());
    await (await opened.store()).snapshot();
    const crashed = await copyAsIfCrashed(opened.repository.folderOf(opened.caseId), join(await temporaryFolder(), 'case'));
    await opened.repository.close();
    const attachments = join(crashed, 'attachments');
    expect((await readdir(attachments)).sort()).toEqual([opened.own.sha256, opened.shared.sha256].sort());
    // The copy's files carry the time they were copied; as stored before the snapshot, they are as the case had them.
    const stored = new Date(Date.now() - 60_000);
    for (const name of await readdir(attachments)) await utimes(join(attachments, name), stored, stored);

    const reopened = unwrap(await CaseStore.open(crashed, storeOptions(opened.environment)));
    expect(await readdir(attachments)).toEqual([opened.shared.sha256]);
    expect((await reopened.verify()).intact).toBe(true);
    await reopened.close();
  });

  it('at opening, leaves alone a file nothing names yet that was stored after the snapshot: its record may be on its way', async () => {
    const opened = await caseWithSharedFile();
    unwrap(await opened.purge());
    await (await opened.store()).snapshot();
    const crashed = await copyAsIfCrashed(opened.repository.folderOf(opened.caseId), join(await temporaryFolder(), 'case'));
    await opened.repository.close();
    const later = new Date(Date.now() + 60_000);
    await utimes(join(crashed, 'attachments', opened.own.sha256), later, later);

    const reopened = unwrap(await CaseStore.open(crashed, storeOptions(opened.environment)));
    expect((await readdir(join(crashed, 'attachments'))).sort()).toEqual([opened.own.sha256, opened.shared.sha256].sort());
    await reopened.close();
  });
});
