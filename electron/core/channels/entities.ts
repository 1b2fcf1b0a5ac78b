import type { Environment, Handlers } from '../../../shared';
import type { entityChannels } from '../../../shared/channels/entities';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the entities channels. */
export function createEntityHandlers(
  _repository: CaseRepository,
  _environment: Environment,
): Pick<Handlers, keyof typeof entityChannels> {
  return {};
}
