import {
  type Annotation,
  type CaseFile,
  type Entity,
  type EntityRole,
  type Incident,
  type Quote,
  type Source,
} from '../../../shared';
import { annotationsOf, incidentsByDate, quotesOfIncident } from '../../lib/case-queries';

/** One cited quote, numbered through the whole document. */
export interface Footnote {
  readonly number: number;
  readonly quote: Quote;
  readonly source: Source;
  /** Annotations made on the quote itself, printed with its note. */
  readonly annotations: readonly Annotation[];
}

export interface Involvement {
  readonly entity: Entity;
  readonly role: EntityRole;
}

export interface IncidentSection {
  readonly incident: Incident;
  readonly involved: readonly Involvement[];
  readonly annotations: readonly Annotation[];
  readonly footnotes: readonly Footnote[];
}

export interface CastMember {
  readonly entity: Entity;
  readonly appearances: readonly { readonly incident: Incident; readonly role: EntityRole }[];
  readonly annotations: readonly Annotation[];
}

export interface RegisterEntry {
  readonly source: Source;
  /** How many distinct quotes from this source the summary cites. */
  readonly quotesCited: number;
  readonly annotations: readonly Annotation[];
}

export interface SummaryModel {
  readonly caseAnnotations: readonly Annotation[];
  readonly sections: readonly IncidentSection[];
  readonly cast: readonly CastMember[];
  readonly register: readonly RegisterEntry[];
}

function involvedIn(incident: Incident, entities: ReadonlyMap<string, Entity>): Involvement[] {
  return incident.participants.flatMap((participant) => {
    const entity = entities.get(participant.entityId);
    return entity ? [{ entity, role: participant.role }] : [];
  });
}

/** Quotes become footnotes numbered through the whole document, in the order the incidents are printed. */
function sectionsOf(file: CaseFile, incidents: readonly Incident[]): IncidentSection[] {
  const sources = new Map(file.sources.map((source) => [source.id, source]));
  const entities = new Map(file.entities.map((entity) => [entity.id, entity]));
  let numbered = 0;
  return incidents.map((incident) => ({
    incident,
    involved: involvedIn(incident, entities),
    annotations: annotationsOf(file, { kind: 'incident', id: incident.id }),
    footnotes: quotesOfIncident(file, incident.id).flatMap((quote) => {
      const source = sources.get(quote.sourceId);
      if (!source) return [];
      numbered += 1;
      return [{ number: numbered, quote, source, annotations: annotationsOf(file, { kind: 'quote', id: quote.id }) }];
    }),
  }));
}

function castOf(file: CaseFile, incidents: readonly Incident[]): CastMember[] {
  return [...file.entities]
    .sort((first, second) => first.name.localeCompare(second.name))
    .map((entity) => ({
      entity,
      appearances: incidents.flatMap((incident) =>
        incident.participants
          .filter((participant) => participant.entityId === entity.id)
          .map((participant) => ({ incident, role: participant.role })),
      ),
      annotations: annotationsOf(file, { kind: 'entity', id: entity.id }),
    }));
}

function registerOf(file: CaseFile, sections: readonly IncidentSection[]): RegisterEntry[] {
  const citedQuotes = new Set(sections.flatMap((section) => section.footnotes.map((footnote) => footnote.quote.id)));
  return [...file.sources]
    .sort((first, second) => first.title.localeCompare(second.title))
    .map((source) => ({
      source,
      quotesCited: file.quotes.filter((quote) => quote.sourceId === source.id && citedQuotes.has(quote.id)).length,
      annotations: annotationsOf(file, { kind: 'source', id: source.id }),
    }));
}

/** Arranges a case for printing: incidents in date order with their footnotes, the cast, the source register. */
export function summaryModel(file: CaseFile): SummaryModel {
  const incidents = incidentsByDate(file);
  const sections = sectionsOf(file, incidents);
  return {
    caseAnnotations: annotationsOf(file, { kind: 'case', id: file.case.id }),
    sections,
    cast: castOf(file, incidents),
    register: registerOf(file, sections),
  };
}
