import { sourceDetail, success, type Handler } from '../../../../shared';
import { createEntity, mergeEntities, updateEntity } from '../../../../shared/operations/entities';
import { createQuote, updateQuote } from '../../../../shared/operations/quotes';
import { createSource, updateSource } from '../../../../shared/operations/sources';
import { castOfCharacters, entityDetail } from '../../../../shared/read-model/cast';
import type { FakeCases } from './fake-trash';

type SourceChannel = 'source.get' | 'source.create' | 'source.update' | 'quote.create' | 'quote.update';
type EntityChannel = 'entity.cast' | 'entity.get' | 'entity.create' | 'entity.update' | 'entity.merge';

/** The sources, quotes and entities channels carried out by the shared operations. */
export function fakeSourceHandlers({ reading, withCase, environment }: FakeCases): { readonly [C in SourceChannel | EntityChannel]: Handler<C> } {
  return {
    'source.get': async ({ caseId, sourceId }) => reading(caseId, (file) => sourceDetail(file, sourceId)),
    'source.create': async ({ caseId, source }) => withCase(caseId, (file) => createSource(file, source, environment)),
    'source.update': async ({ caseId, sourceId, source }) => withCase(caseId, (file) => updateSource(file, sourceId, source, environment)),
    'quote.create': async ({ caseId, quote }) => withCase(caseId, (file) => createQuote(file, quote, environment)),
    'quote.update': async ({ caseId, quoteId, quote }) => withCase(caseId, (file) => updateQuote(file, quoteId, quote, environment)),
    'entity.cast': async ({ caseId }) => reading(caseId, (file) => success(castOfCharacters(file))),
    'entity.get': async ({ caseId, entityId }) => reading(caseId, (file) => entityDetail(file, entityId)),
    'entity.create': async ({ caseId, entity }) => withCase(caseId, (file) => createEntity(file, entity, environment)),
    'entity.update': async ({ caseId, entityId, entity }) => withCase(caseId, (file) => updateEntity(file, entityId, entity, environment)),
    'entity.merge': async ({ caseId, keepId, mergeId }) => withCase(caseId, (file) => mergeEntities(file, keepId, mergeId, environment)),
  };
}
