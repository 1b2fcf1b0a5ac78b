import { searchKinds, type CaseFile, type ObjectChange, type SearchKind, type Source } from '../../../shared';
import { InvertedIndex } from './inverted-index';
import { passagesOf } from './passages';
import { indexedCollections, recordFields, type IndexedCollection, type IndexedObject, type SearchRecord } from './search-records';

/** Work runs in slices this long, then gives the thread back so other calls and edits keep flowing. */
const sliceMilliseconds = 5;
const unchangedPerStep = 512;

interface Entry {
  readonly object: IndexedObject;
  readonly documents: number[];
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const indexedByName = new Map<string, (typeof indexedCollections)[number]>(indexedCollections.map((indexed) => [indexed.collection, indexed]));
const kindCodes = new Map<SearchKind, number>(searchKinds.map((kind, code) => [kind, code]));

/** The number a kind is kept under: its place in `searchKinds`. */
export function kindCode(kind: SearchKind): number {
  return kindCodes.get(kind)!;
}

/**
 * The search index of one open case, kept in step with its document. Documents are never changed in place (an
 * edit makes a new one that shares every unchanged object), so bringing the index up to a document is a matter of
 * re-indexing the objects that are not the very ones indexed, and dropping those that are gone: the same walk
 * builds the index the first time, follows every edit, undo and redo, and is idempotent. It runs in slices.
 */
export class CaseIndex {
  readonly inverted = new InvertedIndex();
  private readonly records: (SearchRecord | undefined)[] = [];
  /** Each document's kind as a number, so a query counts and sorts by kind without reading the records. */
  private kinds = new Uint8Array(1024);
  private readonly entries = new Map<IndexedCollection, Map<string, Entry>>(indexedCollections.map(({ collection }) => [collection, new Map()]));
  /** The collections as last walked: a collection that is still the same array needs no walk. */
  private readonly walked = new Map<IndexedCollection, readonly IndexedObject[]>();
  private synced: CaseFile | undefined;
  private target: CaseFile | undefined;
  /** The changes that made `target` from the document the index reflected when they came, if that one was current. */
  private changes: { readonly file: CaseFile; readonly changes: readonly ObjectChange[] } | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private progress = { done: 0, total: 0 };

  /** The document the index fully reflects, if it has caught up with the latest one it was given. */
  get current(): CaseFile | undefined {
    return this.synced === this.target ? this.synced : undefined;
  }

  /** While the index is catching up (above all, the first build of a large case): how many objects it has walked. */
  get pending(): { done: number; total: number } | undefined {
    return this.current ? undefined : { ...this.progress };
  }

  record(document: number): SearchRecord | undefined {
    return this.records[document];
  }

  kindOf(document: number): number {
    return this.kinds[document]!;
  }

  /**
   * Brings the index up to `file`, in slices. Resolves once it reflects `file` or any later document it was given
   * meanwhile. The first slice runs at once, so a small edit is indexed before this returns.
   */
  follow(file: CaseFile): Promise<void> {
    this.target = file;
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    // A document given just as a run was ending is taken up by a new run.
    return this.running.then(() => (this.stopped || this.current ? undefined : this.follow(this.target!)));
  }

  /**
   * Brings the index up to `file`, made by `changes` from the document it reflects: only the objects they name are
   * indexed again (or dropped). While the index is still catching up, `file` is walked instead, as `follow` does.
   */
  update(file: CaseFile, changes: readonly ObjectChange[]): Promise<void> {
    this.changes = this.current !== undefined && this.running === undefined ? { file, changes } : undefined;
    return this.follow(file);
  }

  /** Stops indexing; the index is dropped with its case. */
  stop(): void {
    this.stopped = true;
  }

  private async run(): Promise<void> {
    while (!this.stopped && this.target !== undefined && this.target !== this.synced) {
      const file = this.target;
      this.progress = { done: 0, total: indexedCollections.reduce((sum, { collection }) => sum + file[collection].length, 0) };
      const steps = this.stepsTo(file, this.changes?.file === file ? this.changes.changes : undefined);
      this.changes = undefined;
      let finished = false;
      while (!finished && !this.stopped) {
        const sliceEnd = performance.now() + sliceMilliseconds;
        while (!finished && performance.now() < sliceEnd) finished = steps.next().done === true;
        if (!finished) await yieldToLoop();
      }
      this.synced = file;
    }
  }

