import type { Environment, Handlers } from '../../../shared';
import type { trashChannels } from '../../../shared/channels/trash';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the trash channels. */
export function createTrashHandlers(
  _repository: CaseRepository,
  _environment: Environment,
): Pick<Handlers, keyof typeof trashChannels> {
  return {};
}
