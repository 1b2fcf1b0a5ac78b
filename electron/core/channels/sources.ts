import type { Environment, Handlers } from '../../../shared';
import type { sourceChannels } from '../../../shared/channels/sources';
import { createQuote, updateQuote } from '../../../shared/operations/quotes';
import { createSource, updateSource } from '../../../shared/operations/sources';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the sources channels. */
export function createSourceHandlers(repository: CaseRepository, environment: Environment): Pick<Handlers, keyof typeof sourceChannels> {
  return {
    'source.create': ({ caseId, source }, { author }) =>
      repository.change(caseId, (file) => createSource(file, source, environment), author),
    'source.update': ({ caseId, sourceId, source }, { author }) =>
      repository.change(caseId, (file) => updateSource(file, sourceId, source, environment), author),
    'quote.create': ({ caseId, quote }, { author }) =>
      repository.change(caseId, (file) => createQuote(file, quote, environment), author),
    'quote.update': ({ caseId, quoteId, quote }, { author }) =>
      repository.change(caseId, (file) => updateQuote(file, quoteId, quote, environment), author),
  };
}