  /** The steps that bring the index up to `file`: the changes that made it from the current index, else a walk. */
  private *stepsTo(file: CaseFile, changes: readonly ObjectChange[] | undefined): Generator<void> {
    if (changes) yield* this.applyChanges(file, changes);
    else yield* this.walk(file);
    // After the first build, the lists are as long as they will be for a while: the room they grew is given back.
    if (this.synced === undefined) yield* this.inverted.trimming();
  }

  /** One step per object (and per passage of a long text), so a slice can stop between any two. */
  private *walk(file: CaseFile): Generator<void> {
    for (const { collection, kind } of indexedCollections) {
      const list = file[collection] as readonly IndexedObject[];
      if (this.walked.get(collection) === list) {
        this.progress.done += list.length;
        continue;
      }
      const entries = this.entries.get(collection)!;
      for (const [position, object] of list.entries()) {
        const entry = entries.get(object.id);
        this.progress.done += 1;
        if (entry?.object === object) {
          // An object already indexed costs a lookup: a slice may pass over many of them before it checks the clock.
          if (position % unchangedPerStep === 0) yield;
          continue;
        }
        if (kind === 'source') yield* this.indexSource(entries, object as Source, entry);
        else this.replace(entries, object, entry, [{ kind, object } as SearchRecord]);
        yield;
      }
      // Every object of the list now has an entry: any more entries are objects that were deleted.
      if (entries.size > list.length) this.dropMissing(entries, list);
      this.walked.set(collection, list);
    }
  }

  /** One step per changed object (and per passage of a changed text), then a walk that finds nothing left to do. */
  private *applyChanges(file: CaseFile, changes: readonly ObjectChange[]): Generator<void> {
    const touched = new Set<IndexedCollection>();
    for (const { collection: name, id, after } of changes) {
      const indexed = indexedByName.get(name);
      if (!indexed) continue;
      const { collection, kind } = indexed;
      touched.add(collection);
      const entries = this.entries.get(collection)!;
      const entry = entries.get(id);
      if (after === null) {
        entry?.documents.forEach((document) => this.forget(document));
        entries.delete(id);
        continue;
      }
      // The very object the change put in the document, so a later walk knows it as indexed.
      const object = after as unknown as IndexedObject;
      if (entry?.object === object) continue;
      if (kind === 'source') yield* this.indexSource(entries, object as Source, entry);
      else this.replace(entries, object, entry, [{ kind, object } as SearchRecord]);
      yield;
    }
    for (const collection of touched) this.walked.set(collection, file[collection] as readonly IndexedObject[]);
    // Any collection the changes did not account for is walked as usual; the others are passed over at once.
    yield* this.walk(file);
  }

  private replace(entries: Map<string, Entry>, object: IndexedObject, previous: Entry | undefined, records: readonly SearchRecord[]): void {
    previous?.documents.forEach((document) => this.forget(document));
    entries.set(object.id, { object, documents: records.map((record) => this.add(record)) });
  }

  /**
   * A source is its details and the passages of its text. Editing only the details keeps the passages (their
   * records now point to the new object); a changed text is indexed again, a passage a step.
   */
  private *indexSource(entries: Map<string, Entry>, source: Source, previous: Entry | undefined): Generator<void> {
    const before = previous?.object as Source | undefined;
    if (before && previous && before.snapshot.text === source.snapshot.text) {
      const [details, ...passages] = previous.documents;
      this.forget(details!);
      for (const document of passages) {
        const record = this.records[document];
        if (record?.kind === 'passage') this.records[document] = { ...record, object: source };
      }
      entries.set(source.id, { object: source, documents: [this.add({ kind: 'source', object: source }), ...passages] });
      return;
    }
    previous?.documents.forEach((document) => this.forget(document));
    const documents = [this.add({ kind: 'source', object: source })];
    entries.set(source.id, { object: source, documents });
    for (const passage of passagesOf(source.snapshot.text)) {
      yield;
      documents.push(this.add({ kind: 'passage', object: source, passage }));
    }
  }

  private dropMissing(entries: Map<string, Entry>, list: readonly IndexedObject[]): void {
    const ids = new Set(list.map((object) => object.id));
    for (const [id, entry] of entries) {
      if (ids.has(id)) continue;
      entry.documents.forEach((document) => this.forget(document));
      entries.delete(id);
    }
  }

  private add(record: SearchRecord): number {
    const document = this.inverted.add(recordFields(record));
    this.records[document] = record;
    if (document >= this.kinds.length) {
      const kinds = new Uint8Array(this.kinds.length * 2);
      kinds.set(this.kinds);
      this.kinds = kinds;
    }
    this.kinds[document] = kindCode(record.kind);
    return document;
  }

  private forget(document: number): void {
    this.inverted.remove(document);
    this.records[document] = undefined;
  }
}
