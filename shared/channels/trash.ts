import { z } from 'zod';
import { idSchema } from '../domain/common';
import { deletionTargetSchema, type DeletionImpact, type RestoreOutcome, type TrashListing } from '../operations/trash';
import { returns } from './returns';

const caseReference = z.object({ caseId: idSchema });
const trashEntryReference = caseReference.extend({ entryId: idSchema });

/**
 * Deleting anything, and the trash it goes to. Deleting is general: every kind of object goes through
 * `object.delete`, which keeps what it removed so that `trash.restore` can put it back.
 */
export const trashChannels = {
  'object.deletionImpact': { input: caseReference.extend({ target: deletionTargetSchema }), output: returns<DeletionImpact>() },
  'object.delete': { input: caseReference.extend({ target: deletionTargetSchema }), output: returns<TrashListing>() },
  'trash.list': { input: caseReference, output: returns<readonly TrashListing[]>() },
  'trash.restore': { input: trashEntryReference, output: returns<RestoreOutcome>() },
  'trash.purge': { input: trashEntryReference, output: returns<{ purged: string }>() },
} as const;
