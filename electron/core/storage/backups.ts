import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseFile } from '../../../shared';
import { neededHashes } from './attachment-store';
import { keepBackupAttachments, pruneBackupAttachments } from './backup-attachments';
import type { CaseFolderLayout } from './case-folder';
import { copyFileDurably, ensurePrivateFolder } from './durable-file';

export interface Backup {
  readonly name: string;
  readonly file: string;
  readonly createdAt: string;
  readonly bytes: number;
}

/** How many recent backups to keep, and for how many days to keep one a day. */
export const backupPolicy = { recent: 5, days: 7, minimumMinutesApart: 10 } as const;

function nameFor(now: Date, sequence: number): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-r${sequence}.json`;
}

function timeOf(name: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-r\d+\.json$/.exec(name);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : undefined;
}

export async function listBackups(folder: string): Promise<Backup[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const backups = await Promise.all(
    names.map(async (name) => {
      const createdAt = timeOf(name);
      if (!createdAt) return undefined;
      const { size } = await stat(join(folder, name));
      return { name, file: join(folder, name), createdAt, bytes: size };
    }),
  );
  return backups.filter((backup): backup is Backup => backup !== undefined).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The backups the policy keeps: the few most recent, and the newest of each of the last days. */
export function backupsToKeep(backups: readonly Backup[], now: Date): Set<string> {
  const keep = new Set(backups.slice(0, backupPolicy.recent).map((backup) => backup.name));
  const oldest = now.getTime() - backupPolicy.days * 24 * 60 * 60 * 1000;
  const days = new Set<string>();
  for (const backup of backups) {
    const day = backup.createdAt.slice(0, 10);
    if (Date.parse(backup.createdAt) >= oldest && !days.has(day)) {
      days.add(day);
      keep.add(backup.name);
    }
  }
  return keep;
}

/**
 * Copies a freshly written snapshot into the backups folder when the newest backup is old enough, with the
 * attachment files the document names (live and in its trash), then prunes by the policy. The files and their list
 * are durable before the copy, and the copy and its folder are fsync'd.
 */
export async function rollBackup(layout: CaseFolderLayout, written: Pick<CaseFile, 'attachments' | 'trash'>, sequence: number, now: Date): Promise<void> {
  const folder = layout.backups;
  await ensurePrivateFolder(folder);
  const existing = await listBackups(folder);
  const newest = existing[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < backupPolicy.minimumMinutesApart * 60 * 1000) return;
  const name = nameFor(now, sequence);
  await keepBackupAttachments(layout, name, neededHashes(written));
  await copyFileDurably(layout.snapshot, join(folder, name));
  const keep = backupsToKeep(await listBackups(folder), now);
  for (const backup of await listBackups(folder)) {
    if (!keep.has(backup.name)) await rm(backup.file, { force: true });
  }
  await pruneBackupAttachments(folder, keep);
}
