import type { AnnotationTarget, CaseFile } from '../../shared';

/** The object without the keys named: ids and timestamps differ between a case built by hand and the seed. */
function without<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Omit<T, K> {
  const copy: Partial<T> = { ...object };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
}

const stamps = ['id', 'createdAt', 'updatedAt'] as const;

function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((first, second) => key(first).localeCompare(key(second)));
}

/** A name for each id of the file: sources by title, people by name, incidents by title, quotes by source and words. */
function namer(file: CaseFile) {
  const names = new Map<string, string>([[file.case.id, `case “${file.case.name}”`]]);
  for (const source of file.sources) names.set(source.id, `source “${source.title}”`);
  for (const entity of file.entities) names.set(entity.id, `entity “${entity.name}”`);
  for (const incident of file.incidents) names.set(incident.id, `incident “${incident.title}”`);
  for (const quote of file.quotes) names.set(quote.id, `quote “${quote.textQuote.exact}” from ${names.get(quote.sourceId)}`);
  return (id: string) => names.get(id) ?? `an id this case does not hold (${id})`;
}

/**
 * The case with every id replaced by what it names and the timestamps left out, each collection in a fixed order:
 * two cases built the same way, by hand or by the seed builder, come out equal. The order of an incident's sources
 * is the order they were ticked in, so it is compared as a set; every other list keeps its order.
 */
export function caseByNames(file: CaseFile) {
  const name = namer(file);
  const target = (kind: AnnotationTarget['kind'], id: string) => `${kind}: ${name(id)}`;
  const incidents = file.incidents.map((incident) => ({
    ...without(incident, stamps),
    sourceIds: incident.sourceIds.map(name).sort(),
    participants: incident.participants.map((participant) => ({ ...participant, entityId: name(participant.entityId) })),
    claims: incident.claims.map((claim) => ({ text: claim.text, quoteIds: claim.quoteIds.map(name) })),
  }));
  const quotes = file.quotes.map((quote) => ({ ...without(quote, stamps), sourceId: name(quote.sourceId), incidentIds: quote.incidentIds.map(name) }));
  const annotations = file.annotations.map((annotation) => ({ ...without(annotation, stamps), target: target(annotation.target.kind, annotation.target.id) }));
  const links = file.incidentLinks.map((link) => ({ kind: link.kind, from: name(link.fromIncidentId), to: name(link.toIncidentId) }));
  return {
    case: { name: file.case.name, summary: file.case.summary },
    sources: sortedBy(
      file.sources.map((source) => ({ ...without(source, stamps), snapshot: { text: source.snapshot.text, origin: source.snapshot.origin } })),
      (source) => source.title,
    ),
    entities: sortedBy(file.entities.map((entity) => without(entity, stamps)), (entity) => entity.name),
    incidents: sortedBy(incidents, (incident) => incident.title),
    quotes: sortedBy(quotes, (quote) => `${quote.sourceId} ${quote.textQuote.exact}`),
    annotations: sortedBy(annotations, (annotation) => annotation.body),
    incidentLinks: sortedBy(links, (link) => `${link.from} ${link.to}`),
    attachments: file.attachments.length,
    trash: file.trash.length,
  };
}
