import { link, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseFile, ObjectChange } from '../../../shared';
import type { CaseFolderLayout } from './case-folder';
import { copyFileDurably, syncFolder } from './durable-file';

const hashName = /^[0-9a-f]{64}$/;

type AttachmentHolder = Pick<CaseFile, 'attachments' | 'trash'>;

/** Every SHA-256 a case document needs a file for: its attachments, and those its trash keeps (a restore brings them back). */
export function neededHashes(file: AttachmentHolder): Set<string> {
  const hashes = new Set(file.attachments.map((attachment) => attachment.sha256));
  for (const entry of file.trash) {
    for (const { collection, value } of entry.objects) {
      if (collection === 'attachments' && typeof value.sha256 === 'string') hashes.add(value.sha256);
    }
  }
  return hashes;
}

/** The hashes of the attachment records these changes take out of a document: deleted outright, or purged with a trash entry. */
export function hashesLeaving(changes: readonly ObjectChange[]): string[] {
  const hashes: string[] = [];
  for (const { collection, before, after } of changes) {
    if (before === null || after !== null) continue;
    if (collection === 'attachments' && typeof before.sha256 === 'string') hashes.push(before.sha256);
    if (collection === 'trash') hashes.push(...neededHashes({ attachments: [], trash: [before as unknown as CaseFile['trash'][number]] }));
  }
  return hashes;
}

/** Errors that say this file system cannot hard-link (FAT, some network shares), so a copy must do. */
const cannotLink = new Set(['EPERM', 'EXDEV', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS']);

/**
 * Puts a stored file at `target` without ever replacing what is there: a hard link where the file system allows
 * (the same bytes on disk, so keeping a 100 MB file in a backup costs no space), else a durable copy. The caller
 * fsyncs the target's folder once for all the files it placed. Says what it did.
 */
export async function placeFile(source: string, target: string): Promise<'present' | 'linked' | 'copied'> {
  if (await isFile(target)) return 'present';
  try {
    await link(source, target);
    return 'linked';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return 'present';
    if (!cannotLink.has(code)) throw error;
  }
  await copyFileDurably(source, target);
  return 'copied';
}

export async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => found.isFile(),
    () => false,
  );
}

/** Removes the files of `candidates` from a content-addressed folder, except those still needed. Says which went. */
export async function removeUnneeded(folder: string, candidates: Iterable<string>, needed: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const sha256 of new Set(candidates)) {
    if (needed.has(sha256) || !hashName.test(sha256)) continue;
    await rm(join(folder, sha256), { force: true });
    removed.push(sha256);
  }
  return removed;
}

/**
 * Run as a case closes, when undo can no longer bring a record back: removes the files of the attachment records
 * that left the case this session, unless a record the case holds (live or in the trash) still names their hash.
 * Backups keep their own links to the files they need. The records' removal was journalled long before, so a
 * crash before this leaves at worst a file nothing names, never a record without its file.
 */
export async function releaseAttachmentFiles(layout: CaseFolderLayout, released: ReadonlySet<string>, file: AttachmentHolder): Promise<void> {
  if (released.size === 0) return;
  try {
    if ((await removeUnneeded(layout.attachments, released, neededHashes(file))).length > 0) await syncFolder(layout.attachments);
  } catch {
    // A file left behind costs only space, and the next opening's sweep removes it.
  }
}

/**
 * Run as a case opens for writing, cleanly: removes the files nothing in the case names that were stored before its
 * snapshot was written — what a purge left when Dossier stopped before closing the case.
 */
export async function sweepAttachmentFiles(layout: CaseFolderLayout, file: AttachmentHolder): Promise<void> {
  try {
    const { mtime } = await stat(layout.snapshot);
    const unneeded = await unneededFiles(layout.attachments, neededHashes(file), mtime);
    if ((await removeUnneeded(layout.attachments, unneeded, new Set())).length > 0) await syncFolder(layout.attachments);
  } catch {
    // As above: only space is at stake.
  }
}

/**
 * The hash-named files of a folder that no document needs and that were last stored before `before`. A file stored
 * since may be an import on its way in (stored, its record not yet journalled), so it is left alone; storing
 * content that is already there touches its file for the same reason.
 */
export async function unneededFiles(folder: string, needed: ReadonlySet<string>, before: Date): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const unneeded: string[] = [];
  for (const name of names) {
    if (!hashName.test(name) || needed.has(name)) continue;
    const found = await stat(join(folder, name)).catch(() => undefined);
    if (found?.isFile() && found.mtimeMs < before.getTime()) unneeded.push(name);
  }
  return unneeded;
}
