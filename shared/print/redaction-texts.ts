import type { CaseFile } from '../domain/case-file';
import type { Entity } from '../domain/entity';
import type { Incident } from '../domain/incident';
import type { Quote } from '../domain/quote';
import type { Source } from '../domain/source';

/** The ids a profile leaves out, by collection. */
export interface RemovedIds {
  readonly incidents: ReadonlySet<string>;
  readonly quotes: ReadonlySet<string>;
  readonly entities: ReadonlySet<string>;
  readonly annotations: ReadonlySet<string>;
}

type Replace = (text: string) => string;

function printedIncident(incident: Incident, removed: RemovedIds, kept: ReadonlySet<string>, replace: Replace): Incident {
  return {
    ...incident,
    title: replace(incident.title),
    summary: replace(incident.summary),
    place: replace(incident.place),
    tags: incident.tags.map(replace),
    participants: incident.participants.filter((participant) => kept.has(participant.entityId)),
    claims: incident.claims.map((claim) => ({
      ...claim,
      text: replace(claim.text),
      quoteIds: claim.quoteIds.filter((id) => !removed.quotes.has(id)),
    })),
  };
}

function printedQuote(quote: Quote, removed: RemovedIds, replace: Replace): Quote {
  return {
    ...quote,
    // The context either side is the source's neighbouring text, which may be a withheld passage: it is not printed.
    textQuote: { ...quote.textQuote, exact: replace(quote.textQuote.exact), prefix: '', suffix: '' },
    incidentIds: quote.incidentIds.filter((id) => !removed.incidents.has(id)),
  };
}

function printedSource(source: Source, replace: Replace): Source {
  return {
    ...source,
    title: replace(source.title),
    author: replace(source.author),
    publisher: replace(source.publisher),
    // A summary cites sources, it does not reprint them, and the full text holds every withheld passage.
    snapshot: { ...source.snapshot, text: '', origin: replace(source.snapshot.origin) },
  };
}

/** A withheld entity kept under its pseudonym tells nothing else about itself; any other has names replaced. */
function printedEntity(entity: Entity, pseudonym: string | undefined, replace: Replace): Entity {
  if (pseudonym !== undefined) return { ...entity, name: pseudonym, aliases: [], description: '' };
  return { ...entity, name: replace(entity.name), aliases: entity.aliases.map(replace), description: replace(entity.description) };
}

/**
 * The printable copy of a case: what `removed` names is gone, references to it are dropped, withheld entities with a
 * pseudonym stay under it, and `replace` has taken withheld names out of every text that can reach the page.
 */
export function redactedTexts(file: CaseFile, removed: RemovedIds, pseudonyms: ReadonlyMap<string, string>, replace: Replace): CaseFile {
  const entities = file.entities
    .filter((entity) => !removed.entities.has(entity.id) || pseudonyms.has(entity.id))
    .map((entity) => printedEntity(entity, pseudonyms.get(entity.id), replace));
  const keptEntities = new Set(entities.map((entity) => entity.id));
  const gone = { incident: removed.incidents, source: new Set<string>() };
  return {
    ...file,
    case: { ...file.case, name: replace(file.case.name), summary: replace(file.case.summary) },
    incidents: file.incidents
      .filter((incident) => !removed.incidents.has(incident.id))
      .map((incident) => printedIncident(incident, removed, keptEntities, replace)),
    sources: file.sources.map((source) => printedSource(source, replace)),
    quotes: file.quotes.filter((quote) => !removed.quotes.has(quote.id)).map((quote) => printedQuote(quote, removed, replace)),
    entities,
    annotations: file.annotations
      .filter((annotation) => !removed.annotations.has(annotation.id))
      .map((annotation) => ({ ...annotation, body: replace(annotation.body), tags: annotation.tags.map(replace) })),
    incidentLinks: file.incidentLinks.filter(
      (link) => !removed.incidents.has(link.fromIncidentId) && !removed.incidents.has(link.toIncidentId),
    ),
    attachments: file.attachments
      .filter((attachment) => !gone[attachment.target.kind].has(attachment.target.id))
      .map((attachment) => ({ ...attachment, name: replace(attachment.name) })),
    trash: [],
  };
}
