import { success, type Handler } from '../../../../shared';
import type { redactionChannels } from '../../../../shared/channels/redaction';
import {
  createRedactionProfile,
  deleteRedactionProfile,
  setSensitivity,
  updateRedactionProfile,
} from '../../../../shared/operations/redaction';
import type { FakeCases } from './fake-trash';

type RedactionChannel = keyof typeof redactionChannels;

/** The redaction channels carried out by the shared operations. */
export function fakeRedactionHandlers({ reading, withCase, environment }: FakeCases): { readonly [C in RedactionChannel]: Handler<C> } {
  return {
    'redaction.profiles': async ({ caseId }) => reading(caseId, (file) => success([...file.redactionProfiles])),
    'redaction.createProfile': async ({ caseId, profile }) => withCase(caseId, (file) => createRedactionProfile(file, profile, environment)),
    'redaction.updateProfile': async ({ caseId, profileId, profile }) =>
      withCase(caseId, (file) => updateRedactionProfile(file, profileId, profile, environment)),
    'redaction.deleteProfile': async ({ caseId, profileId }) => withCase(caseId, (file) => deleteRedactionProfile(file, profileId, environment)),
    'redaction.mark': async ({ caseId, target, sensitive, releasedTo }) =>
      withCase(caseId, (file) => setSensitivity(file, target, sensitive, releasedTo, environment)),
  };
}
