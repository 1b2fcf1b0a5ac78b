import { z } from 'zod';
import { idSchema } from '../domain/common';
import { incidentLinkKinds, type IncidentLink } from '../domain/incident';
import { returns } from './returns';

/** A link as a user makes it: which incident it runs from, to which, and what kind of link it is. */
export const incidentLinkDraftSchema = z.object({
  fromIncidentId: idSchema,
  toIncidentId: idSchema,
  kind: z.enum(incidentLinkKinds),
});
export type IncidentLinkDraft = z.input<typeof incidentLinkDraftSchema>;

const caseReference = z.object({ caseId: idSchema });

/** Links between incidents (same actors, follow-up, part of, related). */
export const incidentChannels = {
  'incident.link': { input: caseReference.extend({ link: incidentLinkDraftSchema }), output: returns<IncidentLink>() },
  /** Removes the link outright (journaled, so Undo puts it back); the answer names the link removed. */
  'incident.unlink': { input: caseReference.extend({ linkId: idSchema }), output: returns<{ unlinked: string }>() },
} as const;
