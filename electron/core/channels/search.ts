import type { Environment, Handlers } from '../../../shared';
import type { searchChannels } from '../../../shared/channels/search';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the search channels. */
export function createSearchHandlers(
  _repository: CaseRepository,
  _environment: Environment,
): Pick<Handlers, keyof typeof searchChannels> {
  return {};
}
