import type { CaseFile } from '../domain/case-file';
import type { ObjectChange } from '../domain/journal';
import { failure, success, type Result } from '../result';

type Stored = { readonly id: string };
type ArrayCollection = Exclude<ObjectChange['collection'], 'case'>;

/** The object a change describes, as the state it should become (or be before). */
export function created(collection: ObjectChange['collection'], after: Stored): ObjectChange {
  return { collection, id: after.id, before: null, after: { ...after } };
}

export function updated(collection: ObjectChange['collection'], before: Stored, after: Stored): ObjectChange {
  return { collection, id: after.id, before: { ...before }, after: { ...after } };
}

export function deleted(collection: ObjectChange['collection'], before: Stored): ObjectChange {
  return { collection, id: before.id, before: { ...before }, after: null };
}

function applyToList(list: readonly Stored[], change: ObjectChange): Result<Stored[]> {
  const index = list.findIndex((item) => item.id === change.id);
  if (change.before === null) {
    if (index >= 0) return failure('case-unreadable', `${change.collection} "${change.id}" is created twice.`);
    return success([...list, change.after as unknown as Stored]);
  }
  if (index < 0) return failure('case-unreadable', `${change.collection} "${change.id}" is changed but does not exist.`);
  if (change.after === null) return success(list.filter((_item, at) => at !== index));
  return success(list.map((item, at) => (at === index ? (change.after as unknown as Stored) : item)));
}

/**
 * Applies changes in order to a case, returning a new document and leaving the old one as it was (so a snapshot
 * being written from it stays consistent). Replaying the journal, editing, undoing and redoing all come here.
 */
export function applyChanges(file: CaseFile, changes: readonly ObjectChange[]): Result<CaseFile> {
  let next: CaseFile = file;
  for (const change of changes) {
    if (change.collection === 'case') {
      if (change.after === null || change.id !== next.case.id) {
        return failure('case-unreadable', `A change to the case details names the wrong case "${change.id}".`);
      }
      next = { ...next, case: change.after as unknown as CaseFile['case'] };
      continue;
    }
    const collection: ArrayCollection = change.collection;
    const list = applyToList(next[collection], change);
    if (!list.ok) return list;
    next = { ...next, [collection]: list.value };
  }
  return success(next);
}

/** The changes that take a case back to where it was before these were applied. */
export function invertChanges(changes: readonly ObjectChange[]): ObjectChange[] {
  return [...changes].reverse().map((change) => ({ ...change, before: change.after, after: change.before }));
}
