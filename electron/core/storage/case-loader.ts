import { access, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { failure, migrateCaseFile, success, type CaseFile, type JournalRecord, type Result } from '../../../shared';
import { listBackups } from './backups';
import { damagedName, type CaseFolderLayout } from './case-folder';
import { copyFileDurably, ensurePrivateFolder, writeFileDurably } from './durable-file';
import { readJournal } from './journal-file';
import { journalFiles, readRecordsAfter, type RecordsRead } from './journal-segments';
import { replay, type Replayed } from './replay';
import { readSealedSnapshot, readSnapshot } from './snapshot-file';
import { describeStorageError } from './storage-errors';

export interface LoadedCase {
  readonly file: CaseFile;
  readonly last: { sequence: number; hash: string };
  /** What went wrong on the way in and what was done about it, in words; empty when all was well. */
  readonly recovery: string[];
}

interface LoadOptions {
  /** Only a writer may set damaged files aside and rewrite the journal; a reader just reports. */
  readonly writable: boolean;
  readonly now: () => Date;
}

/**
 * A snapshot (or backup) read and validated. The snapshot's own seal, when its bytes match it, vouches that this is
 * the document Dossier wrote from validated edits: validating 50 MB again would cost more than reading it.
 */
async function readValidated(file: string, sealPath?: string): Promise<Result<CaseFile>> {
  try {
    const read = sealPath ? await readSealedSnapshot(file, sealPath) : { raw: await readSnapshot(file), trusted: false };
    if (read.trusted) return success(read.raw as CaseFile);
    const migrated = migrateCaseFile(read.raw);
    return migrated.ok ? migrated : failure('case-unreadable', `${file}: ${migrated.error.message}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'case-unreadable';
    return failure(code, describeStorageError(error, file));
  }
}

async function setAsideCopy(layout: CaseFolderLayout, file: string, now: Date): Promise<string> {
  await ensurePrivateFolder(layout.damaged);
  const copy = join(layout.damaged, damagedName(basename(file), now));
  // Durable before the journal is rewritten without the damaged lines: the copy may be all that is left of them.
  await copyFileDurably(file, copy);
  return copy;
}

/** The snapshot, or when it is damaged the newest backup that reads; the journal then replays from there. */
async function loadBase(layout: CaseFolderLayout, options: LoadOptions): Promise<Result<{ file: CaseFile; recovery: string[] }>> {
  const primary = await readValidated(layout.snapshot, layout.seal);
  if (primary.ok) return success({ file: primary.value, recovery: [] });
  if (primary.error.code === 'not-found') return primary;
  for (const backup of await listBackups(layout.backups)) {
    const restored = await readValidated(backup.file);
    if (!restored.ok) continue;
    const aside = options.writable ? ` It was copied to ${await setAsideCopy(layout, layout.snapshot, options.now())}.` : '';
    const message = `The snapshot could not be read (${primary.error.message}).${aside} The case was opened from the backup of ${backup.createdAt} and the journal replayed from there.`;
    return success({ file: restored.value, recovery: [message] });
  }
  return failure('case-unreadable', `${primary.error.message} No backup could be read either; the files were left untouched.`);
}

function describeLoss(read: RecordsRead, replayed: Replayed): string {
  if (read.damage?.unfinishedTail && !replayed.broken) {
    return 'An edit that was still being saved when Dossier stopped was never confirmed as saved, and was discarded.';
  }
  const where = replayed.broken
    ? `record #${replayed.broken.sequence} ${replayed.broken.reason}`
    : `line ${read.damage!.line} of ${read.damage!.file}: ${read.damage!.reason}`;
  return `The journal is damaged after record #${replayed.last.sequence} (${where}). The case opened with every edit up to #${replayed.last.sequence}; anything recorded after it is lost from the case.`;
}

/**
 * Keeps a damaged journal's good records and sets the damaged files aside: copies go to damaged/, the journal is
 * rewritten atomically with the good records, and only then are the damaged history segments removed.
 */
async function repairJournal(layout: CaseFolderLayout, files: readonly string[], lastGood: number, now: Date): Promise<string[]> {
  const kept: JournalRecord[] = [];
  const copies: string[] = [];
  for (const file of files) {
    kept.push(...(await readJournal(file)).records.filter((record) => record.sequence <= lastGood));
    copies.push(await setAsideCopy(layout, file, now));
  }
  await writeFileDurably(layout.journal, kept.map((record) => `${JSON.stringify(record)}\n`).join(''));
  for (const file of files) if (file !== layout.journal) await rm(file, { force: true });
  return copies;
}

/**
 * Every journal file from `first` on: past a break, none of their records can follow the chain. The live journal is
 * left out when it does not exist (a writer died in a rotation, before making the new one).
 */
async function filesFrom(layout: CaseFolderLayout, first: string): Promise<string[]> {
  const files = (await journalFiles(layout)).map(({ file }) => file);
  const journalExists = await access(layout.journal).then(() => true, () => false);
  return files.slice(files.indexOf(first)).filter((file) => journalExists || file !== layout.journal);
}

/** Opens a case from its folder: the snapshot (or a backup), then every journal record after it that can be trusted. */
export async function loadCase(layout: CaseFolderLayout, options: LoadOptions): Promise<Result<LoadedCase>> {
  const base = await loadBase(layout, options);
  if (!base.ok) return base;
  const read = await readRecordsAfter(layout, base.value.file.revision.sequence);
  const replayed = replay(base.value.file, read.records);
  const recovery = [...base.value.recovery];
  // A reader can catch a live writer's edit half-appended: that is not damage.
  const writerBusy = !options.writable && read.damage?.unfinishedTail && !replayed.broken;
  if ((read.damage || replayed.broken) && !writerBusy) {
    recovery.push(describeLoss(read, replayed));
    if (options.writable) {
      const copies = await repairJournal(layout, await filesFrom(layout, read.files[0]!), replayed.last.sequence, options.now());
      recovery.push(`The damaged journal files were kept aside: ${copies.join(', ')}.`);
    }
  }
  return success({ file: replayed.file, last: replayed.last, recovery });
}
