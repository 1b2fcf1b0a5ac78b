import type { Annotation } from '../domain/annotation';
import type { CaseFile } from '../domain/case-file';
import type { Quote } from '../domain/quote';
import type { Source } from '../domain/source';
import { failure, success, type Result } from '../result';
import { annotationsOnAny } from './annotations';
import { countQuotes, incidentRow, type IncidentRow } from './rows';

/** Everything the source screen shows of one source, its snapshot text included. */
export interface SourceDetail {
  readonly source: Source;
  /** Its quotes in the order they appear in its text. */
  readonly quotes: readonly Quote[];
  /** Annotations on the source and on its quotes, oldest first. */
  readonly annotations: readonly Annotation[];
  /** The incidents its quotes support, in the order the case holds them. */
  readonly incidents: readonly IncidentRow[];
}

export function sourceDetail(file: CaseFile, sourceId: string): Result<SourceDetail> {
  const source = file.sources.find((candidate) => candidate.id === sourceId);
  if (!source) return failure('not-found', `This case has no source with the id "${sourceId}".`);
  const quotes = file.quotes
    .filter((quote) => quote.sourceId === sourceId)
    .sort((first, second) => first.textPosition.start - second.textPosition.start);
  const supported = new Set(quotes.flatMap((quote) => quote.incidentIds));
  const counts = countQuotes(file.quotes);
  const targets = [{ kind: 'source', id: sourceId } as const, ...quotes.map((quote) => ({ kind: 'quote', id: quote.id }) as const)];
  return success({
    source,
    quotes,
    annotations: annotationsOnAny(file.annotations, targets),
    incidents: file.incidents.filter((incident) => supported.has(incident.id)).map((incident) => incidentRow(incident, counts)),
  });
}
