import type { z } from 'zod';
import { annotationSchema } from './annotation';
import { attachmentSchema } from './attachment';
import { caseDetailsSchema } from './case-summary';
import { entitySchema } from './entity';
import { incidentLinkSchema, incidentSchema } from './incident';
import type { ChangeCollection, ObjectChange } from './journal';
import { quoteSchema } from './quote';
import { redactionProfileSchema } from './redaction';
import { sourceSchema } from './source';
import { trashEntrySchema } from './trash';

/** The schema every object of a collection must meet. */
export const collectionSchemas: Readonly<Record<ChangeCollection, z.ZodType<Record<string, unknown>>>> = {
  case: caseDetailsSchema,
  incidents: incidentSchema,
  sources: sourceSchema,
  quotes: quoteSchema,
  entities: entitySchema,
  annotations: annotationSchema,
  incidentLinks: incidentLinkSchema,
  attachments: attachmentSchema,
  trash: trashEntrySchema,
  redactionProfiles: redactionProfileSchema,
};

/**
 * A journal change with its objects validated and brought to the current schema: a record written before a field
 * existed gets the field's default, so replaying old records builds the same document a migration would.
 * Undefined when an object does not validate.
 */
export function normalizedChange(change: ObjectChange): ObjectChange | undefined {
  const schema = collectionSchemas[change.collection];
  const before = change.before === null ? null : schema.safeParse(change.before);
  const after = change.after === null ? null : schema.safeParse(change.after);
  if ((before && !before.success) || (after && !after.success)) return undefined;
  return { ...change, before: before ? before.data! : null, after: after ? after.data! : null };
}
