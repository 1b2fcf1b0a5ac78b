import { edtfBounds, type AnnotationTarget, type CaseFile, type DateBounds, type Entity, type Incident, type Quote, type SearchFilters, type Source } from '../../../shared';
import type { CaseRelations } from './case-relations';
import type { SearchRecord } from './search-records';

/** One filter, as a test of each kind of object; a note on the case itself passes none. */
interface Test {
  readonly incident: (incident: Incident) => boolean;
  readonly source: (source: Source) => boolean;
  readonly quote: (quote: Quote) => boolean;
  readonly entity: (entity: Entity) => boolean;
}

export type RecordFilter = (record: SearchRecord) => boolean;

/**
 * A filter on incidents, carried to what belongs to them: a source passes when an incident citing it passes, a
 * quote when an incident it supports passes, a person when an incident they take part in passes. The sets are
 * built once a query, so each record costs a lookup or two.
 */
function throughIncidents(file: CaseFile, passes: (incident: Incident) => boolean): Test {
  const incidents = new Set<string>();
  const sources = new Set<string>();
  const entities = new Set<string>();
  for (const incident of file.incidents) {
    if (!passes(incident)) continue;
    incidents.add(incident.id);
    for (const id of incident.sourceIds) sources.add(id);
    for (const participant of incident.participants) entities.add(participant.entityId);
  }
  return {
    incident: (incident) => incidents.has(incident.id),
    source: (source) => sources.has(source.id),
    quote: (quote) => quote.incidentIds.some((id) => incidents.has(id)),
    entity: (entity) => entities.has(entity.id),
  };
}

function overlaps(date: string, range: DateBounds): boolean {
  const bounds = edtfBounds(date);
  return bounds !== undefined && bounds.min <= range.max && bounds.max >= range.min;
}

function dateTest(file: CaseFile, from: string, to: string): Test {
  const range = { min: edtfBounds(from)?.min ?? Number.NEGATIVE_INFINITY, max: edtfBounds(to)?.max ?? Number.POSITIVE_INFINITY };
  const through = throughIncidents(file, (incident) => overlaps(incident.date, range));
  // A source's published date is its own; an undated one goes by the incidents citing it.
  return { ...through, source: (source) => (source.published === '' ? through.source(source) : overlaps(source.published, range)) };
}

/** Source grades: an incident passes through its sources, a quote through its source. */
function reliabilityTest(file: CaseFile, grades: ReadonlySet<string>): Test {
  const sources = new Set(file.sources.filter((source) => grades.has(source.reliability)).map((source) => source.id));
  return {
    incident: (incident) => incident.sourceIds.some((id) => sources.has(id)),
    source: (source) => sources.has(source.id),
    quote: (quote) => sources.has(quote.sourceId),
    entity: () => false,
  };
}

/** Information grades: an incident or a source passes through its quotes. */
function credibilityTest(file: CaseFile, grades: ReadonlySet<number>): Test {
  const incidents = new Set<string>();
  const sources = new Set<string>();
  for (const quote of file.quotes) {
    if (!grades.has(quote.credibility)) continue;
    sources.add(quote.sourceId);
    for (const id of quote.incidentIds) incidents.add(id);
  }
  return {
    incident: (incident) => incidents.has(incident.id),
    source: (source) => sources.has(source.id),
    quote: (quote) => grades.has(quote.credibility),
    entity: () => false,
  };
}

function tests(file: CaseFile, filters: SearchFilters, carriesTags: (tags: readonly string[]) => boolean): Test[] {
  const found: Test[] = [];
  if (filters.tags.length > 0) found.push(throughIncidents(file, (incident) => carriesTags(incident.tags)));
  if (filters.status.length > 0) {
    const statuses = new Set<string>(filters.status);
    found.push(throughIncidents(file, (incident) => statuses.has(incident.status)));
  }
  const { entityId } = filters;
  if (entityId !== undefined) {
    const through = throughIncidents(file, (incident) => incident.participants.some((participant) => participant.entityId === entityId));
    found.push({ ...through, entity: (entity) => entity.id === entityId });
  }
  if (filters.dateFrom !== '' || filters.dateTo !== '') found.push(dateTest(file, filters.dateFrom, filters.dateTo));
  if (filters.reliability.length > 0) found.push(reliabilityTest(file, new Set(filters.reliability)));
  if (filters.credibility.length > 0) found.push(credibilityTest(file, new Set<number>(filters.credibility)));
  return found;
}

/** Whether the object a note is written on passes a test; a note on the case (or on something gone) does not. */
function targetPasses(relations: CaseRelations, target: AnnotationTarget, test: Test): boolean {
  switch (target.kind) {
    case 'incident': {
      const incident = relations.incident(target.id);
      return incident !== undefined && test.incident(incident);
    }
    case 'source': {
      const source = relations.source(target.id);
      return source !== undefined && test.source(source);
    }
    case 'quote': {
      const quote = relations.quote(target.id);
      return quote !== undefined && test.quote(quote);
    }
    case 'entity': {
      const entity = relations.entity(target.id);
      return entity !== undefined && test.entity(entity);
    }
    case 'case':
      return false;
  }
}

/**
 * The filters, each checked on what a kind has itself and otherwise on what it belongs to:
 * - tags, status, entity and date on incidents, carried to their sources, quotes and people (a source's published
 *   date is its own, a person passes an entity filter by being that person);
 * - reliability on sources (an incident through its sources, a quote through its source);
 * - credibility on quotes (an incident or a source through its quotes);
 * - a note as the object it is written on, and with its own tags for the tag filter.
 * Undefined when no filter is set.
 */
export function recordFilter(relations: CaseRelations, filters: SearchFilters): RecordFilter | undefined {
  const wanted = filters.tags.map((tag) => tag.toLocaleLowerCase());
  const carriesTags = (tags: readonly string[]) => {
    const lower = tags.map((tag) => tag.toLocaleLowerCase());
    return wanted.every((tag) => lower.includes(tag));
  };
  const found = tests(relations.file, filters, carriesTags);
  if (found.length === 0) return undefined;
  // The tag test comes first when there is one: a note passes it by its own tags as well.
  const tagTest = wanted.length > 0 ? found[0] : undefined;
  const others = tagTest ? found.slice(1) : found;
  // A long text is many passages of one source: the source is checked once.
  const sources = new Map<Source, boolean>();
  const sourcePasses = (source: Source) => {
    let passes = sources.get(source);
    if (passes === undefined) {
      passes = found.every((test) => test.source(source));
      sources.set(source, passes);
    }
    return passes;
  };
  return (record) => {
    switch (record.kind) {
      case 'incident':
        return found.every((test) => test.incident(record.object));
      case 'source':
      case 'passage':
        return sourcePasses(record.object);
      case 'quote':
        return found.every((test) => test.quote(record.object));
      case 'entity':
        return found.every((test) => test.entity(record.object));
      case 'annotation': {
        const { target, tags } = record.object;
        const tagged = !tagTest || (tags.length > 0 && carriesTags(tags)) || targetPasses(relations, target, tagTest);
        return tagged && others.every((test) => targetPasses(relations, target, test));
      }
    }
  };
}
