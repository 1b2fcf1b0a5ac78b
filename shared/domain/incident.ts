import { z } from 'zod';
import { sensitivityField } from './redaction';
import { edtfDateSchema, idSchema, optionalText, requiredText, storedFields, tagsSchema, timestampSchema } from './common';

export const incidentStatuses = ['confirmed', 'alleged', 'disputed'] as const;
export const incidentStatusSchema = z.enum(incidentStatuses);
export type IncidentStatus = z.infer<typeof incidentStatusSchema>;

export const entityRoles = [
  'perpetrator',
  'target',
  'victim',
  'official',
  'intermediary',
  'source',
  'suspect',
  'witness',
  'other',
] as const;
export const entityRoleSchema = z.enum(entityRoles);
export type EntityRole = z.infer<typeof entityRoleSchema>;

export const participantSchema = z.object({
  entityId: idSchema,
  role: entityRoleSchema,
});
export type Participant = z.infer<typeof participantSchema>;

/** One thing an incident's account asserts, each backed by the quotes that support it. */
export const claimSchema = z.object({
  id: idSchema,
  text: requiredText(2_000),
  quoteIds: z.array(idSchema).max(100).default([]),
});
export type Claim = z.infer<typeof claimSchema>;

/** A claim as an editor sends it: a claim written just now has no id yet, and the core gives it one. */
export const claimDraftSchema = claimSchema.extend({ id: idSchema.optional() });
export type ClaimDraft = z.input<typeof claimDraftSchema>;

/** What a user may set on an incident; ids of the incident itself and timestamps are the core's to assign. */
export const incidentDraftSchema = z.object({
  title: requiredText(300),
  summary: optionalText(20_000),
  date: edtfDateSchema,
  place: optionalText(300),
  status: incidentStatusSchema.default('alleged'),
  tags: tagsSchema,
  sourceIds: z.array(idSchema).max(1000).default([]),
  participants: z.array(participantSchema).max(1000).default([]),
  claims: z.array(claimDraftSchema).max(500).default([]),
});
export type IncidentDraft = z.input<typeof incidentDraftSchema>;
/** A draft after validation, with every default filled in. */
export type IncidentFields = z.output<typeof incidentDraftSchema>;

export const incidentSchema = incidentDraftSchema.extend({
  ...storedFields,
  claims: z.array(claimSchema).max(500).default([]),
  ...sensitivityField,
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentLinkKinds = ['same-actors', 'follow-up', 'part-of', 'related'] as const;

export const incidentLinkSchema = z.object({
  id: idSchema,
  fromIncidentId: idSchema,
  toIncidentId: idSchema,
  kind: z.enum(incidentLinkKinds),
  createdAt: timestampSchema,
});
export type IncidentLink = z.infer<typeof incidentLinkSchema>;
