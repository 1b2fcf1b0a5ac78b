import { failure, genesisHash, migrateCaseFile, success, type CaseDetails, type Environment, type Handlers, type Result } from '../../shared';
import type { CaseRepository } from './storage/case-repository';
import type { CaseStore } from './storage/case-store';
import { readSnapshot } from './storage/snapshot-file';
import { describeStorageError } from './storage/storage-errors';

type HistoryChannels = 'case.status' | 'case.undo' | 'case.redo' | 'case.history' | 'case.verify' | 'case.backups' | 'case.restoreBackup';

async function withStore<T>(repository: CaseRepository, caseId: string, work: (store: CaseStore) => Promise<Result<T>>): Promise<Result<T>> {
  const store = await repository.store(caseId);
  return store.ok ? work(store.value) : store;
}

/** A backup becomes a new case beside the current one, which stays as it is; its history starts afresh. */
async function restoreBackup(repository: CaseRepository, store: CaseStore, name: string, environment: Environment): Promise<Result<CaseDetails>> {
  const backup = (await store.backups()).find((candidate) => candidate.name === name);
  if (!backup) return failure('not-found', `This case has no backup called "${name}".`);
  let raw: unknown;
  try {
    raw = await readSnapshot(backup.file);
  } catch (error) {
    return failure('case-unreadable', `The backup cannot be read: ${describeStorageError(error, backup.file)}`);
  }
  const migrated = migrateCaseFile(raw);
  if (!migrated.ok) return failure('case-unreadable', `The backup ${backup.file} cannot be used: ${migrated.error.message}`);
  const { case: original } = migrated.value;
  const details = {
    ...original,
    id: environment.newId(),
    name: `${original.name} (restored from ${backup.createdAt})`,
    updatedAt: environment.now().toISOString(),
  };
  const restored = await repository.create({ ...migrated.value, revision: { sequence: 0, hash: genesisHash }, case: details });
  return restored.ok ? success(restored.value.case) : restored;
}

/** The channels over a case's journal: its state, undo and redo, history, verification and backups. */
export function createHistoryHandlers(repository: CaseRepository, environment: Environment): Pick<Handlers, HistoryChannels> {
  return {
    'case.status': ({ caseId }) => withStore(repository, caseId, async (store) => success(store.status)),
    'case.undo': ({ caseId }, { author }) => withStore(repository, caseId, (store) => store.undo(author)),
    'case.redo': ({ caseId }, { author }) => withStore(repository, caseId, (store) => store.redo(author)),
    'case.history': ({ caseId, ...query }) => withStore(repository, caseId, async (store) => success(await store.history(query))),
    'case.verify': ({ caseId }) => withStore(repository, caseId, async (store) => success(await store.verify())),
    'case.backups': ({ caseId }) =>
      withStore(repository, caseId, async (store) =>
        success((await store.backups()).map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes }))),
      ),
    'case.restoreBackup': ({ caseId, backup }) =>
      withStore(repository, caseId, (store) => restoreBackup(repository, store, backup, environment)),
  };
}
