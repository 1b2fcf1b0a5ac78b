import type { CaseFile } from '../domain/case-file';
import type { TrashEntry } from '../domain/trash';
import { failure, success, type Result } from '../result';
import { countsInWords, kindOfCollection, plural, titleOf, type DeletableKind, type Stored, type TrashedObject } from './trash-target';

/** One trash entry as the trash screen lists it: what was deleted and when, never the objects' full text. */
export interface TrashListing {
  readonly id: string;
  readonly deletedAt: string;
  readonly label: string;
  /** The object the user chose to delete. */
  readonly kind: DeletableKind;
  readonly title: string;
  /** Everything the entry holds, in words: "1 source, 3 quotes, 1 note; 4 links to other objects". */
  readonly contents: string;
}

/** The objects of a trash entry as the operations read them; the case schema has validated them as stored objects. */
export function trashedObjects(entry: TrashEntry): TrashedObject[] {
  return entry.objects.map((object) => ({ collection: object.collection, value: object.value as Stored }));
}

export function findTrashEntry(file: CaseFile, entryId: string): Result<TrashEntry> {
  const entry = file.trash.find((candidate) => candidate.id === entryId);
  return entry
    ? success(entry)
    : failure('not-found', `The trash holds no entry with the id "${entryId}"; it may have been restored or deleted for good already.`);
}

export function trashListing(file: CaseFile, entry: TrashEntry): TrashListing {
  const objects = trashedObjects(entry);
  const first = objects[0]!;
  const links = entry.links.length > 0 ? `; ${plural(entry.links.length, 'link')} to other objects` : '';
  return {
    id: entry.id,
    deletedAt: entry.deletedAt,
    label: entry.label,
    kind: kindOfCollection[first.collection],
    title: titleOf(file, first),
    contents: `${countsInWords(objects)}${links}`,
  };
}

/** The trash, newest deletion first (entries deleted in the same instant: the later one first). */
export function listTrash(file: CaseFile): TrashListing[] {
  return file.trash
    .map((entry, position) => ({ entry, position }))
    .sort((left, right) => right.entry.deletedAt.localeCompare(left.entry.deletedAt) || right.position - left.position)
    .map(({ entry }) => trashListing(file, entry));
}
