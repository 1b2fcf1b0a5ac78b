import type { Annotation } from '../domain/annotation';
import type { CaseFile } from '../domain/case-file';
import type { Incident, IncidentLink } from '../domain/incident';
import type { Quote } from '../domain/quote';
import { failure, success, type Result } from '../result';
import { annotationsOnAny } from './annotations';
import { countQuotes, entityRow, incidentRow, sourceRow, type EntityRow, type IncidentRow, type SourceRow } from './rows';

/** A quote with the row of the source it comes from, enough to show its grade ("B2") and the source's title. */
export interface CitedQuote {
  readonly quote: Quote;
  /** Undefined only if the source is missing from the case, which a valid case file never allows. */
  readonly source: SourceRow | undefined;
}

/** A link between two incidents, with the row of the incident at its other end. */
export interface LinkedIncident {
  readonly link: IncidentLink;
  readonly other: IncidentRow;
}

/** Everything the incident screen shows of one incident. */
export interface IncidentDetail {
  readonly incident: Incident;
  /** The quotes supporting it, in the order the case holds them. */
  readonly quotes: readonly CitedQuote[];
  /** The sources it cites, in the order it lists them. */
  readonly sources: readonly SourceRow[];
  /** The people and organisations its participants name. */
  readonly entities: readonly EntityRow[];
  /** Annotations on the incident and on its quotes, oldest first. */
  readonly annotations: readonly Annotation[];
  readonly links: readonly LinkedIncident[];
}

function byId<T extends { readonly id: string }>(items: readonly T[], wanted: ReadonlySet<string>): Map<string, T> {
  return new Map(items.filter((item) => wanted.has(item.id)).map((item) => [item.id, item]));
}

function linksOf(file: CaseFile, incidentId: string, toRow: (incident: Incident) => IncidentRow): LinkedIncident[] {
  const links = file.incidentLinks.filter((link) => link.fromIncidentId === incidentId || link.toIncidentId === incidentId);
  const otherId = (link: IncidentLink) => (link.fromIncidentId === incidentId ? link.toIncidentId : link.fromIncidentId);
  const others = byId(file.incidents, new Set(links.map(otherId)));
  return links.flatMap((link) => {
    const other = others.get(otherId(link));
    return other ? [{ link, other: toRow(other) }] : [];
  });
}

export function incidentDetail(file: CaseFile, incidentId: string): Result<IncidentDetail> {
  const incident = file.incidents.find((candidate) => candidate.id === incidentId);
  if (!incident) return failure('not-found', `This case has no incident with the id "${incidentId}".`);
  const counts = countQuotes(file.quotes);
  const quotes = file.quotes.filter((quote) => quote.incidentIds.includes(incidentId));
  const sources = byId(file.sources, new Set([...incident.sourceIds, ...quotes.map((quote) => quote.sourceId)]));
  const rowOf = (sourceId: string) => {
    const source = sources.get(sourceId);
    return source && sourceRow(source, counts);
  };
  const entities = byId(file.entities, new Set(incident.participants.map((participant) => participant.entityId)));
  const targets = [{ kind: 'incident', id: incidentId } as const, ...quotes.map((quote) => ({ kind: 'quote', id: quote.id }) as const)];
  return success({
    incident,
    quotes: quotes.map((quote) => ({ quote, source: rowOf(quote.sourceId) })),
    sources: incident.sourceIds.flatMap((sourceId) => rowOf(sourceId) ?? []),
    entities: [...entities.values()].map(entityRow),
    annotations: annotationsOnAny(file.annotations, targets),
    links: linksOf(file, incidentId, (other) => incidentRow(other, counts)),
  });
}
