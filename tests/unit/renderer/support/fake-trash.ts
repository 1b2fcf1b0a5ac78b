import {
  deleteToTrash,
  deletionImpact,
  listTrash,
  purgeTrashEntry,
  restoreFromTrash,
  success,
  type CaseFile,
  type Environment,
  type Handler,
  type Operation,
  type Result,
} from '../../../../shared';

type TrashChannel = 'object.deletionImpact' | 'object.delete' | 'trash.list' | 'trash.restore' | 'trash.purge';

/** How the fake host reads and changes its cases, handed to the handler groups kept in their own files. */
export interface FakeCases {
  readonly reading: <T>(caseId: string, read: (file: CaseFile) => Result<T>) => Result<T>;
  readonly withCase: <T>(caseId: string, change: (file: CaseFile) => Operation<T>) => Result<T>;
  readonly environment: Environment;
}

/** The trash channels carried out by the shared operations. */
export function fakeTrashHandlers({ reading, withCase, environment }: FakeCases): { readonly [C in TrashChannel]: Handler<C> } {
  return {
    'object.deletionImpact': async ({ caseId, target }) => reading(caseId, (file) => deletionImpact(file, target)),
    'object.delete': async ({ caseId, target }) => withCase(caseId, (file) => deleteToTrash(file, target, environment)),
    'trash.list': async ({ caseId }) => reading(caseId, (file) => success(listTrash(file))),
    'trash.restore': async ({ caseId, entryId }) => withCase(caseId, (file) => restoreFromTrash(file, entryId)),
    'trash.purge': async ({ caseId, entryId }) => withCase(caseId, (file) => purgeTrashEntry(file, entryId)),
  };
}
