import type { CaseFile, Entity, Incident, Quote, Source } from '../../../shared';

/** Lookups built from a collection once and kept while the collection stays the same array (edits replace it). */
const byIdCache = new WeakMap<readonly { id: string }[], Map<string, unknown>>();

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  let found = byIdCache.get(list) as Map<string, T> | undefined;
  if (!found) {
    found = new Map(list.map((item) => [item.id, item]));
    byIdCache.set(list, found);
  }
  return found;
}

/** The objects of one case by id, as filters and hits look up what an object refers to. */
export class CaseRelations {
  constructor(readonly file: CaseFile) {}

  incident(id: string): Incident | undefined {
    return byId(this.file.incidents).get(id);
  }

  source(id: string): Source | undefined {
    return byId(this.file.sources).get(id);
  }

  quote(id: string): Quote | undefined {
    return byId(this.file.quotes).get(id);
  }

  entity(id: string): Entity | undefined {
    return byId(this.file.entities).get(id);
  }
}
