import { success, type Environment, type Handlers } from '../../../shared';
import type { redactionChannels } from '../../../shared/channels/redaction';
import {
  createRedactionProfile,
  deleteRedactionProfile,
  setSensitivity,
  updateRedactionProfile,
} from '../../../shared/operations/redaction';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the redaction channels. */
export function createRedactionHandlers(repository: CaseRepository, environment: Environment): Pick<Handlers, keyof typeof redactionChannels> {
  return {
    'redaction.profiles': async ({ caseId }) => {
      const file = await repository.get(caseId);
      return file.ok ? success([...file.value.redactionProfiles]) : file;
    },
    'redaction.createProfile': ({ caseId, profile }, { author }) =>
      repository.change(caseId, (file) => createRedactionProfile(file, profile, environment), author),
    'redaction.updateProfile': ({ caseId, profileId, profile }, { author }) =>
      repository.change(caseId, (file) => updateRedactionProfile(file, profileId, profile, environment), author),
    'redaction.deleteProfile': ({ caseId, profileId }, { author }) =>
      repository.change(caseId, (file) => deleteRedactionProfile(file, profileId, environment), author),
    'redaction.mark': ({ caseId, target, sensitive, releasedTo }, { author }) =>
      repository.change(caseId, (file) => setSensitivity(file, target, sensitive, releasedTo, environment), author),
  };
}
