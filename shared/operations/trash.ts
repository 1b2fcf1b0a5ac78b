import type { CaseFile } from '../domain/case-file';
import type { TrashEntry } from '../domain/trash';
import { success } from '../result';
import { created, deleted, updated } from './changes';
import { timestamp, type Environment, type Operation } from './environment';
import { findTrashEntry, trashListing, trashedObjects, type TrashListing } from './trash-listing';
import { planDeletion } from './trash-plan';
import { deletionSummary, type DeletionTarget } from './trash-target';

export { deletionImpact, type DeletionImpact, type ImpactLink, type ImpactObject } from './trash-impact';
export { listTrash, type TrashListing } from './trash-listing';
export { restoreFromTrash, type RestoreOutcome } from './trash-restore';
export { deletableKinds, deletionTargetSchema, type DeletableKind, type DeletionTarget } from './trash-target';

/**
 * Deletes an object to the trash: it goes with everything that cannot stand without it, the references other
 * objects held to them are taken out (and kept in the entry, to be put back on restore), and one trash entry holds
 * it all. The case validates after, as before.
 */
export function deleteToTrash(file: CaseFile, target: DeletionTarget, environment: Environment): Operation<TrashListing> {
  const plan = planDeletion(file, target);
  if (!plan.ok) return plan;
  const { objects, holders } = plan.value;
  const label = `Deleted ${deletionSummary(file, objects)}`;
  const entry: TrashEntry = {
    id: environment.newId(),
    deletedAt: timestamp(environment),
    label,
    objects: objects.map(({ collection, value }) => ({ collection, value: { ...value } })),
    links: holders.flatMap((holder) => holder.links),
  };
  return success({
    value: trashListing(file, entry),
    label,
    changes: [
      ...holders.map((holder) => updated(holder.collection, holder.before, holder.after)),
      ...objects.map(({ collection, value }) => deleted(collection, value)),
      created('trash', entry),
    ],
  });
}

/** Removes a trash entry for good. The case's history still holds every object it held, as the journal keeps them. */
export function purgeTrashEntry(file: CaseFile, entryId: string): Operation<{ purged: string }> {
  const entry = findTrashEntry(file, entryId);
  if (!entry.ok) return entry;
  return success({
    value: { purged: entryId },
    label: `Deleted for good from the trash: ${deletionSummary(file, trashedObjects(entry.value))}`,
    changes: [deleted('trash', entry.value)],
  });
}
