import { annotationsOn, inChronologicalOrder, type AnnotationTarget, type CaseFile, type Incident, type Quote } from '../../shared';

// Queries over the whole case document, which only the print view reads; every other screen reads the core's pages.

/** Incidents in chronological order; undated ones last, ties by title. */
export function incidentsByDate(file: CaseFile): Incident[] {
  return inChronologicalOrder(file.incidents);
}

export function quotesOfIncident(file: CaseFile, incidentId: string): Quote[] {
  return file.quotes.filter((quote) => quote.incidentIds.includes(incidentId));
}

export function annotationsOf(file: CaseFile, target: AnnotationTarget) {
  return annotationsOn(file.annotations, target);
}
