import { edtfSortKey, type AnnotationTarget, type CaseFile, type Incident, type Quote } from '../../shared';

/** Incidents in chronological order; undated ones last, ties by title. */
export function incidentsByDate(file: CaseFile): Incident[] {
  return [...file.incidents].sort(
    (first, second) => edtfSortKey(first.date) - edtfSortKey(second.date) || first.title.localeCompare(second.title),
  );
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
