import type { Environment, Handlers } from '../../../shared';
import type { sourceChannels } from '../../../shared/channels/sources';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the sources channels. */
export function createSourceHandlers(
  _repository: CaseRepository,
  _environment: Environment,
): Pick<Handlers, keyof typeof sourceChannels> {
  return {};
}
