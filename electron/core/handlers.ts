import {
  createAnnotation,
  createIncident,
  deleteAnnotation,
  newCaseFile,
  success,
  updateAnnotation,
  updateCaseDetails,
  updateIncident,
  type Environment,
  type Handlers,
} from '../../shared';
import { createHistoryHandlers } from './case-history-handlers';
import { createReadHandlers } from './read-handlers';
import { createAttachmentHandlers } from './channels/attachments';
import { createEntityHandlers } from './channels/entities';
import { createIncidentHandlers } from './channels/incidents';
import { createRedactionHandlers } from './channels/redaction';
import { createSearchHandlers } from './channels/search';
import { createSourceHandlers } from './channels/sources';
import { createTrashHandlers } from './channels/trash';
import type { CaseRepository } from './storage/case-repository';

type PreferenceChannels = 'preferences.get' | 'preferences.update';
export type CaseHandlers = Omit<Handlers, PreferenceChannels>;

/** The case core's side of the contract, given input the dispatcher has already validated. */
export function createHandlers(repository: CaseRepository, environment: Environment): CaseHandlers {
  return {
    ...createHistoryHandlers(repository, environment),
    ...createReadHandlers(repository),
    ...createSourceHandlers(repository, environment),
    ...createEntityHandlers(repository, environment),
    ...createTrashHandlers(repository, environment),
    ...createAttachmentHandlers(repository, environment),
    ...createSearchHandlers(repository, environment),
    ...createIncidentHandlers(repository, environment),
    ...createRedactionHandlers(repository, environment),
    'library.list': async () => {
      const { cases, problems } = await repository.scan();
      const listings = [...cases].sort((left, right) => right.updatedAt.localeCompare(left.updatedAt));
      return success({ cases: listings, problems });
    },
    'case.create': async (input) => {
      const created = await repository.create(newCaseFile(input, environment));
      return created.ok ? success(created.value.case) : created;
    },
    'case.get': ({ caseId }) => repository.get(caseId),
    'case.update': ({ caseId, details }, { author }) =>
      repository.change(caseId, (file) => updateCaseDetails(file, details, environment), author),
    'incident.create': ({ caseId, incident }, { author }) =>
      repository.change(caseId, (file) => createIncident(file, incident, environment), author),
    'incident.update': ({ caseId, incidentId, incident }, { author }) =>
      repository.change(caseId, (file) => updateIncident(file, incidentId, incident, environment), author),
    'annotation.create': ({ caseId, target, annotation }, { author }) =>
      repository.change(caseId, (file) => createAnnotation(file, target, annotation, author, environment), author),
    'annotation.update': ({ caseId, annotationId, annotation }, { author }) =>
      repository.change(caseId, (file) => updateAnnotation(file, annotationId, annotation, environment), author),
    'annotation.delete': ({ caseId, annotationId }, { author }) =>
      repository.change(caseId, (file) => deleteAnnotation(file, annotationId, environment), author),
  };
}
