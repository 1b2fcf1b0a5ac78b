import type { CaseFile } from '../domain/case-file';
import type { CaseDetails } from '../domain/case-summary';
import type { RedactionProfile } from '../domain/redaction';
import { inChronologicalOrder } from './chronology';
import { countQuotes, entityRow, incidentRow, sourceRow, type EntityRow, type IncidentRow, type SourceRow } from './rows';

export interface CaseCounts {
  readonly incidents: number;
  readonly sources: number;
  readonly quotes: number;
  readonly entities: number;
  readonly annotations: number;
  readonly incidentLinks: number;
}

/**
 * What every screen of an open case needs at once: the case's details, how much it holds, its redaction profiles (a
 * handful, which every sensitive mark offers), and one light row per incident (in chronological order), source and
 * entity. Snapshot texts, summaries, quotes and notes stay behind: a screen asks for those of the one object it shows.
 */
export interface CaseOutline {
  readonly case: CaseDetails;
  readonly counts: CaseCounts;
  readonly redactionProfiles: readonly RedactionProfile[];
  readonly incidents: readonly IncidentRow[];
  readonly sources: readonly SourceRow[];
  readonly entities: readonly EntityRow[];
}

export function caseOutline(file: CaseFile): CaseOutline {
  const counts = countQuotes(file.quotes);
  return {
    case: file.case,
    counts: {
      incidents: file.incidents.length,
      sources: file.sources.length,
      quotes: file.quotes.length,
      entities: file.entities.length,
      annotations: file.annotations.length,
      incidentLinks: file.incidentLinks.length,
    },
    redactionProfiles: file.redactionProfiles,
    incidents: inChronologicalOrder(file.incidents.map((incident) => incidentRow(incident, counts))),
    sources: file.sources.map((source) => sourceRow(source, counts)),
    entities: file.entities.map(entityRow),
  };
}
