import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { failure, migrateCaseFile, success, type CaseFile, type CaseProblem, type Operation, type Result } from '../../../shared';
import { DurableJsonFile } from './case-adapter';
import { ensurePrivateFolder } from './durable-file';
import { describeStorageError } from './storage-errors';

export const caseFileName = 'case.json';

/**
 * The cases of one library, each in its own folder `<cases>/<caseId>/case.json`, so a write touches one case.
 * A case that cannot be read or does not validate is reported and never written: there is no Low instance for it.
 */
export class CaseRepository {
  private readonly loaded = new Map<string, Low<CaseFile>>();
  private readonly problems = new Map<string, CaseProblem>();
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(private readonly casesFolder: string) {}

  fileOf(caseId: string): string {
    return join(this.casesFolder, caseId, caseFileName);
  }

  /** Loads every case folder not yet loaded; returns the readable cases and the problems found. */
  async scan(): Promise<{ cases: CaseFile[]; problems: CaseProblem[] }> {
    await ensurePrivateFolder(this.casesFolder);
    const entries = await readdir(this.casesFolder, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isDirectory() && !this.loaded.has(entry.name)) await this.load(entry.name);
    }
    return {
      cases: [...this.loaded.values()].map((database) => database.data),
      problems: [...this.problems.values()],
    };
  }

  async get(caseId: string): Promise<Result<CaseFile>> {
    const database = this.loaded.get(caseId) ?? (await this.load(caseId));
    if (database) return success(database.data);
    const problem = this.problems.get(caseId);
    return problem
      ? failure('case-unreadable', `The case file ${problem.file} cannot be opened: ${problem.reason} It was left untouched.`)
      : failure('not-found', `There is no case with the id "${caseId}" in this library.`);
  }

  /** Writes a new case; refuses to replace a folder that already exists. */
  async create(file: CaseFile): Promise<Result<CaseFile>> {
    const caseId = file.case.id;
    if (this.loaded.has(caseId) || this.problems.has(caseId)) {
      return failure('storage-failed', `A case with the id "${caseId}" already exists.`);
    }
    const database = this.databaseFor(caseId, file);
    try {
      await ensurePrivateFolder(join(this.casesFolder, caseId));
      await database.write();
    } catch (error) {
      return failure('storage-failed', `Could not create the case: ${describeStorageError(error, this.fileOf(caseId))}`);
    }
    this.loaded.set(caseId, database);
    return success(file);
  }

  /**
   * Applies an operation to a case and makes the result durable before answering. Changes to one case run one
   * at a time; if the write fails, the case in memory stays as it was on disk.
   */
  change<T>(caseId: string, operation: (file: CaseFile) => Operation<T>): Promise<Result<T>> {
    const previous = this.pending.get(caseId) ?? Promise.resolve();
    const next = previous.then(() => this.applyChange(caseId, operation));
    this.pending.set(caseId, next.catch(() => undefined));
    return next;
  }

  /** Resolves once every change already asked for has been written (or has failed). */
  async settle(): Promise<void> {
    await Promise.all(this.pending.values());
  }

  private async applyChange<T>(caseId: string, operation: (file: CaseFile) => Operation<T>): Promise<Result<T>> {
    const current = await this.get(caseId);
    if (!current.ok) return current;
    const changed = operation(current.value);
    if (!changed.ok) return changed;
    const database = this.loaded.get(caseId)!;
    database.data = changed.value.file;
    try {
      await database.write();
    } catch (error) {
      database.data = current.value;
      return failure('storage-failed', `Nothing was saved: ${describeStorageError(error, this.fileOf(caseId))}`);
    }
    return success(changed.value.value);
  }

  private async load(caseId: string): Promise<Low<CaseFile> | undefined> {
    const file = this.fileOf(caseId);
    let raw: unknown;
    try {
      raw = await new DurableJsonFile(file).read();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      this.problems.set(caseId, { file, reason: describeStorageError(error, file) });
      return undefined;
    }
    const migrated = migrateCaseFile(raw);
    if (!migrated.ok) {
      this.problems.set(caseId, { file, reason: migrated.error.message });
      return undefined;
    }
    if (migrated.value.case.id !== caseId) {
      this.problems.set(caseId, { file, reason: `The case id "${migrated.value.case.id}" does not match its folder "${caseId}".` });
      return undefined;
    }
    this.problems.delete(caseId);
    const database = this.databaseFor(caseId, migrated.value);
    this.loaded.set(caseId, database);
    return database;
  }

  private databaseFor(caseId: string, file: CaseFile): Low<CaseFile> {
    return new Low(new DurableJsonFile(this.fileOf(caseId)) as Adapter<CaseFile>, file);
  }
}
