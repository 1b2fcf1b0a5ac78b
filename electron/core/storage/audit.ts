import type { Attachment, AttachmentCheck, CaseFile, HistoryPage, JournalRecord, Verification } from '../../../shared';
import { verifyAttachments } from './attachment-files';
import type { CaseFolderLayout } from './case-folder';
import { chainStart, checkLink } from './hash-chain';
import { readJournal } from './journal-file';
import { journalFiles } from './journal-segments';

/** Every record of a case's life, oldest first, and where reading stopped if a file is damaged. */
async function readWholeHistory(layout: CaseFolderLayout): Promise<{ records: Array<JournalRecord & { file: string }>; damage?: string }> {
  const records: Array<JournalRecord & { file: string }> = [];
  let newest = 0;
  for (const { file } of await journalFiles(layout)) {
    const contents = await readJournal(file);
    for (const record of contents.records) {
      if (record.sequence > newest) records.push({ ...record, file });
      newest = Math.max(newest, record.sequence);
    }
    if (contents.damage) return { records, damage: `line ${contents.damage.line} of ${file} ${contents.damage.reason}` };
  }
  return { records };
}

export interface HistoryQuery {
  readonly objectId?: string;
  readonly offset: number;
  readonly limit: number;
}

/** A page of the case's history (or one object's), newest first. */
export async function readHistory(layout: CaseFolderLayout, query: HistoryQuery): Promise<HistoryPage> {
  const { records } = await readWholeHistory(layout);
  const matching = query.objectId ? records.filter((record) => record.changes.some((change) => change.id === query.objectId)) : records;
  const page = matching.reverse().slice(query.offset, query.offset + query.limit);
  const entries = page.map(({ sequence, time, actor, kind, label, target, changes }) => ({ sequence, time, actor, kind, label, target, changes }));
  return { total: matching.length, entries };
}

function attachmentProblem({ name, sha256, state, reason }: AttachmentCheck): string | undefined {
  if (state === 'changed') return `The attachment “${name}” has changed since it was attached: its file no longer has the SHA-256 ${sha256}.`;
  if (state === 'missing') return `The attachment “${name}” ${reason ? `cannot be read: ${reason}` : 'is missing from the case folder.'}`;
  return undefined;
}

/**
 * Recomputes the hash chain from the first record to the last, and checks that the snapshot stands on it: the
 * record it names must be in the chain with the hash it names. Then re-hashes every attachment's file.
 */
export async function verifyCase(layout: CaseFolderLayout, snapshot: CaseFile['revision'], attachments: readonly Attachment[] = []): Promise<Verification> {
  const { records, damage } = await readWholeHistory(layout);
  const problems: string[] = [];
  let previous = chainStart;
  let firstBroken: Verification['firstBroken'];
  for (const { file, ...record } of records) {
    // The file a record was read from is not part of what its hash covers.
    const broken = checkLink(record, previous);
    if (broken) {
      firstBroken = { sequence: broken.sequence, file, reason: `Record #${broken.sequence} ${broken.reason}.` };
      problems.push(firstBroken.reason);
      break;
    }
    previous = { sequence: record.sequence, hash: record.hash };
  }
  if (damage) problems.push(`The journal cannot be read past ${damage}.`);
  const anchor = records.find((record) => record.sequence === snapshot.sequence);
  if (snapshot.sequence > 0 && anchor?.hash !== snapshot.hash) {
    problems.push(`The snapshot says it includes record #${snapshot.sequence}, but the chain does not hold that record as the snapshot names it.`);
  }
  if (attachments.length === 0) return { intact: problems.length === 0, records: records.length, firstBroken, problems };
  const checks = await verifyAttachments(layout, attachments);
  problems.push(...checks.flatMap((checked) => attachmentProblem(checked) ?? []));
  return { intact: problems.length === 0, records: records.length, firstBroken, problems, attachments: checks };
}
