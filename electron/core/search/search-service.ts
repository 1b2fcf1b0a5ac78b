import { success, type ObjectChange, type Result, type SearchAnswer, type SearchQuery } from '../../../shared';
import type { CaseRepository } from '../storage/case-repository';
import type { CaseStore } from '../storage/case-store';
import { CaseIndex } from './case-index';
import { searchCase } from './case-search';
import { indexedCollections } from './search-records';

/**
 * How long a search waits for the index to catch up before answering with what it has (and how far it got). A
 * first search in a large case answers at once from the objects indexed so far; the UI asks again.
 */
const catchUpMilliseconds = 150;
const indexedNames = new Set<string>(indexedCollections.map(({ collection }) => collection));

function within(work: Promise<void>, milliseconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, milliseconds);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The search indexes of the open cases, in the case core (so in its worker thread, off the UI's and the host's).
 * A case's index is built on its first search, follows each edit as soon as it is saved, and is dropped when the
 * case closes or is opened again as another store.
 */
export class SearchService {
  private readonly indexes = new Map<string, { readonly store: CaseStore; readonly index: CaseIndex }>();

  constructor(private readonly repository: CaseRepository) {
    repository.onChanges((caseId, changes) => this.changed(caseId, changes));
    repository.onClose((caseId) => this.drop(caseId));
  }

  async search(query: SearchQuery): Promise<Result<SearchAnswer>> {
    const store = await this.repository.store(query.caseId);
    if (!store.ok) return store;
    const index = this.indexOf(query.caseId, store.value);
    // Builds the index on a case's first search; after that, every record's changes have reached it through `changed`.
    await within(index.follow(store.value.file), catchUpMilliseconds);
    // Filters are checked on the case as it stands now, which an edit made meanwhile may have moved on.
    return success(searchCase(index, store.value.file, query));
  }

  private indexOf(caseId: string, store: CaseStore): CaseIndex {
    const kept = this.indexes.get(caseId);
    if (kept?.store === store) return kept.index;
    kept?.index.stop();
    const index = new CaseIndex();
    this.indexes.set(caseId, { store, index });
    return index;
  }

  /**
   * Indexes the objects an edit, undo or redo changed right after it is saved, so the next keystroke's search finds
   * the index ready. The store's document is already the one the changes made.
   */
  private changed(caseId: string, changes: readonly ObjectChange[]): void {
    const kept = this.indexes.get(caseId);
    if (!kept || !changes.some((change) => indexedNames.has(change.collection))) return;
    // A failure here shows again, with its message, on the next search, which follows the same document.
    kept.index.update(kept.store.file, changes).catch(() => undefined);
  }

  private drop(caseId: string): void {
    this.indexes.get(caseId)?.index.stop();
    this.indexes.delete(caseId);
  }
}
