import type { Environment, Handlers } from '../../../shared';
import type { incidentChannels } from '../../../shared/channels/incidents';
import { linkIncidents, unlinkIncidents } from '../../../shared/operations/incident-links';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the incident links channels. */
export function createIncidentHandlers(repository: CaseRepository, environment: Environment): Pick<Handlers, keyof typeof incidentChannels> {
  return {
    'incident.link': ({ caseId, link }, { author }) =>
      repository.change(caseId, (file) => linkIncidents(file, link, environment), author),
    'incident.unlink': ({ caseId, linkId }, { author }) => repository.change(caseId, (file) => unlinkIncidents(file, linkId), author),
  };
}
