import type { CastGroup, CastIncident, CastMember, EntityKind } from '../../../shared';
import { cleanAliases, nameKey } from '../../../shared/operations/entities';

export const kindHeadings: Readonly<Record<EntityKind, string>> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
};

/** Members whose name, an alias or the description holds the filter text, whatever its letter case. */
export function filteredGroups(groups: readonly CastGroup[], filter: string): CastGroup[] {
  const wanted = nameKey(filter);
  if (wanted === '') return [...groups];
  const matches = ({ entity }: CastMember) =>
    [entity.name, ...entity.aliases, entity.description].some((text) => nameKey(text).includes(wanted));
  return groups.map((group) => ({ ...group, members: group.members.filter(matches) }));
}

/** What merging `merged` into `kept` will move, worked out as the merge itself does, so the preview cannot differ. */
export interface MergePreview {
  /** The names the kept entity gains as aliases. */
  readonly newAliases: readonly string[];
  readonly descriptionAppended: boolean;
  readonly incidents: readonly CastIncident[];
  readonly notes: number;
}

export function mergePreview(kept: CastMember, merged: CastMember): MergePreview {
  const before = new Set(kept.entity.aliases);
  const aliases = cleanAliases(kept.entity.name, [...kept.entity.aliases, merged.entity.name, ...merged.entity.aliases]);
  const description = merged.entity.description;
  return {
    newAliases: aliases.filter((alias) => !before.has(alias)),
    descriptionAppended: description !== '' && !kept.entity.description.includes(description),
    incidents: merged.incidents,
    notes: merged.annotationCount,
  };
}

/** "1 incident", "3 notes". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
