import { access, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import {
  applyChanges,
  failure,
  invertChanges,
  success,
  type CaseAccess,
  type CaseFile,
  type CaseStatus,
  type HistoryPage,
  type JournalRecord,
  type ObjectChange,
  type Operation,
  type Result,
  type Verification,
} from '../../../shared';
import { hashesLeaving, releaseAttachmentFiles, sweepAttachmentFiles } from './attachment-store';
import { readHistory, verifyCase, type HistoryQuery } from './audit';
import { backupAttachmentsFolder } from './backup-attachments';
import { listBackups, rollBackup, type Backup } from './backups';
import { caseFolderLayout, segmentName, type CaseFolderLayout } from './case-folder';
import { loadCase } from './case-loader';
import { acquireLock, releaseLock } from './case-lock';
import { ensurePrivateFolder, isTemporaryName, syncFolder } from './durable-file';
import { sealRecord } from './hash-chain';
import { JournalWriter, readJournal } from './journal-file';
import { SnapshotAdapter, writeSnapshot } from './snapshot-file';
import { describeStorageError } from './storage-errors';

export interface CaseStoreOptions {
  /** Names this process's session in the journal and in the lock. */
  readonly session: string;
  readonly now: () => Date;
  /** Open without taking the lock; nothing will be written. */
  readonly readOnly?: boolean;
  /**
   * Rewrite the snapshot after this many records. By default: after 500 records once the journal also holds a tenth
   * of the snapshot's size, so a large case is not rewritten every few hundred small edits.
   */
  readonly snapshotEvery?: number;
  /** …or after this long without an edit. */
  readonly idleSnapshotMs?: number;
  /** Told the changes of each record (edit, undo or redo) once it is durable, before the call that made it resolves. */
  readonly onCommit?: (changes: readonly ObjectChange[]) => void;
  /** What to tell the user about the case when it opens, before anything found on the way in (a restore's gaps). */
  readonly notes?: readonly string[];
}

interface Step {
  readonly sequence: number;
  readonly label: string;
  readonly changes: readonly ObjectChange[];
}

const defaultSnapshotEvery = 500;
const journalShareBeforeSnapshot = 0.1;

async function sizeOf(path: string): Promise<number> {
  return stat(path).then(
    (found) => found.size,
    () => 0,
  );
}

/** Temp files of durable writes that a killed process left behind; only the lock holder may clear them. */
async function removeAbandonedTemporaryFiles(layout: CaseFolderLayout): Promise<void> {
  for (const folder of [layout.folder, layout.backups, backupAttachmentsFolder(layout.backups)]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    await Promise.all(names.filter(isTemporaryName).map((name) => rm(join(folder, name), { force: true })));
  }
}

/**
 * One case, open: its document in memory (in lowdb), every edit appended to the journal and fsync'd before it is
 * confirmed, the snapshot rewritten off the edit path (every `snapshotEvery` records, after `idleSnapshotMs` idle,
 * and on close), undo and redo of this session's edits, and the lock that makes this the case's only writer.
 */
export class CaseStore {
  private readonly database: Low<CaseFile>;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly undoSteps: Step[] = [];
  private readonly redoSteps: Step[] = [];
  private journalFirst: number | undefined;
  /** How large the snapshot on disk is, which sets how much journal is worth a new one. */
  private snapshotBytes = 0;
  /** Where the snapshot on disk stands in the chain. */
  private snapshotRevision: CaseFile['revision'];
  private idleTimer: NodeJS.Timeout | undefined;
  private snapshotting: Promise<void> | undefined;
  private closed = false;
  /**
   * Attachment files whose records left the document this session (purged, or their attach undone). Undo can bring
   * a record back while the session lasts, so their files are removed on close, those no record needs by then.
   */
  private readonly released = new Set<string>();

  private constructor(
    private readonly layout: CaseFolderLayout,
    file: CaseFile,
    private last: { sequence: number; hash: string },
    private readonly recovery: readonly string[],
    private readonly access: CaseAccess,
    private journal: JournalWriter | undefined,
    private readonly options: CaseStoreOptions,
  ) {
    this.database = new Low(new SnapshotAdapter(layout.snapshot, layout.seal), file);
    this.snapshotRevision = file.revision;
  }

  /** Opens a case folder: for writing if its lock can be had, else read-only, saying why. */
  static async open(folder: string, options: CaseStoreOptions): Promise<Result<CaseStore>> {
    const layout = caseFolderLayout(folder);
    const lock = options.readOnly ? { held: false as const, reason: 'The case was opened read-only.' } : await acquireLock(layout.lock, options.session);
    try {
      if (lock.held) await removeAbandonedTemporaryFiles(layout);
      const loaded = await loadCase(layout, { writable: lock.held, now: options.now });
      if (!loaded.ok) {
        if (lock.held) await releaseLock(layout.lock, options.session);
        return loaded;
      }
      const journal = lock.held ? await JournalWriter.open(layout.journal) : undefined;
      const access: CaseAccess = lock.held ? { mode: 'write' } : { mode: 'read-only', reason: lock.reason };
      const { file, last, recovery } = loaded.value;
      const store = new CaseStore(layout, file, last, [...(options.notes ?? []), ...recovery], access, journal, options);
      store.journalFirst = (await readJournal(layout.journal)).records[0]?.sequence;
      store.snapshotBytes = await sizeOf(layout.snapshot);
      // Before the store is handed out, so no import of this case can be on its way meanwhile. After a repair, the
      // files may belong to the edits that were lost: they are kept, with the damaged journal.
      if (lock.held && recovery.length === 0) await sweepAttachmentFiles(layout, file);
      return success(store);
    } catch (error) {
      if (lock.held) await releaseLock(layout.lock, options.session).catch(() => undefined);
      return failure('storage-failed', `The case could not be opened: ${describeStorageError(error, layout.folder)}`);
    }
  }

  /** Writes a new case folder with its first snapshot, then opens it; refuses a folder that already holds a case. */
  static async create(folder: string, file: CaseFile, options: CaseStoreOptions): Promise<Result<CaseStore>> {
    const layout = caseFolderLayout(folder);
    const exists = await access(layout.snapshot).then(() => true, () => false);
    if (exists) return failure('storage-failed', `A case already exists at ${layout.snapshot}.`);
    try {
      await ensurePrivateFolder(folder);
      // The case folder's own name must be durable too, or a power cut can take the whole new case away.
      await syncFolder(dirname(folder));
      await writeSnapshot(layout.snapshot, file, layout.seal);
    } catch (error) {
      return failure('storage-failed', `Could not create the case: ${describeStorageError(error, layout.snapshot)}`);
    }
    return CaseStore.open(folder, options);
  }

  get file(): CaseFile {
    return this.database.data;
  }

  get status(): CaseStatus {
    return {
      access: this.access,
      recovery: this.recovery,
      sequence: this.last.sequence,
      undo: this.undoSteps.at(-1)?.label,
      redo: this.redoSteps.at(-1)?.label,
    };
  }

  /** A page of the case's history, or of one object's, newest first. Queued, so no rotation moves files mid-read. */
  history(query: HistoryQuery): Promise<HistoryPage> {
    return this.enqueue(() => readHistory(this.layout, query));
  }

  /** Recomputes the hash chain, checks the snapshot stands on it, re-hashes attachments. Queued, so no rotation moves files mid-read. */
  verify(): Promise<Verification> {
    return this.enqueue(() => verifyCase(this.layout, this.snapshotRevision, this.file.attachments));
  }

  backups(): Promise<Backup[]> {
    return listBackups(this.layout.backups);
  }

  /** Runs an operation on the case; resolves once its record is durable in the journal. */
  apply<T>(operation: (file: CaseFile) => Operation<T>, actor: string): Promise<Result<T>> {
    return this.enqueue(async () => {
      const refusal = this.refusal();
      if (refusal) return refusal;
      const edit = operation(this.file);
      if (!edit.ok) return edit;
      const step = { label: edit.value.label, changes: edit.value.changes };
      const committed = await this.commit({ kind: 'edit', ...step }, actor);
      if (!committed.ok) return committed;
      this.undoSteps.push({ ...step, sequence: committed.value.sequence });
      this.redoSteps.length = 0;
      return success(edit.value.value);
    });
  }

  /** Reverses this session's latest edit (or redo), as a new record: history only grows. */
  undo(actor: string): Promise<Result<{ label: string }>> {
    return this.step('undo', actor);
  }

  /** Repeats the latest undone edit, as a new record. */
  redo(actor: string): Promise<Result<{ label: string }>> {
    return this.step('redo', actor);
  }

  private step(kind: 'undo' | 'redo', actor: string): Promise<Result<{ label: string }>> {
    const [from, to] = kind === 'undo' ? [this.undoSteps, this.redoSteps] : [this.redoSteps, this.undoSteps];
    return this.enqueue(async () => {
      const refusal = this.refusal();
      if (refusal) return refusal;
      const step = from.at(-1);
      if (!step) return failure('not-found', `There is nothing to ${kind}.`);
      const label = `${kind === 'undo' ? 'Undid' : 'Redid'}: ${step.label}`;
      const changes = kind === 'undo' ? invertChanges(step.changes) : step.changes;
      const committed = await this.commit({ kind, label, target: step.sequence, changes }, actor);
      if (!committed.ok) return committed;
      from.pop();
      // A redone edit is undone by reversing the redo record, which made the same changes.
      to.push(kind === 'undo' ? step : { ...step, sequence: committed.value.sequence });
      return success({ label });
    });
  }

  /** Rewrites the snapshot if edits were made since the last one; resolves when it is durable. */
  snapshot(): Promise<void> {
    if (this.closed || this.access.mode !== 'write' || this.last.sequence === this.snapshotRevision.sequence) {
      return this.snapshotting ?? Promise.resolve();
    }
    this.snapshotting ??= this.enqueue(() => this.rotateJournal())
      .then((captured) => this.writeSnapshotOf(captured))
      .finally(() => {
        this.snapshotting = undefined;
      });
    return this.snapshotting;
  }

  /** Writes a last snapshot and gives the lock back. */
  async close(): Promise<void> {
    if (this.closed) return;
    clearTimeout(this.idleTimer);
    // A snapshot already being written may stop short of the latest edits; the second call writes one that doesn't.
    await this.snapshot()
      .then(() => this.snapshot())
      .catch(() => undefined);
    await this.enqueue(async () => {
      this.closed = true;
      if (this.access.mode === 'write') await releaseAttachmentFiles(this.layout, this.released, this.file);
      await this.journal?.close();
      this.journal = undefined;
    });
    if (this.access.mode === 'write') await releaseLock(this.layout.lock, this.options.session);
  }

  private refusal(): Result<never> | undefined {
    if (this.closed) return failure('storage-failed', 'This case has been closed; open it again.');
    if (this.access.mode === 'read-only') return failure('read-only', `Nothing was saved: ${this.access.reason}`);
    return undefined;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async commit(entry: {
    kind: JournalRecord['kind'];
    label: string;
    changes: readonly ObjectChange[];
    target?: number;
  }, actor: string): Promise<Result<JournalRecord>> {
    const next = applyChanges(this.file, entry.changes);
    if (!next.ok) return failure('internal', `The edit does not fit the case as it stands: ${next.error.message}`);
    const record = sealRecord(
      {
        sequence: this.last.sequence + 1,
        time: this.options.now().toISOString(),
        actor,
        session: this.options.session,
        kind: entry.kind,
        label: entry.label,
        target: entry.target,
        changes: [...entry.changes],
      },
      this.last.hash,
    );
    try {
      await this.journal!.append(record);
    } catch (error) {
      return failure('storage-failed', `Nothing was saved: ${describeStorageError(error, this.layout.journal)}`);
    }
    this.database.data = next.value;
    this.last = { sequence: record.sequence, hash: record.hash };
    this.journalFirst ??= record.sequence;
    hashesLeaving(entry.changes).forEach((sha256) => this.released.add(sha256));
    this.options.onCommit?.(entry.changes);
    this.scheduleSnapshot();
    return success(record);
  }

  private snapshotDue(): boolean {
    const records = this.last.sequence - this.snapshotRevision.sequence;
    if (this.options.snapshotEvery !== undefined) return records >= this.options.snapshotEvery;
    return records >= defaultSnapshotEvery && (this.journal?.bytes ?? 0) >= this.snapshotBytes * journalShareBeforeSnapshot;
  }

  private scheduleSnapshot(): void {
    clearTimeout(this.idleTimer);
    if (this.snapshotDue()) {
      void this.snapshot().catch(() => undefined);
      return;
    }
    this.idleTimer = setTimeout(() => void this.snapshot().catch(() => undefined), this.options.idleSnapshotMs ?? 2000);
    this.idleTimer.unref();
  }

  /**
   * Moves the live journal into history, so the records the snapshot will include are kept for the audit trail and
   * edits go on into a fresh journal while the snapshot is written. Runs in the queue: no append interleaves.
   */
  private async rotateJournal(): Promise<CaseFile> {
    const captured: CaseFile = { ...this.file, revision: { ...this.last } };
    if (this.journalFirst !== undefined && this.journal) {
      await ensurePrivateFolder(this.layout.history);
      await this.journal.close();
      try {
        await rename(this.layout.journal, join(this.layout.history, segmentName(this.journalFirst, this.last.sequence)));
        this.journalFirst = undefined;
        await syncFolder(this.layout.history);
        await syncFolder(this.layout.folder);
      } finally {
        // Moved or not, edits go on into a journal at its usual place.
        this.journal = await JournalWriter.open(this.layout.journal);
      }
    }
    return captured;
  }

  private async writeSnapshotOf(captured: CaseFile): Promise<void> {
    await this.database.adapter.write(captured);
    this.snapshotRevision = captured.revision;
    this.snapshotBytes = await sizeOf(this.layout.snapshot);
    await rollBackup(this.layout, captured, captured.revision.sequence, this.options.now());
  }
}
