import { success, type Environment, type Handlers, type Result } from '../../shared';
import { withQuoteVerification } from './quote-verification';
import type { CaseRepository } from './storage/case-repository';
import type { CaseStore } from './storage/case-store';
import { restoreBackup } from './storage/backup-restore';

type HistoryChannels = 'case.status' | 'case.undo' | 'case.redo' | 'case.history' | 'case.verify' | 'case.backups' | 'case.restoreBackup';

async function withStore<T>(repository: CaseRepository, caseId: string, work: (store: CaseStore) => Promise<Result<T>>): Promise<Result<T>> {
  const store = await repository.store(caseId);
  return store.ok ? work(store.value) : store;
}

/** The channels over a case's journal: its state, undo and redo, history, verification and backups. */
export function createHistoryHandlers(repository: CaseRepository, environment: Environment): Pick<Handlers, HistoryChannels> {
  return {
    'case.status': ({ caseId }) => withStore(repository, caseId, async (store) => success(store.status)),
    'case.undo': ({ caseId }, { author }) => withStore(repository, caseId, (store) => store.undo(author)),
    'case.redo': ({ caseId }, { author }) => withStore(repository, caseId, (store) => store.redo(author)),
    'case.history': ({ caseId, ...query }) => withStore(repository, caseId, async (store) => success(await store.history(query))),
    'case.verify': ({ caseId }) => withStore(repository, caseId, async (store) => success(withQuoteVerification(await store.verify(), store.file))),
    'case.backups': ({ caseId }) =>
      withStore(repository, caseId, async (store) =>
        success((await store.backups()).map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes }))),
      ),
    'case.restoreBackup': ({ caseId, backup }) =>
      withStore(repository, caseId, (store) => restoreBackup(repository, caseId, store, backup, environment)),
  };
}
