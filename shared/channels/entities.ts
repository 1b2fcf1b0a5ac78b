import { z } from 'zod';
import { idSchema } from '../domain/common';
import { entitySchema, type Entity } from '../domain/entity';
import type { CastOfCharacters, EntityDetail } from '../read-model/cast';
import { returns } from './returns';

/** What a user may set on a person, organisation or place, with the same limits the stored entity has. */
export const entityDraftSchema = entitySchema.pick({ kind: true, name: true, aliases: true, description: true });
export type EntityDraft = z.input<typeof entityDraftSchema>;

const caseReference = z.object({ caseId: idSchema });

/** The people, organisations and places of a case: editing and merging them, and the cast of characters. */
export const entityChannels = {
  'entity.create': { input: caseReference.extend({ entity: entityDraftSchema }), output: returns<Entity>() },
  'entity.update': {
    input: caseReference.extend({ entityId: idSchema, entity: entityDraftSchema }),
    output: returns<Entity>(),
  },
  /** `mergeId` is folded into `keepId` and removed; the answer is the kept entity as the merge left it. */
  'entity.merge': { input: caseReference.extend({ keepId: idSchema, mergeId: idSchema }), output: returns<Entity>() },
  'entity.cast': { input: caseReference, output: returns<CastOfCharacters>() },
  'entity.get': { input: caseReference.extend({ entityId: idSchema }), output: returns<EntityDetail>() },
} as const;
