import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { failure, success, type CaseFile, type CaseListing, type CaseProblem, type ObjectChange, type Operation, type Result } from '../../../shared';
import { caseFolderLayout } from './case-folder';
import { CaseStore, type CaseStoreOptions } from './case-store';
import { ensurePrivateFolder } from './durable-file';
import { readSealedListing } from './case-listing';
import { listingOf } from './snapshot-seal';

export type ChangeListener = (caseId: string, changes: readonly ObjectChange[]) => void;
export type CloseListener = (caseId: string) => void;

/** Tells each listener, never letting one's failure turn an edit already saved into a reported failure. */
function notify<A extends unknown[]>(listeners: ReadonlySet<(...values: A) => void>, ...values: A): void {
  for (const listener of listeners) {
    try {
      listener(...values);
    } catch {
      // A listener keeps derived state (an index); it rebuilds from the document, which is already right.
    }
  }
}

/**
 * The cases of one library, each in its own folder `<cases>/<caseId>/`. Listing peeks at cases read-only; a case
 * is opened for writing (taking its lock) only when it is opened. A case that cannot be read is reported and never
 * written: no store exists for it.
 */
export class CaseRepository {
  private readonly open = new Map<string, CaseStore>();
  private readonly peeked = new Map<string, CaseStore>();
  private readonly problems = new Map<string, CaseProblem>();
  private readonly opening = new Map<string, Promise<Result<CaseStore>>>();
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly closeListeners = new Set<CloseListener>();

  constructor(
    private readonly casesFolder: string,
    private readonly options: CaseStoreOptions,
  ) {}

  fileOf(caseId: string): string {
    return caseFolderLayout(join(this.casesFolder, caseId)).snapshot;
  }

  /**
   * Every case of the library as it stands, and the problems found. A closed case whose seal is current is listed
   * from the seal; only the others are read (read-only), so a library of large cases lists in milliseconds.
   */
  async scan(): Promise<{ cases: CaseListing[]; problems: CaseProblem[] }> {
    await ensurePrivateFolder(this.casesFolder);
    const entries = await readdir(this.casesFolder, { withFileTypes: true });
    const sealed = new Map<string, CaseListing>();
    for (const entry of entries) {
      if (!entry.isDirectory() || this.open.has(entry.name) || this.peeked.has(entry.name)) continue;
      const listing = await readSealedListing(caseFolderLayout(join(this.casesFolder, entry.name)));
      if (listing?.id === entry.name) {
        sealed.set(entry.name, listing);
        this.problems.delete(entry.name);
      } else await this.peek(entry.name);
    }
    const stores = new Map([...this.peeked, ...this.open]);
    return { cases: [...sealed.values(), ...[...stores.values()].map((store) => listingOf(store.file))], problems: [...this.problems.values()] };
  }

  /** The case's store, opened for writing if no other process holds it (else read-only, saying why). */
  async store(caseId: string): Promise<Result<CaseStore>> {
    const existing = this.open.get(caseId);
    if (existing) return success(existing);
    // A screen asks for several things at once (outline, status): they must share one opening, not load the case
    // twice (twice the memory, and the second would find the first one's lock).
    const pending = this.opening.get(caseId);
    if (pending) return pending;
    const opening = this.openStore(caseId).finally(() => this.opening.delete(caseId));
    this.opening.set(caseId, opening);
    return opening;
  }

  private async openStore(caseId: string): Promise<Result<CaseStore>> {
    await this.peeked.get(caseId)?.close();
    this.peeked.delete(caseId);
    const opened = await CaseStore.open(join(this.casesFolder, caseId), this.writerOptions(caseId));
    if (!opened.ok) return this.failureFor(caseId, opened.error);
    return this.accept(caseId, opened.value, this.open);
  }

  async get(caseId: string): Promise<Result<CaseFile>> {
    const store = await this.store(caseId);
    return store.ok ? success(store.value.file) : store;
  }

  /** The folder a case lives in, or would. */
  folderOf(caseId: string): string {
    return join(this.casesFolder, caseId);
  }

  /** Writes a new case; refuses to replace a folder that already holds one. `notes` are told when it opens. */
  async create(file: CaseFile, notes: readonly string[] = []): Promise<Result<CaseFile>> {
    const caseId = file.case.id;
    const created = await CaseStore.create(join(this.casesFolder, caseId), file, { ...this.writerOptions(caseId), notes });
    if (!created.ok) return created;
    this.open.set(caseId, created.value);
    return success(created.value.file);
  }

  /** Applies an operation to a case and makes it durable before answering. */
  async change<T>(caseId: string, operation: (file: CaseFile) => Operation<T>, actor: string): Promise<Result<T>> {
    const store = await this.store(caseId);
    return store.ok ? store.value.apply(operation, actor) : store;
  }

  /**
   * Calls `listener` with the changes of each record a case's store makes durable — an edit, an undo (the inverse
   * changes) or a redo — before the call that made it answers. Returns a function that stops the calls.
   */
  onChanges(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Calls `listener` with each case as it closes, so what was kept for it can be let go. */
  onClose(listener: CloseListener): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  /** Closes every case: a last snapshot each, and their locks given back. */
  async close(): Promise<void> {
    for (const caseId of new Set([...this.open.keys(), ...this.peeked.keys()])) notify(this.closeListeners, caseId);
    const stores = [...this.open.values(), ...this.peeked.values()];
    this.open.clear();
    this.peeked.clear();
    await Promise.all(stores.map((store) => store.close()));
  }

  /** A writer's options: its records are told to the change listeners, as made. */
  private writerOptions(caseId: string): CaseStoreOptions {
    return { ...this.options, onCommit: (changes) => notify(this.changeListeners, caseId, changes) };
  }

  private async peek(caseId: string): Promise<void> {
    const opened = await CaseStore.open(join(this.casesFolder, caseId), { ...this.options, readOnly: true });
    if (opened.ok) this.accept(caseId, opened.value, this.peeked);
    else if (opened.error.code !== 'not-found') this.problems.set(caseId, { file: this.fileOf(caseId), reason: opened.error.message });
  }

  private accept(caseId: string, store: CaseStore, into: Map<string, CaseStore>): Result<CaseStore> {
    if (store.file.case.id !== caseId) {
      void store.close();
      return this.failureFor(caseId, { code: 'case-unreadable', message: `The case id "${store.file.case.id}" does not match its folder "${caseId}".` });
    }
    this.problems.delete(caseId);
    into.set(caseId, store);
    return success(store);
  }

  private failureFor(caseId: string, error: { code: string; message: string }): Result<never> {
    if (error.code === 'not-found') return failure('not-found', `There is no case with the id "${caseId}" in this library.`);
    const file = this.fileOf(caseId);
    this.problems.set(caseId, { file, reason: error.message });
    return failure('case-unreadable', `The case file ${file} cannot be opened: ${error.message} It was left untouched.`);
  }
}
