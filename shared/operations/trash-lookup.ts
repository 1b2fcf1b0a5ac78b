import type { CaseFile } from '../domain/case-file';
import type { TrashableCollection } from '../domain/trash';
import { trashedObjects } from './trash-listing';
import { namedObject, nounOfCollection, type Stored, type TrashedObject } from './trash-target';

/**
 * Answers what a restore needs to know about any object by collection and id: whether the case holds it (or will,
 * once the entry's objects are back), and what to call it in a message, even when it is gone. Each collection is
 * indexed once, on first use: a case can hold hundreds of thousands of quotes.
 */
export class RestoreLookup {
  private readonly indexes = new Map<TrashableCollection, Map<string, Stored>>();
  private readonly restoring: Map<string, TrashedObject>;
  private elsewhere: Map<string, TrashedObject> | undefined;

  constructor(
    private readonly file: CaseFile,
    private readonly entryId: string,
    objects: readonly TrashedObject[],
  ) {
    this.restoring = new Map(objects.map((object) => [`${object.collection}:${object.value.id}`, object]));
  }

  /** The object as the case holds it now. */
  current(collection: TrashableCollection, id: string): Stored | undefined {
    let index = this.indexes.get(collection);
    if (!index) {
      index = new Map((this.file[collection] as readonly Stored[]).map((item) => [item.id, item]));
      this.indexes.set(collection, index);
    }
    return index.get(id);
  }

  /** Whether the object will be in the case once the entry is restored. */
  available(collection: TrashableCollection, id: string): boolean {
    return this.current(collection, id) !== undefined || this.restoring.has(`${collection}:${id}`);
  }

  /** The object in another trash entry, if one holds it. */
  private inOtherEntry(collection: TrashableCollection, id: string): TrashedObject | undefined {
    this.elsewhere ??= new Map(
      this.file.trash
        .filter((entry) => entry.id !== this.entryId)
        .flatMap((entry) => trashedObjects(entry).map((object) => [`${object.collection}:${object.value.id}`, object] as const)),
    );
    return this.elsewhere.get(`${collection}:${id}`);
  }

  /** "source “Court ruling”", wherever the object is; `source "id"` when it was deleted for good. */
  name(collection: TrashableCollection, id: string): string {
    const value = this.current(collection, id);
    const object = value ? { collection, value } : (this.restoring.get(`${collection}:${id}`) ?? this.inOtherEntry(collection, id));
    return object ? namedObject(this.file, object) : `${nounOfCollection(collection)} "${id}"`;
  }

  /** Where a missing object went, as the end of a sentence. */
  whereabouts(collection: TrashableCollection, id: string): string {
    return this.inOtherEntry(collection, id) ? 'is in the trash' : 'was deleted for good';
  }
}
