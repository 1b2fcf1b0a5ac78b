import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { sha256Schema } from '../../../shared';
import { attachmentPath } from './attachment-files';
import { isFile, placeFile, removeUnneeded } from './attachment-store';
import type { CaseFolderLayout } from './case-folder';
import { ensurePrivateFolder, syncFolder, writeFileDurably } from './durable-file';

/**
 * Backups keep the attachment files they name, so restoring one brings its files back even after they left the case
 * (purged from the trash) or were lost from it. The files live once, by hash, in `backups/attachments/` — hard links
 * to the case's own files where the file system allows, so an unchanged 100 MB file costs no space however many
 * backups name it — and each backup lists the hashes it needs beside it, in `<backup>.attachments`. A backup
 * without such a list (one written before backups kept files, or of a case without attachments) needs none.
 */
export function backupAttachmentsFolder(backups: string): string {
  return join(backups, 'attachments');
}

const manifestSuffix = '.attachments';
const manifestSchema = z.array(sha256Schema);

function manifestOf(backups: string, backupName: string): string {
  return join(backups, `${backupName}${manifestSuffix}`);
}

/**
 * Puts into the backups' store every file of `hashes` the case holds, then the backup's list of them — both
 * durable before the backup itself is written, so no backup names a file its store never got. A file the case
 * lacks is left out (Verify case reports it); the rest of the backup is still worth having.
 */
export async function keepBackupAttachments(layout: CaseFolderLayout, backupName: string, hashes: ReadonlySet<string>): Promise<void> {
  if (hashes.size === 0) return;
  const store = backupAttachmentsFolder(layout.backups);
  await ensurePrivateFolder(store);
  for (const sha256 of hashes) {
    try {
      await placeFile(attachmentPath(layout, sha256), join(store, sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  await syncFolder(store);
  await writeFileDurably(manifestOf(layout.backups, backupName), JSON.stringify([...hashes]));
}

/** The hashes a backup listed, or undefined when its list cannot be read (then nothing of the store may go). */
async function readManifest(path: string): Promise<string[] | undefined> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * After backups were pruned: removes the lists of backups that are gone, then the stored files no remaining backup
 * lists. If any list cannot be read, no file is removed: a backup must stay restorable.
 */
export async function pruneBackupAttachments(backups: string, backupNames: ReadonlySet<string>): Promise<void> {
  const names = await readdir(backups).catch(() => [] as string[]);
  const needed = new Set<string>();
  for (const name of names.filter((candidate) => candidate.endsWith(manifestSuffix))) {
    const path = join(backups, name);
    if (!backupNames.has(name.slice(0, -manifestSuffix.length))) {
      await rm(path, { force: true });
      continue;
    }
    const hashes = await readManifest(path);
    if (!hashes) return;
    hashes.forEach((sha256) => needed.add(sha256));
  }
  const store = backupAttachmentsFolder(backups);
  const stored = await readdir(store).catch(() => [] as string[]);
  if ((await removeUnneeded(store, stored, needed)).length > 0) await syncFolder(store);
}

/** Where a restore finds a file: in the backups' store, else (a backup older than the store) in the case itself. */
export async function backedUpFile(layout: CaseFolderLayout, sha256: string): Promise<string | undefined> {
  for (const path of [join(backupAttachmentsFolder(layout.backups), sha256), attachmentPath(layout, sha256)]) {
    if (await isFile(path)) return path;
  }
  return undefined;
}
