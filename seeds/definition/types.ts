import type {
  AnnotationDraft,
  AnnotationTarget,
  CaseDetails,
  Credibility,
  EntityKind,
  IncidentDraft,
  IncidentLink,
  SourceDraft,
} from '../../shared';

/** The sample case as a person writes it: no timestamps, and quotes given by their text instead of offsets. */
export interface SampleCaseDefinition {
  readonly case: Pick<CaseDetails, 'id' | 'name' | 'summary'>;
  /** When every object was created and last changed. */
  readonly timestamp: string;
  /** Who the annotations are signed by. */
  readonly annotationAuthor: string;
  readonly sources: readonly SourceDefinition[];
  readonly entities: readonly EntityDefinition[];
  readonly incidents: readonly IncidentDefinition[];
  readonly quotes: readonly QuoteDefinition[];
  readonly annotations: readonly AnnotationDefinition[];
  readonly incidentLinks: readonly IncidentLinkDefinition[];
}

export type SourceDefinition = SourceDraft & { readonly id: string };

export interface EntityDefinition {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly description?: string;
}

export type IncidentDefinition = IncidentDraft & { readonly id: string };

export interface QuoteDefinition {
  readonly id: string;
  readonly sourceId: string;
  /** Must occur exactly once in the source's snapshot text; the builder turns it into selectors. */
  readonly exact: string;
  readonly credibility: Credibility;
  readonly incidentIds: readonly string[];
}

export type AnnotationDefinition = AnnotationDraft & {
  readonly id: string;
  readonly target: AnnotationTarget;
};

export type IncidentLinkDefinition = Pick<IncidentLink, 'id' | 'fromIncidentId' | 'toIncidentId' | 'kind'>;
