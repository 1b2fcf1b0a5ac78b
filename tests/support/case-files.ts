import { cp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { applyChanges, type CaseFile, type JournalRecord } from '../../shared';

/** Every file under a folder (relative path → bytes in base64 and permission bits), so a test can prove nothing changed. */
export async function folderContents(folder: string): Promise<Record<string, string>> {
  const contents: Record<string, string> = {};
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    const relative = path.slice(folder.length + 1);
    const { mode } = await stat(path);
    contents[relative] = entry.isFile() ? `${(mode & 0o777).toString(8)} ${(await readFile(path)).toString('base64')}` : `folder ${(mode & 0o777).toString(8)}`;
  }
  return contents;
}

/**
 * The lines of an NDJSON file, parsed; a test reads journals with this rather than with the code it tests. With
 * `tolerant`, reading stops at the first line that is not JSON (a torn last append) instead of failing.
 */
export async function readLines(file: string, tolerant = false): Promise<JournalRecord[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const records: JournalRecord[] = [];
  for (const line of text.split('\n').filter((candidate) => candidate !== '')) {
    try {
      records.push(JSON.parse(line) as JournalRecord);
    } catch (error) {
      if (tolerant) break;
      throw error;
    }
  }
  return records;
}

/** Every record of a case's chain: the history segments in name order, then the live journal, without repeats. */
export async function chainRecords(folder: string): Promise<JournalRecord[]> {
  const segments = (await readdir(join(folder, 'history')).catch(() => [] as string[])).filter((name) => name.endsWith('.ndjson')).sort();
  const records: JournalRecord[] = [];
  for (const file of [...segments.map((name) => join(folder, 'history', name)), join(folder, 'journal.ndjson')]) {
    for (const record of await readLines(file, true)) {
      if (record.sequence > (records.at(-1)?.sequence ?? 0)) records.push(record);
    }
  }
  return records;
}

/** The case a chain of records makes from the case as it was created: an oracle independent of snapshots and backups. */
export function replayFromStart(created: CaseFile, records: readonly JournalRecord[]): CaseFile {
  let file = created;
  for (const record of records) {
    const next = applyChanges(file, record.changes);
    if (!next.ok) throw new Error(`record #${record.sequence} does not apply: ${next.error.message}`);
    file = next.value;
  }
  return file;
}

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/**
 * What a restart would find had the process writing `folder` died now: a copy of its files, without the lock
 * (a dead process's lock is taken over; that is tested on its own).
 */
export async function copyAsIfCrashed(folder: string, target: string): Promise<string> {
  await cp(folder, target, { recursive: true });
  await rm(join(target, 'lock'), { force: true });
  return target;
}
