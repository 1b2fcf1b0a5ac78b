import type { CaseFile } from '../domain/case-file';
import type { Entity } from '../domain/entity';
import type { Incident } from '../domain/incident';
import { strictestSensitivity } from '../domain/redaction';
import { failure, success, type Result } from '../result';
import { created, deleted, updated } from './changes';
import { retargetedAnnotations, retargetedIncidents, retargetedTrash } from './entities-references';
import { timestamp, type Environment, type Operation } from './environment';
import { findIndex } from './references';

/** What a user may set on an entity; its id and timestamps are the core's to assign. */
export type EntityFields = Pick<Entity, 'kind' | 'name' | 'aliases' | 'description'>;

/** The most aliases and the longest description the entity schema allows; a merge must stay within them. */
const aliasLimit = 100;
const descriptionLimit = 20_000;

/** Two spellings are the same alias when they differ only in letter case, spacing or Unicode composition. */
export function nameKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * Aliases as the case keeps them: trimmed, each once whatever its letter case, and none that only repeats the name.
 * Duplicates carry nothing the kept spelling does not, so dropping them loses nothing; the first spelling wins.
 */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([nameKey(name)]);
  const kept: string[] = [];
  for (const alias of aliases) {
    const trimmed = alias.trim();
    const key = nameKey(trimmed);
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(trimmed);
  }
  return kept;
}

function cleanFields(fields: EntityFields): EntityFields {
  return { ...fields, aliases: cleanAliases(fields.name, fields.aliases) };
}

export function createEntity(_file: CaseFile, fields: EntityFields, environment: Environment): Operation<Entity> {
  const now = timestamp(environment);
  const entity: Entity = { ...cleanFields(fields), id: environment.newId(), createdAt: now, updatedAt: now };
  return success({ value: entity, label: `Created ${entity.kind} “${entity.name}”`, changes: [created('entities', entity)] });
}

export function updateEntity(file: CaseFile, entityId: string, fields: EntityFields, environment: Environment): Operation<Entity> {
  const index = findIndex(file, 'entities', entityId);
  if (!index.ok) return index;
  const before = file.entities[index.value]!;
  const entity: Entity = { ...before, ...cleanFields(fields), updatedAt: timestamp(environment) };
  return success({ value: entity, label: `Edited ${entity.kind} “${entity.name}”`, changes: [updated('entities', before, entity)] });
}

/** The kept description, then the merged one after a blank line, unless it adds nothing the kept one has. */
function mergedDescription(kept: string, merged: string): string {
  if (merged === '' || kept.includes(merged)) return kept;
  return kept === '' ? merged : `${kept}\n\n${merged}`;
}

/** The kept entity as a merge leaves it: the other's name and aliases as aliases, its description appended. */
function absorbed(keep: Entity, merge: Entity, now: string): Result<Entity> {
  const aliases = cleanAliases(keep.name, [...keep.aliases, merge.name, ...merge.aliases]);
  const both = `“${merge.name}” and “${keep.name}”`;
  if (aliases.length > aliasLimit) {
    return failure('invalid-input', `${both} have ${aliases.length} different aliases between them; an entity keeps at most ${aliasLimit}. Remove some aliases first, then merge.`);
  }
  const description = mergedDescription(keep.description, merge.description);
  if (description.length > descriptionLimit) {
    return failure('invalid-input', `${both} have descriptions of ${description.length} characters together; an entity keeps at most ${descriptionLimit}. Shorten one of them first, then merge.`);
  }
  // The merged one's names become aliases of the kept one, so they keep whatever protection either had.
  const sensitivity = strictestSensitivity(keep.sensitivity, merge.sensitivity);
  return success({ ...keep, aliases, description, ...(sensitivity ? { sensitivity } : {}), updatedAt: now });
}

const withArticle = (kind: Entity['kind']) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

function refusal(keep: Entity, merge: Entity) {
  if (keep.id === merge.id) return failure('invalid-input', `“${keep.name}” cannot be merged into itself: choose two different entities.`);
  if (keep.kind !== merge.kind) {
    return failure(
      'invalid-input',
      `“${merge.name}” is ${withArticle(merge.kind)} and “${keep.name}” ${withArticle(keep.kind)}; only entities of the same kind can be merged. If one of them was recorded as the wrong kind, change its kind first, then merge.`,
    );
  }
  return undefined;
}

/**
 * Makes two entities that turn out to be one into one, in one undoable edit: the kept entity gains the other's name,
 * aliases and description; every incident naming the merged one names the kept one in the same role (a role the kept
 * one already plays there is listed once); notes on it move to the kept one; so do references to it from objects in
 * the trash, so that restoring them later finds the entity they name; the merged entity is removed.
 */
export function mergeEntities(file: CaseFile, keepId: string, mergeId: string, environment: Environment): Operation<Entity> {
  const keepIndex = findIndex(file, 'entities', keepId);
  if (!keepIndex.ok) return keepIndex;
  const mergeIndex = findIndex(file, 'entities', mergeId);
  if (!mergeIndex.ok) return mergeIndex;
  const keep = file.entities[keepIndex.value]!;
  const merge = file.entities[mergeIndex.value]!;
  const refused = refusal(keep, merge);
  if (refused) return refused;
  const now = timestamp(environment);
  const kept = absorbed(keep, merge, now);
  if (!kept.ok) return kept;
  const stamp = (incident: Incident): Incident => ({ ...incident, updatedAt: now });
  return success({
    value: kept.value,
    label: `Merged “${merge.name}” into “${keep.name}”`,
    changes: [
      updated('entities', keep, kept.value),
      ...retargetedIncidents(file.incidents, keepId, mergeId).map(([before, after]) => updated('incidents', before, stamp(after))),
      ...retargetedAnnotations(file.annotations, keepId, mergeId).map(([before, after]) => updated('annotations', before, after)),
      ...retargetedTrash(file.trash, keepId, mergeId).map(([before, after]) => updated('trash', before, after)),
      deleted('entities', merge),
    ],
  });
}
