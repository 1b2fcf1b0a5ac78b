import type { Annotation } from '../domain/annotation';
import type { CaseFile } from '../domain/case-file';
import type { Entity } from '../domain/entity';
import { annotationsOn } from './annotations';

/** What the case overview shows beyond the outline: the people and organisations described, and notes on the case. */
export interface CaseOverviewDetail {
  readonly entities: readonly Entity[];
  /** Annotations on the case itself, oldest first. */
  readonly annotations: readonly Annotation[];
}

export function caseOverviewDetail(file: CaseFile): CaseOverviewDetail {
  return { entities: file.entities, annotations: annotationsOn(file.annotations, { kind: 'case', id: file.case.id }) };
}
