import { z } from 'zod';
import { annotationSchema } from './annotation';
import { attachmentSchema } from './attachment';
import { caseDetailsSchema } from './case-summary';
import { entitySchema } from './entity';
import { incidentLinkSchema, incidentSchema } from './incident';
import { revisionSchema } from './journal';
import { quoteSchema } from './quote';
import { redactionProfileSchema } from './redaction';
import { sourceSchema } from './source';
import { trashEntrySchema } from './trash';

export const currentSchemaVersion = 4;

const caseFileShape = z.object({
  schemaVersion: z.literal(currentSchemaVersion),
  /** The last journal record this document includes; edits after it are replayed from the journal. */
  revision: revisionSchema,
  case: caseDetailsSchema,
  incidents: z.array(incidentSchema),
  sources: z.array(sourceSchema),
  quotes: z.array(quoteSchema),
  entities: z.array(entitySchema),
  annotations: z.array(annotationSchema),
  incidentLinks: z.array(incidentLinkSchema),
  attachments: z.array(attachmentSchema),
  /** Deleted objects, restorable; the journal keeps every deletion in the history as well. */
  trash: z.array(trashEntrySchema),
  /**
   * Who a printed summary may be for ("Partner", "Public"). Sensitive items name the profiles they are released to;
   * an id no profile has any more releases nothing, so a stale one (say, in the trash) can never widen what prints.
   */
  redactionProfiles: z.array(redactionProfileSchema),
});

type CaseFileShape = z.infer<typeof caseFileShape>;

/** Every id a case file refers to must name an object the file holds. */
function checkReferences(file: CaseFileShape, context: z.RefinementCtx): void {
  const ids = {
    case: new Set([file.case.id]),
    incident: new Set(file.incidents.map((incident) => incident.id)),
    source: new Set(file.sources.map((source) => source.id)),
    quote: new Set(file.quotes.map((quote) => quote.id)),
    entity: new Set(file.entities.map((entity) => entity.id)),
  };
  const require = (set: Set<string>, id: string, path: (string | number)[], what: string) => {
    if (!set.has(id)) context.addIssue({ code: 'custom', path, message: `refers to a missing ${what} "${id}"` });
  };
  file.incidents.forEach((incident, index) => {
    incident.sourceIds.forEach((id, at) => require(ids.source, id, ['incidents', index, 'sourceIds', at], 'source'));
    incident.participants.forEach((participant, at) =>
      require(ids.entity, participant.entityId, ['incidents', index, 'participants', at, 'entityId'], 'entity'),
    );
    incident.claims.forEach((claim, at) =>
      claim.quoteIds.forEach((id, position) => require(ids.quote, id, ['incidents', index, 'claims', at, 'quoteIds', position], 'quote')),
    );
  });
  file.quotes.forEach((quote, index) => {
    require(ids.source, quote.sourceId, ['quotes', index, 'sourceId'], 'source');
    quote.incidentIds.forEach((id, at) => require(ids.incident, id, ['quotes', index, 'incidentIds', at], 'incident'));
  });
  file.annotations.forEach((annotation, index) => {
    require(ids[annotation.target.kind], annotation.target.id, ['annotations', index, 'target', 'id'], annotation.target.kind);
  });
  file.attachments.forEach((attachment, index) => {
    require(ids[attachment.target.kind], attachment.target.id, ['attachments', index, 'target', 'id'], attachment.target.kind);
  });
  file.incidentLinks.forEach((link, index) => {
    require(ids.incident, link.fromIncidentId, ['incidentLinks', index, 'fromIncidentId'], 'incident');
    require(ids.incident, link.toIncidentId, ['incidentLinks', index, 'toIncidentId'], 'incident');
  });
  for (const [kind, list] of Object.entries({
    incidents: file.incidents,
    sources: file.sources,
    quotes: file.quotes,
    entities: file.entities,
    annotations: file.annotations,
    attachments: file.attachments,
    trash: file.trash,
    redactionProfiles: file.redactionProfiles,
  })) {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [kind, index, 'id'], message: `repeats the id "${item.id}"` });
      seen.add(item.id);
    });
  }
}

/** One case as it is stored on disk: everything it holds, in one document. */
export const caseFileSchema = caseFileShape.superRefine(checkReferences);
export type CaseFile = z.infer<typeof caseFileSchema>;
