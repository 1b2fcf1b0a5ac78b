import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CaseStore } from '../../electron/core/storage/case-store';
import { caseFileSchema, type CaseFile, type JournalRecord, type Verification } from '../../shared';
import { chainRecords, replayFromStart } from './case-files';
import { storeOptions, testEnvironment } from './case-store';

/** An edit a writer was told was saved: the record it became, and what that record must hold. */
export interface Acknowledgement {
  readonly sequence: number;
  readonly kind: JournalRecord['kind'];
  /** The object the edit changed. */
  readonly id: string;
  /** The incident's title after the edit, for edits that set one. */
  readonly title?: string;
}

/** What a crashed case was found to be, read back as a restarted Dossier would. */
export interface Inspection {
  /** Anything wrong: the case did not open, does not validate, lost or changed a confirmed edit, or fails verification. */
  readonly problems: string[];
  /** Confirmed edits missing from the chain, or different there. */
  readonly lost: readonly Acknowledgement[];
  /** Whether an unfinished last append was found (and, when opened for writing, discarded). */
  readonly tornTail: boolean;
  readonly sequence: number;
}

/** Recovery notes a crash may leave: an append that was never confirmed, discarded and kept aside. Anything else is damage. */
const crashRecoveryNotes = [
  /^An edit that was still being saved when Dossier stopped was never confirmed as saved, and was discarded\.$/,
  /^The damaged journal files were kept aside: .*\/damaged\/[^,]*journal\.ndjson\.$/,
];

export function isCrashRecoveryNote(note: string): boolean {
  return crashRecoveryNotes.some((pattern) => pattern.test(note));
}

function missing(chain: readonly JournalRecord[], acknowledged: readonly Acknowledgement[]): Acknowledgement[] {
  return acknowledged.filter(({ sequence, kind, id, title }) => {
    const record = chain[sequence - 1];
    const change = record?.changes[0];
    return record?.sequence !== sequence || record.kind !== kind || change?.id !== id || (title !== undefined && change.after?.title !== title);
  });
}

/** A reader may find the live journal's last line unfinished (a writer died mid-append); that alone is no damage. */
async function onlyUnfinishedTail(folder: string, verification: Verification): Promise<boolean> {
  const journal = join(folder, 'journal.ndjson');
  const [problem, ...others] = verification.problems;
  const text = await readFile(journal, 'utf8').catch(() => '');
  return (
    verification.firstBroken === undefined &&
    others.length === 0 &&
    problem !== undefined &&
    problem.startsWith(`The journal cannot be read past line ${text.split('\n').length} of ${journal}`) &&
    !text.endsWith('\n')
  );
}

/**
 * Opens a case a writer left behind (read-only, or for writing, which repairs what it finds) and checks it as a
 * restarted Dossier would see it: it opens, validates, holds every acknowledged edit unchanged, equals the replay of
 * its whole journal onto the case as it was created, and its chain verifies.
 */
export async function inspectCase(folder: string, created: CaseFile, acknowledged: readonly Acknowledgement[], writable: boolean): Promise<Inspection> {
  const opened = await CaseStore.open(folder, storeOptions(testEnvironment(Date.UTC(2030, 0, 1)), { readOnly: !writable }));
  if (!opened.ok) return { problems: [`The case did not open: ${opened.error.message}`], lost: acknowledged, tornTail: false, sequence: 0 };
  const store = opened.value;
  const problems: string[] = [];
  try {
    if (writable && store.status.access.mode !== 'write') problems.push(`The case opened read-only: ${JSON.stringify(store.status.access)}`);
    problems.push(...store.status.recovery.filter((note) => !isCrashRecoveryNote(note)).map((note) => `Recovery: ${note}`));
    const validation = caseFileSchema.safeParse(store.file);
    if (!validation.success) problems.push(`The case does not validate: ${validation.error.message}`);
    const chain = await chainRecords(folder);
    const { sequence } = store.status;
    const lost = missing(chain, acknowledged);
    const newestAcknowledged = Math.max(0, ...acknowledged.map((acknowledgement) => acknowledgement.sequence));
    if (sequence < newestAcknowledged) problems.push(`The case stands at #${sequence}, but #${newestAcknowledged} was confirmed.`);
    const expected = replayFromStart(created, chain.slice(0, sequence));
    if (!isDeepStrictEqual({ ...expected, revision: undefined }, { ...store.file, revision: undefined })) {
      problems.push(`The case differs from its journal replayed onto the case as created (#${sequence}).`);
    }
    const verification = await store.verify();
    const tornTail = store.status.recovery.length > 0 || (!verification.intact && (await onlyUnfinishedTail(folder, verification)));
    if (!verification.intact && !(tornTail && !writable)) problems.push(`Verification: ${verification.problems.join(' ')}`);
    if (lost.length > 0) problems.push(`Confirmed edits lost or changed: ${lost.map((entry) => `#${entry.sequence}`).join(', ')}`);
    return { problems, lost, tornTail, sequence };
  } finally {
    await store.close();
  }
}
