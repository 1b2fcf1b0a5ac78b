import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

/** The collections whose objects can be deleted to the trash and restored from it. */
export const trashableCollections = ['incidents', 'sources', 'quotes', 'entities', 'annotations', 'incidentLinks', 'attachments'] as const;
export type TrashableCollection = (typeof trashableCollections)[number];

/** A reference that deleting removed from an object that stays, so restoring can put it back where it was. */
export const removedLinkSchema = z.object({
  collection: z.enum(trashableCollections),
  id: idSchema,
  /** The array field that held the reference, such as `sourceIds` or `participants`. */
  field: z.string().min(1).max(64),
  /** The element removed from that array: an id, or an object such as a participant. */
  element: z.unknown(),
});
export type RemovedLink = z.infer<typeof removedLinkSchema>;

/**
 * One deletion, as the trash keeps it: the objects removed (the one the user deleted and what could not stand
 * without it) and the references removed from objects that stay. Restoring puts back both, where they still fit.
 */
export const trashEntrySchema = z.object({
  id: idSchema,
  deletedAt: timestampSchema,
  label: z.string().max(500),
  objects: z
    .array(z.object({ collection: z.enum(trashableCollections), value: z.record(z.string(), z.unknown()) }))
    .min(1),
  links: z.array(removedLinkSchema).default([]),
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;
