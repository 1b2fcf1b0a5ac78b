import {
  deleteToTrash,
  deletionImpact,
  listTrash,
  purgeTrashEntry,
  restoreFromTrash,
  success,
  type CaseFile,
  type Environment,
  type Handlers,
  type Result,
} from '../../../shared';
import type { trashChannels } from '../../../shared/channels/trash';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the trash channels: deleting any object to the trash, and the trash itself. */
export function createTrashHandlers(repository: CaseRepository, environment: Environment): Pick<Handlers, keyof typeof trashChannels> {
  const reading = async <T>(caseId: string, read: (file: CaseFile) => Result<T>): Promise<Result<T>> => {
    const file = await repository.get(caseId);
    return file.ok ? read(file.value) : file;
  };
  return {
    'object.deletionImpact': ({ caseId, target }) => reading(caseId, (file) => deletionImpact(file, target)),
    'object.delete': ({ caseId, target }, { author }) => repository.change(caseId, (file) => deleteToTrash(file, target, environment), author),
    'trash.list': ({ caseId }) => reading(caseId, (file) => success(listTrash(file))),
    'trash.restore': ({ caseId, entryId }, { author }) => repository.change(caseId, (file) => restoreFromTrash(file, entryId), author),
    'trash.purge': ({ caseId, entryId }, { author }) => repository.change(caseId, (file) => purgeTrashEntry(file, entryId), author),
  };
}
