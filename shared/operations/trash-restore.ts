import type { CaseFile } from '../domain/case-file';
import { collectionSchemas } from '../domain/collections';
import { incidentSchema, type Incident } from '../domain/incident';
import type { ObjectChange } from '../domain/journal';
import { quoteSchema, type Quote } from '../domain/quote';
import type { RemovedLink, TrashEntry } from '../domain/trash';
import { failure, success, type Result } from '../result';
import { describeIssues } from '../validation';
import { created, deleted, updated } from './changes';
import type { Operation } from './environment';
import { relinkIncident, relinkQuote, slotOf, elementOf, type LinkSlot } from './trash-links';
import { findTrashEntry } from './trash-listing';
import { RestoreLookup } from './trash-lookup';
import { capitalised, collectionOfKind, deletionSummary, namedObject, plural, type DeletableKind, type Stored, type TrashedObject } from './trash-target';

/** What restoring a trash entry did. */
export interface RestoreOutcome {
  readonly entryId: string;
  readonly label: string;
  /** How many objects came back. */
  readonly restored: number;
  /** How many references other objects got back. */
  readonly relinked: number;
  /** One sentence for each link that could not be put back, saying why. */
  readonly skipped: readonly string[];
}

/** The entry's objects, each checked against its collection's schema: the trash is read from disk like the rest. */
function validatedObjects(entry: TrashEntry): Result<TrashedObject[]> {
  const objects: TrashedObject[] = [];
  for (const { collection, value } of entry.objects) {
    const parsed = collectionSchemas[collection].safeParse(value);
    if (!parsed.success) {
      return failure('case-unreadable', `The trash entry “${entry.label}” holds one of its ${collection} in a form Dossier cannot read (${describeIssues(parsed.error)}). It was left in the trash.`);
    }
    objects.push({ collection, value: parsed.data as Stored });
  }
  return success(objects);
}

function conflict(file: CaseFile, lookup: RestoreLookup, objects: readonly TrashedObject[]): Result<never> | undefined {
  const taken = objects.find(({ collection, value }) => lookup.current(collection, value.id));
  if (!taken) return undefined;
  return failure(
    'conflict',
    `Nothing was restored: the case already holds ${lookup.name(taken.collection, taken.value.id)} with the id "${taken.value.id}", the same id as ${namedObject(file, taken)} in the trash.`,
  );
}

/** The objects an object cannot stand without: a quote's source, what a note or file is on, a link's two incidents. */
function requiredReferences(object: TrashedObject): { collection: TrashedObject['collection']; id: string }[] {
  const { value } = object;
  switch (object.collection) {
    case 'quotes':
      return [{ collection: 'sources', id: String(value.sourceId) }];
    case 'annotations':
    case 'attachments': {
      const target = value.target as { kind: DeletableKind | 'case'; id: string };
      return target.kind === 'case' ? [] : [{ collection: collectionOfKind[target.kind], id: target.id }];
    }
    case 'incidentLinks':
      return [
        { collection: 'incidents', id: String(value.fromIncidentId) },
        { collection: 'incidents', id: String(value.toIncidentId) },
      ];
    default:
      return [];
  }
}

function missingRequired(file: CaseFile, lookup: RestoreLookup, objects: readonly TrashedObject[]): Result<never> | undefined {
  for (const object of objects) {
    for (const { collection, id } of requiredReferences(object)) {
      if (lookup.available(collection, id)) continue;
      const needed = lookup.name(collection, id);
      const advice = lookup.whereabouts(collection, id) === 'is in the trash' ? `Restore the ${needed} from the trash first.` : `The ${needed} was deleted for good.`;
      return failure('not-found', `Nothing was restored: the ${namedObject(file, object)} cannot stand without the ${needed}, which is no longer in the case. ${advice}`);
    }
  }
  return undefined;
}

/** A restored object keeps only the references that still name something; each one dropped is said. */
function withoutMissing(object: TrashedObject, lookup: RestoreLookup, skipped: string[]): TrashedObject {
  const keep = (collection: TrashedObject['collection'], id: string) => {
    if (lookup.available(collection, id)) return true;
    skipped.push(`${capitalised(lookup.name(object.collection, object.value.id))} no longer refers to the ${lookup.name(collection, id)}: it ${lookup.whereabouts(collection, id)}.`);
    return false;
  };
  if (object.collection === 'quotes') {
    const quote = object.value as unknown as Quote;
    return { collection: 'quotes', value: { ...quote, incidentIds: quote.incidentIds.filter((id) => keep('incidents', id)) } };
  }
  if (object.collection !== 'incidents') return object;
  const incident = object.value as unknown as Incident;
  const value: Incident = {
    ...incident,
    sourceIds: incident.sourceIds.filter((id) => keep('sources', id)),
    participants: incident.participants.filter((participant) => keep('entities', participant.entityId)),
    claims: incident.claims.map((claim) => ({ ...claim, quoteIds: claim.quoteIds.filter((id) => keep('quotes', id)) })),
  };
  return { collection: 'incidents', value };
}

