import type { CaseFile } from '../domain/case-file';
import type { AnnotationTarget } from '../domain/annotation';
import type { IncidentFields } from '../domain/incident';
import { failure, success, type Result } from '../result';

type Collection = 'incidents' | 'sources' | 'quotes' | 'entities' | 'annotations';

const singular: Record<Collection, string> = {
  incidents: 'incident',
  sources: 'source',
  quotes: 'quote',
  entities: 'entity',
  annotations: 'annotation',
};

export function findIndex(file: CaseFile, collection: Collection, id: string): Result<number> {
  const index = file[collection].findIndex((item) => item.id === id);
  return index >= 0
    ? success(index)
    : failure('not-found', `This case has no ${singular[collection]} with the id "${id}"; it may have been deleted.`);
}

function holds(list: readonly { id: string }[], id: string): boolean {
  return list.some((item) => item.id === id);
}

/**
 * An incident may only link to sources and entities the case holds. It looks up only the ids the incident names:
 * building a set of every id in a large case would cost more than the edit itself.
 */
export function checkIncidentReferences(file: CaseFile, draft: Pick<IncidentFields, 'sourceIds' | 'participants'>): Result<true> {
  const missingSource = draft.sourceIds.findIndex((id) => !holds(file.sources, id));
  if (missingSource >= 0) {
    return failure('invalid-input', `incident.sourceIds.${missingSource} names a source this case does not hold.`);
  }
  const missingEntity = draft.participants.findIndex((participant) => !holds(file.entities, participant.entityId));
  if (missingEntity >= 0) {
    return failure('invalid-input', `incident.participants.${missingEntity}.entityId names an entity this case does not hold.`);
  }
  return success(true);
}

export function checkAnnotationTarget(file: CaseFile, target: AnnotationTarget): Result<true> {
  if (target.kind === 'case') {
    return target.id === file.case.id
      ? success(true)
      : failure('invalid-input', `target.id "${target.id}" is not this case.`);
  }
  const collection: Record<Exclude<AnnotationTarget['kind'], 'case'>, Collection> = {
    incident: 'incidents',
    source: 'sources',
    quote: 'quotes',
    entity: 'entities',
  };
  const found = findIndex(file, collection[target.kind], target.id);
  return found.ok ? success(true) : failure('invalid-input', `target.id: ${found.error.message}`);
}
