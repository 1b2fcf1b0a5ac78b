import {
  createAnnotation,
  createIncident,
  deleteAnnotation,
  newCaseFile,
  success,
  updateAnnotation,
  updateCaseDetails,
  updateIncident,
  type CaseFile,
  type CaseListing,
  type Environment,
  type Handlers,
} from '../../shared';
import { createHistoryHandlers } from './case-history-handlers';
import type { CaseRepository } from './storage/case-repository';
import type { PreferencesStore } from './types';

const recentCaseLimit = 10;

function listingOf(file: CaseFile): CaseListing {
  const { id, name, summary, updatedAt } = file.case;
  return { id, name, summary, updatedAt, incidentCount: file.incidents.length };
}

/** The core's side of the contract: each channel's work, given input the dispatcher has already validated. */
export function createHandlers(repository: CaseRepository, preferences: PreferencesStore, environment: Environment): Handlers {
  return {
    ...createHistoryHandlers(repository, environment),
    'library.list': async () => {
      const { cases, problems } = await repository.scan();
      const listings = cases.map(listingOf).sort((left, right) => right.updatedAt.localeCompare(left.updatedAt));
      return success({ cases: listings, problems });
    },
    'case.create': async (input) => {
      const created = await repository.create(newCaseFile(input, environment));
      return created.ok ? success(created.value.case) : created;
    },
    'case.get': async ({ caseId }) => {
      const found = await repository.get(caseId);
      if (found.ok) {
        const recent = preferences.read().recentCaseIds.filter((id) => id !== caseId);
        preferences.write({ recentCaseIds: [caseId, ...recent].slice(0, recentCaseLimit) });
      }
      return found;
    },
    'case.update': ({ caseId, details }) => repository.change(caseId, (file) => updateCaseDetails(file, details, environment)),
    'incident.create': ({ caseId, incident }) =>
      repository.change(caseId, (file) => createIncident(file, incident, environment)),
    'incident.update': ({ caseId, incidentId, incident }) =>
      repository.change(caseId, (file) => updateIncident(file, incidentId, incident, environment)),
    'annotation.create': ({ caseId, target, annotation }) => {
      const author = preferences.read().authorName;
      return repository.change(caseId, (file) => createAnnotation(file, target, annotation, author, environment));
    },
    'annotation.update': ({ caseId, annotationId, annotation }) =>
      repository.change(caseId, (file) => updateAnnotation(file, annotationId, annotation, environment)),
    'annotation.delete': ({ caseId, annotationId }) => repository.change(caseId, (file) => deleteAnnotation(file, annotationId)),
    'preferences.get': async () => success(preferences.read()),
    'preferences.update': async (update) => success(preferences.write(update)),
  };
}
