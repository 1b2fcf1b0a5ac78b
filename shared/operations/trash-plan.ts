import type { CaseFile } from '../domain/case-file';
import type { Incident } from '../domain/incident';
import type { Quote } from '../domain/quote';
import type { RemovedLink, TrashableCollection } from '../domain/trash';
import { failure, success, type Result } from '../result';
import { unlinkIncident, unlinkQuote, type GoneIds } from './trash-links';
import { collectionOfKind, kindOfCollection, type DeletionTarget, type Stored, type TrashedObject } from './trash-target';

/** An object that stays, changed only by losing its references to what is deleted. */
export type HolderChange =
  | { readonly collection: 'incidents'; readonly before: Incident; readonly after: Incident; readonly links: readonly RemovedLink[] }
  | { readonly collection: 'quotes'; readonly before: Quote; readonly after: Quote; readonly links: readonly RemovedLink[] };

/** What one deletion does: the objects it removes (the one chosen first) and the objects that stay but lose links. */
export interface DeletionPlan {
  readonly objects: readonly TrashedObject[];
  readonly holders: readonly HolderChange[];
}

function listOf(file: CaseFile, collection: TrashableCollection): readonly Stored[] {
  return file[collection];
}

/** `kind:id` as annotations and attachments name their target, for the objects being removed. */
function targetKeys(objects: readonly TrashedObject[]): Set<string> {
  return new Set(objects.map((object) => `${kindOfCollection[object.collection]}:${object.value.id}`));
}

/**
 * Everything that cannot stand without the target: a source's quotes, an incident's links to other incidents,
 * then the notes on anything removed and the files attached to a removed source or incident.
 */
function objectsGoingWith(file: CaseFile, target: TrashedObject): TrashedObject[] {
  const { id } = target.value;
  const objects: TrashedObject[] = [target];
  if (target.collection === 'sources') {
    objects.push(...file.quotes.filter((quote) => quote.sourceId === id).map((value) => ({ collection: 'quotes' as const, value })));
  }
  if (target.collection === 'incidents') {
    const links = file.incidentLinks.filter((link) => link.fromIncidentId === id || link.toIncidentId === id);
    objects.push(...links.map((value) => ({ collection: 'incidentLinks' as const, value })));
  }
  const removed = targetKeys(objects);
  const onRemoved = (item: { target: { kind: string; id: string } }) => removed.has(`${item.target.kind}:${item.target.id}`);
  objects.push(...file.annotations.filter(onRemoved).map((value) => ({ collection: 'annotations' as const, value })));
  objects.push(...file.attachments.filter(onRemoved).map((value) => ({ collection: 'attachments' as const, value })));
  return objects;
}

function goneIds(objects: readonly TrashedObject[]): GoneIds {
  const ids = (collection: TrashableCollection) => new Set(objects.filter((object) => object.collection === collection).map((object) => object.value.id));
  return { sources: ids('sources'), entities: ids('entities'), quotes: ids('quotes'), incidents: ids('incidents') };
}

/** The incidents and quotes that stay but refer to something removed; only scanned when such a reference can exist. */
function holdersLosingLinks(file: CaseFile, gone: GoneIds): HolderChange[] {
  const holders: HolderChange[] = [];
  if (gone.sources.size + gone.entities.size + gone.quotes.size > 0) {
    for (const incident of file.incidents) {
      if (gone.incidents.has(incident.id)) continue;
      const unlinked = unlinkIncident(incident, gone);
      if (unlinked) holders.push({ collection: 'incidents', ...unlinked });
    }
  }
  if (gone.incidents.size > 0) {
    for (const quote of file.quotes) {
      if (gone.quotes.has(quote.id)) continue;
      const unlinked = unlinkQuote(quote, gone);
      if (unlinked) holders.push({ collection: 'quotes', ...unlinked });
    }
  }
  return holders;
}

export function planDeletion(file: CaseFile, target: DeletionTarget): Result<DeletionPlan> {
  const collection = collectionOfKind[target.kind];
  const value = listOf(file, collection).find((item) => item.id === target.id);
  if (!value) {
    return failure('not-found', `This case has no ${target.kind === 'incidentLink' ? 'incident link' : target.kind} with the id "${target.id}"; it may have been deleted already.`);
  }
  const objects = objectsGoingWith(file, { collection, value });
  return success({ objects, holders: holdersLosingLinks(file, goneIds(objects)) });
}
