import { edtfSortKey, type AnnotationTarget, type CaseFile, type Incident, type Quote } from '../../shared';

/** Incidents in chronological order; undated ones last, ties by title. Each date is parsed once, not per comparison. */
export function incidentsByDate(file: CaseFile): Incident[] {
  return file.incidents
    .map((incident) => ({ incident, key: edtfSortKey(incident.date) }))
    .sort((first, second) => first.key - second.key || first.incident.title.localeCompare(second.incident.title))
    .map(({ incident }) => incident);
}

export function quotesOfIncident(file: CaseFile, incidentId: string): Quote[] {
  return file.quotes.filter((quote) => quote.incidentIds.includes(incidentId));
}

/** A source's quotes in the order they appear in its text. */
export function quotesOfSource(file: CaseFile, sourceId: string): Quote[] {
  return file.quotes
    .filter((quote) => quote.sourceId === sourceId)
    .sort((first, second) => first.textPosition.start - second.textPosition.start);
}

export function annotationsOf(file: CaseFile, target: AnnotationTarget) {
  return file.annotations
    .filter((annotation) => annotation.target.kind === target.kind && annotation.target.id === target.id)
    .sort((first, second) => first.createdAt.localeCompare(second.createdAt));
}

export function findById<T extends { readonly id: string }>(items: readonly T[], id: string | undefined): T | undefined {
  return id === undefined ? undefined : items.find((item) => item.id === id);
}
