import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalRecord } from '../../../shared';
import type { CaseFolderLayout } from './case-folder';
import { parseSegmentName } from './case-folder';
import { readJournal, type JournalDamage } from './journal-file';

export interface JournalFile {
  readonly file: string;
  readonly first?: number;
  readonly last?: number;
}

/** Every file holding records, in chain order: the history segments, then the live journal. */
export async function journalFiles(layout: CaseFolderLayout): Promise<JournalFile[]> {
  const names = await readdir(layout.history).catch(() => [] as string[]);
  const segments = names
    .map((name) => ({ name, range: parseSegmentName(name) }))
    .filter((entry) => entry.range !== undefined)
    .sort((left, right) => left.name.localeCompare(right.name))
    .map(({ name, range }) => ({ file: join(layout.history, name), ...range }));
  return [...segments, { file: layout.journal }];
}

export interface RecordsRead {
  readonly records: JournalRecord[];
  readonly damage?: JournalDamage;
  /** The files read, in order; the damaged one (if any) is the last. */
  readonly files: string[];
}

/** Reads the records with a sequence above `after`, skipping history segments that end before it. */
export async function readRecordsAfter(layout: CaseFolderLayout, after: number): Promise<RecordsRead> {
  const records: JournalRecord[] = [];
  const files: string[] = [];
  let newest = after;
  for (const segment of await journalFiles(layout)) {
    if (segment.last !== undefined && segment.last <= after) continue;
    files.push(segment.file);
    const contents = await readJournal(segment.file);
    // A record can stand in two files if a crash came between rewriting the journal and removing a segment.
    const fresh = contents.records.filter((record) => record.sequence > newest);
    records.push(...fresh);
    newest = fresh.at(-1)?.sequence ?? newest;
    if (contents.damage) return { records, damage: contents.damage, files };
  }
  return { records, files };
}
