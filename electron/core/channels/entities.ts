import { success, type Environment, type Handlers } from '../../../shared';
import type { entityChannels } from '../../../shared/channels/entities';
import { createEntity, mergeEntities, updateEntity } from '../../../shared/operations/entities';
import { castOfCharacters, entityDetail } from '../../../shared/read-model/cast';
import type { CaseRepository } from '../storage/case-repository';

/** The core's side of the entities channels. */
export function createEntityHandlers(repository: CaseRepository, environment: Environment): Pick<Handlers, keyof typeof entityChannels> {
  return {
    'entity.create': ({ caseId, entity }, { author }) =>
      repository.change(caseId, (file) => createEntity(file, entity, environment), author),
    'entity.update': ({ caseId, entityId, entity }, { author }) =>
      repository.change(caseId, (file) => updateEntity(file, entityId, entity, environment), author),
    'entity.merge': ({ caseId, keepId, mergeId }, { author }) =>
      repository.change(caseId, (file) => mergeEntities(file, keepId, mergeId, environment), author),
    'entity.cast': async ({ caseId }) => {
      const file = await repository.get(caseId);
      return file.ok ? success(castOfCharacters(file.value)) : file;
    },
    'entity.get': async ({ caseId, entityId }) => {
      const file = await repository.get(caseId);
      return file.ok ? entityDetail(file.value, entityId) : file;
    },
  };
}
