import { join } from 'node:path';
import { mkdir, rm } from 'node:fs/promises';
import { failure, genesisHash, migrateCaseFile, success, type CaseDetails, type CaseFile, type Environment, type Result } from '../../../shared';
import { attachmentPath, hashOf } from './attachment-files';
import { neededHashes, placeFile } from './attachment-store';
import { backupAttachmentsFolder } from './backup-attachments';
import { caseFolderLayout, type CaseFolderLayout } from './case-folder';
import type { CaseRepository } from './case-repository';
import type { CaseStore } from './case-store';
import { ensurePrivateFolder, privateFolderMode, syncFolder } from './durable-file';
import { readSnapshot } from './snapshot-file';
import { describeStorageError } from './storage-errors';

/** The names the user knows a file by: its attachments' names, live or in the trash. */
function namesByHash(file: CaseFile): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (sha256: unknown, name: unknown) => {
    if (typeof sha256 !== 'string') return;
    names.set(sha256, [...(names.get(sha256) ?? []), `“${String(name)}”`]);
  };
  file.attachments.forEach(({ sha256, name }) => add(sha256, name));
  for (const entry of file.trash) {
    for (const { collection, value } of entry.objects) if (collection === 'attachments') add(value.sha256, value.name);
  }
  return names;
}

/**
 * The first kept copy of a file whose content still has its hash: the backups' store first, then the case's own
 * file (a backup made before backups kept files). A copy that has changed is never restored in its place.
 */
async function verifiedCopy(from: CaseFolderLayout, sha256: string): Promise<string | undefined> {
  for (const path of [join(backupAttachmentsFolder(from.backups), sha256), attachmentPath(from, sha256)]) {
    const hash = await hashOf(path).catch(() => undefined);
    if (hash === sha256) return path;
  }
  return undefined;
}

/**
 * Puts every file the restored document names into the new case's folder (hard-linked where possible, never
 * replacing a file there), each checked against its hash first. Returns what could not be brought back, in words.
 */
async function bringAttachmentFiles(from: CaseFolderLayout, to: CaseFolderLayout, file: CaseFile): Promise<string[]> {
  const hashes = neededHashes(file);
  if (hashes.size === 0) return [];
  const names = namesByHash(file);
  const gaps: string[] = [];
  await ensurePrivateFolder(to.attachments);
  for (const sha256 of hashes) {
    const copy = await verifiedCopy(from, sha256);
    if (copy) await placeFile(copy, attachmentPath(to, sha256));
    else gaps.push(`The file of ${names.get(sha256)!.join(', ')} (SHA-256 ${sha256}) was not kept unchanged, neither with the backup nor in the case; its record was restored without it.`);
  }
  await syncFolder(to.attachments);
  return gaps;
}

async function readBackup(file: string): Promise<Result<CaseFile>> {
  let raw: unknown;
  try {
    raw = await readSnapshot(file);
  } catch (error) {
    return failure('case-unreadable', `The backup cannot be read: ${describeStorageError(error, file)}`);
  }
  const migrated = migrateCaseFile(raw);
  return migrated.ok ? migrated : failure('case-unreadable', `The backup ${file} cannot be used: ${migrated.error.message}`);
}

/**
 * A backup becomes a new case beside the current one, which stays as it is; its history starts afresh. The files
 * its attachments name are put in the new case's folder before the case is written, so the case never names a file
 * it lacks unless no unchanged copy was kept — which the new case says when it opens.
 */
export async function restoreBackup(repository: CaseRepository, caseId: string, store: CaseStore, name: string, environment: Environment): Promise<Result<CaseDetails>> {
  const backup = (await store.backups()).find((candidate) => candidate.name === name);
  if (!backup) return failure('not-found', `This case has no backup called "${name}".`);
  const read = await readBackup(backup.file);
  if (!read.ok) return read;
  const { case: original } = read.value;
  const details = {
    ...original,
    id: environment.newId(),
    name: `${original.name} (restored from ${backup.createdAt})`,
    updatedAt: environment.now().toISOString(),
  };
  const restored: CaseFile = { ...read.value, revision: { sequence: 0, hash: genesisHash }, case: details };
  const folder = repository.folderOf(details.id);
  try {
    // Made here and now (failing if it exists), so it is this restore's own folder to remove if anything fails.
    await mkdir(folder, { mode: privateFolderMode });
  } catch (error) {
    return failure('storage-failed', `The backup could not be restored: ${describeStorageError(error, folder)}`);
  }
  try {
    const gaps = await bringAttachmentFiles(caseFolderLayout(repository.folderOf(caseId)), caseFolderLayout(folder), restored);
    const created = await repository.create(restored, gaps.length > 0 ? [`Restored from the backup of ${backup.createdAt}.`, ...gaps] : []);
    if (!created.ok) await rm(folder, { recursive: true, force: true });
    return created.ok ? success(created.value.case) : created;
  } catch (error) {
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    return failure('storage-failed', `The backup could not be restored: ${describeStorageError(error, folder)}`);
  }
}
