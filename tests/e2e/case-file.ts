import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalRecord } from '../../shared';

/** Where the core keeps a case: `<data-dir>/cases/<caseId>/case.json`. */
export function caseFilePath(dataDirectory: string, caseId: string): string {
  return join(dataDirectory, 'cases', caseId, 'case.json');
}

export function readCaseFile(dataDirectory: string, caseId: string): Promise<Buffer> {
  return readFile(caseFilePath(dataDirectory, caseId));
}

function parseLines(text: string): JournalRecord[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as JournalRecord);
}

/**
 * Every journal record on disk for a case, oldest first: the segments moved into `history/` when a snapshot was
 * written, then the live `journal.ndjson`. An edit is durable once its record is here, before any snapshot.
 */
export async function readJournalRecords(dataDirectory: string, caseId: string): Promise<JournalRecord[]> {
  const folder = join(dataDirectory, 'cases', caseId);
  const segments = (await readdir(join(folder, 'history')).catch(() => [] as string[])).filter((name) => name.endsWith('.ndjson')).sort();
  const files = [...segments.map((name) => join(folder, 'history', name)), join(folder, 'journal.ndjson')];
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8').catch(() => '')));
  return texts.flatMap(parseLines);
}
