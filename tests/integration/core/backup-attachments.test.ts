import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupAttachmentsFolder } from '../../../electron/core/storage/backup-attachments';
import { restoreBackup } from '../../../electron/core/storage/backup-restore';
import { caseFolderLayout } from '../../../electron/core/storage/case-folder';
import { deleteToTrash, purgeTrashEntry } from '../../../shared';
import { actor, addIncident, day, minute, testEnvironment, unwrap } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';
import { libraryWithCase, sha256Of } from './attachment-cases';

const temporaryFolder = useTemporaryFolders();

describe('a backup of a case with attachments', () => {
  it('keeps the files it names as hard links, so an unchanged file costs no space however many backups name it', async () => {
    const environment = testEnvironment();
    const library = await libraryWithCase(await temporaryFolder(), environment);
    const attachment = await library.attach('A scanned harbour permit.', 'permit.txt');
    const store = await library.store();
    await store.snapshot();
    environment.advance(11 * minute);
    unwrap(await store.apply(addIncident(environment, { title: 'Second fire' }), actor));
    await store.snapshot();

    expect(await store.backups()).toHaveLength(2);
    const kept = join(backupAttachmentsFolder(library.layout.backups), attachment.sha256);
    const original = await stat(join(library.layout.attachments, attachment.sha256));
    const inBackup = await stat(kept);
    expect(inBackup.ino).toBe(original.ino);
    expect(original.nlink).toBe(2);
    expect(await readdir(backupAttachmentsFolder(library.layout.backups))).toEqual([attachment.sha256]);
    await library.repository.close();
  });

  it('is restored with its files even after the case lost them, each verified, and the case it came from is left as it is', async () => {
    const environment = testEnvironment();
    const library = await libraryWithCase(await temporaryFolder(), environment);
    const permit = await library.attach('A scanned harbour permit.', 'permit.txt');
    const ledger = await library.attach('The ledger page.', 'ledger.txt');
    const store = await library.store();
    // The ledger goes to the trash: a restore brings back what the trash held too.
    unwrap(await store.apply((file) => deleteToTrash(file, { kind: 'attachment', id: ledger.id }, environment), actor));
    await store.snapshot();
    await rm(join(library.layout.attachments, permit.sha256));
    await rm(join(library.layout.attachments, ledger.sha256));

    const [backup] = await store.backups();
    const restored = unwrap(await restoreBackup(library.repository, library.caseId, store, backup!.name, environment));
    const restoredStore = unwrap(await library.repository.store(restored.id));
    const restoredFolder = caseFolderLayout(library.repository.folderOf(restored.id));
    expect(await readFile(join(restoredFolder.attachments, permit.sha256), 'utf8')).toBe('A scanned harbour permit.');
    expect(await readFile(join(restoredFolder.attachments, ledger.sha256), 'utf8')).toBe('The ledger page.');
    const verification = await restoredStore.verify();
    expect(verification.attachments).toEqual([expect.objectContaining({ id: permit.id, state: 'ok' })]);
    expect(verification.intact).toBe(true);
    expect(restoredStore.status.recovery).toEqual([]);
    // The case restored from is not repaired behind the user's back: its Verify still says what it lacks.
    expect(await readdir(library.layout.attachments)).toEqual([]);
    await library.repository.close();
  });

  it('never restores a changed copy, and the restored case says which record came back without its file', async () => {
    const environment = testEnvironment();
    const library = await libraryWithCase(await temporaryFolder(), environment);
    const permit = await library.attach('A scanned harbour permit.', 'permit.txt');
    const store = await library.store();
    await store.snapshot();
    // The same bytes on disk: changing the case's file changes the backup's link too, which must then not be trusted.
    await writeFile(join(library.layout.attachments, permit.sha256), 'Something else entirely.');

    const [backup] = await store.backups();
    const restored = unwrap(await restoreBackup(library.repository, library.caseId, store, backup!.name, environment));
    const restoredStore = unwrap(await library.repository.store(restored.id));
    expect(restoredStore.status.recovery.join(' ')).toContain(`The file of “permit.txt” (SHA-256 ${permit.sha256}) was not kept unchanged`);
    expect(await readdir(caseFolderLayout(library.repository.folderOf(restored.id)).attachments)).toEqual([]);
    expect((await restoredStore.verify()).problems).toEqual(['The attachment “permit.txt” is missing from the case folder.']);
    await library.repository.close();
  });

  it('lets a file go from the backups once no backup kept names it, and keeps those that one still does', async () => {
    const environment = testEnvironment();
    const library = await libraryWithCase(await temporaryFolder(), environment);
    const permit = await library.attach('A scanned harbour permit.', 'permit.txt');
    const ledger = await library.attach('The ledger page.', 'ledger.txt');
    const store = await library.store();
    await store.snapshot();
    const deleted = unwrap(await store.apply((file) => deleteToTrash(file, { kind: 'attachment', id: permit.id }, environment), actor));
    unwrap(await store.apply((file) => purgeTrashEntry(file, deleted.id), actor));
    // Six more backups a week and a day apart: the policy keeps the five most recent, and the first one goes.
    for (let backup = 1; backup <= 6; backup += 1) {
      environment.advance(8 * day);
      unwrap(await store.apply(addIncident(environment, { title: `Fire ${backup}` }), actor));
      await store.snapshot();
    }

    expect(await store.backups()).toHaveLength(5);
    expect(await readdir(backupAttachmentsFolder(library.layout.backups))).toEqual([ledger.sha256]);
    expect((await readdir(library.layout.backups)).filter((name) => name.endsWith('.attachments'))).toHaveLength(5);
    await library.repository.close();
    expect(await readdir(library.layout.attachments)).toEqual([ledger.sha256]);
    expect(sha256Of('The ledger page.')).toBe(ledger.sha256);
  });
});
