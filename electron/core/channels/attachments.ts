import type { Environment, Handlers } from '../../../shared';
import type { attachmentChannels } from '../../../shared/channels/attachments';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the attachments channels. */
export function createAttachmentHandlers(
  _repository: CaseRepository,
  _environment: Environment,
): Pick<Handlers, keyof typeof attachmentChannels> {
  return {};
}
