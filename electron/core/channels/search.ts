import type { Environment, Handlers } from '../../../shared';
import type { searchChannels } from '../../../shared/channels/search';
import { SearchService } from '../search/search-service';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the search channels: one index per open case, in the core's worker thread. */
export function createSearchHandlers(repository: CaseRepository, _environment: Environment): Pick<Handlers, keyof typeof searchChannels> {
  const service = new SearchService(repository);
  return {
    'case.search': (query) => service.search(query),
  };
}
