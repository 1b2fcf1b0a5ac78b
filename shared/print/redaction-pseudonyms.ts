import type { Entity, EntityKind } from '../domain/entity';

const nouns: Record<EntityKind, string> = { person: 'Person', organisation: 'Organisation', place: 'Place' };

/** Plain code-unit order: ISO timestamps and ids sort the same on every machine, whatever its locale. */
function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A, B, … Z, AA, AB, …: as many letters as there are withheld entities of a kind. */
function letters(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : letters(Math.floor(index / 26) - 1) + letter;
}

/**
 * Pseudonyms for withheld entities, "Person A", "Organisation B", counted per kind in the order the entities were
 * created (then by id). The same case and profile always give the same pseudonyms, and marking a newer entity
 * sensitive does not rename the ones already in an earlier printout.
 */
export function pseudonyms(entities: readonly Entity[]): Map<string, string> {
  const ordered = [...entities].sort((left, right) => compare(left.createdAt, right.createdAt) || compare(left.id, right.id));
  const counts: Record<EntityKind, number> = { person: 0, organisation: 0, place: 0 };
  const assigned = new Map<string, string>();
  for (const entity of ordered) {
    assigned.set(entity.id, `${nouns[entity.kind]} ${letters(counts[entity.kind])}`);
    counts[entity.kind] += 1;
  }
  return assigned;
}