interface Relinked {
  readonly changes: ObjectChange[];
  relinked: number;
  readonly skipped: string[];
}

/** Puts one holder's references back, in the order they sat, so each lands at its old place. */
function relinkHolder(lookup: RestoreLookup, collection: 'incidents' | 'quotes', id: string, slots: readonly LinkSlot[], result: Relinked): void {
  const holderName = lookup.name(collection, id);
  const notLinked = (slot: LinkSlot, reason: string) => {
    const element = elementOf(slot);
    result.skipped.push(`${capitalised(holderName)} was not linked again to the ${lookup.name(element.collection, element.id)}: ${reason}.`);
  };
  const before = lookup.current(collection, id);
  if (!before) {
    slots.forEach((slot) => notLinked(slot, `it ${lookup.whereabouts(collection, id)}`));
    return;
  }
  let holder = before as unknown as Incident | Quote;
  let linked = 0;
  for (const slot of [...slots].sort((left, right) => left.index - right.index)) {
    // A slot's field says which kind of object holds it: `slotOf` reads a link only against its holder's fields.
    const next = slot.field === 'incidentIds' ? relinkQuote(holder as Quote, slot) : relinkIncident(holder as Incident, slot);
    if (next.outcome === 'claim-gone') notLinked(slot, 'the claim that cited it is no longer there');
    if (next.outcome === 'linked') linked += 1;
    holder = 'incident' in next ? next.incident : next.quote;
  }
  if (linked === 0) return;
  const checked = (collection === 'incidents' ? incidentSchema : quoteSchema).safeParse(holder);
  if (!checked.success) {
    slots.forEach((slot) => notLinked(slot, `its list is full (${describeIssues(checked.error)})`));
    return;
  }
  result.relinked += linked;
  result.changes.push(updated(collection, before, holder));
}

function relinkAll(lookup: RestoreLookup, links: readonly RemovedLink[], skipped: string[]): Relinked {
  const result: Relinked = { changes: [], relinked: 0, skipped };
  const byHolder = new Map<string, { collection: 'incidents' | 'quotes'; id: string; slots: LinkSlot[] }>();
  for (const link of links) {
    const slot = slotOf(link);
    const element = slot && elementOf(slot);
    if (!slot || !element || !lookup.available(element.collection, element.id) || (link.collection !== 'incidents' && link.collection !== 'quotes')) {
      skipped.push(`A link kept with this entry (${link.collection} "${link.id}", ${link.field}) could not be read; it was not put back.`);
      continue;
    }
    const key = `${link.collection}:${link.id}`;
    const group = byHolder.get(key) ?? { collection: link.collection, id: link.id, slots: [] };
    group.slots.push(slot);
    byHolder.set(key, group);
  }
  for (const { collection, id, slots } of byHolder.values()) relinkHolder(lookup, collection, id, slots, result);
  return result;
}

/**
 * Puts a trash entry's objects back and the references other objects held to them, where those objects still
 * exist. Refuses, restoring nothing, when an id is taken again or an object would lack what it cannot stand without.
 */
export function restoreFromTrash(file: CaseFile, entryId: string): Operation<RestoreOutcome> {
  const entry = findTrashEntry(file, entryId);
  if (!entry.ok) return entry;
  const objects = validatedObjects(entry.value);
  if (!objects.ok) return objects;
  const lookup = new RestoreLookup(file, entryId, objects.value);
  const refusal = conflict(file, lookup, objects.value) ?? missingRequired(file, lookup, objects.value);
  if (refusal) return refusal;
  const skipped: string[] = [];
  const restored = objects.value.map((object) => withoutMissing(object, lookup, skipped));
  const relinked = relinkAll(lookup, entry.value.links, skipped);
  const notPutBack = skipped.length > 0 ? `; ${plural(skipped.length, 'link')} could not be put back` : '';
  const label = `Restored ${deletionSummary(file, restored)}${notPutBack}`;
  return success({
    value: { entryId, label, restored: restored.length, relinked: relinked.relinked, skipped },
    label,
    changes: [
      ...restored.map(({ collection, value }) => created(collection, value)),
      ...relinked.changes,
      deleted('trash', entry.value),
    ],
  });
}
