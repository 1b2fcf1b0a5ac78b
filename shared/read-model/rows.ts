import type { Entity, EntityKind } from '../domain/entity';
import type { Incident, IncidentStatus } from '../domain/incident';
import type { Quote } from '../domain/quote';
import type { Reliability, Source, SourceKind } from '../domain/source';

/** An incident as a list shows it: no summary. */
export interface IncidentRow {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly status: IncidentStatus;
  readonly tags: readonly string[];
  readonly place: string;
  readonly sourceCount: number;
  readonly quoteCount: number;
  readonly updatedAt: string;
  /** Marked sensitive: a list shows it with a badge; which profiles it is released to is in the detail. */
  readonly sensitive: boolean;
}

/** A source as a list shows it: its facts and how long its text is, never the text itself. */
export interface SourceRow {
  readonly id: string;
  readonly title: string;
  readonly kind: SourceKind;
  readonly reliability: Reliability;
  readonly author: string;
  readonly publisher: string;
  readonly published: string;
  readonly quoteCount: number;
  readonly snapshotLength: number;
}

/** A person, organisation or place as a picker shows it: no description. */
export interface EntityRow {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Marked sensitive: a list shows it with a badge; which profiles it is released to is in the detail. */
  readonly sensitive: boolean;
}

export interface QuoteCounts {
  readonly byIncident: ReadonlyMap<string, number>;
  readonly bySource: ReadonlyMap<string, number>;
}

/** How many quotes support each incident and come from each source, in one pass over the quotes. */
export function countQuotes(quotes: readonly Quote[]): QuoteCounts {
  const byIncident = new Map<string, number>();
  const bySource = new Map<string, number>();
  for (const quote of quotes) {
    bySource.set(quote.sourceId, (bySource.get(quote.sourceId) ?? 0) + 1);
    for (const incidentId of quote.incidentIds) byIncident.set(incidentId, (byIncident.get(incidentId) ?? 0) + 1);
  }
  return { byIncident, bySource };
}

export function incidentRow(incident: Incident, counts: QuoteCounts): IncidentRow {
  const { id, title, date, status, tags, place, sourceIds, updatedAt, sensitivity } = incident;
  const quoteCount = counts.byIncident.get(id) ?? 0;
  return { id, title, date, status, tags, place, sourceCount: sourceIds.length, quoteCount, updatedAt, sensitive: sensitivity !== undefined };
}

export function sourceRow(source: Source, counts: QuoteCounts): SourceRow {
  const { id, title, kind, reliability, author, publisher, published, snapshot } = source;
  return { id, title, kind, reliability, author, publisher, published, quoteCount: counts.bySource.get(id) ?? 0, snapshotLength: snapshot.text.length };
}

export function entityRow(entity: Entity): EntityRow {
  const { id, kind, name, aliases, sensitivity } = entity;
  return { id, kind, name, aliases, sensitive: sensitivity !== undefined };
}
