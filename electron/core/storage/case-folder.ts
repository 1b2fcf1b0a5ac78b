import { join } from 'node:path';

/**
 * The files of one case, all inside its folder:
 * - case.json: the snapshot (lowdb's document), naming the last journal record it includes; case.seal: its SHA-256
 *   as Dossier wrote it, which lets an unchanged snapshot open without being validated again;
 * - journal.ndjson: the records since the last rotation, each fsync'd before the edit is confirmed;
 * - history/: earlier journal segments, kept for the life of the case (the audit trail);
 * - backups/: rolling copies of snapshots; lock: who is writing the case; damaged/: files set aside;
 * - attachments/: attached files, each named by its SHA-256 (never by the name the user gave it).
 */
export function caseFolderLayout(folder: string) {
  return {
    folder,
    snapshot: join(folder, 'case.json'),
    seal: join(folder, 'case.seal'),
    journal: join(folder, 'journal.ndjson'),
    history: join(folder, 'history'),
    backups: join(folder, 'backups'),
    damaged: join(folder, 'damaged'),
    attachments: join(folder, 'attachments'),
    lock: join(folder, 'lock'),
  };
}
export type CaseFolderLayout = ReturnType<typeof caseFolderLayout>;

const sequenceDigits = 12;

/** History segments are named by the records they hold, so they sort in chain order by name. */
export function segmentName(first: number, last: number): string {
  return `${String(first).padStart(sequenceDigits, '0')}-${String(last).padStart(sequenceDigits, '0')}.ndjson`;
}

export function parseSegmentName(name: string): { first: number; last: number } | undefined {
  const match = /^(\d+)-(\d+)\.ndjson$/.exec(name);
  return match ? { first: Number(match[1]), last: Number(match[2]) } : undefined;
}

/** A name for a file set aside, saying when: damaged/<time>-<name>. */
export function damagedName(name: string, now: Date): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${name}`;
}
